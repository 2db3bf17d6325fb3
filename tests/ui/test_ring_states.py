"""Issue 14, finding 3 and the ring's part of "accessible to assistive technology":
seat states told apart by shape (in grey, as a colour-blind pupil or the back row sees
them), a legend the keeper toggles with L, a piece that is an icon sized to the seat,
and a ring that names its seats and announces the holder and the next."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.enums import CircleKind
from circle_app.ui.circle.ring.view import RingState, RingView, SeatView
from circle_app.ui.shell.controller import AppController
from circle_app.ui.support.theme import DARK, LIGHT, Theme, load_bundled_fonts

STATES = {
    "waiting": SeatView("", ""),
    "had the piece": SeatView("", "", spoke=True),
    "passed, offered again": SeatView("", "", waiting_again=True),
    "not here": SeatView("", "", present=False),
    "next": SeatView("", ""),
    "waiting too": SeatView("", ""),
}


@pytest.fixture(autouse=True)
def bundled_font(qapp: QApplication) -> Iterator[None]:
    before = qapp.font()
    qapp.setFont(QFont(load_bundled_fonts()))
    yield
    qapp.setFont(before)


def grey_seats(qtbot: QtBot, theme: Theme) -> dict[str, QImage]:
    """Each state's seat, painted by the ring and turned to grey."""
    view = RingView()
    qtbot.addWidget(view)
    view.set_theme(theme)
    view.resize(1366, 650)
    names = list(STATES)
    view.set_state(RingState(seats=tuple(STATES.values()), next=names.index("next")), travel=0)
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    crops = {}
    for index, name in enumerate(names):
        seat = view.ring_layout.seats[index]
        reach = int(seat.radius * 1.5)
        c = seat.center.toPoint()
        crops[name] = image.copy(QRect(c - QPoint(reach, reach), c + QPoint(reach, reach)))
    return crops


def strongly_different(a: QImage, b: QImage) -> float:
    """The share of pixels whose grey differs by more than a quarter of the range."""
    w, h = min(a.width(), b.width()), min(a.height(), b.height())
    differ = sum(
        1
        for y in range(h)
        for x in range(w)
        if abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value()) > 64
    )
    return differ / (w * h)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
def test_issue14_each_seat_state_has_its_own_shape_in_grey(qtbot: QtBot, theme: Theme) -> None:
    """Issue 14, finding 3: "passed, offered again" was a dotted grey ring hardly
    different from an untouched seat; states relied on colour alone."""
    crops = grey_seats(qtbot, theme)
    assert (
        strongly_different(crops["waiting"], crops["waiting too"]) < 0.012
    )  # the baseline: the same state twice
    states = [name for name in crops if name != "waiting too"]
    for i, a in enumerate(states):
        for b in states[i + 1 :]:
            share = strongly_different(crops[a], crops[b])
            assert share > 0.025, (a, b, share)  # three times the baseline


def test_issue14_the_piece_is_an_icon_sized_to_the_seat(qtbot: QtBot) -> None:
    """Issue 14, finding 3: the piece was a plain oval of about 20 px at 35 seats."""
    view = RingView()
    qtbot.addWidget(view)
    view.resize(1366, 650)
    seats = tuple(SeatView(f"Elev {i}", str(i)) for i in range(35))
    view.set_state(RingState(seats=seats, current=5), travel=0)
    piece = view.piece_rect()
    assert piece is not None
    diameter = 2 * view.ring_layout.seat_r
    assert piece.height() >= 28
    assert piece.height() >= 0.75 * diameter
    shots = []
    for theme in (LIGHT, DARK):
        view.set_theme(theme)
        image = view.grab(piece.toRect()).toImage()
        colours = {
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(image.height())
        }
        assert len(colours) > 12  # a drawn icon, not a flat oval
        assert theme.accent.name() in colours  # in the theme's colours
        shots.append(image)
    assert shots[0] != shots[1]


@pytest.fixture
def start(make_app: Callable[..., AppController], database_url: str) -> Callable[..., QWidget]:
    def begin(setup: CircleSetup) -> QWidget:
        controller = make_app(database_url)
        controller.start_circle(setup)
        screen = controller.circle_screen
        assert screen is not None
        return screen

    return begin


NAMES = ["Asta Hansen", "Luna Mikkelsen", "Liam Mortensen", "Emma Holm"]


def named_circle() -> CircleSetup:
    seats = tuple(Seat(i, name=name) for i, name in enumerate(NAMES))
    return CircleSetup(
        kind=CircleKind.PEACETIME,
        seats=seats,
        present=frozenset(range(len(seats))),
        start_seat=0,
        planned_rounds=2,
    )


def test_issue14_l_shows_and_hides_the_legend(start: Callable[..., QWidget], qtbot: QtBot) -> None:
    """Issue 14, finding 3: there was no legend; the keeper toggles it on a key."""
    screen = start(named_circle())
    ring = screen.findChild(RingView)
    assert ring is not None
    assert not ring.legend_visible
    assert ring.legend_rect() is None
    before = ring.grab().toImage()
    qtbot.keyClick(screen, Qt.Key.Key_L)
    assert ring.legend_visible
    legend = ring.legend_rect()
    assert legend is not None
    assert ring.ring_layout.card.contains(legend)
    after = ring.grab().toImage()
    assert before.copy(legend.toRect()) != after.copy(legend.toRect())  # shown on the board
    qtbot.keyClick(screen, Qt.Key.Key_L)
    assert not ring.legend_visible
    assert ring.grab().toImage() == before


def test_issue14_the_ring_names_its_seats_and_announces_the_holder_and_next(
    start: Callable[..., QWidget], qtbot: QtBot
) -> None:
    """Issue 14, accessible to assistive technology: the ring and every seat have an
    accessible name; the ring says who holds the piece and who is next."""
    screen = start(named_circle())
    ring = screen.findChild(RingView)
    assert ring is not None
    assert "4" in ring.accessibleName()
    assert "Asta Hansen has the piece" in ring.accessibleDescription()
    assert "Next: Luna Mikkelsen" in ring.accessibleDescription()
    seats = ring.findChildren(QWidget, "ringSeat")
    assert [seat.accessibleName() for seat in seats] == NAMES
    assert "has the piece" in seats[0].accessibleDescription()
    assert "next" in seats[1].accessibleDescription()
    qtbot.keyClick(screen, Qt.Key.Key_P)  # Asta passes
    assert "Luna Mikkelsen has the piece" in ring.accessibleDescription()
    assert "Next: Liam Mortensen" in ring.accessibleDescription()
    assert "offered again" in seats[0].accessibleDescription()
    qtbot.keyClick(screen, Qt.Key.Key_H)  # names hidden: seats say their number
    assert [seat.accessibleName() for seat in seats] == ["Seat 1", "Seat 2", "Seat 3", "Seat 4"]
    assert "Asta" not in ring.accessibleDescription()
