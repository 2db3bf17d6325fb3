"""Two screens: what the class sees on the board, and what only the keeper sees (issue 18).

A screen with something for the class implements `Presentable`. With one screen it lays its
board widget out itself, as the board always looked. When a second screen is the board, the
shell's presenter moves the screen's board widget into the board window (full screen on the
board) and calls `set_presenting(True)`: the screen then shows the keeper's view in its place
on the laptop. When the board goes (unplugged, or F6 closes the board window) the presenter
calls `set_presenting(False)` and the widget comes back. The widget is created once and kept
up to date by its screen wherever it is shown, so nothing is lost in the move.

Nothing that is for the keeper only (M7) is ever inside the board widget: who passed, the
per-person summary, notes on the plan, the next prompts, the timer's figures.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget


@runtime_checkable
class Presentable(Protocol):
    def board_widget(self) -> QWidget:
        """What the class sees; the same widget every call, owned by the screen."""
        ...

    def set_presenting(self, presenting: bool) -> None:
        """True: the board widget is now in the board window, show the keeper's view.
        False: the board widget has been handed back; lay it out as the one-screen board."""
        ...


def presentable(screen: QWidget | None) -> Presentable | None:
    """The screen as a Presentable, or None for a screen with nothing for the board."""
    return screen if isinstance(screen, Presentable) else None
