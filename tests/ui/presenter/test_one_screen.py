"""Issue 18 on one screen: F6 opens the board view as a window of its own; keys typed in
it reach the keeper's screen; B and K act on the class's view; the focus stays put."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from circle_app.ui.shell.board_window import BoardWindow
from circle_app.ui.shell.controller import AppController
from tests.ui.presenter.screens import BOARD_TEXT, KEEPER_ONLY, PlainScreen, RecordingScreen


def keeper_key(qtbot: QtBot, controller: AppController, key: Qt.Key) -> None:
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, key)


def open_board(
    qtbot: QtBot, make_app: Callable[..., AppController], database_url: str
) -> tuple[AppController, RecordingScreen, BoardWindow]:
    controller = make_app(database_url)
    screen = RecordingScreen()
    controller.navigator.show(screen)
    keeper_key(qtbot, controller, Qt.Key.Key_F6)
    board = controller.window.presenter.board_window
    assert board is not None
    qtbot.waitUntil(board.isVisible)
    return controller, screen, board


def inside(widget: QWidget, ancestor: QWidget) -> bool:
    return widget is ancestor or ancestor.isAncestorOf(widget)


def test_f6_opens_the_board_view_and_f6_folds_it_back(
    qtbot: QtBot, make_app: Callable[..., AppController], database_url: str
) -> None:
    """issue 18, finding 6: F6 shows the screen's board widget in a window of its own;
    F6 again gives it back to the screen, laid out as the one-screen board."""
    controller, screen, board = open_board(qtbot, make_app, database_url)
    assert inside(screen.board_widget(), board)
    assert not inside(screen.board_widget(), controller.window)
    assert screen.presenting_calls == [True]
    keeper_key(qtbot, controller, Qt.Key.Key_F6)
    assert controller.window.presenter.board_window is None
    assert screen.presenting_calls == [True, False]
    assert inside(screen.board_widget(), screen)
    assert screen.board_widget().isVisible()


def test_the_board_window_never_takes_the_focus(
    qtbot: QtBot, make_app: Callable[..., AppController], database_url: str
) -> None:
    """issue 18, finding 2: after the board window shows, the keeper's window still has
    the keyboard (the board window asks for no focus and is shown without activating)."""
    controller, _screen, board = open_board(qtbot, make_app, database_url)
    window = controller.window
    qtbot.waitUntil(lambda: board.windowHandle() is not None and board.windowHandle().isExposed())
    assert QGuiApplication.focusWindow() is window.windowHandle()
    assert QApplication.activeWindow() is window
    assert board.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert board.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


KEYS_FOR_THE_SCREEN = [
    Qt.Key.Key_PageDown,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_Right,
    Qt.Key.Key_Left,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Space,
    Qt.Key.Key_P,
    Qt.Key.Key_N,
    Qt.Key.Key_R,
    Qt.Key.Key_O,
    Qt.Key.Key_H,
    Qt.Key.Key_L,
    Qt.Key.Key_A,
    Qt.Key.Key_Plus,
]


@pytest.mark.parametrize("key", KEYS_FOR_THE_SCREEN)
def test_a_key_in_the_board_window_reaches_the_keepers_screen(
    qtbot: QtBot, make_app: Callable[..., AppController], database_url: str, key: Qt.Key
) -> None:
    """issue 18, finding 3: either window takes every key (the presenter remote too)."""
    _controller, screen, board = open_board(qtbot, make_app, database_url)
    handle = board.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, key)
    assert screen.keys == [key]


def test_escape_in_the_board_window_is_the_screens_when_not_full_screen(
    qtbot: QtBot, make_app: Callable[..., AppController], database_url: str
) -> None:
    """issue 18, finding 3: Esc acts as in the keeper's window: it leaves full screen
    first, and then it is the screen's (a circle pauses)."""
    controller, screen, board = open_board(qtbot, make_app, database_url)
    window = controller.window
    handle = board.windowHandle()
    assert handle is not None
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)
    QTest.keyClick(handle, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert screen.keys == []
    QTest.keyClick(handle, Qt.Key.Key_Escape)
    assert screen.keys == [Qt.Key.Key_Escape]


def test_b_blanks_the_board_and_the_keeper_is_told(
    qtbot: QtBot, make_app: Callable[..., AppController], database_url: str
) -> None:
    """issue 18, finding 4: B blanks the class's view, not the keeper's window, which says
    so in words; B again, from either window, shows the board."""
    controller, screen, board = open_board(qtbot, make_app, database_url)
    presenter = controller.window.presenter
    keeper_key(qtbot, controller, Qt.Key.Key_B)
    assert presenter.blanked
    assert board.blank.isVisible()
    assert not controller.window.blanked  # the keeper's own view is not blank
    assert controller.window.note.text == "The board is blank. Press B to show it."
    keeper_key(qtbot, controller, Qt.Key.Key_P)  # the keeper's window goes on working
    assert screen.keys == [Qt.Key.Key_P]
    handle = board.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Period)
    assert not presenter.blanked
    assert controller.window.note.text == ""


