"""The ring's words, laid out once: a name or a badge keeps its `QStaticText`, so a
repaint draws the laid-out glyphs instead of shaping the text again (issue 20).

`draw_centered` puts the text exactly where `QPainter.drawText(rect, AlignCenter, text)`
does (tests/ui/test_ring_cache.py compares the two pixel for pixel); text that does not
fit its rect on one line is drawn by `drawText` itself, as before. The glyphs are drawn
straight onto the ring's opaque scene, so the platform's text antialiasing is unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QStaticText, QTransform


class StaticTexts:
    """Laid-out texts by (text, font), kept while they are drawn (two generations: what
    the last repaint used and what this one uses), so the cache cannot grow over a day."""

    def __init__(self) -> None:
        self._texts: dict[tuple[str, str], tuple[QStaticText, float]] = {}
        self._previous: dict[tuple[str, str], tuple[QStaticText, float]] = {}
        self._metrics: dict[str, QFontMetricsF] = {}

    def generation_size(self) -> int:
        return len(self._texts)

    def new_generation(self) -> None:
        """A full repaint starts: what the last one did not use may go."""
        self._previous, self._texts = self._texts, {}
        if len(self._metrics) > 64:
            self._metrics.clear()

    def _metrics_of(self, font: QFont, key: str) -> QFontMetricsF:
        metrics = self._metrics.get(key)
        if metrics is None:
            metrics = self._metrics[key] = QFontMetricsF(font)
        return metrics

    def prepared(
        self, rect: QRectF, font: QFont, text: str, ratio: float = 1.0
    ) -> tuple[QStaticText, QPointF] | None:
        """`text` laid out in `font` and where its top left goes to be centred in `rect`
        as drawText(rect, AlignCenter) centres it; None: text for drawText itself (also
        on a screen of another device pixel ratio, where drawText places glyphs on the
        denser grid its own way)."""
        if ratio != 1.0:
            return None
        font_key = font.key()
        key = (text, font_key)
        entry = self._texts.get(key)
        if entry is None:
            entry = self._previous.pop(key, None)
        metrics = self._metrics_of(font, font_key)
        if entry is None:
            if not text or "\n" in text:
                return None
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            entry = (static, metrics.horizontalAdvance(text))
        self._texts[key] = entry
        static, width = entry
        if width > rect.width():  # drawText lays out text wider than its rect its own way
            return None
        top = rect.y() + (rect.height() - metrics.height()) / 2
        return static, QPointF(rect.x() + (rect.width() - width) / 2, top)

    def draw_centered(self, painter: QPainter, rect: QRectF, font: QFont, text: str) -> None:
        """`text` in `font`, centred in `rect`, with the painter's pen."""
        painter.setFont(font)
        prepared = self.prepared(rect, font, text, painter.device().devicePixelRatioF())
        if prepared is None:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        else:
            painter.drawStaticText(prepared[1], prepared[0])


def draw_centered(
    painter: QPainter, texts: StaticTexts | None, rect: QRectF, font: QFont, text: str
) -> None:
    """Through the cache when there is one; else `drawText`, as painted uncached."""
    if texts is None:
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    else:
        texts.draw_centered(painter, rect, font, text)
