"""Presenter mode (issue 18): the class sees the board, the keeper sees the controls.

With a second screen attached the board window is full screen on the board screen and shows
the current screen's board widget (`Presentable`, ui/widgets/presenting.py); the keeper's
window keeps the controls. Screens come and go: unplugging the board folds everything back
into the keeper's window (the board widget is handed back, the circle goes on); plugging a
screen in moves the board view there. With one screen, F6 opens the board view as a window
of its own, and F6 again folds it back. Which screen is the board: ui/support/screen_setup.py.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen, QWindow
from PySide6.QtWidgets import QWidget

from circle_app.ui.support.screen_setup import choose_board, current_setup, info
from circle_app.ui.support.theme import LIGHT, Theme
from circle_app.ui.widgets.presenting import Presentable, presentable

if TYPE_CHECKING:
    from circle_app.ui.shell.board_window import BoardWindow
    from circle_app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class Presenter(QObject):
    """Owns the board window; the keeper's window calls it for B, K and F6."""

    changed = Signal()  # the board window opened, moved or closed; blank or card on/off

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._board: BoardWindow | None = None
        self._presented: tuple[Presentable, QWidget] | None = None
        self._folded = False  # F6 closed the board window although a board is attached
        self._theme: Theme = LIGHT
        self._watching_keys = False
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._on_screens_changed)
        app.screenRemoved.connect(self._on_screen_removed)
        app.primaryScreenChanged.connect(self._on_screens_changed)
        app.focusWindowChanged.connect(self._on_focus_window)
        self._keeper_had_focus = False

    # -- what the shell and tests read ----------------------------------------------------

    @property
    def board_window(self) -> BoardWindow | None:
        return self._board

    @property
    def active(self) -> bool:
        """True while the board window is open (on a board screen, or by F6)."""
        return self._board is not None

    @property
    def blanked(self) -> bool:
        return self._board is not None and self._board.blank.isVisible()

    @property
    def showing_keyring(self) -> bool:
        return self._board is not None and self._board.keyring.isVisible()

    def setup(self) -> str:
        """The screen set-up attached now (the settings' key for the board's choice)."""
        return current_setup()

    def board_screen(self) -> QScreen | None:
        """The screen that is the board in this set-up, None for one window."""
        screens = QGuiApplication.screens()
        keeper = self._window.screen()
        chosen = choose_board(
            [info(screen) for screen in screens],
            screens.index(keeper) if keeper in screens else None,
            self._window.settings.board_screen(self.setup()),
        )
        return screens[chosen] if chosen is not None else None

    # -- the shell's actions --------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Open, move or close the board window for the screens attached now."""
        board = None if self._folded else self.board_screen()
        if board is not None:
            self._open_on(board)
        elif self._board is not None and not self._board.framed:
            self.fold_back()

    @Slot()
    def choice_changed(self) -> None:
        """The settings chose another board for this set-up: at once."""
        self._folded = False
        self.refresh()

    @Slot()
    def toggle_window(self) -> None:
        """F6: the board view in a window of its own, or back into the keeper's window."""
        if self._board is not None:
            self._folded = True
            self.fold_back()
            return
        self._folded = False
        board = self.board_screen()
        if board is not None:
            self._open_on(board)
        else:
            self._open_framed()

    def fold_back(self) -> None:
        """Everything into the keeper's window again: the board widget goes back first."""
        board, self._board = self._board, None
        if board is None:
            return
        self._release(board)
        self._watch_keeper_keys(on=False)
        board.key_handler = None
        board.close()
        board.deleteLater()
        self._window.note.say("")
        log.info("board window closed")
        self.changed.emit()

    @Slot()
    def toggle_blank(self) -> None:
        """B or `.`: the class's view blank, or back; the keeper's window says which."""
        if self._board is None:
            return
        if self._board.blank.isVisible():
            self._board.blank.show_board()
        else:
            self._board.keyring.close_card()
            self._board.blank.blank()
        self._say_state()

    @Slot()
    def show_keyring(self) -> None:
        """K: the six questions on the board, for the parties to read."""
        if self._board is None:
            return
        self._board.blank.show_board()
        self._board.keyring.open()
        self._watch_keeper_keys(on=True)
        self._say_state()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme  # the note on the keeper's window: the app's style sheet
        if self._board is not None:
            self._board.set_theme(theme)

    def screen_changed(self, current: QWidget) -> None:
        """The keeper's window shows `current` (called before the old screen is deleted):
        the old screen's board widget goes back to it, the new one's comes to the board."""
        if self._board is None:
            return
        self._release(self._board)
        self._take(self._board, current)

    # -- keys pressed in the board window -------------------------------------------------

    def board_key(self, event: QKeyEvent) -> None:
        """Every key pressed in the board window, as if pressed in the keeper's window."""
        from PySide6.QtCore import Qt  # here: home's first frame builds no Qt enum (issue 20)

        if self.showing_keyring:
            self._close_keyring()
            return
        key = event.key()
        board = self._board
        framed = board is not None and board.framed
        if key == Qt.Key.Key_Escape and board is not None and framed and board.isFullScreen():
            board.showNormal()  # the hand-placed window first, as the keeper's own
            return
        screen = self._window.stack.currentWidget()
        if screen is not None and self._claimed_by(screen, event):
            self._send(screen, event)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.toggle_blank()
        elif key == Qt.Key.Key_K:
            self.show_keyring()
        elif key == Qt.Key.Key_F6:
            self.toggle_window()
        elif key in (Qt.Key.Key_F5, Qt.Key.Key_F11):
            if board is not None and framed:  # F5 fills the screen it was dragged to
                if board.isFullScreen():
                    board.showNormal()
                else:
                    _full_screen(board)
            else:
                self._window.toggle_full_screen()
        elif key == Qt.Key.Key_Escape:
            self._window.leave_full_screen()
        elif screen is not None:
            self._send(screen, event)

    # -- internals ------------------------------------------------------------------------

    def _open_on(self, screen: QScreen) -> None:
        board = self._board
        if board is not None and board.framed:
            self.fold_back()  # the hand-placed window gives way to the board screen
            board = None
        if board is None:
            board = self._new_board(framed=False)
        self._keeper_off(screen)
        if board.screen() is not screen or not board.isVisible():
            if board.isFullScreen():
                board.showNormal()
            board.setScreen(screen)
            board.setGeometry(screen.geometry())
            _full_screen(board)
            log.info("board window on the board screen (dpr %.2f)", screen.devicePixelRatio())
            self.changed.emit()

    def _open_framed(self) -> None:
        board = self._new_board(framed=True)
        area = self._window.geometry()
        board.setGeometry(area.x() + 48, area.y() + 48, 960, 540)
        board.show()
        log.info("board window opened by hand")
        self.changed.emit()

    def _new_board(self, *, framed: bool) -> BoardWindow:
        from circle_app.ui.shell.board_window import BoardWindow  # with a board only

        board = BoardWindow(framed=framed)
        board.set_theme(self._theme)
        board.key_handler = self.board_key
        keeper_card = self._window.keyring
        board.keyring.provider = lambda: keeper_card.provider() if keeper_card.provider else ()
        board.blank.dismissed.connect(self._say_state)
        board.keyring.dismissed.connect(self._on_keyring_closed)
        self._board = board
        current = self._window.stack.currentWidget()
        if current is not None:
            self._take(board, current)
        return board

    def _take(self, board: BoardWindow, screen: QWidget) -> None:
        screen_view = presentable(screen)
        if screen_view is None:
            return  # the calm board
        widget = screen_view.board_widget()
        board.present(widget)
        screen_view.set_presenting(True)
        self._presented = (screen_view, widget)

    def _release(self, board: BoardWindow) -> None:
        presented, self._presented = self._presented, None
        if presented is None:
            return
        screen_view, widget = presented
        board.take_back()
        widget.setParent(cast(QWidget, screen_view))
        screen_view.set_presenting(False)

    def _keeper_off(self, board: QScreen) -> None:
        """A saved choice may name the keeper's own screen: the keeper's window moves."""
        window = self._window
        if window.screen() is not board:
            return
        others = [s for s in QGuiApplication.screens() if s is not board]
        if not others:
            return
        target = max(others, key=lambda s: info(s).pixels)
        full = window.isFullScreen()
        if full:
            window.showNormal()
        window.setScreen(target)
        window.move(target.availableGeometry().topLeft())
        if full:
            window.showFullScreen()

    @Slot(QWindow)
    def _on_focus_window(self, focused: QWindow | None) -> None:
        """The board window never takes the keyboard (Qt.WindowDoesNotAcceptFocus): a
        platform that gives it anyway (Qt's offscreen plugin does) gives it back to the
        keeper's window, when that had it."""
        keeper = self._window.windowHandle()
        board = self._board.windowHandle() if self._board is not None else None
        if focused is not None and focused is board and self._keeper_had_focus:
            self._window.activateWindow()
        elif focused is not None:
            self._keeper_had_focus = focused is keeper

    @staticmethod
    def _claimed_by(screen: QWidget, event: QKeyEvent) -> bool:
        """Does the screen take this key before the shell (Esc, when not full screen)?"""
        override = QKeyEvent(
            QEvent.Type.ShortcutOverride, event.key(), event.modifiers(), event.text()
        )
        override.ignore()
        QCoreApplication.sendEvent(screen, override)
        return override.isAccepted()

    @staticmethod
    def _send(screen: QWidget, event: QKeyEvent) -> None:
        copy = QKeyEvent(
            QEvent.Type.KeyPress,
            event.key(),
            event.modifiers(),
            event.text(),
            event.isAutoRepeat(),
            event.count(),
        )
        QCoreApplication.sendEvent(screen, copy)

    @Slot()
    def _say_state(self) -> None:
        if self.showing_keyring:
            text = self.tr("The key-ring card is on the board. Any key puts it away.")
        elif self.blanked:
            text = self.tr("The board is blank. Press B to show it.")
        else:
            text = ""
        self._window.note.say(text)
        self.changed.emit()

    @Slot()
    def _on_keyring_closed(self) -> None:
        self._watch_keeper_keys(on=False)
        self._say_state()

    def _close_keyring(self) -> None:
        if self._board is not None:
            self._board.keyring.close_card()

    def _watch_keeper_keys(self, *, on: bool) -> None:
        """While the card is on the board, the next key in the keeper's window puts it
        away (as a key does on one screen), whatever has the focus there."""
        app = QCoreApplication.instance()
        if app is None or on == self._watching_keys:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching_keys = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut: the key is the card's
        else:
            self._close_keyring()
        return True

    @Slot(QScreen)
    def _on_screen_removed(self, screen: QScreen) -> None:
        """Unplugged: a board on that screen folds back before Qt moves its window."""
        self._folded = False
        board = self._board
        if board is not None and board.screen() is screen:
            log.info("the board screen went: one window again")
            self.fold_back()
        self.refresh()  # Qt has already taken the screen off its list: the others decide

    @Slot()
    def _on_screens_changed(self) -> None:
        self._folded = False
        self.refresh()


def _full_screen(board: BoardWindow) -> None:
    """Full screen without QWidget.showFullScreen(), which asks to activate the window."""
    from PySide6.QtCore import Qt

    board.setWindowState(board.windowState() | Qt.WindowState.WindowFullScreen)
    board.show()
