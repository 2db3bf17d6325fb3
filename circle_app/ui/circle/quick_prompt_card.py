"""The quick prompt's card: what the class sees, the question big and where it is from.

It is the quick prompt screen's board widget (issue 18): on one screen it sits between the
keeper's controls; when a second screen is the board it fills the board window. Nothing
on it is for the keeper only, and nothing on it is a control.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from circle_app.ui.widgets.fitted_label import FittedLabel


class QuickPromptCard(QFrame):
    """The heading (quick prompt · bank) over the question at the largest size that fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickPromptCard")
        self.setProperty("card", True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.category_label = QLabel()
        self.category_label.setProperty("muted", True)
        self.category_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt_label = FittedLabel()
        bold = QFont(self.prompt_label.font())
        bold.setBold(True)
        self.prompt_label.setFont(bold)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(12)
        self._layout.addWidget(self.category_label)
        self._layout.addWidget(self.prompt_label, 1)
        self.set_on_board(False)

    def set_on_board(self, on_board: bool) -> None:
        """Full screen on the board: wider margins and a heading readable from the back."""
        if on_board:
            self._layout.setContentsMargins(96, 56, 96, 72)
            self.category_label.setStyleSheet("font-size: 26pt;")
        else:
            self._layout.setContentsMargins(56, 28, 56, 40)
            self.category_label.setStyleSheet("font-size: 16pt;")

    def show_prompt(self, heading: str, text: str) -> None:
        self.category_label.setText(heading)
        self._set_text(text, muted=False)

    def show_nothing(self, reason: str) -> None:
        self.category_label.setText("")
        self._set_text(reason, muted=True)

    def _set_text(self, text: str, *, muted: bool) -> None:
        self.prompt_label.setProperty("muted", muted)
        self.prompt_label.setText(text)
        self.prompt_label.style().unpolish(self.prompt_label)
        self.prompt_label.style().polish(self.prompt_label)
