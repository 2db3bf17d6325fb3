"""The shapes that tell a seat's state without colour, the legend, and the piece's icon.

Had the piece: a check mark. Passed, offered again: an open "again" arrow. Next: a bold
double ring. The holder: a grown seat beside the piece. Not here: faded, dashed. Each is
a shape first and a colour second, so it reads in grey and from the back of the room.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
)
from PySide6.QtSvg import QSvgRenderer

from circle_app.paths import resources_dir
from circle_app.ui.circle.ring.layout import RingLayout, SeatGeometry
from circle_app.ui.circle.ring.state import SeatMark
from circle_app.ui.support.theme import Theme

PIECE_SVG = "icons/talking-piece.svg"
_renderers: dict[str, QSvgRenderer] = {}


def piece_renderer(theme: Theme) -> QSvgRenderer:
    """The piece's icon in the theme's colours (one renderer per theme)."""
    renderer = _renderers.get(theme.name)
    if renderer is None:
        svg = (resources_dir() / PIECE_SVG).read_text(encoding="utf-8")
        svg = (
            svg.replace('"FILL"', f'"{theme.accent.name()}"')
            .replace('"STROKE"', f'"{theme.accent.darker(170).name()}"')
            .replace('"VEIN"', f'"{theme.accent.darker(240).name()}"')
        )
        renderer = QSvgRenderer(svg.encode("utf-8"))
        _renderers[theme.name] = renderer
    return renderer


def paint_piece(painter: QPainter, theme: Theme, rect: QRectF) -> None:
    """The piece on a soft disc, so it stands out on the card and on the board."""
    painter.setPen(QPen(theme.accent.darker(150), max(rect.width() * 0.05, 1.0)))
    halo = QColor(theme.card)
    painter.setBrush(halo)
    painter.drawEllipse(rect.center(), rect.width() * 0.55, rect.height() * 0.55)
    piece_renderer(theme).render(painter, rect.adjusted(2, 2, -2, -2))


def paint_glow(painter: QPainter, theme: Theme, point: QPointF, radius: float) -> None:
    """The soft light round the holder's seat."""
    glow = QRadialGradient(point, radius * 2.0)
    accent = QColor(theme.accent)
    accent.setAlpha(110)
    glow.setColorAt(0.45, accent)
    accent.setAlpha(0)
    glow.setColorAt(1.0, accent)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(glow)
    painter.drawEllipse(point, radius * 2.0, radius * 2.0)


def _tag(painter: QPainter, theme: Theme, center: QPointF, r: float, fill: QColor) -> None:
    painter.setPen(QPen(theme.seat_fill, max(r * 0.22, 1.0)))
    painter.setBrush(fill)
    painter.drawEllipse(center, r, r)


def paint_check(painter: QPainter, theme: Theme, center: QPointF, r: float) -> None:
    """A check mark on a small disc: has had the piece."""
    _tag(painter, theme, center, r, theme.had_piece)
    path = QPainterPath(QPointF(center.x() - r * 0.5, center.y() + r * 0.02))
    path.lineTo(center.x() - r * 0.12, center.y() + r * 0.42)
    path.lineTo(center.x() + r * 0.55, center.y() - r * 0.4)
    pen = QPen(QColor("#ffffff"), max(r * 0.28, 1.2))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def paint_again(painter: QPainter, theme: Theme, center: QPointF, r: float) -> None:
    """An open circular arrow on a small disc: passed, the piece comes back."""
    _tag(painter, theme, center, r, theme.text)
    inner = r * 0.55
    pen = QPen(theme.seat_fill, max(r * 0.24, 1.2))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    box = QRectF(center.x() - inner, center.y() - inner, 2 * inner, 2 * inner)
    painter.drawArc(box, 60 * 16, 270 * 16)
    end = math.radians(60)
    tip = QPointF(center.x() + inner * math.cos(end), center.y() - inner * math.sin(end))
    head = QPainterPath(tip)
    head.lineTo(tip.x() - r * 0.42, tip.y() - r * 0.08)
    head.moveTo(tip)
    head.lineTo(tip.x() - r * 0.02, tip.y() + r * 0.44)
    painter.drawPath(head)


