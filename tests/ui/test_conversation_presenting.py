"""The restorative conversation on two screens (issue 18): the questions big on the board,
the parties, their order and who is next on the keeper's laptop; one screen as before."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from circle_app.domain.conversation import ConversationSetup, Facilitator, Party
from circle_app.store.conversations import ConversationStore, RecordedConversation
from circle_app.ui.conversation.conversation_screen import ConversationScreen
from circle_app.ui.support.settings import LANGUAGE, Settings
from circle_app.ui.support.translations import install_translators
from tests.ui.board_window import (
    BoardWindow,
    controls_in,
    inside_of,
    misfits,
    on_the_laptop,
    texts_in,
)

PARTIES = ("Asta", "Bilal", "Clara")
QUESTIONS = {
    "q1": "What happened?",
    "q2": "What were you thinking when it happened?",
    "q3": "What have you thought about since?",
    "q4": "How has it affected you and others?",
    "q5": "What has been the hardest thing for you?",
    "q6": "What do you think should happen now?",
}


@pytest.fixture
def screen(qtbot: QtBot, engine: Engine) -> Iterator[ConversationScreen]:
    setup = ConversationSetup(
        tuple(Party(index, name) for index, name in enumerate(PARTIES)),
        Facilitator("Malou"),
        language="en",
    )
    recorded = RecordedConversation.begin(ConversationStore(engine), setup)
    yield from on_the_laptop(
        qtbot, lambda _: ConversationScreen(recorded, QUESTIONS, title="Conference: the bike shed")
    )


@pytest.fixture
def board(qtbot: QtBot, screen: ConversationScreen) -> BoardWindow:
    return BoardWindow(qtbot, screen)


def test_one_screen_shows_the_party_and_the_questions_on_one_card_as_before(
    screen: ConversationScreen,
) -> None:
    card = screen.board_widget()
    assert card is screen.board_widget()
    screen.set_presenting(False)  # the presenter may say so with no board yet
    assert inside_of(screen, card)
    assert card.isVisible()
    assert screen.party_label.text() == "Asta"
    assert "next: Bilal" in screen.footer_label.text()
    assert not screen.order.isVisible()
    assert not screen.preview.isVisible()


def test_m7_m9_the_board_shows_the_questions_and_no_party_nor_their_order(
    qtbot: QtBot, screen: ConversationScreen, board: BoardWindow
) -> None:
    """issue 18: questions on the board; the parties, their order and who is next on the
    laptop; nothing on the board to tap."""
    for _ in range(len(PARTIES) * 2 + 1):  # every turn, and the end
        widget = board.plug_in()
        assert widget.window() is board.window
        assert controls_in(widget) == []
        texts = texts_in(widget)
        for name in (*PARTIES, "Malou", "bike shed"):
            assert name not in texts
        for text in screen.card_questions():
            assert text in texts
        assert "next" not in texts.casefold()
        board.unplug()
        if not screen.conversation.finished:
            qtbot.keyClick(screen, Qt.Key.Key_PageDown)
        else:
            assert "Every party has answered" in screen.party_label.text()


def test_the_board_shows_questions_one_to_five_big_with_past_present_future(
    qtbot: QtBot, screen: ConversationScreen, board: BoardWindow
) -> None:
    widget = board.plug_in()
    qtbot.waitUntil(lambda: screen.questions_label.pixel_size >= 40)
    texts = texts_in(widget)
    assert "Questions 1–5, all in one go" in texts
    for phase in ("Past", "Present", "Future"):
        assert phase in texts


def test_the_keeper_sees_the_order_who_answers_and_who_is_next(
    qtbot: QtBot, screen: ConversationScreen, board: BoardWindow
) -> None:
    board.plug_in()
    assert screen.order.isVisible()
    assert screen.party_label.text() == "Asta"
    assert screen.order.lines() == [
        "1. Asta: questions 1–5  ·  now",
        "2. Bilal: questions 1–5  ·  next",
        "3. Clara: questions 1–5",
        "4. Asta: question 6",
        "5. Bilal: question 6",
        "6. Clara: question 6",
    ]
    assert screen.preview.isVisible()
    assert "1. What happened?" in screen.preview.text
    for control in (screen.next_button, screen.back_button, screen.keyring_button):
        assert control.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space])
def test_keys_forwarded_from_the_board_move_the_turn_on(
    screen: ConversationScreen, board: BoardWindow, key: Qt.Key
) -> None:
    board.plug_in()
    board.forward(key)
    assert screen.party_label.text() == "Bilal"
    assert screen.order.lines()[0].endswith("done")
    assert screen.order.lines()[1].endswith("now")
    board.forward(Qt.Key.Key_PageUp)
    assert screen.party_label.text() == "Asta"


def test_keys_on_the_keeper_view_still_work_while_presenting(
    qtbot: QtBot, screen: ConversationScreen, board: BoardWindow
) -> None:
    board.plug_in()
    for _ in PARTIES:
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert screen.questions_label.text() == QUESTIONS["q6"]  # on the board
    assert screen.preview.text == QUESTIONS["q6"]  # and on the laptop
    with qtbot.waitSignal(screen.read_aloud_requested) as blocker:
        board.forward(Qt.Key.Key_R, "r")
    assert blocker.args == [QUESTIONS["q6"], "en"]


def test_unplugging_the_board_keeps_the_turn_and_puts_the_questions_back(
    qtbot: QtBot, screen: ConversationScreen, board: BoardWindow
) -> None:
    widget = board.plug_in()
    board.forward(Qt.Key.Key_PageDown)
    board.unplug()
    assert inside_of(screen, widget)
    qtbot.waitUntil(widget.isVisible)
    assert screen.party_label.text() == "Bilal"
    assert "1. What happened?" in screen.questions_label.text()
    assert not screen.order.isVisible()
    assert not screen.preview.isVisible()
    assert board.plug_in() is widget


def test_the_keeper_view_fits_the_laptop_with_big_targets(
    screen: ConversationScreen, board: BoardWindow
) -> None:
    board.plug_in()
    assert misfits(screen) == []


def test_the_order_of_asking_follows_a_language_switch_while_presenting(
    qapp: QApplication, settings: Settings, screen: ConversationScreen, board: BoardWindow
) -> None:
    """issue 15, finding 3, on the laptop too: the order's lines are in the new language."""
    board.plug_in()
    try:
        settings.set(LANGUAGE, "da")
        install_translators(qapp, settings)
        qapp.processEvents()
        assert screen.order.lines()[:2] == [
            "1. Asta: spørgsmål 1–5  ·  nu",
            "2. Bilal: spørgsmål 1–5  ·  næste",
        ]
    finally:
        settings.set(LANGUAGE, "en")
        install_translators(qapp, settings)
