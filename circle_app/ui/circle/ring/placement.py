"""Placing names: the candidate places around a seat, and a grid of what is taken."""

from __future__ import annotations

import math
from collections.abc import Iterator

from PySide6.QtCore import QPointF

CELL = 48.0  # the occupancy grid's cell, in pixels

Box = tuple[float, float, float, float]  # left, top, right, bottom


class Occupied:
    """Boxes and circles already taken, bucketed on a grid so a check looks nearby only."""

    def __init__(self, cell: float = CELL) -> None:
        """cell: the grid's cell in pixels (larger on a larger ring: fewer cells a box)."""
        self._cells: dict[tuple[int, int], list[tuple[bool, Box]]] = {}
        self._cell = cell

    def _span(self, box: Box) -> Iterator[tuple[int, int]]:
        cell = self._cell
        for cx in range(math.floor(box[0] / cell), math.floor(box[2] / cell) + 1):
            for cy in range(math.floor(box[1] / cell), math.floor(box[3] / cell) + 1):
                yield cx, cy

    def copy(self) -> Occupied:
        other = Occupied(self._cell)
        other._cells = {cell: list(items) for cell, items in self._cells.items()}
        return other

    def add_box(self, box: Box) -> None:
        for cell in self._span(box):
            self._cells.setdefault(cell, []).append((False, box))

    def remove_box(self, box: Box) -> None:
        for cell in self._span(box):
            self._cells[cell].remove((False, box))

    def add_circle(self, x: float, y: float, r: float) -> None:
        box = (x - r, y - r, x + r, y + r)
        for cell in self._span(box):
            self._cells.setdefault(cell, []).append((True, box))

    def hits(self, box: Box) -> bool:
        for cell in self._span(box):
            for is_circle, other in self._cells.get(cell, ()):
                if is_circle:
                    r = (other[2] - other[0]) / 2
                    cx, cy = other[0] + r, other[1] + r
                    nx, ny = min(max(cx, box[0]), box[2]), min(max(cy, box[1]), box[3])
                    if (nx - cx) ** 2 + (ny - cy) ** 2 < r * r:
                        return True
                elif (
                    box[0] < other[2]
                    and other[0] < box[2]
                    and box[1] < other[3]
                    and other[1] < box[3]
                ):
                    return True
        return False


def candidates(
    point: QPointF,
    angle: float,
    radius: float,
    w: float,
    h: float,
    gap: float,
    piece: Box | None,
) -> Iterator[Box]:
    """Places for a w x h name around a seat, the most natural first."""
    x, y = point.x(), point.y()
    cos, sin = math.cos(angle), math.sin(angle)
    outward = 1.0 if cos >= 0 else -1.0  # away from the ring's vertical axis
    lefts = (
        x - w / 2,
        x - w / 2 + outward * (w / 2 - radius * 0.6),
        x - w / 2 - outward * (w / 2 - radius * 0.6),
    )
    if piece is not None:  # only a seat beside the piece may put its name beyond it
        px, py, side = (piece[0] + piece[2]) / 2, (piece[1] + piece[3]) / 2, piece[2] - piece[0]
        if abs(py - y) > 2.5 * radius + h or abs(px - x) > 4 * radius + side:
            piece = None
    above = [(left, y - radius - gap - h) for left in lefts]
    below = [(left, y + radius + gap) for left in lefts]
    if cos > 0:
        inside = [(x - radius - gap - w, y - h / 2)]
        if piece is not None:
            inside.append((piece[0] - gap - w, y - h / 2))
        outside = [(x + radius + gap, y - h / 2)]
    else:
        inside = [(x + radius + gap, y - h / 2)]
        if piece is not None:
            inside.append((piece[2] + gap, y - h / 2))
        outside = [(x - radius - gap - w, y - h / 2)]
    if abs(cos) > 0.8:
        order = inside + outside + (above + below if sin < 0 else below + above)
    elif sin < 0:
        order = above + inside + outside + below
    else:
        order = below + inside + outside + above
    for left, top in order:
        yield (left, top, left + w, top + h)
