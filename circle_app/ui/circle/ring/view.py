"""The circle on the board: seats on an ellipse, the prompt card as centrepiece, and a
talking piece that travels along the arc.

Where things go is `layout.compute_layout` (pure geometry); what is shown is a
`state.RingState`; this widget paints the two. Everything that changes only when the
circle changes (ring, seats, names, card) is painted once into a cached pixmap; an
animation frame paints that pixmap plus the travelling piece and its short trail.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QEasingCurve,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFont,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from circle_app.ui.circle.ring import card, marks
from circle_app.ui.circle.ring.access import SeatAccess, describe_ring
from circle_app.ui.circle.ring.fonts import Metrics
from circle_app.ui.circle.ring.layout import RingLayout, SeatText, compute_layout, seat_angle
from circle_app.ui.circle.ring.state import RingState, SeatView, StageView, seat_views
from circle_app.ui.support.theme import LIGHT, Theme

__all__ = ["RingState", "RingView", "SeatView", "StageView", "seat_angle", "seat_views"]

ANIMATION_MS = 550


class RingView(QWidget):
    seat_tapped = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._theme: Theme = LIGHT
        self._state = RingState()
        self._metrics = Metrics(self.font().family())
        self._legend = False
        self._backdrop: QWidget | None = None
        self._layouts: dict[tuple[object, ...], RingLayout] = {}
        self._layout = self._new_layout()
        self._access = SeatAccess(self)
        # Two cached layers: the background (gradient, ring, card, prompt) and the scene
        # (background + seats + card header/footer + corners). A press patches only the
        # seats and lines that changed; the animation blits the scene and draws the piece.
        self._background: QPixmap | None = None
        self._background_key: tuple[object, ...] | None = None
        self._scene: QPixmap | None = None
        self._scene_state: tuple[RingState, RingLayout] | None = None
        self._piece_angle: float | None = None
        self._from_angle = 0.0
        self._to_angle = 0.0
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.valueChanged.connect(self._on_animation_step)
        self._describe()

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
    def ring_layout(self) -> RingLayout:
        """Where every seat, name, the card and the piece are (what is painted)."""
        return self._layout

    def set_backdrop(self, backdrop: QWidget | None) -> None:
        """The widget the board's gradient spans (default: the parent), so the ring's
        background runs on seamlessly behind what lies below it there."""
        self._backdrop = backdrop
        self._invalidate()

    def gradient_span(self) -> tuple[int, int]:
        """(top, height) of the backdrop's gradient, in the ring's coordinates."""
        backdrop = self._backdrop or self.parentWidget()
        if backdrop is None or not backdrop.isAncestorOf(self):
            return 0, self.height()
        return -self.mapTo(backdrop, QPoint(0, 0)).y(), backdrop.height()

    @property
    def legend_visible(self) -> bool:
        return self._legend

    def set_legend_visible(self, visible: bool) -> None:
        """The small key to the seats' marks, in the lower left corner."""
        if visible != self._legend:
            self._legend = visible
            self._invalidate()

    def legend_rect(self) -> QRectF | None:
        """Where the legend is drawn: in the card, above its footer (None: hidden)."""
        if not self._legend:
            return None
        return card.legend_rect(self._layout, self._metrics, self._legend_font())

    @property
    def animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def set_state(self, state: RingState, *, travel: int = 1) -> None:
        """Show a new state; the piece travels to the new holder along the arc.

        travel: +1 in the circle's direction on screen (clockwise), -1 against it,
        0 the shorter way (open rounds, undo).
        """
        self.finish_animation()
        previous = self._state
        self._state = state
        if len(state.seats) != len(previous.seats):
            self._invalidate()
        else:
            if self._layout_inputs(state) != self._layout_inputs(previous):
                self._layout = self._new_layout()
            self._access.update_seats(self._layout, state)
            self.update()
        self._describe()
        count = len(state.seats)
        if state.current is None or count == 0:
            self._piece_angle = None
            return
        target = seat_angle(state.current, count)
        if (
            previous.current is None
            or self._piece_angle is None
            or previous.current == state.current
        ):
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
        return self._layout.seat_at(point)

    def seat_center(self, index: int) -> QPointF:
        return self._layout.seats[index].center

    def piece_rect(self) -> QRectF | None:
        """Where the piece is drawn now (None: nobody holds it)."""
        if self._piece_angle is None or self._state.current is None:
            return None
        return self._layout.piece_rect(self._piece_angle)

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

    def _layout_inputs(self, state: RingState) -> tuple[object, ...]:
        texts = tuple((seat.shortest, seat.label) for seat in state.seats)
        return texts, state.current, state.stages, state.info

    def _obstacles(self) -> list[QRectF]:
        """The corner texts, which names keep clear of."""
        return card.corner_rects(self._state, self._metrics, self.width(), self._scale())

    def _scale(self) -> float:
        return max(min(self.width() / 1366.0, self.height() / 620.0), 0.5)

    def _new_layout(self) -> RingLayout:
        """The layout for this size, these names and this holder (remembered: the piece
        comes round to each seat again every round)."""
        texts = tuple(SeatText(seat.shortest, seat.label) for seat in self._state.seats)
        obstacles = tuple(self._obstacles())
        spots = tuple(rect.getRect() for rect in obstacles)
        key = (self.width(), self.height(), texts, self._state.current, spots)
        layout = self._layouts.get(key)
        if layout is None:
            if len(self._layouts) > 256:
                self._layouts.clear()
            layout = self._layouts[key] = compute_layout(
                self.width(), self.height(), texts, self._state.current, self._metrics, obstacles
            )
        return layout

    def _invalidate(self) -> None:
        self._background = self._scene = None
        self._scene_state = None
        self._layout = self._new_layout()
        self._access.update_seats(self._layout, self._state)
        self.update()

    def _describe(self) -> None:
        name, description = describe_ring(self._state)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self._access.announce(self._state)

    def _legend_font(self) -> QFont:
        """16 px at scale 1; smaller where the card is short, so the prompt keeps room."""
        lay = self._layout
        inner = lay.card.height() - 2 * 26 * lay.scale
        font = self._metrics.font(16 * lay.scale)
        if marks.legend_height(lay.card.width() - 52 * lay.scale, font) > inner * 0.4:
            font = self._metrics.font(max(13 * lay.scale, 12))
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
        lay = self._layout
        key: tuple[object, ...] = (self.width(), self.height(), self._theme.name)
        key += self.gradient_span()
        key += (self._state.card_text, lay.card, self._legend)
        if self._background is None or key != self._background_key:
            self._background = self._render_background()
            self._background_key = key
            self._scene = None
        dirty: list[QRectF] = []
        scene_state = self._scene_state
        if self._scene is not None and scene_state and scene_state != (self._state, lay):
            dirty = self._dirty_rects(*scene_state)
            if len(dirty) > 48:  # most of the ring moved: paint it afresh
                self._scene = None
        if self._scene is None or self._scene_state is None:
            self._scene = self._background.copy()
            painter = self._painter(self._scene)
            self._paint_scene(painter, None)
            painter.end()
        elif dirty:
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
        self._scene_state = (self._state, lay)
        return self._scene

    def _render_background(self) -> QPixmap:
        pixmap = self._new_pixmap()
        painter = self._painter(pixmap)
        theme, lay = self._theme, self._layout
        top, height = self.gradient_span()
        gradient = QLinearGradient(0, top, 0, top + height)
        gradient.setColorAt(0, theme.background_top)
        gradient.setColorAt(1, theme.background_bottom)
        painter.fillRect(self.rect(), gradient)
        pen = QPen(theme.ring, max(1.5 * lay.scale, 1.0), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(lay.center, lay.rx, lay.ry)
        legend = self.legend_rect()
        card.paint_card(painter, theme, lay, self._state.card_text, self._metrics, legend)
        if legend is not None:
            marks.paint_legend(painter, theme, legend, self._legend_font(), lay.scale)
        painter.end()
        return pixmap

    def _paint_scene(self, painter: QPainter, clip: QRectF | None) -> None:
        """Seats, card lines and corners; with a clip, only what touches it."""
        state, lay, theme = self._state, self._layout, self._theme
        header, footer = card.header_rect(lay, self._metrics), card.footer_rect(lay, self._metrics)
        lines = [(footer, state.card_footer)]
        if not self._legend:  # the legend takes the header's place
            lines.append((header, state.card_header))
        for rect, text in lines:
            if clip is None or rect.intersects(clip):
                card.paint_card_line(painter, theme, rect, text, self._metrics.font(19 * lay.scale))
        corners = card.corners_rect(self.width(), lay.scale)
        if clip is None or corners.intersects(clip):
            card.paint_corners(painter, theme, state, self._metrics, self.width(), lay.scale)
        for index, seat in enumerate(state.seats):
            if clip is None or lay.seat_bounds(index).intersects(clip):
                self._paint_seat(painter, index, seat)

    def _dirty_rects(self, old: RingState, old_layout: RingLayout) -> list[QRectF]:
        new, lay = self._state, self._layout
        changed = {
            index
            for index, (before, after) in enumerate(zip(old.seats, new.seats, strict=True))
            if before != after or old_layout.seats[index] != lay.seats[index]
        }
        changed |= {i for i in (old.current, new.current, old.next, new.next) if i is not None}
        rects = []
        for index in sorted(changed):
            rects += [old_layout.seat_bounds(index), lay.seat_bounds(index)]
        if old.card_header != new.card_header and not self._legend:
            rects.append(card.header_rect(lay, self._metrics))
        if old.card_footer != new.card_footer:
            rects.append(card.footer_rect(lay, self._metrics))
        if old.stages != new.stages or old.info != new.info:
            rects.append(card.corners_rect(self.width(), lay.scale))
        return rects

    def _paint_seat(self, painter: QPainter, index: int, seat: SeatView) -> None:
        state, lay = self._state, self._layout
        holder, upcoming = index == state.current, index == state.next
        marks.paint_seat(painter, self._theme, self._metrics, lay, index, seat, holder, upcoming)

    def _paint_piece(self, painter: QPainter) -> None:
        if self._piece_angle is None or self._state.current is None:
            return
        marks.paint_travelling_piece(
            painter,
            self._theme,
            self._layout,
            self._piece_angle,
            self._from_angle if self.animating else None,
            None if self.animating else self._state.timer_fraction,
            self._layout.seats[self._state.current],
        )

    @Slot(object)
    def _on_animation_step(self, value: object) -> None:
        progress = float(value) if isinstance(value, int | float) else 1.0
        self._piece_angle = self._from_angle + (self._to_angle - self._from_angle) * progress
        self.update()
