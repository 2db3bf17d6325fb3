"""The quick prompt on two screens (issue 18): the question big on the board, the controls
and the question small on the keeper's laptop; one screen stays as it was."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from circle_app.banks.drawing import PromptDrawer
from circle_app.banks.loader import BankLibrary
from circle_app.paths import question_banks_dir
from circle_app.store.prompt_history import PromptHistory
from circle_app.ui.circle.quick_prompt_screen import QuickPromptScreen
from tests.ui.board_window import (
    BoardWindow,
    controls_in,
    inside_of,
    misfits,
    on_the_laptop,
    texts_in,
)


@pytest.fixture
def drawer(engine: Engine, tmp_path: Path) -> PromptDrawer:
    library = BankLibrary.load(question_banks_dir(), tmp_path / "no-user-banks")
    return PromptDrawer(library, PromptHistory(engine), rng=random.Random(7))


@pytest.fixture
def screen(qtbot: QtBot, drawer: PromptDrawer) -> Iterator[QuickPromptScreen]:
    yield from on_the_laptop(qtbot, lambda laptop: QuickPromptScreen(drawer, "en", parent=laptop))


@pytest.fixture
def board(qtbot: QtBot, screen: QuickPromptScreen) -> BoardWindow:
    return BoardWindow(qtbot, screen)


def shown(screen: QuickPromptScreen) -> str:
    prompt = screen.current_prompt
    assert prompt is not None
    return prompt.text


def test_one_screen_shows_the_card_between_the_controls_as_before(
    screen: QuickPromptScreen,
) -> None:
    card = screen.board_widget()
    assert card is screen.board_widget()
    screen.set_presenting(
        False
    )  # the presenter may say so with no board yet  # the same widget every call
    assert inside_of(screen, card)
    assert card.isVisible()
    assert card.height() > screen.height() // 2
    assert not screen.preview.isVisible()
    assert shown(screen) in texts_in(card)


def test_m7_the_board_shows_the_question_big_and_nothing_to_tap(
    qtbot: QtBot, screen: QuickPromptScreen, board: BoardWindow
) -> None:
    """issue 18: the quick prompt's board widget holds the question and its heading only."""
    card = board.plug_in()
    qtbot.waitUntil(lambda: screen.prompt_label.pixel_size >= 80)
    assert card.window() is board.window
    assert controls_in(card) == []
    texts = texts_in(card)
    assert shown(screen) in texts
    assert "Quick prompt" in texts
    for keeper_only in ("Favourite", "Read aloud", "New prompt", "Only favourites", "Home"):
        assert keeper_only not in texts


def test_the_keeper_sees_the_controls_and_the_question_small(
    screen: QuickPromptScreen, board: BoardWindow
) -> None:
    board.plug_in()
    assert screen.preview.isVisible()
    assert screen.preview.text == shown(screen)
    for control in (screen.new_button, screen.read_button, screen.category_box):
        assert control.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_N, Qt.Key.Key_Space, Qt.Key.Key_PageDown])
def test_keys_forwarded_from_the_board_put_another_question_on_the_board(
    screen: QuickPromptScreen, board: BoardWindow, key: Qt.Key
) -> None:
    board.plug_in()
    first = shown(screen)
    board.forward(key, " " if key == Qt.Key.Key_Space else "")
    assert shown(screen) != first
    assert screen.prompt_label.text() == shown(screen)  # on the board
    assert screen.preview.text == shown(screen)  # and on the laptop
    board.forward(Qt.Key.Key_PageUp)
    assert shown(screen) == first
    assert screen.preview.text == first


def test_keys_on_the_keeper_view_still_work_while_presenting(
    qtbot: QtBot, screen: QuickPromptScreen, board: BoardWindow
) -> None:
    board.plug_in()
    first = shown(screen)
    qtbot.keyClick(screen, Qt.Key.Key_N)
    assert screen.prompt_label.text() != first
    with qtbot.waitSignal(screen.read_aloud_requested) as blocker:
        board.forward(Qt.Key.Key_R, "r")
    assert blocker.args == [shown(screen), "en"]
    board.forward(Qt.Key.Key_F, "f")
    assert screen.favourite_button.isChecked()
    with qtbot.waitSignal(screen.home_requested):
        board.forward(Qt.Key.Key_Backspace)


def test_unplugging_the_board_puts_the_card_back_with_its_question(
    qtbot: QtBot, screen: QuickPromptScreen, board: BoardWindow
) -> None:
    card = board.plug_in()
    board.forward(Qt.Key.Key_N, "n")
    question = shown(screen)
    board.unplug()
    assert inside_of(screen, card)
    qtbot.waitUntil(card.isVisible)
    assert screen.prompt_label.text() == question
    assert not screen.preview.isVisible()
    assert card.height() > screen.height() // 2
    board.forward(Qt.Key.Key_PageUp)  # the way back survives the move
    assert shown(screen) != question
    assert board.plug_in() is card  # and plugging in again moves the same card
    assert card.window() is board.window


def test_the_keeper_view_fits_the_laptop_with_big_targets(
    screen: QuickPromptScreen, board: BoardWindow
) -> None:
    board.plug_in()
    assert misfits(screen) == []
