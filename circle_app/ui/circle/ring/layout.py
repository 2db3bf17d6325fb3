"""Where everything on the ring goes: seats on an ellipse, the card, the piece, the names.

Pure geometry: text is measured through a `Measure` the view supplies (font metrics), so
the layout is computed, and tested, without painting. The ring's shape is `geometry`'s;
the names' places, at one size and form for the whole circle, are `names`' (issue 14,
issue 20): `compute_layout` puts the two together for one holder.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from circle_app.ui.circle.ring.geometry import (
    HOLDER_GROWTH,
    HOLDER_PX,
    NAME_PX,
    SIZE_STEPS,
    Frame,
    Measure,
    SeatText,
    ring_frame,
    seat_angle,
)
from circle_app.ui.circle.ring.names import CircleNames, circle_names, holder_names

__all__ = [
    "HOLDER_GROWTH",
    "HOLDER_PX",
    "NAME_PX",
    "SIZE_STEPS",
    "CircleNames",
    "Frame",
    "Measure",
    "RingLayout",
    "SeatGeometry",
    "SeatText",
    "circle_names",
    "compute_layout",
    "ring_frame",
    "seat_angle",
]


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


def compute_layout(
    width: float,
    height: float,
    texts: Sequence[SeatText],
    holder: int | None,
    measure: Measure,
    obstacles: Sequence[QRectF] = (),
    *,
    frame: Frame | None = None,
    names: CircleNames | None = None,
) -> RingLayout:
    """The ring while `holder` holds the piece. `frame` and `names` are the circle's, the
    same for every holder (`ring_frame`, `circle_names`): pass them to spare their cost."""
    if frame is None:
        frame = ring_frame(width, height, texts, measure)
    spots = tuple((r.left(), r.top(), r.right(), r.bottom()) for r in obstacles)
    if names is None:
        names = circle_names(frame, texts, measure, spots)
    if holder is not None and holder >= len(texts):
        holder = None
    placed, _ = holder_names(frame, texts, measure, spots, names, holder)
    scale = frame.scale
    seats = []
    for i, point in enumerate(frame.points):
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
                center=point,
                radius=frame.seat_r * (HOLDER_GROWTH if i == holder else 1.0),
                label=label,
                text="" if entry is None else entry[1],
                pixel_size=names.pixel_size if entry is None else entry[2],
                bold=entry is not None and entry[3],
            )
        )
    piece = None
    if holder is not None:
        point, side = frame.piece_point(seat_angle(holder, frame.count)), frame.piece_size
        piece = QRectF(point.x() - side / 2, point.y() - side / 2, side, side)
    return RingLayout(
        width=frame.width,
        height=frame.height,
        scale=scale,
        center=frame.center,
        rx=frame.rx,
        ry=frame.ry,
        seat_r=frame.seat_r,
        piece_rx=frame.piece_rx,
        piece_ry=frame.piece_ry,
        piece_size=frame.piece_size,
        card=frame.card,
        seats=tuple(seats),
        holder=holder,
        bounds=tuple(_bounds(seat, i == holder, scale) for i, seat in enumerate(seats)),
        piece=piece,
    )
