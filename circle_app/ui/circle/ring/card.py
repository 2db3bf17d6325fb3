"""The prompt card in the ring's middle, its header and footer lines, and the corners
(the conflict circle's stage tracker, the info line)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from circle_app.ui.circle.ring.layout import RingLayout
from circle_app.ui.circle.ring.marks import legend_height
from circle_app.ui.circle.ring.state import RingState
from circle_app.ui.circle.ring.text import StaticTexts, draw_centered
from circle_app.ui.support.theme import Theme

_fit_cache: dict[tuple[str, str, int, int, float], QFont] = {}


class Fonts(Protocol):
    def font(self, pixel_size: float, bold: bool = False) -> QFont: ...

    def width(self, text: str, pixel_size: float, bold: bool) -> float: ...

    def height(self, pixel_size: float, bold: bool) -> float: ...


def header_rect(lay: RingLayout, fonts: Fonts) -> QRectF:
    pad = 26 * lay.scale
    header = lay.card.adjusted(pad, pad * 0.7, -pad, 0)
    header.setHeight(fonts.height(19 * lay.scale, False) * 1.1)
    return header


def footer_rect(lay: RingLayout, fonts: Fonts) -> QRectF:
    footer = QRectF(header_rect(lay, fonts))
    footer.moveBottom(lay.card.bottom() - 26 * lay.scale * 0.7)
    return footer


def paint_card_line(
    painter: QPainter,
    theme: Theme,
    rect: QRectF,
    text: str,
    font: QFont,
    texts: StaticTexts | None = None,
) -> None:
    painter.setPen(theme.muted)
    elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideMiddle, rect.width())
    draw_centered(painter, texts, rect, font, elided)


def legend_rect(lay: RingLayout, fonts: Fonts, font: QFont) -> QRectF:
    """The legend's place in the card: full width, in place of the header line."""
    pad = 26 * lay.scale
    header = header_rect(lay, fonts)
    width = lay.card.width() - 2 * pad
    return QRectF(header.left(), header.top(), width, legend_height(width, font))


def paint_card(
    painter: QPainter,
    theme: Theme,
    lay: RingLayout,
    text: str,
    fonts: Fonts,
    legend: QRectF | None = None,
) -> None:
    """The card and its prompt (the background layer); its two lines are the scene's."""
    card = lay.card
    radius = 22 * lay.scale
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.card_shadow)
    painter.drawRoundedRect(card.translated(0, 6 * lay.scale), radius, radius)
    painter.setBrush(theme.card)
    painter.drawRoundedRect(card, radius, radius)
    pad = 26 * lay.scale
    header, footer = header_rect(lay, fonts), footer_rect(lay, fonts)
    top = header.bottom() if legend is None else legend.bottom() - pad * 0.4
    body = QRectF(
        card.left() + pad,
        top + pad * 0.4,
        card.width() - 2 * pad,
        footer.top() - top - pad * 0.8,
    )
    font = fitted_font(fonts, text, body, 64 * lay.scale)
    painter.setFont(font)
    painter.setPen(theme.text)
    painter.drawText(body, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


def fitted_font(fonts: Fonts, text: str, rect: QRectF, largest: float) -> QFont:
    """The largest bold font (down to a floor) in which the prompt fits the card."""
    family = fonts.font(12).family()
    key = (family, text, int(rect.width()), int(rect.height()), largest)
    cached = _fit_cache.get(key)
    if cached is not None:
        return cached
    size = largest
    floor = max(14.0, largest * 0.3)
    while True:
        font = fonts.font(size, bold=True)
        bounds = QFontMetricsF(font).boundingRect(
            rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter), text
        )
        if (bounds.height() <= rect.height() and bounds.width() <= rect.width()) or (size <= floor):
            break
        size *= 0.92
    if len(_fit_cache) > 64:
        _fit_cache.clear()
    _fit_cache[key] = font
    return font


def corners_rect(width: float, scale: float) -> QRectF:
    return QRectF(0, 0, width, 54 * scale)


def _stage_spots(state: RingState, fonts: Fonts, scale: float) -> tuple[list[float], float]:
    """Each stage's left edge, and where the info line may start."""
    x = 24 * scale
    dot = 8 * scale
    lefts = []
    for stage in state.stages:
        lefts.append(x)
        width = fonts.width(stage.label, 18 * scale, stage.state == "current")
        x += 2.6 * dot + width + 28 * scale
    return lefts, x


def corner_rects(state: RingState, fonts: Fonts, width: float, scale: float) -> list[QRectF]:
    """What the corners actually paint, for the names to keep clear of."""
    y, height = 14 * scale, fonts.height(18 * scale, False)
    _, end = _stage_spots(state, fonts, scale)
    rects = []
    if state.stages:
        rects.append(QRectF(0, 0, end, y + height + 4 * scale))
    if state.info:
        room = width - end - 24 * scale
        info_w = min(fonts.width(state.info, 18 * scale, False), room)
        rects.append(
            QRectF(width - 24 * scale - info_w - 4, 0, info_w + 28 * scale, y + height + 4 * scale)
        )
    return rects


def paint_corners(
    painter: QPainter, theme: Theme, state: RingState, fonts: Fonts, width: float, scale: float
) -> None:
    font = fonts.font(18 * scale)
    bold = fonts.font(18 * scale, bold=True)
    y = 14 * scale
    height = QFontMetricsF(font).height()
    lefts, x = _stage_spots(state, fonts, scale)
    for stage, left in zip(state.stages, lefts, strict=True):
        dot = 8 * scale
        color = {"done": theme.had_piece, "current": theme.accent}.get(stage.state, theme.ring)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(QPointF(left + dot, y + height / 2), dot, dot)
        chosen = bold if stage.state == "current" else font
        painter.setFont(chosen)
        painter.setPen(theme.text if stage.state == "current" else theme.muted)
        painter.drawText(QPointF(left + 2.6 * dot, y + QFontMetricsF(chosen).ascent()), stage.label)
    if state.info:
        painter.setFont(font)
        painter.setPen(theme.muted)
        room = width - x - 24 * scale
        text = QFontMetricsF(font).elidedText(state.info, Qt.TextElideMode.ElideMiddle, room)
        painter.drawText(
            QRectF(x, y, room, height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
