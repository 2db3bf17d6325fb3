"""The shapes that tell a seat's state without colour, the legend, and the piece's icon.

Had the piece: a check mark. Passed, offered again: an open "again" arrow for its border.
Next: a bold double ring. The holder: a grown, glowing seat beside the piece. Not here:
a smaller, hollow, dashed place. Each is a shape first and a colour second, so it reads
in grey and from the back of the room.
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
from circle_app.ui.circle.ring.fonts import Metrics
from circle_app.ui.circle.ring.layout import RingLayout, SeatGeometry
from circle_app.ui.circle.ring.state import SeatMark, SeatView
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
    if mark is SeatMark.ABSENT:  # an empty place: smaller, hollow, dashed
        fill, border, style = theme.background_top, theme.absent, Qt.PenStyle.DashLine
        radius *= 0.72
    elif holder:
        border, width = theme.accent, line * 2.6
    elif mark is SeatMark.HAD_PIECE:
        border, width = theme.had_piece, line * 1.4
    elif mark is SeatMark.OFFERED_AGAIN:
        border = QColor(Qt.GlobalColor.transparent)  # the "again" arrow is its border
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


def paint_again_ring(painter: QPainter, theme: Theme, center: QPointF, radius: float) -> None:
    """An open circular arrow round the whole seat: passed, the piece comes back."""
    outer = radius
    width = max(radius * 0.14, 2.0)
    pen = QPen(theme.text, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    box = QRectF(center.x() - outer, center.y() - outer, 2 * outer, 2 * outer)
    start = 75.0  # degrees, counter-clockwise from three o'clock (Qt's arcs)
    painter.drawArc(box, int(start * 16), int(280 * 16))
    end = math.radians(start)
    tip = QPointF(center.x() + outer * math.cos(end), center.y() - outer * math.sin(end))
    size = radius * 0.42
    head = QPainterPath(QPointF(tip.x() - size * 0.95, tip.y() - size * 0.35))
    head.lineTo(tip)
    head.lineTo(tip.x() - size * 0.05, tip.y() + size * 0.95)
    painter.drawPath(head)


def body_reach(radius: float, holder: bool, upcoming: bool, line: float) -> float:
    """How far from its centre a seat's shapes paint (`paint_seat_body`): the holder's
    glow, the next seat's bold outer ring, else the ring's pen; a pixel to spare."""
    if holder:
        return max(2.0 * radius, radius + 1.3 * line) + 2
    return radius + (3.4 if upcoming else 1.3) * line + 2


def mark_reach(radius: float) -> float:
    """How far from the seat's centre its mark paints (the check's disc at the upper
    right, the "again" arrow's head above the ring); a pixel to spare."""
    check = 0.71 * radius + 1.15 * max(radius * 0.45, 6.0)
    return max(check, 1.2 * radius + 1) + 2


def paint_mark(
    painter: QPainter, theme: Theme, center: QPointF, radius: float, mark: SeatMark
) -> None:
    """The state's own shape: a check tag at the upper right, or the "again" arrow."""
    if mark is SeatMark.OFFERED_AGAIN:
        paint_again_ring(painter, theme, center, radius)
    elif mark is SeatMark.HAD_PIECE:
        r = max(radius * 0.45, 6.0)
        angle = -math.pi / 4
        spot = QPointF(center.x() + radius * math.cos(angle), center.y() + radius * math.sin(angle))
        paint_check(painter, theme, spot, r)


def legend_entries() -> tuple[str, ...]:
    """The legend's entries, in the order drawn (translated)."""
    return (
        QCoreApplication.translate("RingLegend", "Has the piece"),
        QCoreApplication.translate("RingLegend", "Next"),
        QCoreApplication.translate("RingLegend", "Has had the piece"),
        QCoreApplication.translate("RingLegend", "Passed, will be offered again"),
        QCoreApplication.translate("RingLegend", "Not here"),
    )


def _legend_flow(width: float, font: QFont) -> tuple[list[tuple[int, float, float]], float]:
    """Each entry's row and left edge, wrapped to `width`; and the rows' height."""
    metrics = QFontMetricsF(font)
    line = metrics.height() * 1.45
    icon = line * 1.1
    spots, x, row = [], 0.0, 0
    for text in legend_entries():
        need = icon + metrics.horizontalAdvance(text) + line * 0.9
        if x > 0 and x + need > width:
            row, x = row + 1, 0.0
        spots.append((row, x, need))
        x += need
    return spots, line * (row + 1)


