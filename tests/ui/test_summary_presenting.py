"""The summary on two screens (issue 18, M7): the class's totals on the board, each
person's counts on the keeper's laptop only; back on one screen the table closes again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from circle_app.domain.circle import CircleSummary, Seat, SeatSummary
from circle_app.ui.circle.summary_screen import SummaryScreen
from tests.ui.board_window import (
    BoardWindow,
    controls_in,
    inside_of,
    misfits,
    on_the_laptop,
    texts_in,
)


def summary_of(seats: int) -> CircleSummary:
    return CircleSummary(
        rounds_held=2,
        turns=2 * seats,
        spoke=2 * seats - 1,
        passed=1,
        seats=tuple(
            SeatSummary(Seat(i, i + 1, f"Barn {i + 1}"), 2 if i else 1, 0 if i else 1)
            for i in range(seats)
        ),
    )


@pytest.fixture(params=[12, 35])
def screen(qtbot: QtBot, request: pytest.FixtureRequest) -> Iterator[SummaryScreen]:
    yield from on_the_laptop(
        qtbot,
        lambda laptop: SummaryScreen(summary_of(request.param), hide_names=False, parent=laptop),
    )


@pytest.fixture
def board(qtbot: QtBot, screen: SummaryScreen) -> BoardWindow:
    return BoardWindow(qtbot, screen)


def test_one_screen_shows_the_totals_and_keeps_the_table_closed_as_before(
    screen: SummaryScreen,
) -> None:
    totals = screen.board_widget()
    assert totals is screen.board_widget()
    screen.set_presenting(False)  # the presenter may say so with no board yet
    assert inside_of(screen, totals)
    assert totals.isVisible()
    assert "passed: 1" in texts_in(totals)
    assert not screen.table.isVisible()
    assert not screen.preview.isVisible()


def test_m7_the_board_shows_the_class_totals_and_nobody_by_name_or_count(
    qtbot: QtBot, screen: SummaryScreen, board: BoardWindow
) -> None:
    """issue 18: no per-person table, no names, no keeper toggle in the board widget."""
    totals = board.plug_in()
    assert totals.window() is board.window
    assert controls_in(totals) == []
    texts = texts_in(totals)
    assert "Thank you for the circle" in texts
    assert "shared: " in texts
    assert "passed: 1" in texts
    assert "Barn" not in texts
    assert "Seat" not in texts
    assert "For the keeper" not in texts


def test_m7_the_keeper_sees_each_person_on_the_laptop_while_the_board_has_the_totals(
    qtbot: QtBot, screen: SummaryScreen, board: BoardWindow
) -> None:
    board.plug_in()
    assert screen.table.isVisible()
    assert screen.table.item(0, 0).text() == "Barn 1"
    assert screen.preview.isVisible()
    assert "passed: 1" in screen.preview.text
    qtbot.mouseClick(screen.keeper_button, Qt.MouseButton.LeftButton)  # the keeper may hide it
    assert not screen.table.isVisible()


def test_m7_when_the_board_goes_the_per_person_table_closes_again(
    qtbot: QtBot, screen: SummaryScreen, board: BoardWindow
) -> None:
    """issue 18: unplugged, the laptop is the board again, so the table is not left open."""
    totals = board.plug_in()
    board.unplug()
    assert inside_of(screen, totals)
    qtbot.waitUntil(totals.isVisible)
    assert not screen.table.isVisible()
    assert not screen.keeper_button.isChecked()
    assert not screen.preview.isVisible()
    assert board.plug_in() is totals


def test_keys_forwarded_from_the_board_still_close_the_summary(
    qtbot: QtBot, screen: SummaryScreen, board: BoardWindow
) -> None:
    board.plug_in()
    with qtbot.waitSignal(screen.close_requested, timeout=1000):
        board.forward(Qt.Key.Key_Escape)


def test_the_keeper_view_fits_the_laptop_with_big_targets(
    screen: SummaryScreen, board: BoardWindow
) -> None:
    board.plug_in()
    assert misfits(screen) == []
