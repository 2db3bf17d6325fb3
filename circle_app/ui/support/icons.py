"""qtawesome icons, coloured for the current theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

_color = QColor("#26262e")


def set_icon_color(color: QColor) -> None:
    global _color
    _color = QColor(color)


def icon(name: str, color: QColor | None = None) -> QIcon:
    import qtawesome  # heavy: first used after the first frame

    result: QIcon = qtawesome.icon(name, color=(color or _color).name())
    return result
