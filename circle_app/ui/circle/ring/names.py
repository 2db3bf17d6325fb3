"""Where the seats' names go (issue 14), and at which one size for the whole circle
(issue 20).

Names are placed greedily: each takes the first candidate place (above, below or beside its
seat) that touches no seat, no other name, the card, the piece or the corner texts.

The names' size and form (short or full) are the circle's, not the holder's: `circle_names`
finds the largest of `SIZE_STEPS` at which every name fits whoever holds the piece, where
each name goes while nobody holds it, and which seats show their full name (those whose
full name fits whoever holds the piece). `holder_names` then places the holder's big name
first and keeps every other name where it was, moving only those that the holder's name,
its grown seat or the piece would touch; so a press changes the ring only around the old
and the new holder, and the back row never sees the whole ring shrink or grow.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from circle_app.ui.circle.ring.geometry import (
    HOLDER_GROWTH,
    HOLDER_PX,
    NAME_PX,
    SIZE_STEPS,
    Frame,
    Measure,
    SeatText,
    seat_angle,
)
from circle_app.ui.circle.ring.placement import CELL, Box, Occupied, candidates

Placed = dict[int, tuple[Box, str, float, bool]]  # seat -> box, text, pixel size, bold


@dataclass(frozen=True, slots=True)
class CircleNames:
    """The names as the circle shows them, whoever holds the piece."""

    pixel_size: float
    texts: tuple[str, ...]  # what each seat shows ("" none): its short or its full name
    boxes: tuple[Box | None, ...]  # where, while nobody holds the piece


class _Ring:
    """What a name must keep clear of while `holder` holds the piece (None: nobody)."""

    def __init__(
        self, frame: Frame, measure: Measure, obstacles: Sequence[Box], holder: int | None
    ) -> None:
        self.frame, self.measure, self.holder = frame, measure, holder
        scale, count = frame.scale, len(frame.points)
        radii = [frame.seat_r * (HOLDER_GROWTH if i == holder else 1.0) for i in range(count)]
        # What a seat covers: its circle, and the holder's timer arc around it.
        self.reaches = [r + (10 * scale if i == holder else 0.0) + 2.0 for i, r in enumerate(radii)]
        self.radii = radii
        self.piece: Box | None = None
        if holder is not None:
            point, half = frame.piece_point(seat_angle(holder, frame.count)), frame.piece_size / 2
            self.piece = (point.x() - half, point.y() - half, point.x() + half, point.y() + half)
        self.taken = Occupied(CELL * max(scale, 1.0))
        for i, p in enumerate(frame.points):
            self.taken.add_circle(p.x(), p.y(), self.reaches[i])
        card, gap = frame.card, frame.gap
        self.taken.add_box(
            (card.left() - gap, card.top() - gap, card.right() + gap, card.bottom() + gap)
        )
        for box in obstacles:
            self.taken.add_box(box)
        if self.piece is not None:
            piece = self.piece
            self.taken.add_box((piece[0] - 2, piece[1] - 2, piece[2] + 2, piece[3] + 2))

    def inside(self, box: Box) -> bool:
        w, h = self.frame.width, self.frame.height
        return box[0] >= 2 and box[1] >= 2 and box[2] <= w - 2 and box[3] <= h - 2

    def place(self, i: int, text: str, px: float, bold: bool) -> Box | None:
        """The first free place for `text` by seat `i`, taken at once (None: none)."""
        if not text:
            return None
        tw, th = self.measure.width(text, px, bold) + 2, self.measure.height(px, bold)
        angle = seat_angle(i, self.frame.count)
        point, reach, gap = self.frame.points[i], self.reaches[i], self.frame.gap
        for box in candidates(point, angle, reach, tw, th, gap, self.piece):
            if self.inside(box) and not self.taken.hits(box):
                self.taken.add_box(box)
                return box
        return None

    def elided(self, i: int, text: str, px: float) -> tuple[Box, str] | None:
        """A name that fits nowhere whole: elided to a seat's share of the ring."""
        room = min(self.frame.spacing * 0.98, 230 * self.frame.scale)
        short = self.measure.elide(text, px, False, room)
        if short and self.measure.width(short, px, False) >= 20:
            box = self.place(i, short, px, False)
            if box is not None:
                return box, short
        return None

    def holder_spots(self, text: str) -> Iterator[tuple[Box, str, float]]:
        """Free places for the holder's big bold name, the most natural first."""
        assert self.holder is not None
        holder_px, scale = HOLDER_PX * self.frame.scale, self.frame.scale
        room = max(min(self.frame.spacing * 0.98, 230 * scale), 160 * scale)
        tries = [(text, holder_px * f) for f in (1.0, 0.85, NAME_PX / HOLDER_PX)]
        tries.append((self.measure.elide(text, holder_px, True, room), holder_px))
        point, reach = self.frame.points[self.holder], self.reaches[self.holder]
        angle = seat_angle(self.holder, self.frame.count)
        for shown, size in tries:
            if not shown:
                continue
            w, h = self.measure.width(shown, size, True) + 2, self.measure.height(size, True)
            for box in candidates(point, angle, reach, w, h, self.frame.gap, self.piece):
                if self.inside(box) and not self.taken.hits(box):
                    yield box, shown, size


