"""The ring's text, measured in its font (for the pure layout) and cached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF


class Metrics:
    """Text measured in the ring's font, for the pure layout."""

    def __init__(self, family: str) -> None:
        self._family = family
        self._fonts: dict[tuple[int, bool], QFontMetricsF] = {}
        self._widths: dict[tuple[str, float, bool], float] = {}

    @property
    def family(self) -> str:
        return self._family

    def font(self, pixel_size: float, bold: bool = False) -> QFont:
        font = QFont(self._family)
        font.setPixelSize(max(int(pixel_size), 6))
        font.setBold(bold)
        return font

    def _metrics(self, pixel_size: float, bold: bool) -> QFontMetricsF:
        key = (max(int(pixel_size), 6), bold)
        metrics = self._fonts.get(key)
        if metrics is None:
            metrics = self._fonts[key] = QFontMetricsF(self.font(pixel_size, bold))
        return metrics

    def width(self, text: str, pixel_size: float, bold: bool) -> float:
        key = (text, pixel_size, bold)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 20000:
                self._widths.clear()
            width = self._widths[key] = self._metrics(pixel_size, bold).horizontalAdvance(text)
        return width

    def height(self, pixel_size: float, bold: bool) -> float:
        return self._metrics(pixel_size, bold).height()

    def elide(self, text: str, pixel_size: float, bold: bool, width: float) -> str:
        return self._metrics(pixel_size, bold).elidedText(text, Qt.TextElideMode.ElideRight, width)
