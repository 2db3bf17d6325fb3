"""What the class sees of a circle (issue 18): the ring with the travelling piece, the prompt
card and the round tracker, and big Pass and Next along the bottom for children to tap.

Nothing for the keeper only is ever in this widget's tree (M7): no list of who passed, no
per-person counts, no prompts to come, no More menu, Back or Read aloud. With one screen the
circle screen shows it with its own controls below (and the touch row hidden, since the
controls are there); on a board screen it fills the board window.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QLinearGradient, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from circle_app.domain.circle import Circle
from circle_app.domain.enums import NextAction
from circle_app.ui.circle.circle_controls import next_button, next_label, pass_button
from circle_app.ui.circle.ring.view import RingView


class CircleBoard(QWidget):
    """The ring and, when shown, the touch row: Pass and Next, doing what the keeper's do."""

    def __init__(self, ring: RingView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("circleBoard")
        self.ring = ring
        self.pass_button, self.next_button = pass_button(), next_button()
        self.touch_row = QWidget()
        self.touch_row.setObjectName("boardTouchRow")
        row = QHBoxLayout(self.touch_row)
        row.setContentsMargins(24, 8, 24, 20)
        row.setSpacing(24)
        row.addStretch(1)
        row.addWidget(self.pass_button)
        row.addWidget(self.next_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(ring, 1)
        layout.addWidget(self.touch_row)
        self._backdrop: QWidget | None = None
        self._scale = 1.0

    def set_backdrop(self, backdrop: QWidget | None) -> None:
        """The widget whose height the gradient spans (None: this board itself)."""
        self._backdrop = backdrop
        self.ring.set_backdrop(backdrop)
        self.update()

    def set_touch_row(self, shown: bool) -> None:
        self.touch_row.setVisible(shown)

    def update_for(self, circle: Circle) -> None:
        """The touch row says what the keeper's Next says; a child never ends the circle
        (Finish is the keeper's), and Pass needs someone holding the piece."""
        self.pass_button.setEnabled(circle.current_seat is not None)
        self.next_button.setText(next_label(circle))
        self.next_button.setEnabled(circle.next_action() is not NextAction.FINISH)

    # -- Qt overrides ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        backdrop = self._backdrop if self._backdrop is not None else self
        top, height = 0, self.height()
        if backdrop is not self and backdrop.isAncestorOf(self):
            top, height = -self.mapTo(backdrop, QPoint(0, 0)).y(), backdrop.height()
        theme = self.ring.theme
        gradient = QLinearGradient(0, top, 0, top + height)
        gradient.setColorAt(0, theme.background_top)
        gradient.setColorAt(1, theme.background_bottom)
        QPainter(self).fillRect(self.rect(), gradient)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The touch row grows with the board: a 4K board without OS scaling gets big ones."""
        scale = max(1.0, min(self.width() / 1366, self.height() / 768))
        if abs(scale - self._scale) > 0.05:
            self._scale = scale
            for button in (self.pass_button, self.next_button):
                button.scale_to(scale)
            row = self.touch_row.layout()
            if row is not None:
                row.setContentsMargins(*(round(m * scale) for m in (24, 8, 24, 20)))
                row.setSpacing(round(24 * scale))
        super().resizeEvent(event)
