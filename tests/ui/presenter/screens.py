"""A small Presentable screen for the presenter's tests: it records every key it is given,
and keeps keeper-only things (a button, a 'passed' list) outside its board widget."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from circle_app.ui.widgets.escape import claims_escape

KEEPER_ONLY = "Passed: Asta, offered again"
BOARD_TEXT = "Which place would you most like to visit?"


class RecordingScreen(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []
        self.presenting_calls: list[bool] = []
        self._board = QWidget()
        self._board.setObjectName("recordingBoard")
        self.prompt = QLabel(BOARD_TEXT, self._board)
        QVBoxLayout(self._board).addWidget(self.prompt)
        self.keeper_button = QPushButton("Undo")
        self.passed = QLabel(KEEPER_ONLY)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self._board, 1)
        self._layout.addWidget(self.keeper_button)
        self._layout.addWidget(self.passed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def board_widget(self) -> QWidget:
        return self._board

    def set_presenting(self, presenting: bool) -> None:
        self.presenting_calls.append(presenting)
        if not presenting:
            self._layout.insertWidget(0, self._board, 1)
            self._board.show()

    def event(self, event: QEvent) -> bool:
        if claims_escape(self, event):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keys.append(event.key())


class PlainScreen(QWidget):
    """A screen with nothing for the class (as home, the class list, a conference)."""