def test_k_shows_the_keyring_card_on_the_board(
    qtbot: QtBot, make_app: Callable[..., AppController], database_url: str
) -> None:
    """issue 18, finding 4: K puts the six questions on the board for the parties, with
    a note on the keeper's window; the next key puts the card away."""
    controller, screen, board = open_board(qtbot, make_app, database_url)
    keeper_key(qtbot, controller, Qt.Key.Key_K)
    assert board.keyring.isVisible()
    assert board.keyring.questions[0] == "What happened?"
    assert not controller.window.keyring.isVisible()
    assert "key-ring" in controller.window.note.text
    keeper_key(qtbot, controller, Qt.Key.Key_Space)
    assert not board.keyring.isVisible()
    assert screen.keys == []  # the key put the card away, and did nothing else
    assert controller.window.note.text == ""


def test_the_board_follows_the_keepers_screen(
    qtbot: QtBot, make_app: Callable[..., AppController], database_url: str
) -> None:
    """issue 18, finding 2: a screen with nothing for the class shows the calm board; the
    old screen's board widget goes back to it before it is deleted."""
    controller, screen, board = open_board(qtbot, make_app, database_url)
    plain = PlainScreen()
    controller.navigator.show(plain)
    assert screen.presenting_calls == [True, False]
    assert inside(screen.board_widget(), screen)
    assert board.shown_widget is None
    assert board.calm.isVisible()
    second = RecordingScreen()
    controller.navigator.show(second)
    assert board.shown_widget is second.board_widget()
    assert second.presenting_calls == [True]


def test_m7_keeper_only_content_never_reaches_the_board_window(
    qtbot: QtBot, make_app: Callable[..., AppController], database_url: str
) -> None:
    """issue 18 (M7): the board window's widgets hold the class's view and nothing else."""
    controller, screen, board = open_board(qtbot, make_app, database_url)
    texts = [label.text() for label in board.findChildren(QLabel)]
    assert BOARD_TEXT in texts
    assert KEEPER_ONLY not in texts
    assert screen.keeper_button not in board.findChildren(QPushButton)
    assert not any(inside(w, board) for w in (screen.passed, screen.keeper_button))
    assert controller.window.home.settings_button not in board.findChildren(QPushButton)


def test_a_tap_on_the_blank_board_shows_it_again(
    qtbot: QtBot, make_app: Callable[..., AppController], database_url: str
) -> None:
    """issue 18, finding 4: a child taps the blank board: the board is back, and the
    keeper's note goes."""
    controller, _screen, board = open_board(qtbot, make_app, database_url)
    keeper_key(qtbot, controller, Qt.Key.Key_B)
    assert controller.window.presenter.blanked
    qtbot.mouseClick(board.blank, Qt.MouseButton.LeftButton)
    assert not controller.window.presenter.blanked
    assert controller.window.note.text == ""


def test_f5_in_the_hand_placed_board_window_fills_its_screen(
    qtbot: QtBot, make_app: Callable[..., AppController], database_url: str
) -> None:
    """issue 18, finding 6: the board window of F6, dragged to the board: F5 makes it full
    screen there, Esc makes it a window again; the keeper's window stays as it is."""
    controller, _screen, board = open_board(qtbot, make_app, database_url)
    handle = board.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_F5)
    qtbot.waitUntil(board.isFullScreen)
    assert not controller.window.isFullScreen()
    QTest.keyClick(handle, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not board.isFullScreen())
    assert controller.window.presenter.board_window is board


def test_the_keepers_note_about_the_board_follows_a_language_switch(
    qtbot: QtBot, make_app: Callable[..., AppController], database_url: str
) -> None:
    """issue 15 with issue 18: the board is blank and the note says so; switching the
    language meanwhile turns the note into Danish at once, and back."""
    from circle_app.ui.support.settings import LANGUAGE
    from circle_app.ui.support.translations import install_translators

    controller, _screen, _board = open_board(qtbot, make_app, database_url)
    keeper_key(qtbot, controller, Qt.Key.Key_B)
    note = controller.window.note
    assert note.text == "The board is blank. Press B to show it."
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller.settings.set(LANGUAGE, "da")
    install_translators(app, controller.settings)
    qtbot.waitUntil(lambda: note.text not in ("", "The board is blank. Press B to show it."))
    assert note.text == "Tavlen er mørk. Tryk på B for at vise den."
    controller.settings.set(LANGUAGE, "en")
    install_translators(app, controller.settings)
    qtbot.waitUntil(lambda: note.text == "The board is blank. Press B to show it.")


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_issue18_the_board_note_takes_the_chosen_theme(
    qtbot: QtBot, make_app: Callable[..., AppController], database_url: str, theme: str
) -> None:
    """issue 18 with issue 20: the keeper's note ("the board is blank…") is drawn in the
    theme chosen, after a switch too: its card colour, its text colour (the app's style
    sheet styles it, as it does home)."""
    from circle_app.ui.support.theme import THEMES

    controller = make_app(database_url)
    other = "light" if theme == "dark" else "dark"
    controller.apply_theme(THEMES[other])
    controller.apply_theme(THEMES[theme])
    note = controller.window.note
    note.say("Tavlen er blank. Tryk B for at vise den igen.")
    qtbot.waitUntil(note.isVisible)
    picture = note.grab().toImage()
    inside = picture.pixelColor(12, picture.height() // 2)  # past the 3 px dashed border
    assert inside.name() == THEMES[theme].card.name()
    label = note.label
    assert label.palette().color(label.foregroundRole()).name() == THEMES[theme].text.name()
