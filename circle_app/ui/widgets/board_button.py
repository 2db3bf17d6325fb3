"""The big bottom-of-the-board buttons the circle and conversation screens share."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy

from circle_app.ui.support.icons import icon


class BoardButton(QPushButton):
    """A touch button that leaves the keyboard focus (and so the remote) with the board."""

    def __init__(self, icon_name: str, text: str, *, primary: bool = False) -> None:
        super().__init__(icon(icon_name, on_accent=primary), text)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setProperty("primary", primary)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.scale_to(1.0)

    def scale_to(self, scale: float) -> None:
        """Controls grow with the board (a 4K board without OS scaling still gets big ones)."""
        self.setMinimumHeight(round(64 * scale))
        self.setMinimumWidth(round(150 * scale))
        self.setIconSize(QSize(round(30 * scale), round(30 * scale)))
        font = self.font()
        font.setPointSizeF(17 * scale)
        self.setFont(font)