def _resting(
    frame: Frame,
    texts: Sequence[SeatText],
    measure: Measure,
    obstacles: Sequence[Box],
    px: float,
    full: frozenset[int],
) -> tuple[CircleNames, bool]:
    """The names while nobody holds the piece, at `px`, full names for the seats in `full`
    where they fit; and whether every name fits whole."""
    ring = _Ring(frame, measure, obstacles, None)
    placed: dict[int, tuple[Box, str]] = {}
    missing = []
    for i, text in enumerate(texts):
        box = ring.place(i, text.short, px, False)
        if box is not None:
            placed[i] = box, text.short
        elif text.short:
            missing.append(i)
    for i in missing:
        spot = ring.elided(i, texts[i].short, px)
        if spot is not None:
            placed[i] = spot
    for i in sorted(placed):  # where the full name fits too, touching nothing, show it
        box, shown = placed[i]
        whole = texts[i].full
        if i not in full or not whole or whole == shown or shown != texts[i].short:
            continue
        ring.taken.remove_box(box)
        bigger = ring.place(i, whole, px, False)
        if bigger is None:
            ring.taken.add_box(box)
        else:
            placed[i] = bigger, whole
    names = CircleNames(
        pixel_size=px,
        texts=tuple(placed[i][1] if i in placed else "" for i in range(len(texts))),
        boxes=tuple(placed[i][0] if i in placed else None for i in range(len(texts))),
    )
    return names, not missing


def holder_names(
    frame: Frame,
    texts: Sequence[SeatText],
    measure: Measure,
    obstacles: Sequence[Box],
    names: CircleNames,
    holder: int | None,
) -> tuple[Placed, set[int]]:
    """Every seat's name while `holder` holds the piece, and the seats whose name is not
    the circle's here (shown short instead of full, elided, or nowhere)."""
    px = names.pixel_size
    if holder is None or holder >= len(texts):
        placed = {
            i: (box, names.texts[i], px, False)
            for i, box in enumerate(names.boxes)
            if box is not None
        }
        return placed, set()
    ring = _Ring(frame, measure, obstacles, holder)
    start = ring.taken
    # The holder's name takes its most natural place that leaves every other name whole
    # (a neighbour may go from its full name to its short one); else its first place.
    large = HOLDER_PX * frame.scale * 0.85  # still clearly the holder's name
    spots = list(itertools.islice(ring.holder_spots(texts[holder].short), 8))
    chosen: tuple[Placed, set[int], Occupied] | None = None
    for spot in [s for s in spots if s[2] >= large - 0.01] or spots[:1]:
        ring.taken = start.copy()
        ring.taken.add_box(spot[0])
        placed, changed = _around_holder(ring, texts, names)
        placed[holder] = (spot[0], spot[1], spot[2], True)
        if not _lost(changed, placed, texts, names):
            chosen = (placed, changed, ring.taken)
            break
        chosen = chosen or (placed, changed, ring.taken)
    if chosen is None:
        ring.taken = start
        placed, changed = _around_holder(ring, texts, names)
        return placed, changed
    placed, changed, ring.taken = chosen
    box, shown, size, _ = placed[holder]
    full = texts[holder].full
    if full and shown == texts[holder].short and full != shown:  # the full name, if it fits
        ring.taken.remove_box(box)
        bigger = ring.place(holder, full, size, True)
        if bigger is None:
            ring.taken.add_box(box)
        else:
            placed[holder] = (bigger, full, size, True)
    return placed, changed


