"""The summary on the board: the class sees totals only (issue 14, finding 5; M7)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from circle_app.domain.circle import CircleSummary, Seat, SeatSummary
from circle_app.ui.circle.summary_screen import SummaryScreen

SUMMARY = CircleSummary(
    rounds_held=2,
    turns=25,
    spoke=23,
    passed=1,
    seats=tuple(
        SeatSummary(Seat(i, i + 1, f"Barn {i + 1}"), 2 if i else 1, 0 if i else 1)
        for i in range(12)
    ),
)


@pytest.fixture
def screen(qtbot: QtBot) -> Iterator[SummaryScreen]:
    window = QWidget()  # the laptop's size, as the main window's stack holds it
    qtbot.addWidget(window)
    window.resize(1366, 768)
    summary = SummaryScreen(SUMMARY, hide_names=False, parent=window)
    summary.setGeometry(0, 0, 1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield summary
    window.close()


def test_m7_the_summary_shows_the_class_totals_only_not_who_passed(screen: SummaryScreen) -> None:
    """issue 14, finding 5: no per-child table on the projected board by default."""
    assert not screen.table.isVisible()
    assert not screen.keeper_button.isChecked()
    assert "shared: 23" in screen.totals.text()
    assert "passed: 1" in screen.totals.text()


def test_the_per_person_table_is_behind_the_keeper_toggle(
    qtbot: QtBot, screen: SummaryScreen
) -> None:
    assert screen.keeper_button.height() >= 48
    qtbot.mouseClick(screen.keeper_button, Qt.MouseButton.LeftButton)
    assert screen.table.isVisible()
    assert screen.table.item(0, 0).text() == "Barn 1"
    qtbot.mouseClick(screen.keeper_button, Qt.MouseButton.LeftButton)
    assert not screen.table.isVisible()


def test_esc_closes_the_summary(qtbot: QtBot, screen: SummaryScreen) -> None:
    """issue 14, finding 4: Esc leaves every full-screen view."""
    window = screen.window()
    QShortcut(QKeySequence("Escape"), window).setContext(Qt.ShortcutContext.WindowShortcut)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen.setFocus()
    with qtbot.waitSignal(screen.close_requested, timeout=1000):
        qtbot.keyClick(screen, Qt.Key.Key_Escape)
