"""The dashboard shows the hand-counted figures in its table and its chart."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from circle_app.domain.enums import CircleKind, GroupKind, Outcome, Role
from circle_app.store.circles import CircleStore
from circle_app.store.groups import GroupStore
from circle_app.store.reports import ReportStore
from circle_app.ui.dashboard.dashboard_screen import DashboardScreen
from circle_app.ui.support.settings import Settings
from circle_app.ui.support.theme import LIGHT
from tests.unit.store.test_reports import _circle

S, P = Outcome.SPOKE, Outcome.PASSED


def test_dashboard_table_and_chart_show_the_year(
    qtbot: QtBot, engine: Engine, settings: Settings
) -> None:
    group = GroupStore(engine).create_group("4.B", GroupKind.CLASS, [])
    store = CircleStore(engine)
    for month, kind in (
        (9, CircleKind.PEACETIME),
        (9, CircleKind.ACADEMIC),
        (10, CircleKind.CONFLICT),
    ):
        _circle(
            store,
            engine,
            when=datetime(2026, month, 7, 9, tzinfo=UTC),
            kind=kind,
            outcomes_per_round=[[S, P, P]],
            seats=2,
            group_id=group,
            keeper=Role.PUPIL,
        )
    screen = DashboardScreen(ReportStore(engine), LIGHT, today=date(2026, 11, 26))
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    assert screen.figure_text("Circles and meetings held") == "3"
    assert screen.figure_text("Proactive share") == "67%"  # English writes no space
    # per person and round (circle.word_of): one of the two passed, twice, in each circle
    assert screen.figure_text("Turns passed") == "50%"
    assert screen.figure_text("Kept by pupils") == "3"
    proactive, reactive = screen.chart.bar_sets
    assert (proactive.label, proactive.values) == ("Proactive", (2, 0))
    assert (reactive.label, reactive.values) == ("Reactive", (0, 1))

    screen.group.setCurrentIndex(screen.group.findData("4.B"))
    screen.period.setCurrentIndex(screen.period.findData("school_year"))
    assert screen.figure_text("Circles and meetings held") == "3"
    assert screen.report is not None
    assert [row.group for row in screen.report.rows] == ["4.B"]


def test_home_opens_the_dashboard_and_the_bank_browser(
    make_app: object, database_url: str, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt

    controller = make_app(database_url)  # type: ignore[operator]
    window = controller.window
    qtbot.mouseClick(window.home.dashboard_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget().objectName() == "dashboard"
    qtbot.mouseClick(window.stack.currentWidget().home_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.home.banks_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget().objectName() == "banks"
