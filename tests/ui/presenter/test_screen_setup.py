"""Issue 18, finding 1: which screen is the board, remembered per screen set-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from circle_app.ui.support.screen_setup import ONE_WINDOW, ScreenInfo, choose_board, setup_key
from circle_app.ui.support.settings import Settings

LAPTOP = ScreenInfo("eDP-1", 1366, 768, primary=True)
BOARD = ScreenInfo("HDMI-1", 3840, 2160)
PROJECTOR = ScreenInfo("DP-2", 1920, 1080)


def test_one_screen_is_one_window() -> None:
    """issue 18, finding 1: a laptop alone keeps the one window it always had."""
    assert choose_board([LAPTOP], 0, None) is None


def test_the_board_is_the_largest_screen_the_keeper_is_not_on() -> None:
    """issue 18, finding 1: with a second screen, the larger other screen is the board."""
    screens = [LAPTOP, PROJECTOR, BOARD]
    assert choose_board(screens, 0, None) == 2
    assert choose_board(screens, 2, None) == 1


def test_a_tie_goes_to_the_screen_that_is_not_primary() -> None:
    """issue 18, finding 1: two equal screens: the board is the one that is not primary."""
    primary = ScreenInfo("A", 1920, 1080, primary=True)
    other = ScreenInfo("B", 1920, 1080)
    assert choose_board([primary, other], None, None) == 1
    assert choose_board([other, primary], None, None) == 0


def test_screens_of_the_same_name_are_told_apart_by_place() -> None:
    """issue 18, finding 1: Xvfb names every X screen "screen": the keeper's is not the
    board, even when it is the larger."""
    big = ScreenInfo("screen", 1920, 1080, primary=True)
    small = ScreenInfo("screen", 1366, 768)
    assert choose_board([big, small], 0, None) == 1
    assert choose_board([big, small], 0, "screen") == 1


def test_a_saved_choice_wins_and_one_window_can_be_chosen() -> None:
    """issue 18, finding 1: the screen chosen in the settings is the board, or none."""
    assert choose_board([LAPTOP, PROJECTOR, BOARD], 0, "DP-2") == 1
    assert choose_board([LAPTOP, BOARD], 0, ONE_WINDOW) is None
    assert choose_board([LAPTOP, BOARD], 0, "eDP-1") == 0  # the keeper's own: it moves
    # A saved screen that is not attached today: the default again.
    assert choose_board([LAPTOP, BOARD], 0, "DP-2") == 1


def test_the_choice_is_remembered_per_set_up(tmp_path: Path) -> None:
    """issue 18, finding 1: the same screens find their choice again, other screens not."""
    ini = str(tmp_path / "s.ini")
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    at_school = setup_key([BOARD, LAPTOP])
    assert at_school == setup_key([LAPTOP, BOARD])  # the order the OS lists them in: same
    settings.set_board_screen(at_school, ONE_WINDOW)
    settings.set_board_screen(setup_key([LAPTOP, PROJECTOR]), "DP-2")
    again = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert again.board_screen(at_school) == ONE_WINDOW
    assert again.board_screen(setup_key([LAPTOP, PROJECTOR])) == "DP-2"
    assert again.board_screen(setup_key([LAPTOP])) is None
    again.set_board_screen(at_school, None)
    assert again.board_screen(at_school) is None
