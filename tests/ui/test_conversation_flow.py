"""The restorative conversation walked end to end on the real window (M8-M10)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from circle_app.store.conversations import ConversationStore
from circle_app.ui.conversation.conversation_screen import ConversationScreen
from circle_app.ui.conversation.setup_screen import ConversationSetupScreen
from circle_app.ui.shell.controller import AppController

STORY_EN = [
    "What happened?",
    "What were you thinking when it happened?",
    "What have you thought about since?",
    "How has it affected you and others?",
    "What has been the hardest thing for you?",
]
Q6_EN = "What do you think should happen now?"


def press_k(qtbot: QtBot, controller: AppController) -> None:
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_K)


def test_m9_conversation_walked_with_clicks_and_keys(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    controller = make_app(database_url)
    qtbot.mouseClick(controller.window.home.conversation_button, Qt.MouseButton.LeftButton)
    setup = controller.window.stack.currentWidget()
    assert isinstance(setup, ConversationSetupScreen)
    for name in ("Asta", "Bilal", "Clara"):
        setup.name_edit.setText(name)
        qtbot.keyClick(setup.name_edit, Qt.Key.Key_Return)
    setup.facilitator_edit.setText("Asta")
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    assert "must not be" in setup.error_label.text()  # M8: someone not involved
    setup.facilitator_edit.setText("Malou")
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)

    screen = controller.window.stack.currentWidget()
    assert isinstance(screen, ConversationScreen)
    seen = []
    for _ in range(6):
        seen.append((screen.party_label.text(), screen.card_questions()))
        for text in screen.card_questions():
            assert text in screen.questions_label.text()
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert seen == [
        ("Asta", STORY_EN),
        ("Bilal", STORY_EN),
        ("Clara", STORY_EN),
        ("Asta", [Q6_EN]),
        ("Bilal", [Q6_EN]),
        ("Clara", [Q6_EN]),
    ]
    assert screen.conversation.finished
    assert [label.property("phaseState") for label in screen.phase_labels] == ["done"] * 3
    qtbot.keyClick(screen, Qt.Key.Key_PageUp)  # undo the last turn
    assert screen.party_label.text() == "Clara"
    assert [label.property("phaseState") for label in screen.phase_labels] == [
        "done",
        "done",
        "current",
    ]
    stored = ConversationStore(controller.services.engine).load(screen.conversation_id)
    assert len(stored.events) == 5  # on disk before the board showed it
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)  # finish
    assert controller.window.stack.currentWidget() is controller.window.home
    assert ConversationStore(controller.services.engine).unfinished() == []


def test_m9_read_aloud_reads_the_card_in_the_conversations_language(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    controller = make_app(database_url, start="demo-conversation")
    screen = controller.window.stack.currentWidget()
    assert isinstance(screen, ConversationScreen)
    spoken: list[tuple[str, str]] = []
    screen.read_aloud_requested.connect(lambda text, lang: spoken.append((text, lang)))
    qtbot.keyClick(screen, Qt.Key.Key_R)
    assert spoken == [(" ".join(STORY_EN), "en")]


def test_m10_keyring_card_opens_from_anywhere_with_k(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    controller = make_app(database_url)
    card = controller.window.keyring
    for show in (
        controller.go_home,
        controller.show_quick_prompt,
        controller.conflicts.start_demo_conversation,
        controller.conflicts.start_demo_conference,
    ):
        show()
        press_k(qtbot, controller)
        assert card.isVisible()
        assert card.first.text() == "1. What happened?"  # first, and biggest (M10)
        assert len(card.questions) == 6
        assert card.questions[5] == Q6_EN
        qtbot.keyClick(card, Qt.Key.Key_Escape)
        assert not card.isVisible()
    qtbot.mouseClick(controller.window.home.keyring_button, Qt.MouseButton.LeftButton)
    controller.go_home()
    qtbot.mouseClick(controller.window.home.keyring_button, Qt.MouseButton.LeftButton)
    assert card.isVisible()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)  # a tap closes it
    assert not card.isVisible()


def test_an_interrupted_conversation_is_offered_on_the_home_screen(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    controller = make_app(database_url)
    qtbot.mouseClick(controller.window.home.conversation_button, Qt.MouseButton.LeftButton)
    setup = controller.window.stack.currentWidget()
    assert isinstance(setup, ConversationSetupScreen)
    for name in ("Asta", "Bilal"):
        setup.name_edit.setText(name)
        qtbot.keyClick(setup.name_edit, Qt.Key.Key_Return)
    setup.facilitator_edit.setText("Malou")
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    screen = controller.window.stack.currentWidget()
    assert isinstance(screen, ConversationScreen)
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)  # Asta has answered 1-5
    controller.shutdown()  # the bell rings

    again = make_app(database_url)
    home = again.window.home
    assert home.resume_button.isVisibleTo(home)
    qtbot.mouseClick(home.resume_button, Qt.MouseButton.LeftButton)
    resumed = again.window.stack.currentWidget()
    assert isinstance(resumed, ConversationScreen)
    assert resumed.party_label.text() == "Bilal"


def test_a_party_name_with_a_hidden_character_is_refused_and_says_why(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    """issue 12, finding 10: the name rule holds where a party is typed in too."""
    controller = make_app(database_url)
    qtbot.mouseClick(controller.window.home.conversation_button, Qt.MouseButton.LeftButton)
    setup = controller.window.stack.currentWidget()
    assert isinstance(setup, ConversationSetupScreen)
    setup.name_edit.setText("Asta\u202e")
    qtbot.keyClick(setup.name_edit, Qt.Key.Key_Return)
    assert setup.parties.count() == 0
    assert "202E" in setup.error_label.text()
    assert setup.name_edit.text() == "Asta\u202e"  # kept, to be corrected
