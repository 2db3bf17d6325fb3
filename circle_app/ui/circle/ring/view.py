"""The circle on the board: seats on an ellipse, the prompt card as centrepiece, and a
talking piece that travels along the arc.

Where things go is `layout.compute_layout` (pure geometry); what is shown is a
`state.RingState`; this widget paints the two. Everything that changes only when the
circle changes (ring, seats, names, card) is painted once into a cached pixmap; an
animation frame paints that pixmap plus the travelling piece and its short trail. While
the board is idle after a press, the likely next press is laid out and its seats' images
are made, so that press only replays them (issue 20).
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
    QTimer,
    QVariantAnimation,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from circle_app.ui.circle.ring import card, marks
from circle_app.ui.circle.ring.access import SeatAccess, describe_ring
from circle_app.ui.circle.ring.fonts import Metrics
from circle_app.ui.circle.ring.layout import (
    CircleNames,
    Frame,
    RingLayout,
    SeatText,
    circle_names,
    compute_layout,
    ring_frame,
    seat_angle,
)
from circle_app.ui.circle.ring.names import moved_names
from circle_app.ui.circle.ring.scene import RingPicture
from circle_app.ui.circle.ring.state import (
    RingState,
    SeatView,
    StageView,
    likely_next,
    seat_views,
)
from circle_app.ui.support.theme import LIGHT, Theme

__all__ = ["RingState", "RingView", "SeatView", "StageView", "seat_angle", "seat_views"]

ANIMATION_MS = 550
SETTLE_MS = 150  # a live resize has settled once the size holds this long (issue 20)


class RingView(QWidget):
    seat_tapped = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, cached: bool = True) -> None:
        """cached=False paints every frame from scratch (the reference for the caches)."""
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._theme: Theme = LIGHT
        self._state = RingState()
        self._metrics = Metrics(self.font().family())
        self._legend = False
        self._backdrop: QWidget | None = None
        self._layouts: dict[tuple[object, ...], RingLayout] = {}
        self._circle: tuple[tuple[object, ...], Frame, CircleNames] | None = None
        self._names_worked_out = 0
        self._painted = QSize()  # the size last painted
        # While the size changes, the names keep their size; worked out once it settles.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._invalidate)
        self._layout = self._new_layout()
        self._access = SeatAccess(self)
        # The cached layers (scene.py); the animation blits them and draws the piece.
        self._picture = RingPicture(cached=cached)
        self._piece_angle: float | None = None
        self._from_angle = 0.0
        self._to_angle = 0.0
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.valueChanged.connect(self._on_animation_step)
        # In idle time after a press: the next press's layout and seat images (issue 20).
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.setInterval(0)
        self._ahead.timeout.connect(self.prepare_next_press)
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
    def metrics(self) -> Metrics:
        """The ring's font, measured."""
        return self._metrics

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
        return card.legend_rect(self._layout, self._metrics, self.legend_font())

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
        if self._picture.cached:
            self._ahead.start()
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

    def likely_next_state(self) -> RingState | None:
        """The state the next press most likely shows (`state.likely_next`)."""
        return likely_next(self._state)

    @property
    def seat_images_made(self) -> int:
        """How many seat images the ring has painted so far (each is then replayed)."""
        return self._picture.images_made

    @property
    def names_worked_out(self) -> int:
        """How many times the names' one size for the circle was worked out (issue 20)."""
        return self._names_worked_out

    @property
    def resizing(self) -> bool:
        """The ring on screen is being resized: its names keep their size and forms
        (moved with their seats) and are worked out once the size has settled."""
        return self._settle.isActive()

    @property
    def picture_bytes(self) -> int:
        """How many bytes of pictures the ring keeps between frames (issue 20)."""
        return self._picture.kept_bytes

    @property
    def preparing_next_press(self) -> bool:
        """The next press's layout and images are still to be made in idle time."""
        return self._ahead.isActive()

    @Slot()
    def prepare_next_press(self) -> None:
        """Lay out the likely next state and make its seats' images now, while the board
        is idle, so the press itself only replays them (the picture is the same)."""
        upcoming = self.likely_next_state()
        if upcoming is None or self.resizing or self.width() <= 0 or self.height() <= 0:
            return
        layout = self._new_layout(upcoming)
        self._picture.prepare(self, upcoming, layout)

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
        seen = self.resizing or event.oldSize() == self._painted  # the class saw the old size
        if seen and self.isVisible() and self._circle is not None:
            self._settle.start()  # a live resize (issue 20): names once the size settles
        self._invalidate()
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        seat = self.seat_at(event.position())
        if seat is not None:
            self.seat_tapped.emit(seat)
        else:
            super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._painted = self.size()
        # While the size changes, each size is painted once: no cache is made for it.
        self._picture.paint(painter, self, direct=self.resizing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_piece(painter)
        painter.end()

    # -- layout ---------------------------------------------------------------------------

    def _layout_inputs(self, state: RingState) -> tuple[object, ...]:
        texts = tuple((seat.shortest, seat.label) for seat in state.seats)
        return texts, state.current, state.stages, state.info

    def _obstacles(self, state: RingState) -> list[QRectF]:
        """The corner texts, which names keep clear of."""
        return card.corner_rects(state, self._metrics, self.width(), self._scale())

    def _scale(self) -> float:
        return max(min(self.width() / 1366.0, self.height() / 620.0), 0.5)

    def _new_layout(self, state: RingState | None = None) -> RingLayout:
        """The layout for this size, these names and this holder (remembered: the piece
        comes round to each seat again every round)."""
        state = state or self._state
        texts = tuple(SeatText(seat.shortest, seat.label) for seat in state.seats)
        obstacles = tuple(self._obstacles(state))
        spots = tuple(rect.getRect() for rect in obstacles)
        key = (self.width(), self.height(), texts, state.current, spots)
        layout = self._layouts.get(key)
        if layout is None:
            if len(self._layouts) > 256:
                self._layouts.clear()
            frame, names = self.circle_names(texts, obstacles)
            layout = compute_layout(
                self.width(),
                self.height(),
                texts,
                state.current,
                self._metrics,
                obstacles,
                frame=frame,
                names=names,
            )
            if not self.resizing:  # its names are this size's own
                self._layouts[key] = layout
        return layout

    def circle_names(
        self, texts: tuple[SeatText, ...], obstacles: tuple[QRectF, ...]
    ) -> tuple[Frame, CircleNames]:
        """The ring's shape and its names' one size and form, whoever holds the piece:
        worked out once per board size, seats, labels, corner texts and font (issue 20).
        While the ring is being resized, the last names are moved with their seats."""
        spots = tuple(rect.getRect() for rect in obstacles)
        key = (self.width(), self.height(), texts, spots, self._metrics.family)
        was = self._circle
        if was is not None and was[0] == key:
            return was[1], was[2]
        frame = ring_frame(self.width(), self.height(), texts, self._metrics)
        if self.resizing and was is not None and (was[0][2], was[0][4]) == (texts, key[4]):
            return frame, moved_names(was[2], was[1], frame)
        boxes = tuple((r.left(), r.top(), r.right(), r.bottom()) for r in obstacles)
        self._circle = (key, frame, circle_names(frame, texts, self._metrics, boxes))
        self._names_worked_out += 1
        return self._circle[1], self._circle[2]

    def _invalidate(self) -> None:
        self._picture.invalidate()
        self._layout = self._new_layout()
        self._access.update_seats(self._layout, self._state)
        self.update()

    def _describe(self) -> None:
        name, description = describe_ring(self._state)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self._access.announce(self._state)

    def legend_font(self) -> QFont:
        """16 px at scale 1; smaller where the card is short, so the prompt keeps room."""
        lay = self._layout
        inner = lay.card.height() - 2 * 26 * lay.scale
        font = self._metrics.font(16 * lay.scale)
        if marks.legend_height(lay.card.width() - 52 * lay.scale, font) > inner * 0.4:
            font = self._metrics.font(max(13 * lay.scale, 12))
        return font

    # -- painting -------------------------------------------------------------------------

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