def paint_seat_ring(
    painter: QPainter,
    theme: Theme,
    center: QPointF,
    radius: float,
    mark: SeatMark,
    *,
    holder: bool,
    upcoming: bool,
    line: float,
) -> None:
    """The seat's circle; its border's shape (not only its colour) says its state."""
    fill, border, style, width = theme.seat_fill, theme.seat_border, Qt.PenStyle.SolidLine, line
    if mark is SeatMark.ABSENT:
        fill, border, style = theme.background_top, theme.absent, Qt.PenStyle.DashLine
    elif holder:
        border, width = theme.accent, line * 2.6
    elif mark is SeatMark.HAD_PIECE:
        border, width = theme.had_piece, line * 1.4
    elif mark is SeatMark.OFFERED_AGAIN:
        style, width = Qt.PenStyle.DashLine, line * 1.4
    pen = QPen(border, width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(fill)
    painter.drawEllipse(center, radius, radius)
    if upcoming and not holder:
        bold = QPen(theme.accent, line * 2.4)
        painter.setPen(bold)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        outer = radius + line * 2.2
        painter.drawEllipse(center, outer, outer)
        painter.setPen(QPen(theme.text, line * 1.2))
        painter.drawEllipse(center, radius, radius)


def paint_mark(
    painter: QPainter, theme: Theme, center: QPointF, radius: float, mark: SeatMark
) -> None:
    """The state's tag at the seat's upper right."""
    if mark not in (SeatMark.HAD_PIECE, SeatMark.OFFERED_AGAIN):
        return
    r = max(radius * 0.42, 6.0)
    angle = -math.pi / 4
    spot = QPointF(center.x() + radius * math.cos(angle), center.y() + radius * math.sin(angle))
    if mark is SeatMark.HAD_PIECE:
        paint_check(painter, theme, spot, r)
    else:
        paint_again(painter, theme, spot, r)


def legend_entries() -> tuple[str, ...]:
    """The legend's lines, in the order drawn (translated)."""
    tr = QCoreApplication.translate
    return (
        tr("RingLegend", "Has the piece"),
        tr("RingLegend", "Next"),
        tr("RingLegend", "Has had the piece"),
        tr("RingLegend", "Passed, will be offered again"),
        tr("RingLegend", "Not here"),
        tr("RingLegend", "L: hide this legend"),
    )


def legend_rect(width: float, height: float, scale: float, font: QFont) -> QRectF:
    metrics = QFontMetricsF(font)
    line = metrics.height() * 1.5
    text_w = max(metrics.horizontalAdvance(entry) for entry in legend_entries())
    w = text_w + line * 1.6 + 24 * scale
    h = line * len(legend_entries()) + 16 * scale
    return QRectF(12 * scale, height - h - 8 * scale, w, h)


def paint_legend(painter: QPainter, theme: Theme, rect: QRectF, font: QFont, scale: float) -> None:
    painter.setPen(QPen(theme.ring, max(scale, 1.0)))
    painter.setBrush(theme.card)
    painter.drawRoundedRect(rect, 12 * scale, 12 * scale)
    metrics = QFontMetricsF(font)
    line = metrics.height() * 1.5
    r = line * 0.3
    x = rect.left() + 12 * scale + r * 1.4
    width = max(1.5 * scale, 1.0)
    entries = legend_entries()
    for row, text in enumerate(entries):
        y = rect.top() + 8 * scale + line * (row + 0.5)
        spot = QPointF(x, y)
        if row == 0:
            s = r * 2.4
            paint_piece(painter, theme, QRectF(x - s / 2, y - s / 2, s, s))
        elif row == 1:
            paint_seat_ring(
                painter, theme, spot, r, SeatMark.WAITING, holder=False, upcoming=True, line=width
            )
        elif row == 2:
            paint_seat_ring(
                painter,
                theme,
                spot,
                r,
                SeatMark.HAD_PIECE,
                holder=False,
                upcoming=False,
                line=width,
            )
            paint_mark(painter, theme, spot, r * 1.2, SeatMark.HAD_PIECE)
        elif row == 3:
            paint_seat_ring(
                painter,
                theme,
                spot,
                r,
                SeatMark.OFFERED_AGAIN,
                holder=False,
                upcoming=False,
                line=width,
            )
            paint_mark(painter, theme, spot, r * 1.2, SeatMark.OFFERED_AGAIN)
        elif row == 4:
            paint_seat_ring(
                painter, theme, spot, r, SeatMark.ABSENT, holder=False, upcoming=False, line=width
            )
        painter.setFont(font)
        painter.setPen(theme.text if row < len(entries) - 1 else theme.muted)
        text_rect = QRectF(x + r * 2.2, y - line / 2, rect.right() - x - r * 2.2, line)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text
        )


TRAIL_STEPS = 14


def paint_travelling_piece(
    painter: QPainter,
    theme: Theme,
    lay: RingLayout,
    angle: float,
    from_angle: float | None,
    timer_fraction: float | None,
    holder: SeatGeometry,
) -> None:
    """The piece at `angle`; while it travels, a short fading trail from `from_angle`;
    at rest, the gentle speaker timer round the holder's seat."""
    if from_angle is not None:
        span = angle - from_angle
        for step in range(TRAIL_STEPS):
            a0 = angle - span * step / TRAIL_STEPS * 0.9
            a1 = angle - span * (step + 1) / TRAIL_STEPS * 0.9
            color = QColor(theme.accent)
            color.setAlpha(int(200 * (1 - step / TRAIL_STEPS)))
            pen = QPen(color, lay.seat_r * 0.32 * (1 - step / (TRAIL_STEPS * 1.4)))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(lay.piece_point(a0), lay.piece_point(a1))
    paint_piece(painter, theme, lay.piece_rect(angle))
    if timer_fraction is not None:
        radius = holder.radius + 7 * lay.scale
        color = QColor(theme.had_piece)
        color.setAlpha(170)
        painter.setPen(QPen(color, 5 * lay.scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        c = holder.center
        rect = QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius)
        painter.drawArc(rect, 90 * 16, -int(360 * 16 * min(timer_fraction, 1.0)))
