"""Where everything on the ring goes: seats on an ellipse, the card, the piece, the names.

Pure geometry: text is measured through a `Measure` the view supplies (font metrics), so
the layout is computed, and tested, without painting. Names are placed greedily, the
holder first: each label takes the first candidate place (above, below or beside its
seat) that touches no seat, no other label, the card, the piece or the corner texts.
Every seat gets its shortest unambiguous label whole at one shared size where the ring
allows it (issue 14); where there is room to spare, the full name instead.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF

from circle_app.ui.circle.ring.placement import Box, Occupied, candidates

NAME_PX = 18.0  # a name's pixel size at scale 1 (a 1366-wide ring)
HOLDER_PX = 26.0  # the holder's name, bold
SIZE_STEPS = (1.0, 0.9, 0.8, 0.72)  # shared name sizes tried before a name is elided
HOLDER_GROWTH = 1.3  # the holder's seat grows by this much


class Measure(Protocol):
    def width(self, text: str, pixel_size: float, bold: bool) -> float: ...

    def height(self, pixel_size: float, bold: bool) -> float: ...

    def elide(self, text: str, pixel_size: float, bold: bool, width: float) -> str: ...


@dataclass(frozen=True, slots=True)
class SeatText:
    short: str  # the shortest label that tells the seat apart; "" for none
    full: str  # the longer form, shown where there is room


@dataclass(frozen=True, slots=True)
class SeatGeometry:
    center: QPointF
    radius: float  # the seat's circle (grown for the holder)
    label: QRectF | None  # where its name is drawn; None: no room (the badge stays)
    text: str  # exactly what is drawn there (whole, or elided only if nothing fits)
    pixel_size: float
    bold: bool


@dataclass(frozen=True, slots=True)
class RingLayout:
    width: float
    height: float
    scale: float
    center: QPointF
    rx: float
    ry: float
    seat_r: float
    piece_rx: float
    piece_ry: float
    piece_size: float  # the piece icon's side
    card: QRectF
    seats: tuple[SeatGeometry, ...]
    holder: int | None
    piece: QRectF | None  # the piece at rest beside the holder
    bounds: tuple[QRectF, ...]  # per seat, all it paints (for repainting only what changed)

    @property
    def name_px(self) -> float:
        return NAME_PX * self.scale

    def seat_point(self, index: int) -> QPointF:
        angle = seat_angle(index, len(self.seats))
        return QPointF(
            self.center.x() + self.rx * math.cos(angle),
            self.center.y() + self.ry * math.sin(angle),
        )

    def piece_point(self, angle: float) -> QPointF:
        return QPointF(
            self.center.x() + self.piece_rx * math.cos(angle),
            self.center.y() + self.piece_ry * math.sin(angle),
        )

    def piece_rect(self, angle: float) -> QRectF:
        point, half = self.piece_point(angle), self.piece_size / 2
        return QRectF(point.x() - half, point.y() - half, 2 * half, 2 * half)

    def seat_at(self, point: QPointF) -> int | None:
        best, best_distance = None, self.seat_r * 1.35
        for index, seat in enumerate(self.seats):
            distance = math.dist(point.toTuple(), seat.center.toTuple())
            if distance <= best_distance:
                best, best_distance = index, distance
        return best

    def seat_bounds(self, index: int) -> QRectF:
        """Everything seat `index` paints: its circle, the holder's glow, its name."""
        return self.bounds[index]


def _bounds(seat: SeatGeometry, holder: bool, scale: float) -> QRectF:
    reach = seat.radius * (2.0 if holder else 1.0) + 4 * scale + 2
    c = seat.center
    bounds = QRectF(c.x() - reach, c.y() - reach, 2 * reach, 2 * reach)
    if seat.label is not None:
        bounds = bounds.united(seat.label)
    return bounds.adjusted(-2, -2, 2, 2)


def seat_angle(index: int, count: int) -> float:
    """Seat 0 at the top, the rest clockwise on screen."""
    return -math.pi / 2 + 2 * math.pi * index / max(count, 1)


