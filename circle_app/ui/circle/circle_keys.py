"""The circle screen's keys: the board's, the laptop's and the presenter remote's.

The same table serves both windows: the board window forwards its key presses to the
circle screen (issue 18), so a key does the same wherever the focus is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from circle_app.ui.circle.circle_screen import CircleScreen

K = Qt.Key
NEXT_KEYS = (K.Key_PageDown, K.Key_Right, K.Key_Space, K.Key_Down)
BACK_KEYS = (K.Key_PageUp, K.Key_Left, K.Key_Up)


def circle_key_action(screen: CircleScreen, key: int) -> Callable[[], object] | None:
    """What `key` does on the circle screen, or None for a key it leaves alone."""
    if key in NEXT_KEYS:
        return screen.advance
    if key in BACK_KEYS:
        return screen.undo
    actions: dict[int, Callable[[], object]] = {
        K.Key_P: screen.pass_turn,
        K.Key_N: screen.new_prompt,
        K.Key_R: screen.read_aloud,
        K.Key_H: lambda: screen.set_hide_names(not screen.hide_names),
        K.Key_O: screen.toggle_mode,
        K.Key_L: screen.toggle_legend,
        K.Key_A: screen.add_seat,
        K.Key_Plus: screen.add_seat,
        K.Key_Escape: screen.pause,
    }
    return actions.get(key)
