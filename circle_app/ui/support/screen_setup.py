"""Which screen is the board (issue 18): the screens as the OS names them, and the choice.

A *set-up* is the sorted list of the attached screens' names ("eDP-1", "HDMI-1"): the same
laptop at the same board is the same set-up every morning, so the choice made once in the
settings is found again. Without a saved choice, the board is the largest screen other than
the one the keeper's window is on (a tie goes to a screen that is not the primary one: the
laptop's own display is usually the primary).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QScreen

#: The saved choice "one window, the board mirrors the laptop" (no screen is named so).
ONE_WINDOW = ":one-window"


@dataclass(frozen=True)
class ScreenInfo:
    """What the choice needs of a screen: its name, its size in pixels, whether primary."""

    name: str
    width: int
    height: int
    primary: bool = False

    @property
    def pixels(self) -> int:
        return self.width * self.height


def info(screen: QScreen) -> ScreenInfo:
    """A QScreen as the choice sees it: its size in device pixels (a 4K board is larger
    than a laptop even when both show the same logical size)."""
    size = screen.geometry().size() * screen.devicePixelRatio()
    return ScreenInfo(
        screen.name(),
        size.width(),
        size.height(),
        screen is QGuiApplication.primaryScreen(),
    )


def setup_key(screens: Sequence[ScreenInfo]) -> str:
    """The set-up: the screens' names, sorted, one string (the settings' key)."""
    return "\n".join(sorted(screen.name for screen in screens))


def current_setup() -> str:
    """The set-up attached now."""
    return setup_key([info(screen) for screen in QGuiApplication.screens()])


def choose_board(
    screens: Sequence[ScreenInfo], keeper: int | None, saved: str | None
) -> int | None:
    """The board screen's place in `screens`, or None for one window.

    `keeper` is the place of the screen the keeper's window is on (two screens may have
    the same name: Xvfb calls every X screen "screen"); `saved` the choice remembered for
    this set-up (a screen's name or ONE_WINDOW), None when nothing is. A saved screen is
    the board, even the keeper's own: the keeper's window then moves."""
    if len(screens) < 2 or saved == ONE_WINDOW:
        return None
    places = range(len(screens))
    if saved is not None:
        named = [i for i in places if screens[i].name == saved]
        if named:
            return next((i for i in named if i != keeper), named[0])
    others = [i for i in places if i != keeper]
    return max(others, key=lambda i: (screens[i].pixels, not screens[i].primary))
