"""The dashboard shows how many agreed actions were kept on time (issue 16, M14)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from circle_app.store.reports import ReportStore
from circle_app.ui.dashboard.dashboard_screen import DashboardScreen
from circle_app.ui.support.theme import LIGHT
from tests.unit.store.test_follow_up_report import followed_up_twice


def test_m14_the_dashboard_counts_actions_kept_on_time(qtbot: QtBot, engine: Engine) -> None:
    followed_up_twice(engine)
    screen = DashboardScreen(ReportStore(engine), LIGHT, today=date(2027, 1, 20))
    qtbot.addWidget(screen)
    screen.period.setCurrentIndex(screen.period.findData("school_year"))
    assert screen.figure_text("Actions kept on time") == "2"
