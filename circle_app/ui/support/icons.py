"""qtawesome icons, drawn in the current theme's colour.

An icon made without a colour follows the theme: it is drawn in the colour
`set_icon_color` set last, at the moment it is painted, so a button made before the
keeper switched to the dark theme is not left black on near-black (issue 14, finding 7)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap

_color = QColor("#26262e")
_drawn: dict[tuple[str, str], QIcon] = {}  # (name, colour): qtawesome's icon, made once


def set_icon_color(color: QColor) -> None:
    global _color
    _color = QColor(color)


def icon_color() -> QColor:
    """The colour an icon made without one is drawn in now."""
    return QColor(_color)


def icon(name: str, color: QColor | None = None) -> QIcon:
    return QIcon(_ThemedIcon(name, QColor(color) if color is not None else None))


def _drawn_icon(name: str, color: QColor) -> QIcon:
    key = (name, color.name(QColor.NameFormat.HexArgb))
    if key not in _drawn:
        import qtawesome  # heavy: first used after the first frame

        _drawn[key] = qtawesome.icon(name, color=color.name())
    return _drawn[key]


class _ThemedIcon(QIconEngine):
    def __init__(self, name: str, color: QColor | None) -> None:
        super().__init__()
        self._name, self._color = name, color

    def _icon(self) -> QIcon:
        return _drawn_icon(self._name, self._color if self._color is not None else _color)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._icon().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._icon().pixmap(size, mode, state)

    def clone(self) -> QIconEngine:
        return _ThemedIcon(self._name, self._color)
