"""Text at the largest size that fits its box: a question readable from the back row."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FittedLabel(QLabel):
    """Word-wrapped, centred text at the largest size that fits (readable from the back)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 120)
        self.max_pixel_size = 160
        self.min_pixel_size = 18

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        """A style re-polish puts the widget's font back to the app's: fit it again (once:
        a font already at the fitted size changes nothing)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def sizeHint(self) -> QSize:
        return QSize(600, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 120)

    def _fit(self) -> None:
        text = self.text()
        width, height = self.width() - 8, self.height() - 8
        if not text or width <= 0 or height <= 0:
            return
        font = QFont(self.font())
        # A short question need not fill the board: cap at a share of the height.
        low, high = (
            self.min_pixel_size,
            max(self.min_pixel_size, min(self.max_pixel_size, height // 3)),
        )
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignCenter)
        while low < high:
            size = (low + high + 1) // 2
            font.setPixelSize(size)
            rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), flags, text)
            if rect.width() <= width and rect.height() <= height:
                low = size
            else:
                high = size - 1
        if font.pixelSize() != low or self.font().pixelSize() != low:
            font.setPixelSize(low)
            self.setFont(font)

    @property
    def pixel_size(self) -> int:
        return self.font().pixelSize()