def _lost(changed: set[int], placed: Placed, texts: Sequence[SeatText], names: CircleNames) -> bool:
    """Whether a name that changed beside the holder is no longer whole (not merely its
    short form instead of its full one)."""
    return any(
        i not in placed or names.texts[i] != texts[i].full or placed[i][1] != texts[i].short
        for i in changed
    )


def _around_holder(
    ring: _Ring, texts: Sequence[SeatText], names: CircleNames
) -> tuple[Placed, set[int]]:
    """The names but the holder's, each where it rests unless that is taken now."""
    px = names.pixel_size
    placed: Placed = {}
    moved = []
    for i, box in enumerate(names.boxes):
        if i == ring.holder or box is None:
            continue
        if ring.taken.hits(box):
            moved.append(i)
        else:  # the circle's names do not overlap: it stays where it was
            ring.taken.add_box(box)
            placed[i] = (box, names.texts[i], px, False)
    changed = set()
    for i in moved:
        shown = names.texts[i]
        tries = [shown] if shown != texts[i].full else [shown, texts[i].short]
        for text in dict.fromkeys(tries):
            box = ring.place(i, text, px, False)
            if box is not None:
                placed[i] = (box, text, px, False)
                break
        else:
            spot = ring.elided(i, texts[i].short, px)
            if spot is not None:
                placed[i] = (spot[0], spot[1], px, False)
        if i not in placed or placed[i][1] != shown:
            changed.add(i)
    return placed, changed


def circle_names(
    frame: Frame, texts: Sequence[SeatText], measure: Measure, obstacles: Sequence[Box]
) -> CircleNames:
    """The names' one size for the circle: the largest at which every name fits whole
    whoever holds the piece (else the smallest, names eliding where they must)."""
    full = frozenset(i for i, t in enumerate(texts) if t.full and t.full != t.short)
    names: CircleNames | None = None
    for step in SIZE_STEPS:
        px = NAME_PX * frame.scale * step
        names, whole = _resting(frame, texts, measure, obstacles, px, full)
        if whole and all(
            not _lost(changed, placed, texts, names)
            for placed, changed in (
                holder_names(frame, texts, measure, obstacles, names, holder)
                for holder in range(len(texts))
            )
        ):
            return names
    assert names is not None
    return names


def moved_names(names: CircleNames, was: Frame, now: Frame) -> CircleNames:
    """`names` worked out for the ring `was`, carried over to the ring `now` of another
    size: each name keeps its form and its place beside its seat, all scaled as the ring
    is (while the board's size is changing; worked out anew once it settles, issue 20)."""
    if was.count != now.count or was.scale <= 0:
        raise ValueError("names move only to a ring of the same seats")
    factor = now.scale / was.scale
    boxes: list[Box | None] = []
    for box, old, new in zip(names.boxes, was.points, now.points, strict=True):
        if box is None:
            boxes.append(None)
            continue
        x, y = old.x(), old.y()
        boxes.append(
            (
                new.x() + (box[0] - x) * factor,
                new.y() + (box[1] - y) * factor,
                new.x() + (box[2] - x) * factor,
                new.y() + (box[3] - y) * factor,
            )
        )
    return CircleNames(names.pixel_size * factor, names.texts, tuple(boxes))
