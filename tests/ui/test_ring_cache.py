"""Issue 20, the circle's frame time: the ring paints its seats from cached images and
laid-out text, and patches its cached scene on a press. What the class sees must be
the same picture as the ring painted from scratch (`RingView(cached=False)`), after every
change that could leave a stale ring: the seats' states, a pass, arrivals and leavings, a
seat's label, the theme, the size, the device pixel ratio and the language.

Tolerance: a colour channel may differ by at most 3 of 255 (compositing a seat's image
rounds a channel by a step or two; a stale seat, name or legend differs by far more)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from circle_app.ui.circle.ring.view import RingState, RingView, SeatView, StageView
from circle_app.ui.support.theme import DARK, LIGHT, Theme

TOLERANCE = 3
NAMES = ("Ahmad", "Bodil Kristensen", "Carla", "Dunja", "Emil Nørgaard", "Freja", "Gustav")


def ring_state(count: int, current: int) -> RingState:
    seats = tuple(
        SeatView(
            label=f"{NAMES[i % len(NAMES)]} {i}",
            badge=NAMES[i % len(NAMES)][:2],
            spoke=i < current,
            present=i % 9 != 4,
        )
        for i in range(count)
    )
    return RingState(
        seats=seats,
        current=current,
        next=(current + 1) % count,
        card_header="Round 2 of 4",
        card_text="Which place in the world would you most like to visit?",
        card_footer=f"Seat {current} has the piece",
        stages=(StageView("Story", "done"), StageView("Harm", "current")),
        info="Peace circle · 4.B",
        timer_fraction=0.3,
    )


class TwiceAsDense(RingView):
    """A ring on a screen of device pixel ratio 2 (offscreen Qt has only 1)."""

    ratio = 2.0

    def devicePixelRatioF(self) -> float:
        return self.ratio


def picture(view: RingView, ratio: float = 1.0) -> QImage:
    """What the ring paints, at `ratio` device pixels per pixel."""
    image = QImage(
        int(view.width() * ratio), int(view.height() * ratio), QImage.Format.Format_RGB32
    )
    image.setDevicePixelRatio(ratio)
    view.render(image)
    return image


def from_scratch(
    qtbot: QtBot, view: RingView, ratio: float = 1.0, cls: type[RingView] = RingView
) -> QImage:
    """The same ring painted without any cache, in a view that never saw another state."""
    fresh = cls(cached=False)
    qtbot.addWidget(fresh)
    fresh.set_theme(view.theme)
    fresh.resize(view.size())
    fresh.set_legend_visible(view.legend_visible)
    fresh.set_state(view.state, travel=0)
    return picture(fresh, ratio)


def largest_difference(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    a, b = a.convertToFormat(QImage.Format.Format_RGB32), b.convertToFormat(a.format())
    return max((abs(x - y) for x, y in zip(a.constBits(), b.constBits(), strict=True)), default=0)


def assert_same_ring(qtbot: QtBot, view: RingView, ratio: float = 1.0) -> None:
    view.finish_animation()
    cls = type(view)
    difference = largest_difference(picture(view, ratio), from_scratch(qtbot, view, ratio, cls))
    assert difference <= TOLERANCE, f"the cached ring differs by {difference} from a fresh one"


def ring(qtbot: QtBot, theme: Theme = LIGHT, size: tuple[int, int] = (1366, 650)) -> RingView:
    view = RingView()
    qtbot.addWidget(view)
    view.set_theme(theme)
    view.resize(*size)
    return view


@pytest.mark.parametrize("count", [12, 35])
@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_cached_ring_is_the_uncached_ring_through_a_round(
    qtbot: QtBot, count: int, theme: Theme
) -> None:
    """Each press patches the cached scene; after each the ring is the one painted anew."""
    view = ring(qtbot, theme, (1920, 1080) if count == 35 else (1366, 768))
    view.set_state(ring_state(count, 0))
    picture(view)
    for current in (1, 2, 3):
        view.set_state(ring_state(count, current))
        assert_same_ring(qtbot, view)


def test_cached_ring_shows_a_pass_and_the_piece_coming_back(qtbot: QtBot) -> None:
    view = ring(qtbot)
    first = ring_state(12, 2)
    view.set_state(first)
    picture(view)
    passed = tuple(
        dataclasses.replace(seat, waiting_again=i == 2) for i, seat in enumerate(first.seats)
    )
    view.set_state(dataclasses.replace(first, seats=passed, current=3, next=4))
    assert_same_ring(qtbot, view)
    view.set_state(first, travel=0)  # undo
    assert_same_ring(qtbot, view)


def test_cached_ring_shows_arrivals_and_leavings(qtbot: QtBot) -> None:
    view = ring(qtbot)
    state = ring_state(12, 3)
    view.set_state(state)
    picture(view)
    gone = tuple(dataclasses.replace(s, present=i != 6) for i, s in enumerate(state.seats))
    view.set_state(dataclasses.replace(state, seats=gone))  # a pupil leaves the room
    assert_same_ring(qtbot, view)
    view.set_state(state)  # and comes back
    assert_same_ring(qtbot, view)
    view.set_state(ring_state(13, 3))  # a pupil joins the circle
    assert_same_ring(qtbot, view)


def test_cached_ring_shows_a_changed_seat_label(qtbot: QtBot) -> None:
    view = ring(qtbot)
    state = ring_state(12, 3)
    view.set_state(state)
    picture(view)
    renamed = tuple(
        dataclasses.replace(s, label="Zoë Andersen-Lund", badge="ZA") if i == 7 else s
        for i, s in enumerate(state.seats)
    )
    view.set_state(dataclasses.replace(state, seats=renamed))
    assert_same_ring(qtbot, view)


def test_cached_ring_follows_a_theme_change(qtbot: QtBot) -> None:
    view = ring(qtbot, LIGHT)
    view.set_state(ring_state(12, 3))
    picture(view)
    view.set_theme(DARK)
    assert_same_ring(qtbot, view)
    view.set_theme(LIGHT)
    assert_same_ring(qtbot, view)


def test_cached_ring_follows_a_resize(qtbot: QtBot) -> None:
    view = ring(qtbot, size=(1366, 768))
    view.set_state(ring_state(35, 3))
    picture(view)
    view.resize(1920, 1080)
    assert_same_ring(qtbot, view)
    view.resize(1366, 768)
    assert_same_ring(qtbot, view)


def test_cached_ring_is_sharp_and_right_at_device_pixel_ratio_2(qtbot: QtBot) -> None:
    view = TwiceAsDense()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.set_state(ring_state(12, 3))
    assert_same_ring(qtbot, view, ratio=2.0)


def test_cached_ring_follows_the_window_to_a_denser_screen(qtbot: QtBot) -> None:
    """Moved to a screen of another device pixel ratio, the ring is painted for it."""
    view = TwiceAsDense()
    qtbot.addWidget(view)
    view.ratio = 1.0
    view.resize(1366, 768)
    view.set_state(ring_state(12, 3))
    picture(view)
    view.ratio = 2.0
    assert_same_ring(qtbot, view, ratio=2.0)


def test_cached_ring_legend_follows_a_language_switch(qtbot: QtBot, qapp: QApplication) -> None:
    """The legend's words are painted in the cached background: Danish at once."""
    view = ring(qtbot)
    view.set_legend_visible(True)
    view.set_state(ring_state(12, 3))
    english = picture(view)
    danish = QTranslator()
    folder = Path(__file__).parents[2] / "resources" / "translations"
    assert danish.load(str(folder / "circle_app_da.qm"))
    QCoreApplication.installTranslator(danish)
    try:
        assert QCoreApplication.translate("RingLegend", "Has the piece") != "Has the piece"
        view.update()
        assert largest_difference(picture(view), english) > TOLERANCE
        assert_same_ring(qtbot, view)
    finally:
        QCoreApplication.removeTranslator(danish)


def test_cached_ring_at_4k_leaves_no_trace_of_the_next_seats_ring(qtbot: QtBot) -> None:
    """At 4K the "next" seat's bold outer ring reaches beyond the seat; a press that
    moves "next" on must take it all away (the patch covers what each seat paints)."""
    view = ring(qtbot, size=(3840, 2160))
    view.set_state(ring_state(12, 0))
    picture(view)
    view.set_state(ring_state(12, 1))
    assert_same_ring(qtbot, view)