def legend_height(width: float, font: QFont) -> float:
    return _legend_flow(width, font)[1]


def paint_legend(painter: QPainter, theme: Theme, rect: QRectF, font: QFont, scale: float) -> None:
    """The key to the marks, as rows of icon and words, centred in `rect` (in the card)."""
    spots, _ = _legend_flow(rect.width(), font)
    metrics = QFontMetricsF(font)
    line = metrics.height() * 1.45
    r = line * 0.3
    width = max(1.5 * scale, 1.0)
    rows: dict[int, float] = {}
    for row, left, need in spots:
        rows[row] = left + need
    for index, ((row, left, _need), text) in enumerate(zip(spots, legend_entries(), strict=True)):
        offset = rect.left() + (rect.width() - rows[row]) / 2
        x, y = offset + left + r * 1.3, rect.top() + line * (row + 0.5)
        spot = QPointF(x, y)
        if index == 0:
            s = r * 2.6
            paint_piece(painter, theme, QRectF(x - s / 2, y - s / 2, s, s))
        else:
            mark = (SeatMark.WAITING, SeatMark.HAD_PIECE, SeatMark.OFFERED_AGAIN, SeatMark.ABSENT)[
                index - 1
            ]
            paint_seat_ring(
                painter, theme, spot, r, mark, holder=False, upcoming=index == 1, line=width
            )
            paint_mark(painter, theme, spot, r, mark)
        painter.setFont(font)
        painter.setPen(theme.text)
        text_rect = QRectF(x + r * 2.1, y - line / 2, metrics.horizontalAdvance(text) + 4, line)
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


Words = tuple[QRectF, QFont, QColor, str]  # where, in which font and colour, what


def seat_words(
    theme: Theme, metrics: Metrics, lay: RingLayout, index: int, seat: SeatView, holder: bool
) -> tuple[Words | None, Words | None]:
    """A seat's badge (inside its circle) and its name (at its label), if shown."""
    geometry = lay.seats[index]
    point, radius = geometry.center, geometry.radius
    badge = name = None
    if seat.badge and radius >= 9:
        size = radius * (0.78 if len(seat.badge) < 3 else 0.6)
        rect = QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)
        colour = theme.absent if not seat.present else theme.text
        badge = (rect, metrics.font(size, bold=True), colour, seat.badge)
    if geometry.label is not None and geometry.text:
        font = metrics.font(geometry.pixel_size, bold=geometry.bold)
        colour = theme.text if holder or seat.present else theme.absent
        name = (geometry.label, font, colour, geometry.text)
    return badge, name


def paint_seat_body(
    painter: QPainter,
    theme: Theme,
    lay: RingLayout,
    index: int,
    mark: SeatMark,
    holder: bool,
    upcoming: bool,
) -> None:
    """The seat's circle in its state's shape, with the holder's glow under it."""
    geometry = lay.seats[index]
    if holder:
        paint_glow(painter, theme, geometry.center, geometry.radius)
    line = max(2.0 * lay.scale, 1.2)
    paint_seat_ring(
        painter,
        theme,
        geometry.center,
        geometry.radius,
        mark,
        holder=holder,
        upcoming=upcoming,
        line=line,
    )


def paint_seat(
    painter: QPainter,
    theme: Theme,
    metrics: Metrics,
    lay: RingLayout,
    index: int,
    seat: SeatView,
    holder: bool,
    upcoming: bool,
) -> None:
    """One seat: its ring and mark (the holder's glow), its badge and its name."""
    geometry = lay.seats[index]
    badge, name = seat_words(theme, metrics, lay, index, seat, holder)
    paint_seat_body(painter, theme, lay, index, seat.mark, holder, upcoming)
    if badge is not None:
        paint_words(painter, badge)
    paint_mark(painter, theme, geometry.center, geometry.radius, seat.mark)
    if name is not None:
        paint_words(painter, name)


def paint_words(painter: QPainter, words: Words) -> None:
    rect, font, colour, text = words
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
