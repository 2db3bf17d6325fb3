"""The seats, painted once and then replayed (issue 20: a press that moves every name
repainted 40 seats at up to 12 ms at 1080p, mostly antialiased rings and Python).

A seat's shapes (ring, glow, marks) are painted once into small transparent images,
keyed by everything that shapes them, including where the seat's centre falls inside a
device pixel, so an image lands on exactly the pixels the direct painting covers;
compositing it rounds a channel by at most a step or two (tests/ui/test_ring_cache.py
states the tolerance). Its words are laid out once (`text.StaticTexts`) and drawn straight
onto the opaque scene, never put in an image, so text antialiasing stays the platform's.
A seat's whole recipe (which images and words where) is kept by its full description.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QRegion, QStaticText

from circle_app.ui.circle.ring import marks
from circle_app.ui.circle.ring.fonts import Metrics
from circle_app.ui.circle.ring.layout import RingLayout
from circle_app.ui.circle.ring.state import RingState, SeatMark, SeatView
from circle_app.ui.circle.ring.text import StaticTexts
from circle_app.ui.support.theme import Theme

T = TypeVar("T")
_theme_keys: dict[int, tuple[Theme, tuple[object, ...]]] = {}

# One step of a seat's recipe: an image at a point, laid-out words at a point, or words
# for drawText in a rect.
Step = (
    tuple[QPointF, QImage]
    | tuple[QPointF, QStaticText, QFont, QColor]
    | tuple[QRectF, str, QFont, QColor]
)


def theme_key(theme: Theme) -> tuple[object, ...]:
    """A theme as its name and colours, so another palette never reuses an image."""
    known = _theme_keys.get(id(theme))
    if known is None or known[0] is not theme:
        colours = tuple(getattr(theme, name).rgba() for name in theme.colour_names())
        if len(_theme_keys) > 16:
            _theme_keys.clear()
        known = _theme_keys[id(theme)] = (theme, (theme.name, *colours))
    return known[1]


class SeatSprites:
    """Seat recipes and their images, kept while they are drawn (two generations: the
    last full repaint's and this one's), so their number stays near the seats'."""

    def __init__(self) -> None:
        self._recipes: dict[Hashable, list[Step]] = {}
        self._previous: dict[Hashable, list[Step]] = {}
        self._images: dict[Hashable, tuple[QPointF, QImage]] = {}
        self._old_images: dict[Hashable, tuple[QPointF, QImage]] = {}
        self.texts = StaticTexts()
        self._places: tuple[RingLayout, list[Place]] | None = None
        self._ahead: tuple[RingLayout, list[Place]] | None = None  # made in idle time
        self.images_made = 0  # how many seat images were painted so far

    def new_generation(self) -> None:
        self._previous, self._recipes = self._recipes, {}
        self._old_images, self._images = self._images, {}
        self.texts.new_generation()

    def crowded(self, seats: int) -> bool:
        """This generation holds more than the ring needs (images: about two a seat);
        the last generation holds at most as much."""
        kept = len(self._recipes) + self.texts.generation_size()
        return len(self._images) > 2 * seats + 16 or kept > 16 * seats + 64

    def paint_seats(
        self,
        painter: QPainter,
        theme: Theme,
        metrics: Metrics,
        lay: RingLayout,
        state: RingState,
        clip: QRegion | None,
        rects: Callable[[RingLayout, int], tuple[QRectF, QRectF]],
    ) -> None:
        """marks.paint_seat's picture of every seat, in order, replayed from the seats'
        recipes; with a clip, only the shapes and names (`rects`) that touch it."""
        ratio = painter.device().devicePixelRatioF()
        if self._places is None or self._places[0] is not lay:
            ahead = self._ahead
            if ahead is not None and ahead[0] is lay:  # laid out ahead, in idle time
                self._places = ahead
            else:
                self._places = (lay, _places(lay, rects))
        places = self._places[1]
        for index in range(len(state.seats)):
            _, _, body_rect, name_rect = places[index]
            draw_body = clip is None or clip.intersects(body_rect)
            draw_name = clip is None or clip.intersects(name_rect)
            if not (draw_body or draw_name):
                continue
            recipe, name = self._seat(ratio, theme, metrics, lay, state, index, places[index])
            for step in (*(recipe if draw_body else ()), *(name if draw_name else ())):
                if len(step) == 2:
                    painter.drawImage(step[0], step[1])
                else:
                    painter.setFont(step[2])
                    painter.setPen(step[3])
                    if isinstance(step[1], QStaticText):
                        painter.drawStaticText(step[0], step[1])
                    else:
                        painter.drawText(step[0], Qt.AlignmentFlag.AlignCenter, step[1])

    def prepare(
        self,
        ratio: float,
        theme: Theme,
        metrics: Metrics,
        lay: RingLayout,
        state: RingState,
        seats: Iterable[int],
        rects: Callable[[RingLayout, int], tuple[QRectF, QRectF]],
    ) -> None:
        """Make `seats`' images and words for a state to come, without painting (idle
        time: the next press then only replays them)."""
        places = _places(lay, rects)
        self._ahead = (lay, places)  # the press to come replays them (0.5 ms for 40 seats)
        for index in seats:
            self._seat(ratio, theme, metrics, lay, state, index, places[index])

    def _seat(
        self,
        ratio: float,
        theme: Theme,
        metrics: Metrics,
        lay: RingLayout,
        state: RingState,
        index: int,
        place: Place,
    ) -> tuple[list[Step], list[Step]]:
        """Seat `index`'s recipe, kept or made now."""
        context = (theme_key(theme), ratio, metrics.family, lay.scale)
        seat, body_where, name_where = state.seats[index], place[0], place[1]
        holder, upcoming = index == state.current, index == state.next
        # The seat's shapes and badge, and its name apart: a new layout mostly moves
        # names, and the shapes stay where they were.
        key = (context, seat, holder, upcoming, body_where)
        recipe = _kept(self._recipes, self._previous, key)
        name_key = (context, holder or seat.present, name_where)
        name = _kept(self._recipes, self._previous, name_key)
        if recipe is None or name is None:
            recipe, name = self._recipe(ratio, theme, metrics, lay, index, seat, holder, upcoming)
        self._recipes[key] = recipe
        self._recipes[name_key] = name
        return recipe, name

    def _recipe(
        self,
        ratio: float,
        theme: Theme,
        metrics: Metrics,
        lay: RingLayout,
        index: int,
        seat: SeatView,
        holder: bool,
        upcoming: bool,
    ) -> tuple[list[Step], list[Step]]:
        """The seat's shapes and badge, and its name, as steps to replay."""
        g, mark = lay.seats[index], seat.mark
        badge, name = marks.seat_words(theme, metrics, lay, index, seat, holder)
        line = max(2.0 * lay.scale, 1.2)
        reach = marks.body_reach(g.radius, holder, upcoming, line)
        steps: list[Step] = []

        def body(target: QPainter) -> None:
            marks.paint_seat_body(target, theme, lay, index, mark, holder, upcoming)

        def tag(target: QPainter) -> None:
            marks.paint_mark(target, theme, g.center, g.radius, mark)

        spot = (theme_key(theme), ratio, g.center.x(), g.center.y(), g.radius, mark)
        steps.append(self._image((*spot, holder, upcoming, line), ratio, g.center, reach, body))
        if badge is not None:
            steps.append(self._words(badge, ratio))
        if mark in (SeatMark.HAD_PIECE, SeatMark.OFFERED_AGAIN):
            steps.append(self._image(spot, ratio, g.center, marks.mark_reach(g.radius), tag))
        return steps, [] if name is None else [self._words(name, ratio)]

    def _image(
        self,
        key: Hashable,
        ratio: float,
        center: QPointF,
        reach: float,
        paint: Callable[[QPainter], None],
    ) -> tuple[QPointF, QImage]:
        """The image of a seat's shapes (the same for any name beside it)."""
        image = _kept(self._images, self._old_images, key)
        if image is None:
            image = _image(ratio, center, reach, paint)
            self.images_made += 1
        self._images[key] = image
        return image

    def _words(self, words: marks.Words, ratio: float) -> Step:
        rect, font, colour, text = words
        prepared = self.texts.prepared(rect, font, text, ratio)
        if prepared is None:
            return (rect, text, font, colour)
        return (prepared[1], prepared[0], font, colour)


