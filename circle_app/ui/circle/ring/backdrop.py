"""What the ring keeps of its background once the scene is painted (issue 20, peak memory).

The background is mostly its vertical gradient, which costs nothing to paint again in a
small clip; only the dashed ring, the card and the legend are dear to paint (the dashed
ring's stroke alone is 4 ms at 1080p, clipped or not). So the background is painted once,
straight into the scene, and cut into tiles of `TILE` device pixels; a tile whose pixels
are exactly the gradient's is dropped, the others are kept. A press restores the changed
seats' pixels from the gradient and the kept tiles: the very pixels the background had.
Before, a whole second board-sized picture was kept (8 MB at 1080p, 33 MB at 4K).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QImage, QLinearGradient, QPainter, QPixmap, QRegion

from circle_app.ui.support.theme import Theme

TILE = 64  # device pixels


def paint_gradient(painter: QPainter, theme: Theme, rect: QRect, span: tuple[int, int]) -> None:
    """The board's gradient over `rect`; `span` is (top, height) of the backdrop's."""
    top, height = span
    gradient = QLinearGradient(0, top, 0, top + height)
    gradient.setColorAt(0, theme.background_top)
    gradient.setColorAt(1, theme.background_bottom)
    painter.fillRect(rect, gradient)


class Backdrop:
    """The background's tiles that are more than the gradient.

    Made in two steps on the scene itself, so no second board-sized picture is ever
    made: `Backdrop(scene, ...)` once the scene holds only the gradient (it keeps one
    column of tiles of it, and notes which rows are one colour across), then
    `keep_tiles(scene)` once the rest of the background is painted over it."""

    def __init__(self, scene: QPixmap, theme: Theme, rect: QRect, span: tuple[int, int]) -> None:
        self._theme, self._rect, self._span = theme, rect, span
        self._ratio = scene.devicePixelRatio()
        # The runs of kept tiles side by side in a row: the (logical) pixels each touches,
        # where it goes, its pixels; and the pixels the runs cover whole.
        self._runs: list[tuple[QRect, QPointF, QPixmap]] = []
        self._covered = QRegion()
        image = scene.toImage()  # shares the scene's pixels until the scene is painted on
        self._column = image.copy(QRect(0, 0, min(TILE, image.width()), image.height()))
        self._rows = _plain_rows(image, None)

    def keep_tiles(self, scene: QPixmap) -> None:
        """Keep the tiles of the finished background that are not just the gradient."""
        image = scene.toImage()
        width, height = image.width(), image.height()
        still = _plain_rows(image, self._rows)
        for top in range(0, height, TILE):
            rows = min(TILE, height - top)
            if all(still[top : top + rows]):
                continue  # only the gradient all across
            plain = all(self._rows[top : top + rows])
            reference = self._column.copy(QRect(0, top, TILE, rows))
            kept = []
            for left in range(0, width, TILE):
                cut = QRect(left, top, min(TILE, width - left), rows)
                same = reference.copy(QRect(0, 0, cut.width(), rows))
                if not plain or image.copy(cut) != same:
                    kept.append(left // TILE)
            for first, last in _runs_of(kept):
                cut = QRect(first * TILE, top, min((last + 1) * TILE, width) - first * TILE, rows)
                self._keep(image.copy(cut), cut)
        del image  # before the scene is painted on, or its pixels would be copied
        self._column = QImage()

    def _keep(self, pixels: QImage, cut: QRect) -> None:
        ratio = self._ratio
        pixmap = QPixmap.fromImage(pixels)
        pixmap.setDevicePixelRatio(ratio)
        left, top = cut.left() / ratio, cut.top() / ratio
        right, bottom = (cut.right() + 1) / ratio, (cut.bottom() + 1) / ratio
        touched = QRect(
            QPoint(math.floor(left), math.floor(top)),
            QPoint(math.ceil(right) - 1, math.ceil(bottom) - 1),
        )
        whole = QRect(
            QPoint(math.ceil(left), math.ceil(top)),
            QPoint(math.floor(right) - 1, math.floor(bottom) - 1),
        )
        self._runs.append((touched, QPointF(left, top), pixmap))
        if not whole.isEmpty():
            self._covered += whole

    @property
    def kept_bytes(self) -> int:
        return sum(p.width() * p.height() * p.depth() // 8 for _, _, p in self._runs)

    def restore(self, painter: QPainter, region: QRegion) -> None:
        """Paint the background back into `region` (the painter is clipped to it)."""
        gap = region.subtracted(self._covered)
        if not gap.isEmpty():  # the gradient where no kept tile covers
            painter.save()
            painter.setClipRegion(gap, Qt.ClipOperation.IntersectClip)
            paint_gradient(painter, self._theme, self._rect, self._span)
            painter.restore()
        for touched, where, pixmap in self._runs:
            if region.intersects(touched):
                painter.drawPixmap(where, pixmap)


def _runs_of(columns: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7, 8] -> [(1, 3), (7, 8)]."""
    runs: list[tuple[int, int]] = []
    for column in columns:
        if runs and runs[-1][1] == column - 1:
            runs[-1] = (runs[-1][0], column)
        else:
            runs.append((column, column))
    return runs


def _plain_rows(image: QImage, colours: list[bytes | None] | None) -> list[bytes | None]:
    """Per row of `image`: its one colour's bytes if the whole row is that colour (and,
    given `colours`, the same as there), else None."""
    depth, width, line = image.depth() // 8, image.width(), image.bytesPerLine()
    if image.depth() % 8 or width == 0:
        return [None] * image.height()
    bits = image.constBits()
    plain: list[bytes | None] = []
    for y in range(image.height()):
        row = bytes(bits[y * line : y * line + width * depth])
        colour = row[:depth]
        known = colour if colours is None else colours[y]
        plain.append(colour if known == colour and row == colour * width else None)
    return plain
