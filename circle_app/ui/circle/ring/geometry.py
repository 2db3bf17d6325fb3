"""The ring's shape for a board size and a set of seats, whoever holds the piece: the
ellipse, the seats' size, the piece's orbit and the card (pure geometry; text is measured
through a `Measure` the view supplies)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF

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


def seat_angle(index: int, count: int) -> float:
    """Seat 0 at the top, the rest clockwise on screen."""
    return -math.pi / 2 + 2 * math.pi * index / max(count, 1)


@dataclass(frozen=True, slots=True)
class Frame:
    """Everything on the ring that does not depend on who holds the piece."""

    width: float
    height: float
    scale: float
    count: int
    center: QPointF
    rx: float
    ry: float
    seat_r: float
    spacing: float  # the ring's length per seat
    gap: float
    piece_size: float
    piece_rx: float
    piece_ry: float
    card: QRectF
    points: tuple[QPointF, ...]

    @property
    def holder_px(self) -> float:
        return HOLDER_PX * self.scale

    def piece_point(self, angle: float) -> QPointF:
        return QPointF(
            self.center.x() + self.piece_rx * math.cos(angle),
            self.center.y() + self.piece_ry * math.sin(angle),
        )


def ring_frame(width: float, height: float, texts: Sequence[SeatText], measure: Measure) -> Frame:
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
    card_w = min(piece_rx * 1.62, w - 2 * (70 * scale + seat_r * 3))
    card_h = piece_ry * 1.30
    room = _CardRoom(center, rx, ry, piece_rx, piece_size, gap, card_h, HOLDER_PX * scale)
    card_w = max(min(card_w, 2 * room.half_width(texts, count, measure)), w * 0.3)
    card = QRectF(center.x() - card_w / 2, center.y() - card_h / 2, card_w, card_h)
    points = tuple(
        QPointF(
            center.x() + rx * math.cos(seat_angle(i, count)),
            center.y() + ry * math.sin(seat_angle(i, count)),
        )
        for i in range(len(texts))
    )
    return Frame(
        width=w,
        height=h,
        scale=scale,
        count=count,
        center=center,
        rx=rx,
        ry=ry,
        seat_r=seat_r,
        spacing=spacing,
        gap=gap,
        piece_size=piece_size,
        piece_rx=piece_rx,
        piece_ry=piece_ry,
        card=card,
        points=points,
    )


@dataclass(frozen=True, slots=True)
class _CardRoom:
    center: QPointF
    rx: float
    ry: float
    piece_rx: float
    piece_size: float
    gap: float
    card_h: float
    holder_px: float

    def half_width(self, texts: Sequence[SeatText], count: int, measure: Measure) -> float:
        """How far the card may reach from the middle so that a seat at the sides, holding
        the piece, still has its name beside the piece, between the piece and the card."""
        half = math.inf
        for i, text in enumerate(texts):
            angle = seat_angle(i, count)
            cos, sin = math.cos(angle), math.sin(angle)
            if abs(cos) <= 0.8 or not text.short:
                continue
            height = measure.height(self.holder_px, True)
            y = self.center.y() + self.ry * sin
            if abs(y - self.center.y()) - height / 2 > self.card_h / 2 + self.gap:
                continue  # its name passes above or below the card
            piece_x = self.piece_rx * abs(cos) - self.piece_size / 2
            label_w = min(
                measure.width(text.short, self.holder_px, True), 260 * self.holder_px / HOLDER_PX
            )
            half = min(half, piece_x - 2 * self.gap - label_w - 4)
        return half
