"""The conference tabs' shared shape: a list on the left, a form on the right, a refusal
line under it, and Remove … Save along the bottom."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget


def refusal_label() -> QLabel:
    """Where a rule of the method says no (M11, M13, M14), in words."""
    label = QLabel()
    label.setObjectName("refusal")
    label.setWordWrap(True)
    label.setProperty("error", True)  # the theme's error colour, 4.5:1 in both themes
    label.setStyleSheet("font-size: 14pt; font-weight: bold;")
    return label


def lay_out_editor(
    page: QWidget,
    left: QLayout,
    right_parts: Sequence[QWidget | QLayout],
    *,
    save: QPushButton,
    others: Sequence[QPushButton] = (),
) -> None:
    """List left (2 parts), editor right (3 parts); `others` left of the stretch, Save right."""
    buttons = QHBoxLayout()
    for button in others:
        buttons.addWidget(button)
    buttons.addStretch(1)
    buttons.addWidget(save)
    right = QVBoxLayout()
    for part in right_parts:
        if isinstance(part, QLayout):
            right.addLayout(part)
        else:
            right.addWidget(part)
    right.addStretch(1)
    right.addLayout(buttons)
    layout = QHBoxLayout(page)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.setSpacing(28)
    layout.addLayout(left, 2)
    layout.addLayout(right, 3)
