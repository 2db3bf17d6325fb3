"""A short message across the top of a board screen: every key press answers on screen.

It floats in a corner (it never pushes the ring or the card), says what just happened
or why an action is not allowed now, and goes after a few seconds, or stays with a control
of its own (Stop, while reading aloud) until it is dismissed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from circle_app.ui.support.theme import LIGHT, Theme

#: How long a passing message stays: long enough to read from the back row.
SHOWN_MS = 4000


class Banner(QFrame):
    """A line or two of text and an optional button, in the top left corner of its parent
    (outside the ring's ellipse, so it covers no seat and not the card)."""

    def __init__(self, parent: QWidget, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.action_button = QPushButton()
        self.action_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.action_button.setMinimumSize(96, 48)
        self.action_button.clicked.connect(self._on_action)
        self.action_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 8, 10, 8)
        layout.setSpacing(12)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        self._action: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.set_theme(theme)
        parent.installEventFilter(self)
        self.hide()

    @property
    def text(self) -> str:
        """What the banner says now ("" when it is not shown)."""
        return self.label.text() if self.isVisible() else ""

    def show_message(
        self,
        text: str,
        *,
        action: str = "",
        on_action: Callable[[], None] | None = None,
        stays: bool = False,
    ) -> None:
        """Show `text`; with `action`, a button that runs `on_action` and dismisses."""
        self.label.setText(text)
        self._action = on_action
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action))
        self._timer.stop()
        if not stays:
            self._timer.start(SHOWN_MS)
        self._place()
        self.show()
        self.raise_()

    def dismiss(self) -> None:
        self._timer.stop()
        self._action = None
        self.hide()

    def set_theme(self, theme: Theme) -> None:
        self.setStyleSheet(
            f"#banner {{ background: {theme.card.name()}; border: 3px solid"
            f" {theme.accent.name()}; border-radius: 14px; }}"
            f" #banner QLabel {{ color: {theme.text.name()}; font-size: 18pt; }}"
            " #banner QPushButton { font-size: 15pt; padding: 4px 16px; }"
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _on_action(self) -> None:
        action = self._action
        self.dismiss()
        if action is not None:
            action()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setFixedWidth(max(320, min(parent.width() * 34 // 100, 640)))
        self.adjustSize()
        self.move(16, 16)
