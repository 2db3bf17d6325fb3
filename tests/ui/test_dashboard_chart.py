"""The dashboard's bar chart: what it draws is what the report counts (issue 20, soak)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from circle_app.store.reports import ReportStore
from circle_app.ui.dashboard.bar_chart import BarChart, BarSet, count_ticks
from circle_app.ui.dashboard.dashboard_screen import DashboardScreen
from circle_app.ui.support.theme import DARK, LIGHT


def test_the_count_axis_steps_in_whole_numbers_up_to_the_highest_bar() -> None:
    """issue 20, soak finding 3: QtCharts' axis over 0..7 put six labels at 0, 1.4, 2.8...
    and printed them as 0, 1, 2, 4, 5, 7: a bar of 2 stood above the label 1."""
    assert count_ticks(0) == (0, 1)
    assert count_ticks(3) == (0, 1, 2, 3)
    assert count_ticks(7) == (0, 2, 4, 6, 8)
    assert count_ticks(23) == (0, 5, 10, 15, 20, 25)
    assert count_ticks(480) == (0, 100, 200, 300, 400, 500)
    for highest in range(1, 2000, 7):
        ticks = count_ticks(highest)
        assert len(ticks) <= 6
        assert ticks[-1] >= highest > ticks[-2]


def test_the_bars_are_drawn_in_their_sets_colours(qtbot: QtBot) -> None:
    """The chart paints each set's bars (the class reads the colours off the legend)."""
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(800, 500)
    red, blue = QColor("#c0392b"), QColor("#2c3e90")
    chart.show_bars(
        "Circles held", ["Sep", "Oct"], [BarSet("A", red, (4, 0)), BarSet("B", blue, (1, 4))], LIGHT
    )
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colours = {image.pixelColor(x, y).name() for x in range(0, 800, 3) for y in range(0, 500, 3)}
    assert {red.name(), blue.name()} <= colours
    assert chart.accessibleDescription() == "Sep: A 4, B 1; Oct: A 0, B 4"


def test_the_dashboard_chart_follows_the_report_and_the_theme(qtbot: QtBot, engine: Engine) -> None:
    screen = DashboardScreen(ReportStore(engine), DARK, today=date(2026, 11, 26))
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    assert screen.chart.title == "Circles held"
    assert len(screen.chart.categories) == len(screen.chart.bar_sets[0].values)
    assert [s.color for s in screen.chart.bar_sets] == [DARK.had_piece, DARK.accent]
