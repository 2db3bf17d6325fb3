"""The key-ring card (M10): the six restorative questions on one full-screen card.

Every member of staff carries the questions on a card on their key ring; the app shows the
same card instantly from anywhere (K, or the key-ring button). "What happened?" comes
first, and looks it. Any key or a tap puts the card away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class KeyRingCard(QWidget):
    """An overlay over the whole window. `set_questions` gives it the bank's wording."""

    dismissed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("keyRingCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._questions: tuple[str, ...] = ()
        #: Asked for the questions each time the card opens (the UI language may change).
        self.provider: Callable[[], tuple[str, ...]] | None = None

        self._card = QFrame()
        self._card.setProperty("card", True)
        self.heading = QLabel(self.tr("The six questions"))
        self.heading.setProperty("muted", True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.first = QLabel()
        self.first.setObjectName("keyRingFirst")
        self.first.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.first.setWordWrap(True)
        self.rest = QLabel()
        self.rest.setWordWrap(True)
        self.rest.setTextFormat(Qt.TextFormat.RichText)
        self.hint = QLabel(self.tr("Ask “What happened?” first. Any key or a tap closes the card."))
        self.hint.setProperty("muted", True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)

        card_layout = QVBoxLayout(self._card)
        card_layout.setContentsMargins(56, 28, 56, 28)
        card_layout.setSpacing(14)
        card_layout.addWidget(self.heading)
        card_layout.addWidget(self.first)
        card_layout.addWidget(self.rest, 1)
        card_layout.addWidget(self.hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 28)
        layout.addWidget(self._card)
        self.hide()
        parent.installEventFilter(self)

    @property
    def questions(self) -> tuple[str, ...]:
        return self._questions

    def set_questions(self, questions: tuple[str, ...]) -> None:
        """The six questions in their order (M8); the first is shown biggest (M10)."""
        self._questions = questions
        self.first.setText(f"1. {questions[0]}" if questions else "")
        items = "".join(
            f"<tr><td style='padding: 6px 18px 6px 0; font-weight: bold;'>{number}.</td>"
            f"<td style='padding: 6px 0;'>{_escape(text)}</td></tr>"
            for number, text in enumerate(questions[1:], start=2)
        )
        self.rest.setText(f"<table>{items}</table>")
        self._fit()

    def open(self) -> None:
        if self.provider is not None:
            self.set_questions(self.provider())
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._fit()
        self.raise_()
        self.show()
        self.setFocus()

    def close_card(self) -> None:
        """Put the card away (a key pressed in the keeper's window, with two screens)."""
        if self.isVisible():
            self._dismiss()

    # -- Qt overrides ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
            self._fit()
        return False

    def event(self, event: QEvent) -> bool:
        """Every key closes the card, Esc and the window's shortcut keys too."""
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A dark scrim over the screen below: only the card counts now (any theme)."""
        QPainter(self).fillRect(self.rect(), QColor(18, 18, 24, 235))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._dismiss()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._dismiss()

    # -- internals ------------------------------------------------------------------------

    def _fit(self) -> None:
        """Readable from the back of the room: sizes follow the window's height."""
        height = max(self.height(), 400)
        big = max(24, height // 11)
        normal = max(16, height // 22)
        self.first.setStyleSheet(f"font-size: {big}px; font-weight: bold;")
        self.rest.setStyleSheet(f"font-size: {normal}px;")
        self.heading.setStyleSheet(f"font-size: {max(14, height // 40)}px;")
        self.hint.setStyleSheet(f"font-size: {max(13, height // 48)}px;")

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
