"""The app's icons: SVG files shipped in resources/icons, drawn in the current theme's colour.

An icon keeps qtawesome's name ("mdi6.feather" is resources/icons/mdi6/feather.svg, the
Material Design Icons SVG of the glyph qtawesome drew; `tools/icons.py` copies the ones the
code names from the npm package). It is drawn from the vector at the size and device pixel
ratio asked (crisp on a 4K board), filled with one colour; disabled, it is drawn faded.

An icon made without a colour follows the theme: it is drawn in the colour
`set_icon_color` set last, at the moment it is painted, so a button made before the
keeper switched to the dark theme is not left black on near-black (issue 14, finding 7).
One on a main button (`on_accent=True`) is drawn in the theme's colour for the accent,
like the button's text: the dark theme's light text colour is 1.7:1 on its orange."""

from __future__ import annotations

import logging
import math
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPixmap, QPixmapCache

from circle_app.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

_NAME = re.compile(r"(?P<prefix>[a-z][a-z0-9]*)\.(?P<glyph>[a-z0-9][a-z0-9-]*)")
DISABLED_OPACITY = 0.4  # a disabled control's icon: the same shape, clearly faded

_color = QColor("#26262e")
_on_accent = QColor("#26262e")


def set_icon_color(color: QColor, on_accent: QColor | None = None) -> None:
    """The theme's icon colours: on the background and cards, and on the accent (a main
    button's); the second stays as it was when not given."""
    global _color, _on_accent
    _color = QColor(color)
    if on_accent is not None:
        _on_accent = QColor(on_accent)


def icon_color(*, on_accent: bool = False) -> QColor:
    """The colour an icon made without one is drawn in now."""
    return QColor(_on_accent if on_accent else _color)


def icon_path(name: str) -> Path | None:
    """The SVG file of the icon called `name` ("mdi6.close"), or None for no such icon."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    path = resources_dir() / "icons" / match["prefix"] / f"{match['glyph']}.svg"
    return path if path.is_file() else None


def icon(name: str, color: QColor | None = None, *, on_accent: bool = False) -> QIcon:
    """The icon `name` in `color`, or in the theme's icon colour (for the accent, on a
    main button) when it is drawn; an unknown name gives an empty icon (and a line in the
    log), never a crash."""
    path = icon_path(name)
    if path is None:
        log.warning("no icon called %s", name)
        return QIcon()
    return QIcon(_SvgIcon(path, QColor(color) if color is not None else None, on_accent))


@cache
def _renderer(path: Path) -> QSvgRenderer:
    from PySide6.QtSvg import QSvgRenderer  # first needed after the first frame

    renderer = QSvgRenderer(str(path))
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    return renderer


def _drawn(path: Path, color: QColor, pixels: QSize) -> QImage:
    """The SVG rendered on `pixels` device pixels, every drawn pixel in `color` (its
    coverage kept as alpha, so the edges stay smooth)."""
    image = QImage(pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(path).render(painter)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), color)
    painter.end()
    return image


class _SvgIcon(QIconEngine):
    def __init__(self, path: Path, color: QColor | None, on_accent: bool) -> None:
        super().__init__()
        self._path, self._color, self._on_accent = path, color, on_accent

    def _ink(self, mode: QIcon.Mode) -> QColor:
        ink = (
            QColor(self._color)
            if self._color is not None
            else icon_color(on_accent=self._on_accent)
        )
        if mode == QIcon.Mode.Disabled:
            ink.setAlphaF(ink.alphaF() * DISABLED_OPACITY)
        return ink

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixels = QSize(math.ceil(size.width() * scale), math.ceil(size.height() * scale))
        if pixels.isEmpty():
            return QPixmap()
        ink = self._ink(mode)
        key = f"circle-icon:{self._path}:{ink.name(QColor.NameFormat.HexArgb)}:{pixels}"
        pixmap = QPixmap()
        if not QPixmapCache.find(key, pixmap):
            pixmap = QPixmap.fromImage(_drawn(self._path, ink, pixels))
            QPixmapCache.insert(key, pixmap)
        pixmap.setDevicePixelRatio(scale)  # the caller's copy, the cached one untouched
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        transform = painter.worldTransform()
        scale = (device.devicePixelRatioF() if device is not None else 1.0) * max(
            abs(transform.m11()), abs(transform.m22()), 1e-6
        )
        side = min(rect.width(), rect.height())
        square = QRect(0, 0, side, side)
        square.moveCenter(rect.center())
        painter.drawPixmap(square, self.scaledPixmap(square.size(), mode, state, scale))

    def isNull(self) -> bool:
        return False

    def key(self) -> str:
        return "circle-app-svg"

    def clone(self) -> QIconEngine:
        return _SvgIcon(self._path, self._color, self._on_accent)
