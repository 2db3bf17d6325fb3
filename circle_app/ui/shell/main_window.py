"""The keeper's window: a stack of screens, full screen on the board, blank on demand.

With a second screen it is the keeper's (the laptop's) and the presenter's board window
shows the class's view (issue 18, ui/shell/presenter.py): B, K and F6 go to the presenter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from circle_app.ui.shell.board_note import BoardNote
from circle_app.ui.shell.home_screen import HomeScreen
from circle_app.ui.shell.presenter import Presenter
from circle_app.ui.support.settings import Settings

if TYPE_CHECKING:  # the overlays are built when first used, not for the first frame
    from circle_app.ui.shell.blank_overlay import BlankOverlay
    from circle_app.ui.shell.keyring_card import KeyRingCard


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Circles — circle-app"))
        self.setMinimumSize(1024, 600)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.note = BoardNote(self)  # with two screens: "The board is blank…" (issue 18)
        self.home = HomeScreen()
        self.home.language_offer.bind(settings)  # shown until answered, from the first frame
        self.stack.addWidget(self.home)
        self._blank: BlankOverlay | None = None  # B: built at the first press
        self._keyring: KeyRingCard | None = None  # K: likewise

        for keys, slot in (
            (("F5", "F11"), self.toggle_full_screen),
            (("Escape",), self.leave_full_screen),
            (("B", "."), self.blank_screen),
            (("K",), self.show_keyring),
            (("F6",), self.toggle_board_window),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)  # Qt's default: this window
                shortcut.activated.connect(slot)

        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1366, 768)
        self.presenter = Presenter(self)

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def keyring(self) -> KeyRingCard:
        """M10: the six questions, from anywhere (K); an overlay over the whole window."""
        if self._keyring is None:
            from circle_app.ui.shell.keyring_card import KeyRingCard

            self._keyring = KeyRingCard(self)
            self._keyring.dismissed.connect(self._restore_focus)
        return self._keyring

    def _blank_overlay(self) -> BlankOverlay:
        if self._blank is None:
            from circle_app.ui.shell.blank_overlay import BlankOverlay

            self._blank = BlankOverlay(self)
            self._blank.dismissed.connect(self._restore_focus)
        return self._blank

    def showEvent(self, event: QShowEvent) -> None:
        """The board window opens with the keeper's (a second screen attached)."""
        super().showEvent(event)
        if not event.spontaneous():
            self.presenter.refresh()

    def show_screen(self, screen: QWidget) -> None:
        if self.stack.indexOf(screen) < 0:
            self.stack.addWidget(screen)
        previous = self.stack.currentWidget()
        self.stack.setCurrentWidget(screen)
        self.presenter.screen_changed(screen)  # the old screen's board widget goes back first
        screen.setFocus()
        if previous is not None and previous is not self.home and previous is not screen:
            self.stack.removeWidget(previous)
            previous.deleteLater()

    @property
    def blanked(self) -> bool:
        return self._blank is not None and self._blank.isVisible()

    @Slot()
    def toggle_full_screen(self) -> None:
        """Full screen on the screen the window is on (F5 / F11)."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    @Slot()
    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    @Slot()
    def show_keyring(self) -> None:
        if self.presenter.active:
            self.presenter.show_keyring()  # the questions are for the parties: on the board
        else:
            self.keyring.open()

    @Slot()
    def blank_screen(self) -> None:
        if self.presenter.active:
            self.presenter.toggle_blank()  # the class's view; the keeper's window goes on
        else:
            self._blank_overlay().blank()

    @Slot()
    def toggle_board_window(self) -> None:
        """F6: the board view in a window of its own, or folded back into this one."""
        self.presenter.toggle_window()

    @Slot()
    def _restore_focus(self) -> None:
        current = self.stack.currentWidget()
        if current is not None:
            current.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set_geometry(self.saveGeometry())
        self.presenter.fold_back()
        super().closeEvent(event)
