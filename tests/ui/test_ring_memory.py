"""Issue 20, peak memory with a circle open (goal <= 2.0x a bare window, met by a hair):
the ring kept two board-sized pictures, its background and its scene (8 MB each at
1080p). It keeps one, the scene, and of the background only the tiles that are more than
its gradient; a press restores the changed seats' pixels from those tiles and the
gradient. What the class sees must stay exactly the picture the ring builds afresh."""

from __future__ import annotations

import dataclasses

import pytest
from pytestqt.qtbot import QtBot

from circle_app.ui.circle.ring.view import RingView
from circle_app.ui.support.theme import DARK, LIGHT, Theme
from tests.ui.test_ring_cache import (
    TwiceAsDense,
    assert_same_ring,
    largest_difference,
    picture,
    ring,
    ring_state,
)

SIZES = [(1366, 768), (1920, 1080)]


def board_picture_bytes(view: RingView, ratio: float = 1.0) -> int:
    return int(view.width() * ratio) * int(view.height() * ratio) * 4


def a_round(view: RingView, count: int) -> None:
    """Four presses and a pass, each painted (so each patches the kept scene)."""
    for current in (0, 1, 2, 3):
        view.set_state(ring_state(count, current))
        view.finish_animation()
        picture(view)
    state = ring_state(count, 4)
    passed = tuple(dataclasses.replace(s, waiting_again=i == 3) for i, s in enumerate(state.seats))
    view.set_state(dataclasses.replace(state, seats=passed))
    view.finish_animation()


@pytest.mark.parametrize("size", SIZES, ids=["1366", "1080p"])
@pytest.mark.parametrize("count", [12, 35])
def test_issue20_the_ring_keeps_one_board_sized_picture(
    qtbot: QtBot, size: tuple[int, int], count: int
) -> None:
    """Issue 20, peak memory: through a round the ring keeps at most one board-sized
    picture and a part of another (it kept two: 8 MB each at 1080p)."""
    view = ring(qtbot, LIGHT, size)
    a_round(view, count)
    picture(view)
    assert 0 < view.picture_bytes <= 1.5 * board_picture_bytes(view)


def test_issue20_the_ring_keeps_one_picture_at_device_pixel_ratio_2(qtbot: QtBot) -> None:
    view = TwiceAsDense()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    a_round(view, 12)
    picture(view, 2.0)
    assert 0 < view.picture_bytes <= 1.5 * board_picture_bytes(view, 2.0)
    assert_same_ring(qtbot, view, ratio=2.0)


@pytest.mark.parametrize("size", SIZES, ids=["1366", "1080p"])
@pytest.mark.parametrize("count", [12, 35])
@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_issue20_a_patched_ring_is_exactly_the_ring_built_afresh(
    qtbot: QtBot, size: tuple[int, int], count: int, theme: Theme
) -> None:
    """Issue 20: after a round of presses and a pass, patched from what the ring keeps,
    the picture is the very same pixels as a ring that only ever saw this state (and
    within the caches' tolerance of one painted without any cache)."""
    view = ring(qtbot, theme, size)
    view.set_legend_visible(count == 12)
    a_round(view, count)
    fresh = ring(qtbot, theme, size)
    fresh.set_legend_visible(view.legend_visible)
    fresh.set_state(view.state, travel=0)
    assert largest_difference(picture(view), picture(fresh)) == 0
    assert_same_ring(qtbot, view)