def compute_layout(
    width: float,
    height: float,
    texts: Sequence[SeatText],
    holder: int | None,
    measure: Measure,
    obstacles: Sequence[QRectF] = (),
) -> RingLayout:
    w, h = float(width), float(height)
    count = max(len(texts), 1)
    scale = max(min(w / 1366.0, h / 620.0), 0.5)
    top_band = 44 * scale  # the stage tracker and the info line
    label_h = measure.height(HOLDER_PX * scale, True)
    center = QPointF(w / 2, top_band / 2 + h / 2)
    rx = max(w / 2 - 84 * scale, 50.0)
    ry = max(h / 2 - top_band / 2 - label_h - 8 * scale, 40.0)
    seat_r = spacing = 0.0
    for _ in range(2):  # the seats' size and the ring's height depend on each other
        a, b = rx, ry
        perimeter = math.pi * (3 * (a + b) - math.sqrt((3 * a + b) * (a + 3 * b)))
        spacing = perimeter / count
        # Seats sit at equal angles, so they crowd where the ellipse is tightest; the
        # closest two are at least this far apart (the holder's seat grows 1.3x).
        closest = 2 * min(a, b) * math.sin(math.pi / count) if count > 1 else spacing
        seat_r = max(
            min(spacing * 0.36, closest * 0.43, 40 * scale, (h / 2) * 0.16),
            min(7.0, closest * 0.43),
        )
        ry = max(h / 2 - top_band / 2 - label_h - seat_r * HOLDER_GROWTH - 17 * scale - 4, 40.0)
    gap = 5 * scale
    piece_size = max(min(seat_r * 1.6, 50 * scale), min(30 * scale, seat_r * 2), 12.0)
    inset = seat_r * HOLDER_GROWTH + gap + piece_size * 0.6
    piece_rx, piece_ry = max(rx - inset, 10.0), max(ry - inset, 10.0)
    # The card leaves room at the sides for a holder's name beyond the piece.
    holder_px = HOLDER_PX * scale
    card_w = min(piece_rx * 1.62, w - 2 * (70 * scale + seat_r * 3))
    card_h = piece_ry * 1.30
    card_w = max(
        min(
            card_w,
            2
            * _card_half_room(
                texts,
                count,
                center,
                rx,
                ry,
                piece_rx,
                piece_ry,
                seat_r,
                piece_size,
                gap,
                card_h,
                holder_px,
                measure,
            ),
        ),
        w * 0.3,
    )
    card = QRectF(center.x() - card_w / 2, center.y() - card_h / 2, card_w, card_h)

    def point_of(index: int) -> QPointF:
        angle = seat_angle(index, count)
        return QPointF(center.x() + rx * math.cos(angle), center.y() + ry * math.sin(angle))

    points = [point_of(i) for i in range(len(texts))]
    radii = [seat_r * (HOLDER_GROWTH if i == holder else 1.0) for i in range(len(texts))]
    piece: Box | None = None
    if holder is not None and holder < len(texts):
        angle = seat_angle(holder, count)
        px = center.x() + piece_rx * math.cos(angle)
        py = center.y() + piece_ry * math.sin(angle)
        half = piece_size / 2
        piece = (px - half, py - half, px + half, py + half)

    # What a seat covers: its circle, and the holder's timer arc around it.
    reaches = [r + (10 * scale if i == holder else 0.0) + 2.0 for i, r in enumerate(radii)]

    def fresh() -> Occupied:
        taken = Occupied()
        for i, p in enumerate(points):
            taken.add_circle(p.x(), p.y(), reaches[i])
        taken.add_box(
            (card.left() - gap, card.top() - gap, card.right() + gap, card.bottom() + gap)
        )
        for rect in obstacles:
            taken.add_box((rect.left(), rect.top(), rect.right(), rect.bottom()))
        if piece is not None:
            taken.add_box((piece[0] - 2, piece[1] - 2, piece[2] + 2, piece[3] + 2))
        return taken

    def inside(box: Box) -> bool:
        return box[0] >= 2 and box[1] >= 2 and box[2] <= w - 2 and box[3] <= h - 2

    def place(taken: Occupied, i: int, text: str, px: float, bold: bool) -> Box | None:
        if not text:
            return None
        tw, th = measure.width(text, px, bold) + 2, measure.height(px, bold)
        angle = seat_angle(i, count)
        for box in candidates(points[i], angle, reaches[i], tw, th, gap, piece):
            if inside(box) and not taken.hits(box):
                return box
        return None

    placed: dict[int, tuple[Box, str, float, bool]] = {}
    base = fresh()
    if holder is not None and holder < len(texts):
        short = texts[holder].short
        room = max(min(spacing * 0.98, 230 * scale), 160 * scale)
        tries = [(short, holder_px * f) for f in (1.0, 0.85, NAME_PX / HOLDER_PX)]
        tries.append((measure.elide(short, holder_px, True, room), holder_px))
        for text, size in tries:
            box = place(base, holder, text, size, True)
            if box is not None:
                placed[holder] = (box, text, size, True)
                base.add_box(box)
                break
    others = [i for i in range(len(texts)) if i != holder and texts[i].short]
    best: dict[int, tuple[Box, str, float, bool]] = {}
    best_taken = base
    for step in SIZE_STEPS:
        px = NAME_PX * scale * step
        taken = fresh()
        for box, *_ in placed.values():
            taken.add_box(box)
        attempt: dict[int, tuple[Box, str, float, bool]] = {}
        for i in others:
            box = place(taken, i, texts[i].short, px, False)
            if box is not None:
                attempt[i] = (box, texts[i].short, px, False)
                taken.add_box(box)
        if len(attempt) > len(best):
            best, best_taken = attempt, taken
        if len(attempt) == len(others):
            break
    placed.update(best)
    taken = best_taken
    px = min((entry[2] for i, entry in placed.items() if i != holder), default=NAME_PX * scale)
    for i in others:  # a name that fits nowhere whole: elided to a seat's share of the ring
        if i in placed:
            continue
        room = min(spacing * 0.98, 230 * scale)
        text = measure.elide(texts[i].short, px, False, room)
        if text and measure.width(text, px, False) >= 20:
            box = place(taken, i, text, px, False)
            if box is not None:
                placed[i] = (box, text, px, False)
                taken.add_box(box)
    _upgrade(placed, texts, taken, place)
    seats = []
    for i in range(len(texts)):
        entry = placed.get(i)
        label = (
            None
            if entry is None
            else QRectF(
                entry[0][0], entry[0][1], entry[0][2] - entry[0][0], entry[0][3] - entry[0][1]
            )
        )
        seats.append(
            SeatGeometry(
                center=points[i],
                radius=radii[i],
                label=label,
                text="" if entry is None else entry[1],
                pixel_size=NAME_PX * scale if entry is None else entry[2],
                bold=entry is not None and entry[3],
            )
        )
    return RingLayout(
        width=w,
        height=h,
        scale=scale,
        center=center,
        rx=rx,
        ry=ry,
        seat_r=seat_r,
        piece_rx=piece_rx,
        piece_ry=piece_ry,
        piece_size=piece_size,
        card=card,
        seats=tuple(seats),
        holder=holder if holder is not None and holder < len(texts) else None,
        bounds=tuple(_bounds(seat, i == holder, scale) for i, seat in enumerate(seats)),
        piece=None if piece is None else QRectF(piece[0], piece[1], piece_size, piece_size),
    )


