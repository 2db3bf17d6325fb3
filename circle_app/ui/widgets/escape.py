"""Esc leaves a full-screen view (the circle, the quick prompt, the summary).

The main window's own Esc shortcut leaves full screen, and a window shortcut is served
before the focused widget sees the key. So a view claims Esc through the shortcut
override, except while the window is full screen: then the first Esc leaves full screen
and the next one leaves the view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


def claims_escape(view: QWidget, event: QEvent) -> bool:
    """Call from `view.event()`: True when Esc is the view's, as a key press."""
    if (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_Escape
        and not view.window().isFullScreen()
    ):
        event.accept()
        return True
    return False
