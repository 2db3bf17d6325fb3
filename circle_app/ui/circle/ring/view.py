"""The circle on the board: seats on an ellipse, the prompt card as centrepiece, and a
talking piece that travels along the arc.

Everything that changes only when the circle changes (ring, seats, names, card) is
painted once into a cached pixmap; an animation frame paints that pixmap plus the
travelling piece and its short trail, so frames stay cheap with many seats.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QEasingCurve,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRadialGradient,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from circle_app.ui.support.theme import LIGHT, Theme

ANIMATION_MS = 550
TRAIL_STEPS = 14


@dataclass(frozen=True, slots=True)
class SeatView:
    """One seat as the ring paints it; the screen fills these from the domain."""

    label: str  # name (or seat number when names are hidden / quick circle)
    badge: str  # the letters inside the seat
    present: bool = True
    spoke: bool = False  # teal dot: has had the piece
    waiting_again: bool = False  # passed; will be offered again (dotted ring)
    final_pass: bool = False  # passed twice: had the piece, gently marked


@dataclass(frozen=True, slots=True)
class StageView:
    label: str
    state: str  # "done" | "current" | "todo"


@dataclass(frozen=True, slots=True)
class RingState:
    seats: tuple[SeatView, ...] = ()
    current: int | None = None
    next: int | None = None
    card_header: str = ""
    card_text: str = ""
    card_footer: str = ""
    stages: tuple[StageView, ...] = ()
    info: str = ""
    timer_fraction: float | None = None  # gentle speaker timer, 0..1
    open_round: bool = False


@dataclass(slots=True)
class _Layout:
    center: QPointF = field(default_factory=QPointF)
    rx: float = 0.0
    ry: float = 0.0
    seat_r: float = 0.0
    piece_rx: float = 0.0
    piece_ry: float = 0.0
    label_width: float = 0.0
    scale: float = 1.0
    card: QRectF = field(default_factory=QRectF)
    # Per seat, the biggest name label that touches no neighbour's seat or label:
    # 0 none (the badge stays), 1 normal, 2 speaker-sized, 3 speaker-sized and wide.
    label_room: tuple[int, ...] = ()
    label_heights: tuple[float, float] = (0.0, 0.0)  # a name's line: normal, speaker
    bounds: tuple[QRectF, ...] = ()  # _seat_bounds, computed once per size and seat count


def seat_angle(index: int, count: int) -> float:
    """Seat 0 at the top, the rest clockwise on screen."""
    return -math.pi / 2 + 2 * math.pi * index / max(count, 1)


class RingView(QWidget):
    seat_tapped = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._theme: Theme = LIGHT
        self._state = RingState()
        self._layout = _Layout()
        # Two cached layers: the background (gradient, ring, card, prompt) and the scene
        # (background + seats + card header/footer + corners). A press patches only the
        # seats and lines that changed; the animation blits the scene and draws the piece.
        self._background: QPixmap | None = None
        self._background_key: tuple[object, ...] | None = None
        self._scene: QPixmap | None = None
        self._scene_state: RingState | None = None
        self._fit_cache: dict[tuple[str, int, int], QFont] = {}
        self._family = self.font().family()
        # The piece: angle now, and the animation from -> to.
        self._piece_angle: float | None = None
        self._from_angle = 0.0
        self._to_angle = 0.0
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.valueChanged.connect(self._on_animation_step)

    # -- public ---------------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._invalidate()

    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def state(self) -> RingState:
        return self._state

    @property
    def animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def set_state(self, state: RingState, *, travel: int = 1) -> None:
        """Show a new state; the piece travels to the new holder along the arc.

        travel: +1 in the circle's direction on screen (clockwise), -1 against it,
        0 the shorter way (open rounds, undo).
        """
        self.finish_animation()
        previous = self._state.current
        seat_count_changed = len(state.seats) != len(self._state.seats)
        self._state = state
        if seat_count_changed:
            self._invalidate()
        else:
            self.update()
        count = len(state.seats)
        if state.current is None or count == 0:
            self._piece_angle = None
            return
        target = seat_angle(state.current, count)
        if previous is None or self._piece_angle is None or previous == state.current:
            self._piece_angle = target
            self.update()
            return
        start = self._piece_angle
        delta = (target - start) % (2 * math.pi)
        if travel < 0 or travel == 0 and delta > math.pi:
            delta -= 2 * math.pi
        self._from_angle, self._to_angle = start, start + delta
        self._animation.start()

    @Slot()
    def finish_animation(self) -> None:
        """A press during the animation jumps to the end state at once."""
        if self.animating:
            self._animation.stop()
            self._piece_angle = self._to_angle
            self.update()

    def seat_at(self, point: QPointF) -> int | None:
        count = len(self._state.seats)
        lay = self._layout
        best, best_distance = None, lay.seat_r * 1.35
        for index in range(count):
            distance = math.dist((point.x(), point.y()), self._seat_point(index, count).toTuple())
            if distance <= best_distance:
                best, best_distance = index, distance
        return best

    def seat_center(self, index: int) -> QPointF:
        return self._seat_point(index, len(self._state.seats))

    def sizeHint(self) -> QSize:
        return QSize(1280, 620)

    # -- Qt overrides ---------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._invalidate()
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        seat = self.seat_at(event.position())
        if seat is not None:
            self.seat_tapped.emit(seat)
        else:
            super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        scene = self._current_scene()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, scene)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_piece(painter)
        painter.end()

    # -- layout ---------------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._background = self._scene = None
        self._scene_state = None
        self._compute_layout()
        self.update()

    def _compute_layout(self) -> None:
        w, h = float(self.width()), float(self.height())
        count = max(len(self._state.seats), 1)
        scale = max(min(w / 1366.0, h / 620.0), 0.5)
        lay = self._layout
        lay.scale = scale
        top_band = 44 * scale  # the stage tracker and the info line
        label_h = 30 * scale  # the current speaker's name, above or below the top/bottom seat
        lay.center = QPointF(w / 2, top_band / 2 + h / 2)
        lay.rx = max(w / 2 - 84 * scale, 50.0)
        lay.ry = max(h / 2 - top_band / 2 - label_h - 8 * scale, 40.0)
        seat_r = 0.0
        for _ in range(2):  # the seats' size and the ring's height depend on each other
            a, b = lay.rx, lay.ry
            perimeter = math.pi * (3 * (a + b) - math.sqrt((3 * a + b) * (a + 3 * b)))
            spacing = perimeter / count
            # Seats sit at equal angles, so they crowd where the ellipse is tightest; the
            # closest two are at least this far apart (the speaker's seat grows 1.3x).
            closest = 2 * min(a, b) * math.sin(math.pi / count) if count > 1 else spacing
            seat_r = max(
                min(spacing * 0.36, closest * 0.43, 40 * scale, (h / 2) * 0.16),
                min(7.0, closest * 0.43),
            )
            lay.ry = max(h / 2 - top_band / 2 - label_h - seat_r * 1.3 - 6 * scale, 40.0)
        lay.seat_r = seat_r
        lay.label_width = min(spacing * 0.98, 230 * scale)
        inset = lay.seat_r * 2.1
        lay.piece_rx, lay.piece_ry = lay.rx - inset, lay.ry - inset
        card_w = min(lay.piece_rx * 1.62, w - 2 * (70 * scale + lay.seat_r * 3))
        card_h = lay.piece_ry * 1.30
        lay.card = QRectF(lay.center.x() - card_w / 2, lay.center.y() - card_h / 2, card_w, card_h)
        lay.label_heights = (
            QFontMetricsF(self._font(18 * scale)).height(),
            QFontMetricsF(self._font(24 * scale, bold=True)).height(),
        )
        lay.label_room = self._label_rooms(len(self._state.seats))
        lay.bounds = ()
        lay.bounds = tuple(self._seat_bounds(i, count) for i in range(len(self._state.seats)))

    def _label_rect(self, index: int, count: int, *, speaker: bool, wide: bool) -> QRectF:
        """Where seat `index`'s name goes: above the seats in the upper half, else below;
        at the crowded left and right ends, beside the seat on the inside of the ring."""
        lay = self._layout
        point = self._seat_point(index, count)
        radius = lay.seat_r * (1.3 if speaker else 1.0)
        width = lay.label_width * (1.5 if wide else 1.0)
        angle = seat_angle(index, count)
        h = lay.label_heights[1 if speaker else 0]
        if abs(math.cos(angle)) > 0.8:
            gap = 6 * lay.scale
            if math.cos(angle) > 0:
                right = point.x() - radius - gap
                left = max(right - width, lay.card.right() + gap)
            else:
                left = point.x() + radius + gap
                right = min(left + width, lay.card.left() - gap)
            return QRectF(left, point.y() - h / 2, max(right - left, 0.0), h)
        above = math.sin(angle) < -0.05
        top = point.y() - radius - 4 * lay.scale - h if above else point.y() + radius + 2
        return QRectF(point.x() - width / 2, top, width, h)

    def _label_rooms(self, count: int) -> tuple[int, ...]:
        """Names never overlap a neighbour's seat or name (200 seats, long names, RTL)."""
        lay = self._layout
        if count == 0 or lay.label_width < 28:
            return (0,) * count
        near = [j for j in (-3, -2, -1, 1, 2, 3) if abs(j) < count]

        def clear(rect: QRectF, index: int, labels: list[QRectF | None]) -> bool:
            if rect.width() < 28 or rect.intersects(lay.card):
                return False
            for step in near:
                j = (index + step) % count
                point = self._seat_point(j, count)
                reach = lay.seat_r * 1.3  # the neighbour may be the speaker
                seat = QRectF(point.x() - reach, point.y() - reach, 2 * reach, 2 * reach)
                if rect.intersects(seat):
                    return False
                other = labels[j]
                if other is not None and rect.intersects(other):
                    return False
            return True

        normal = [self._label_rect(i, count, speaker=False, wide=False) for i in range(count)]
        everyone: list[QRectF | None] = list(normal)
        rooms = [1 if clear(normal[i], i, everyone) else 0 for i in range(count)]
        shown: list[QRectF | None] = [
            r if room else None for r, room in zip(normal, rooms, strict=True)
        ]
        for i in range(count):
            if not rooms[i]:
                continue
            if clear(self._label_rect(i, count, speaker=True, wide=False), i, shown):
                rooms[i] = 2
                if clear(self._label_rect(i, count, speaker=True, wide=True), i, shown):
                    rooms[i] = 3
        return tuple(rooms)

    def _seat_point(self, index: int, count: int) -> QPointF:
        angle = seat_angle(index, count)
        lay = self._layout
        return QPointF(
            lay.center.x() + lay.rx * math.cos(angle), lay.center.y() + lay.ry * math.sin(angle)
        )

    def _piece_point(self, angle: float) -> QPointF:
        lay = self._layout
        return QPointF(
            lay.center.x() + lay.piece_rx * math.cos(angle),
            lay.center.y() + lay.piece_ry * math.sin(angle),
        )

    def _font(self, pixel_size: float, *, bold: bool = False) -> QFont:
        font = QFont(self._family)
        font.setPixelSize(max(int(pixel_size), 6))
        font.setBold(bold)
        return font

    # -- painting -------------------------------------------------------------------------

    def _new_pixmap(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(int(self.width() * ratio), int(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    @staticmethod
    def _painter(device: QPixmap) -> QPainter:
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        return painter

    def _current_scene(self) -> QPixmap:
        """The scene for the current state: patched where it changed, rebuilt if it must be."""
        key = (self.width(), self.height(), self._theme.name, self._state.card_text)
        if self._background is None or key != self._background_key:
            self._background = self._render_background()
            self._background_key = key
            self._scene = None
        if self._scene is None or self._scene_state is None:
            self._scene = self._background.copy()
            painter = self._painter(self._scene)
            self._paint_scene(painter, None)
            painter.end()
        elif self._scene_state != self._state:
            dirty = self._dirty_rects(self._scene_state, self._state)
            painter = self._painter(self._scene)
            ratio = self._background.devicePixelRatio()
            for rect in dirty:
                painter.save()
                painter.setClipRect(rect)
                source = QRectF(
                    rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio
                )
                painter.drawPixmap(rect, self._background, source)
                self._paint_scene(painter, rect)
                painter.restore()
            painter.end()
        self._scene_state = self._state
        return self._scene

    def _render_background(self) -> QPixmap:
        pixmap = self._new_pixmap()
        painter = self._painter(pixmap)
        theme, lay = self._theme, self._layout
        parent = self.parentWidget()
        gradient = QLinearGradient(0, 0, 0, parent.height() if parent else self.height())
        gradient.setColorAt(0, theme.background_top)
        gradient.setColorAt(1, theme.background_bottom)
        painter.fillRect(self.rect(), gradient)
        pen = QPen(theme.ring, max(1.5 * lay.scale, 1.0), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(lay.center, lay.rx, lay.ry)
        self._paint_card(painter)
        painter.end()
        return pixmap

    def _paint_scene(self, painter: QPainter, clip: QRectF | None) -> None:
        """Seats, card lines and corners; with a clip, only what touches it."""
        state = self._state
        count = len(state.seats)
        for rect, paint in (
            (self._header_rect(), self._paint_header),
            (self._footer_rect(), self._paint_footer),
            (self._corners_rect(), self._paint_corners),
        ):
            if clip is None or rect.intersects(clip):
                paint(painter)
        for index, seat in enumerate(state.seats):
            if clip is None or self._seat_bounds(index, count).intersects(clip):
                self._paint_seat(painter, index, count, seat)

    def _dirty_rects(self, old: RingState, new: RingState) -> list[QRectF]:
        count = len(new.seats)
        changed = {
            index
            for index, (before, after) in enumerate(zip(old.seats, new.seats, strict=True))
            if before != after
        }
        if old.current != new.current:
            changed |= {i for i in (old.current, new.current) if i is not None}
        if old.next != new.next:
            changed |= {i for i in (old.next, new.next) if i is not None}
        rects = [self._seat_bounds(index, count) for index in sorted(changed)]
        if old.card_header != new.card_header:
            rects.append(self._header_rect())
        if old.card_footer != new.card_footer:
            rects.append(self._footer_rect())
        if old.stages != new.stages or old.info != new.info:
            rects.append(self._corners_rect())
        return rects

    def _seat_bounds(self, index: int, count: int) -> QRectF:
        """Everything a seat may paint: the glow of the speaker and the widest label."""
        lay = self._layout
        if len(lay.bounds) == count:
            return lay.bounds[index]
        point = self._seat_point(index, count)
        reach = lay.seat_r * 1.3 * 2.0 + 2
        bounds = QRectF(point.x() - reach, point.y() - reach, 2 * reach, 2 * reach)
        for speaker, wide in ((False, False), (True, False), (True, True)):
            bounds = bounds.united(self._label_rect(index, count, speaker=speaker, wide=wide))
        return bounds.adjusted(-2, -2, 2, 2)

    def _small_font(self) -> QFont:
        return self._font(19 * self._layout.scale)

    def _header_rect(self) -> QRectF:
        lay = self._layout
        pad = 26 * lay.scale
        header = lay.card.adjusted(pad, pad * 0.7, -pad, 0)
        header.setHeight(QFontMetricsF(self._small_font()).height() * 1.1)
        return header

    def _footer_rect(self) -> QRectF:
        footer = QRectF(self._header_rect())
        footer.moveBottom(self._layout.card.bottom() - 26 * self._layout.scale * 0.7)
        return footer

    def _paint_header(self, painter: QPainter) -> None:
        self._paint_card_line(painter, self._header_rect(), self._state.card_header)

    def _paint_footer(self, painter: QPainter) -> None:
        self._paint_card_line(painter, self._footer_rect(), self._state.card_footer)

    def _paint_card_line(self, painter: QPainter, rect: QRectF, text: str) -> None:
        font = self._small_font()
        painter.setFont(font)
        painter.setPen(self._theme.muted)
        elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)

    def _paint_card(self, painter: QPainter) -> None:
        """The card and its prompt (the background layer); its two lines are the scene's."""
        lay, theme = self._layout, self._theme
        card = lay.card
        radius = 22 * lay.scale
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.card_shadow)
        painter.drawRoundedRect(card.translated(0, 6 * lay.scale), radius, radius)
        painter.setBrush(theme.card)
        painter.drawRoundedRect(card, radius, radius)
        pad = 26 * lay.scale
        header, footer = self._header_rect(), self._footer_rect()
        body = QRectF(
            card.left() + pad,
            header.bottom() + pad * 0.4,
            card.width() - 2 * pad,
            footer.top() - header.bottom() - pad * 0.8,
        )
        text = self._state.card_text
        font = self._fitted_font(text, body, 64 * lay.scale)
        painter.setFont(font)
        painter.setPen(theme.text)
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _fitted_font(self, text: str, rect: QRectF, largest: float) -> QFont:
        """The largest bold font (down to a floor) in which the prompt fits the card."""
        key = (text, int(rect.width()), int(rect.height()))
        cached = self._fit_cache.get(key)
        if cached is not None:
            return cached
        size = largest
        floor = max(14.0, largest * 0.3)
        while True:
            font = self._font(size, bold=True)
            bounds = QFontMetricsF(font).boundingRect(
                rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter), text
            )
            if (bounds.height() <= rect.height() and bounds.width() <= rect.width()) or (
                size <= floor
            ):
                break
            size *= 0.92
        if len(self._fit_cache) > 64:
            self._fit_cache.clear()
        self._fit_cache[key] = font
        return font

    def _paint_seat(self, painter: QPainter, index: int, count: int, seat: SeatView) -> None:
        state, lay, theme = self._state, self._layout, self._theme
        point = self._seat_point(index, count)
        radius = lay.seat_r
        is_current = index == state.current
        if is_current:
            radius *= 1.3
            glow = QRadialGradient(point, radius * 2.0)
            accent = QColor(theme.accent)
            accent.setAlpha(110)
            glow.setColorAt(0.45, accent)
            accent.setAlpha(0)
            glow.setColorAt(1.0, accent)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawEllipse(point, radius * 2.0, radius * 2.0)
        border = theme.seat_border
        width = max(2.0 * lay.scale, 1.2)
        style = Qt.PenStyle.SolidLine
        fill = theme.seat_fill
        text_color = theme.text
        if not seat.present:
            border, fill, text_color = theme.absent, theme.background_top, theme.absent
        elif is_current:
            border, width = theme.accent, width * 2.6
        elif index == state.next:
            border, style, width = theme.accent, Qt.PenStyle.DashLine, width * 1.4
        elif seat.waiting_again:
            style = Qt.PenStyle.DotLine
            width *= 1.4
        elif seat.spoke:
            border, width = theme.had_piece, width * 1.4
        pen = QPen(border, width, style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawEllipse(point, radius, radius)
        if seat.badge and radius >= 9:
            painter.setPen(text_color)
            painter.setFont(self._font(radius * (0.78 if len(seat.badge) < 3 else 0.6), bold=True))
            painter.drawText(
                QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius),
                Qt.AlignmentFlag.AlignCenter,
                seat.badge,
            )
        if seat.spoke and seat.present:
            dot = radius * 0.26
            angle = -math.pi / 4
            center = QPointF(
                point.x() + radius * math.cos(angle), point.y() + radius * math.sin(angle)
            )
            painter.setPen(QPen(theme.seat_fill, max(1.5 * lay.scale, 1.0)))
            painter.setBrush(theme.had_piece)
            painter.drawEllipse(center, dot, dot)
        self._paint_label(painter, index, count, point, radius, seat, is_current)

    def _paint_label(
        self,
        painter: QPainter,
        index: int,
        count: int,
        point: QPointF,
        radius: float,
        seat: SeatView,
        is_current: bool,
    ) -> None:
        lay, theme = self._layout, self._theme
        room = lay.label_room[index] if index < len(lay.label_room) else 0
        if not seat.label or room == 0:
            return
        speaker = is_current and room >= 2
        rect = self._label_rect(index, count, speaker=speaker, wide=speaker and room == 3)
        font = self._font((24 if speaker else 18) * lay.scale, bold=is_current)
        text = QFontMetricsF(font).elidedText(seat.label, Qt.TextElideMode.ElideRight, rect.width())
        painter.setFont(font)
        painter.setPen(theme.text if is_current else theme.muted)
        if not seat.present:
            painter.setPen(theme.absent)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _corners_rect(self) -> QRectF:
        return QRectF(0, 0, self.width(), 54 * self._layout.scale)

    def _paint_corners(self, painter: QPainter) -> None:
        state, lay, theme = self._state, self._layout, self._theme
        font = self._font(18 * lay.scale)
        bold = self._font(18 * lay.scale, bold=True)
        x, y = 24 * lay.scale, 14 * lay.scale
        height = QFontMetricsF(font).height()
        for stage in state.stages:
            dot = 8 * lay.scale
            color = {"done": theme.had_piece, "current": theme.accent}.get(stage.state, theme.ring)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(QPointF(x + dot, y + height / 2), dot, dot)
            chosen = bold if stage.state == "current" else font
            painter.setFont(chosen)
            painter.setPen(theme.text if stage.state == "current" else theme.muted)
            width = QFontMetricsF(chosen).horizontalAdvance(stage.label)
            painter.drawText(
                QPointF(x + 2.6 * dot, y + QFontMetricsF(chosen).ascent()), stage.label
            )
            x += 2.6 * dot + width + 28 * lay.scale
        if state.info:
            painter.setFont(font)
            painter.setPen(theme.muted)
            room = self.width() - x - 24 * lay.scale
            text = QFontMetricsF(font).elidedText(state.info, Qt.TextElideMode.ElideMiddle, room)
            painter.drawText(
                QRectF(x, y, room, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )

    def _paint_piece(self, painter: QPainter) -> None:
        if self._piece_angle is None or self._state.current is None:
            return
        lay, theme = self._layout, self._theme
        angle = self._piece_angle
        if self.animating:
            start = self._from_angle
            span = angle - start
            for step in range(TRAIL_STEPS):
                a0 = angle - span * step / TRAIL_STEPS * 0.9
                a1 = angle - span * (step + 1) / TRAIL_STEPS * 0.9
                color = QColor(theme.accent)
                color.setAlpha(int(200 * (1 - step / TRAIL_STEPS)))
                pen = QPen(color, lay.seat_r * 0.32 * (1 - step / (TRAIL_STEPS * 1.4)))
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawLine(self._piece_point(a0), self._piece_point(a1))
        point = self._piece_point(angle)
        size = max(lay.seat_r * 0.42, 6.0)
        painter.setPen(QPen(theme.accent.darker(150), max(1.5 * lay.scale, 1.0)))
        painter.setBrush(theme.accent)
        painter.drawEllipse(point, size * 1.25, size)
        fraction = self._state.timer_fraction
        if fraction is not None and not self.animating:
            seat = self._seat_point(self._state.current, len(self._state.seats))
            radius = lay.seat_r * 1.3 + 7 * lay.scale
            color = QColor(theme.had_piece)
            color.setAlpha(170)
            painter.setPen(
                QPen(color, 5 * lay.scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rect = QRectF(seat.x() - radius, seat.y() - radius, 2 * radius, 2 * radius)
            painter.drawArc(rect, 90 * 16, -int(360 * 16 * min(fraction, 1.0)))

    @Slot(object)
    def _on_animation_step(self, value: object) -> None:
        progress = float(value) if isinstance(value, int | float) else 1.0
        self._piece_angle = self._from_angle + (self._to_angle - self._from_angle) * progress
        self.update()
