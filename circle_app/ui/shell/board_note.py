"""The keeper's line about the board (issue 18): blank, or showing the key-ring card.

With two screens the keeper cannot see the board from the desk: while the class's view is
blank or shows the key-ring card, a note floats at the top of the keeper's window (it moves
nothing on the screen below) and says so in words, never by colour alone, and which key
changes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class BoardNote(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("boardNote")
        self.label = QLabel()
        self.label.setObjectName("boardNoteText")  # the look: the app's style sheet
        self.label.setWordWrap(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 2, 16, 2)
        layout.addWidget(self.label)
        parent.installEventFilter(self)
        self.hide()

    @property
    def text(self) -> str:
        """What the note says now ("" while it is not shown)."""
        return self.label.text() if not self.isHidden() else ""

    def say(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))
        if text:
            self._place()
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = max(420, min(parent.width() * 6 // 10, 900))
        self.setFixedWidth(width)
        self.setFixedHeight(40)  # one line: the holder's name shows below it
        self.move((parent.width() - width) // 2, 4)
