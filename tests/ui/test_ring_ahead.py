"""Issue 20, the circle's frame p99: the frame after a press paid for the new holder's
seat images (about 3 ms of 9 at 1080p). While the board is idle after a press, the ring
lays out the likely next press and paints its seats' images, so that press only replays
them; the picture stays the one painted from scratch (tests/ui/test_ring_cache.py)."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from circle_app.ui.circle.ring.view import RingState, RingView, SeatView
from tests.ui.test_ring_cache import assert_same_ring, picture


def lesson(current: int, count: int = 40) -> RingState:
    """The frame benchmark's circle: long labels, who spoke, one absent in 13 (the next
    seat is the following one present)."""
    seats = tuple(
        SeatView(label=f"Pupil name {i}", badge=f"P{i}", spoke=i < current, present=i % 13 != 5)
        for i in range(count)
    )
    return RingState(
        seats=seats,
        current=current,
        next=next(i for i in range(current + 1, 2 * count) if seats[i % count].present) % count,
        card_text="Which place in the world would you most like to visit – and why?",
        card_footer=f"Pupil name {current} has the piece",
    )


def board(qtbot: QtBot, size: tuple[int, int] = (1920, 1080)) -> RingView:
    view = RingView()
    qtbot.addWidget(view)
    view.resize(*size)
    return view


def test_issue20_an_idle_board_has_the_next_press_ready(qtbot: QtBot) -> None:
    view = board(qtbot)
    state = lesson(3)
    for _ in range(4):  # 4 -> 6 passes the absent seat 5
        view.set_state(state)
        view.finish_animation()
        picture(view)
        qtbot.waitUntil(lambda: not view.preparing_next_press)
        made = view.seat_images_made
        assert state.next is not None
        state = lesson(state.next)
        view.set_state(state)
        picture(view)
        assert view.seat_images_made == made, "the press painted seat images of its own"
        assert_same_ring(qtbot, view)


def test_issue20_a_press_before_the_board_was_idle_paints_its_own_images(qtbot: QtBot) -> None:
    """The other side of the test above: without idle time the press makes them."""
    view = board(qtbot)
    view.set_state(lesson(3))
    picture(view)
    made = view.seat_images_made
    view.set_state(lesson(4))
    picture(view)
    assert view.seat_images_made > made
    assert_same_ring(qtbot, view)


def test_issue20_a_wrong_guess_only_costs_the_images(qtbot: QtBot) -> None:
    """A pass instead of a turn (the guess was a turn): the picture is still right."""
    view = board(qtbot, (1366, 768))
    view.set_state(lesson(6, 12))
    picture(view)
    qtbot.waitUntil(lambda: not view.preparing_next_press)
    passed = lesson(7, 12)
    seats = tuple(
        dataclasses.replace(s, spoke=False, waiting_again=True) if i == 6 else s
        for i, s in enumerate(passed.seats)
    )
    view.set_state(dataclasses.replace(passed, seats=seats, next=9))
    assert_same_ring(qtbot, view)
