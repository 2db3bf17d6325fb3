"""The keeper's line about the board (issue 18): blank, or showing the key-ring card.

With two screens the keeper cannot see the board from the desk: while the class's view is
blank or shows the key-ring card, a bar across the top of the keeper's window says so in
words (never by colour alone) and says which key changes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from circle_app.ui.support.theme import LIGHT, Theme


class BoardNote(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardNote")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel()
        self.label.setObjectName("boardNoteText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.label)
        self.setMinimumHeight(48)
        self.set_theme(LIGHT)
        self.hide()

    @property
    def text(self) -> str:
        """What the note says now ("" while it is not shown)."""
        return self.label.text() if not self.isHidden() else ""

    def say(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))

    def set_theme(self, theme: Theme) -> None:
        self.setStyleSheet(
            f"#boardNote {{ background: {theme.card.name()}; border: 3px dashed"
            f" {theme.accent_border.name()}; border-radius: 10px; }}"
            f" #boardNoteText {{ color: {theme.text.name()}; font-size: 16pt;"
            " font-weight: bold; }"
        )