def _kept(current: dict[Hashable, T], previous: dict[Hashable, T], key: Hashable) -> T | None:
    """What `key` holds in this generation, or moved here from the last one."""
    value = current.get(key)
    if value is None:
        value = previous.pop(key, None)
    return value


Place = tuple[Hashable, Hashable, QRect, QRect]


def _places(
    lay: RingLayout, rects: Callable[[RingLayout, int], tuple[QRectF, QRectF]]
) -> list[Place]:
    """Each seat's shapes' and name's geometry as keys, and the whole pixels each paints."""
    places: list[Place] = []
    for index, g in enumerate(lay.seats):
        label = None if g.label is None else g.label.getRect()
        name = (label, g.text, g.pixel_size, g.bold)
        body_rect, name_rect = rects(lay, index)
        where = (g.center.x(), g.center.y(), g.radius)
        places.append((where, name, body_rect.toAlignedRect(), name_rect.toAlignedRect()))
    return places


def _image(
    ratio: float, center: QPointF, reach: float, paint: Callable[[QPainter], None]
) -> tuple[QPointF, QImage]:
    """What `paint` draws within `reach` of `center`, as an image on whole device pixels."""
    left = math.floor((center.x() - reach) * ratio)
    top = math.floor((center.y() - reach) * ratio)
    side = math.ceil(2 * reach * ratio) + 2
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    image.setDevicePixelRatio(ratio)
    local = QPainter(image)
    local.setRenderHint(QPainter.RenderHint.Antialiasing)
    local.translate(-left / ratio, -top / ratio)
    paint(local)
    local.end()
    return (QPointF(left / ratio, top / ratio), image)
