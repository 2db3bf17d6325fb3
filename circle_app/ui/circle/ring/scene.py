"""The ring's picture without the piece, kept as one cached scene (issue 3, issue 20).

The background (gradient, dashed ring, card, prompt, legend) changes only with the size,
the device pixel ratio, the theme, the prompt, the card, the legend and the language; the
scene is the background plus the seats, the card's two lines and the corners. The
background is painted straight into the scene; of it only the tiles that are more than
its gradient are kept (`backdrop`, issue 20: one board-sized picture, not two). A new
state patches only what changed: the changed seats' and lines' pixels (whole device
pixels, so no seam) are restored from the gradient and those tiles, and everything
touching them is painted again, in the usual order. The seats' shapes come from
`sprites`, their words from `text` (issue 20). `RingPicture(cached=False)` paints
everything directly, every time: the reference the cached picture is tested against
(tests/ui/test_ring_cache.py).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPen, QPixmap, QRegion

from circle_app.ui.circle.ring import card, marks
from circle_app.ui.circle.ring.backdrop import Backdrop, paint_gradient
from circle_app.ui.circle.ring.fonts import Metrics
from circle_app.ui.circle.ring.layout import RingLayout
from circle_app.ui.circle.ring.sprites import SeatSprites, theme_key
from circle_app.ui.circle.ring.state import RingState
from circle_app.ui.support.theme import Theme


class Ring(Protocol):
    """What the picture needs to know of the ring view."""

    @property
    def theme(self) -> Theme: ...
    @property
    def state(self) -> RingState: ...
    @property
    def ring_layout(self) -> RingLayout: ...
    @property
    def metrics(self) -> Metrics: ...
    @property
    def legend_visible(self) -> bool: ...
    def legend_rect(self) -> QRectF | None: ...
    def legend_font(self) -> QFont: ...
    def gradient_span(self) -> tuple[int, int]: ...
    def width(self) -> int: ...
    def height(self) -> int: ...
    def rect(self) -> QRect: ...
    def devicePixelRatioF(self) -> float: ...


def _prepare(painter: QPainter) -> QPainter:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return painter


class RingPicture:
    def __init__(self, *, cached: bool = True) -> None:
        self.cached = cached
        self._background: Backdrop | None = None
        self._background_key: tuple[object, ...] | None = None
        self._scene: QPixmap | None = None
        self._scene_state: tuple[RingState, RingLayout] | None = None
        self._sprites = SeatSprites()

    def invalidate(self) -> None:
        self._background = self._scene = None
        self._scene_state = None

    @property
    def kept_bytes(self) -> int:
        """The bytes of the pictures kept between frames (issue 20, peak memory)."""
        kept = 0 if self._background is None else self._background.kept_bytes
        if self._scene is not None:
            kept += self._scene.width() * self._scene.height() * self._scene.depth() // 8
        return kept

    @property
    def images_made(self) -> int:
        """How many seat images were painted so far (each is then replayed)."""
        return self._sprites.images_made

    def prepare(self, ring: Ring, state: RingState, lay: RingLayout) -> None:
        """Make the seats' images and words that `state` in `lay` would need beyond the
        ring's now, without painting (idle time, for the next press)."""
        if not self.cached or self._scene_state is None:
            return
        now, now_lay = ring.state, ring.ring_layout
        if len(state.seats) != len(now.seats):
            return
        changed = [
            i
            for i in range(len(state.seats))
            if (now.seats[i], i == now.current, i == now.next, now_lay.seats[i])
            != (state.seats[i], i == state.current, i == state.next, lay.seats[i])
        ]
        ratio = ring.devicePixelRatioF()
        self._sprites.prepare(ratio, ring.theme, ring.metrics, lay, state, changed, seat_rects)

    def paint(self, painter: QPainter, ring: Ring, *, direct: bool = False) -> None:
        """The ring but the piece, at (0, 0) of `painter`; `direct`: painted as it is,
        nothing cached (while the ring's size is changing, issue 20)."""
        if self.cached and not direct:
            painter.drawPixmap(0, 0, self._current_scene(ring))
            return
        _prepare(painter)
        paint_background(painter, ring)
        paint_scene(painter, ring, None, None)

    def _background_key_of(self, ring: Ring) -> tuple[object, ...]:
        lay = ring.ring_layout
        key: tuple[object, ...] = (ring.width(), ring.height(), ring.devicePixelRatioF())
        key += (theme_key(ring.theme), *ring.gradient_span())
        key += (ring.state.card_text, lay.card, ring.legend_visible, ring.metrics.family)
        if ring.legend_visible:  # its words follow the language
            key += marks.legend_entries()
        return key

    def _new_pixmap(self, ring: Ring) -> QPixmap:
        ratio = ring.devicePixelRatioF()
        pixmap = QPixmap(QSize(int(ring.width() * ratio), int(ring.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def _current_scene(self, ring: Ring) -> QPixmap:
        """The scene for the current state: patched where it changed, rebuilt if it must be."""
        lay, state = ring.ring_layout, ring.state
        key = self._background_key_of(ring)
        if self._sprites.crowded(len(state.seats)):
            # What older states left and nothing drew since goes (a cache only saves
            # time: the scene stays as painted), so a day's circles cannot pile up.
            self._sprites.new_generation()
        scene, background = self._scene, self._background
        if scene is None or background is None or key != self._background_key:
            self._background = self._scene = None  # the old ones go before the new are made
            scene = self._scene = self._new_pixmap(ring)
            span = ring.gradient_span()
            painter = _prepare(QPainter(scene))
            paint_gradient(painter, ring.theme, ring.rect(), span)
            painter.end()
            self._background = Backdrop(scene, ring.theme, ring.rect(), span)
            painter = _prepare(QPainter(scene))
            paint_shapes(painter, ring)
            painter.end()
            self._background.keep_tiles(scene)
            self._background_key = key
            self._sprites.new_generation()
            painter = _prepare(QPainter(scene))
            paint_scene(painter, ring, None, self._sprites)
            painter.end()
        elif self._scene_state != (state, lay):
            assert self._scene_state is not None
            region = QRegion()
            for rect in dirty_rects(ring, *self._scene_state):
                if not rect.isEmpty():
                    region += rect.toAlignedRect().adjusted(-1, -1, 1, 1)
            painter = _prepare(QPainter(scene))
            painter.setClipRegion(region)
            background.restore(painter, region)
            paint_scene(painter, ring, region, self._sprites)
            painter.end()
        self._scene_state = (state, lay)
        return scene


def paint_background(painter: QPainter, ring: Ring) -> None:
    paint_gradient(painter, ring.theme, ring.rect(), ring.gradient_span())
    paint_shapes(painter, ring)


def paint_shapes(painter: QPainter, ring: Ring) -> None:
    """The background over its gradient: the dashed ring, the card and the legend."""
    theme, lay = ring.theme, ring.ring_layout
    pen = QPen(theme.ring, max(1.5 * lay.scale, 1.0), Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(lay.center, lay.rx, lay.ry)
    legend = ring.legend_rect()
    card.paint_card(painter, theme, lay, ring.state.card_text, ring.metrics, legend)
    if legend is not None:
        marks.paint_legend(painter, theme, legend, ring.legend_font(), lay.scale)


def paint_scene(
    painter: QPainter,
    ring: Ring,
    clip: QRegion | None,
    sprites: SeatSprites | None,
) -> None:
    """Seats, card lines and corners; with a clip, only what touches it."""
    state, lay, theme, fonts = ring.state, ring.ring_layout, ring.theme, ring.metrics
    texts = None if sprites is None else sprites.texts

    def touches(rect: QRectF) -> bool:
        return clip is None or clip.intersects(rect.toAlignedRect())

    header, footer = card.header_rect(lay, fonts), card.footer_rect(lay, fonts)
    lines = [(footer, state.card_footer)]
    if not ring.legend_visible:  # the legend takes the header's place
        lines.append((header, state.card_header))
    for rect, text in lines:
        if touches(rect):
            font = fonts.font(19 * lay.scale)
            card.paint_card_line(painter, theme, rect, text, font, texts)
    if touches(card.corners_rect(ring.width(), lay.scale)):
        card.paint_corners(painter, theme, state, fonts, ring.width(), lay.scale)
    if sprites is not None:
        sprites.paint_seats(painter, theme, fonts, lay, state, clip, seat_rects)
        return
    for index, seat in enumerate(state.seats):
        if clip is None or any(touches(rect) for rect in seat_rects(lay, index)):
            holder, upcoming = index == state.current, index == state.next
            marks.paint_seat(painter, theme, fonts, lay, index, seat, holder, upcoming)


def seat_rects(lay: RingLayout, index: int) -> tuple[QRectF, QRectF]:
    """All that seat `index` paints: its shapes and badge (the holder's glow, the next
    seat's outer ring, the marks), and its name (an empty rect: none)."""
    g = lay.seats[index]
    line = max(2.0 * lay.scale, 1.2)
    shapes = marks.body_reach(g.radius, index == lay.holder, True, line)
    reach = max(shapes, marks.mark_reach(g.radius)) + 2
    c = g.center
    body = QRectF(c.x() - reach, c.y() - reach, 2 * reach, 2 * reach)
    name = QRectF() if g.label is None else g.label.adjusted(-2, -2, 2, 2)
    return body, name


def dirty_rects(ring: Ring, old: RingState, old_layout: RingLayout) -> list[QRectF]:
    """Where the picture of `old` in `old_layout` differs from the ring's now."""
    new, lay = ring.state, ring.ring_layout
    rects = []
    for index, (before, after) in enumerate(zip(old.seats, new.seats, strict=True)):
        was, now = old_layout.seats[index], lay.seats[index]
        roles = (index == old.current, index == old.next) != (
            index == new.current,
            index == new.next,
        )
        if before != after or roles or was.center != now.center or was.radius != now.radius:
            rects += [*seat_rects(old_layout, index), *seat_rects(lay, index)]
        elif was != now:  # only its name moved or changed size: the shapes stay
            rects += [seat_rects(old_layout, index)[1], seat_rects(lay, index)[1]]
    if old.card_header != new.card_header and not ring.legend_visible:
        rects.append(card.header_rect(lay, ring.metrics))
    if old.card_footer != new.card_footer:
        rects.append(card.footer_rect(lay, ring.metrics))
    if old.stages != new.stages or old.info != new.info:
        rects.append(card.corners_rect(ring.width(), lay.scale))
    return rects
