"""The one owner of the current screen: flows show screens through it and ask for home."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from circle_app.ui.shell.main_window import MainWindow


class Navigator(QObject):
    home_requested = Signal()  # the shell refreshes the home screen's offers and shows it

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    @property
    def parent_widget(self) -> QWidget:
        return self._window

    @property
    def current(self) -> QWidget | None:
        return self._window.stack.currentWidget()

    def show(self, screen: QWidget) -> None:
        self._window.show_screen(screen)

    @Slot()
    def home(self) -> None:
        self.home_requested.emit()

    @Slot()
    def show_keyring(self) -> None:
        self._window.show_keyring()
