"""B or `.` blanks the board (as a presenter remote does); any key or tap brings it back.

With two screens the overlay is on the board window (the class's view): B or `.` again,
or a tap on the board, brings the board back, and the keeper's window says it is blank."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class BlankOverlay(QWidget):
    dismissed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()
        parent.installEventFilter(self)

    def blank(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.setFocus()

    def show_board(self) -> None:
        """The board again (B or `.` once more, in presenter mode)."""
        if self.isVisible():
            self._dismiss()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), Qt.GlobalColor.black)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._dismiss()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._dismiss()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