Placed = dict[int, tuple[Box, str, float, bool]]  # seat -> box, text, pixel size, bold


def _upgrade(
    placed: Placed,
    texts: Sequence[SeatText],
    taken: Occupied,
    place: Callable[[Occupied, int, str, float, bool], Box | None],
) -> None:
    """Where the full name fits too, at the same size and touching nothing, show it."""
    for i in sorted(placed):
        box, text, px, bold = placed[i]
        full = texts[i].full
        if not full or full == text or text != texts[i].short:
            continue
        taken.remove_box(box)
        bigger = place(taken, i, full, px, bold)
        if bigger is not None:
            placed[i] = (bigger, full, px, bold)
        taken.add_box(bigger or box)


def _card_half_room(
    texts: Sequence[SeatText],
    count: int,
    center: QPointF,
    rx: float,
    ry: float,
    piece_rx: float,
    piece_ry: float,
    seat_r: float,
    piece_size: float,
    gap: float,
    card_h: float,
    holder_px: float,
    measure: Measure,
) -> float:
    """How far the card may reach from the middle so that a seat at the sides, holding
    the piece, still has its name beside the piece, between the piece and the card."""
    half = math.inf
    for i, text in enumerate(texts):
        angle = seat_angle(i, count)
        cos, sin = math.cos(angle), math.sin(angle)
        if abs(cos) <= 0.8 or not text.short:
            continue
        height = measure.height(holder_px, True)
        y = center.y() + ry * sin
        if abs(y - center.y()) - height / 2 > card_h / 2 + gap:
            continue  # its name passes above or below the card
        piece_x = piece_rx * abs(cos) - piece_size / 2
        label_w = min(measure.width(text.short, holder_px, True), 260 * holder_px / HOLDER_PX)
        half = min(half, piece_x - 2 * gap - label_w - 4)
    return half
