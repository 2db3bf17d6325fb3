"""Issue 20, the ring on a live resize: the names' one size for the circle
(`ring/names.circle_names`, 46-112 ms) was worked out again at every new board size, so
dragging the window to the board, or a projector changing mode, stalled at every resize
event. While the size is changing the ring keeps its names' size and forms, moved with
their seats; once the size has settled it works them out once, and the picture is then
the one a ring of that size shows from the start."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from circle_app.ui.circle.ring.view import RingView
from circle_app.ui.support.theme import DARK, LIGHT, Theme
from tests.ui.test_ring_cache import assert_same_ring, largest_difference, picture, ring_state


def shown_ring(qtbot: QtBot, theme: Theme, count: int) -> tuple[QWidget, RingView]:
    """A ring in a window on screen (a child widget resizes at once, like a laid-out one)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(2000, 1200)
    view = RingView(window)
    view.set_backdrop(view)  # its gradient its own, as a ring alone has it
    view.set_theme(theme)
    view.resize(1366, 650)
    view.set_state(ring_state(count, 3))
    window.show()
    qtbot.waitExposed(window)
    picture(view)
    return window, view


def fresh_ring(qtbot: QtBot, like: RingView) -> RingView:
    fresh = RingView()
    qtbot.addWidget(fresh)
    fresh.set_theme(like.theme)
    fresh.resize(like.size())
    fresh.set_state(like.state, travel=0)
    return fresh


def test_issue20_a_burst_of_resizes_works_the_names_out_once(qtbot: QtBot) -> None:
    """Issue 20: twelve resizes in a row, each painted (a window dragged to the board),
    work the names' size out once, after the last; then the ring is the fresh one."""
    _, view = shown_ring(qtbot, LIGHT, 35)
    before = view.names_worked_out
    for step in range(1, 13):
        view.resize(1366 + 46 * step, 650 + 35 * step)
        picture(view)
        assert view.names_worked_out == before  # nothing worked out while it changes
    qtbot.waitUntil(lambda: not view.resizing)
    picture(view)
    assert view.names_worked_out == before + 1
    assert largest_difference(picture(view), picture(fresh_ring(qtbot, view))) == 0
    assert_same_ring(qtbot, view)


def test_issue20_a_press_while_resizing_is_shown_and_the_settled_ring_is_right(
    qtbot: QtBot,
) -> None:
    """A press in the middle of a resize shows the new holder at once; once the size has
    settled the ring is the fresh one (dark, 12 seats, down to a 1366 laptop)."""
    window, view = shown_ring(qtbot, DARK, 12)
    window.resize(2000, 1200)
    view.resize(1920, 1000)
    qtbot.waitUntil(lambda: not view.resizing)
    before = view.names_worked_out
    view.resize(1700, 900)
    view.set_state(ring_state(12, 4))
    view.finish_animation()
    picture(view)
    assert view.ring_layout.holder == 4
    view.resize(1366, 700)
    qtbot.waitUntil(lambda: not view.resizing)
    assert view.names_worked_out == before + 1
    assert largest_difference(picture(view), picture(fresh_ring(qtbot, view))) == 0


def test_issue20_a_ring_not_on_screen_is_laid_out_at_once_for_its_size(qtbot: QtBot) -> None:
    """Resized before it is shown (the circle screen opening), the ring does not wait:
    its first frame already has the names for its size."""
    view = RingView()
    qtbot.addWidget(view)
    view.set_state(ring_state(35, 3))
    before = view.names_worked_out
    view.resize(1366, 650)
    first_frame = picture(view)
    assert not view.resizing
    assert view.names_worked_out == before + 1
    assert largest_difference(first_frame, picture(fresh_ring(qtbot, view))) == 0


def test_issue20_a_ring_laid_out_again_before_its_first_frame_shows_its_own_names(
    qtbot: QtBot,
) -> None:
    """The circle screen opening on a 1080p board lays the ring out twice before its
    first frame (the screen's last rows arrive): nothing is on screen to keep, so that
    first frame already has the names worked out for its size, not moved ones."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(2000, 1200)
    view = RingView(window)
    view.set_backdrop(view)
    view.resize(1918, 958)
    view.set_state(ring_state(35, 3))
    window.show()  # on screen, not painted yet
    before = view.names_worked_out
    view.resize(1918, 938)
    assert not view.resizing
    assert view.names_worked_out == before + 1
    assert largest_difference(picture(view), picture(fresh_ring(qtbot, view))) == 0
