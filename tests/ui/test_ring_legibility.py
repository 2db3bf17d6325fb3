"""The names on the ring, checked on the ring's own geometry (`RingView.ring_layout`, what
is painted) at a laptop's, a 1080p board's and a 4K board's size, whoever holds the piece.

Issue 14, findings 1 and 2: a real Danish class of 12, 24, 35 or 40 shows every first name
whole, no two labels the same, nothing overlapping, and the holder's name large with the
piece beside it, never over it. Hostile names (200 seats, 500 characters, right to left,
emoji) are elided to their room and still never touch another seat or name."""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from circle_app.domain.seat_labels import seat_labels
from circle_app.ui.circle.ring.view import RingState, RingView, SeatView
from circle_app.ui.support.theme import load_bundled_fonts

DANISH = [
    "Mathilde Nørgaard",
    "Agnes Holm",
    "Asta Nørregaard Jensen",
    "Luna Mikkelsen",
    "Liam Mortensen",
    "Christoffer Østergaard",
    "Frederikke Kjærgaard",
    "Marie-Louise Bech-Frederiksen",
    "Sebastian Rasmussen",
    "Emma Hansen",
    "Emma Jensen",
    "Valdemar Thomsen",
    "Karl-Emil Poulsen",
    "Alexander Christiansen",
    "Ida Sørensen",
    "Freja Madsen",
    "Clara Johansen",
    "Malthe Kristensen",
    "Magnus Møller",
    "Alberte Mogensen",
    "Josefine Andersen",
    "Nikoline Pedersen",
    "Victor Larsen",
    "Theodor Olsen",
    "Bertram Nielsen",
    "Lærke Petersen",
    "Silje Jørgensen",
    "Oliver Dahl",
    "Aksel Vestergaard",
    "Johanne Lauridsen",
    "Sofie Skovgaard",
    "Carl-Johan Winther",
    "Anton Kjeldsen",
    "Caroline Søndergaard",
    "William Frandsen",
    "Esther Bruun",
    "Storm Lindholm",
    "Ellinor Damgaard",
    "Benjamin Overgaard",
    "Vigga Kristiansen",
]
HOSTILE = [
    ("Maximilian " + "Alexander-" * 49)[:500],  # 500 characters
    "محمد عبد الرحمن الحسيني",  # Arabic, right to left
    "שׁוֹשַׁנָּה בֵּן־דָּוִד",  # Hebrew with points
    "Zoë 🌟🦄👩🏽‍🚀 Kristensen",  # emoji, a ZWJ sequence, a skin tone
    "Åse Ødegård-Ærøskøbing",
    "李小龍",
]
# The board sizes, and the ring's own height inside the circle screen (controls below).
SIZES = [(1366, 768), (1366, 650), (1920, 1080), (1920, 920), (3840, 2160), (3840, 1840)]


@pytest.fixture(autouse=True)
def bundled_font(qapp: QApplication) -> Iterator[None]:
    """The app's own font, as app.py sets it."""
    before = qapp.font()
    qapp.setFont(QFont(load_bundled_fonts()))
    yield
    qapp.setFont(before)


def seats_of(names: list[str]) -> tuple[SeatView, ...]:
    labels = seat_labels(names)
    return tuple(SeatView(label=lab.full, badge=lab.badge, short_label=lab.short) for lab in labels)


def ring(
    qtbot: QtBot, size: tuple[int, int], seats: tuple[SeatView, ...], holder: int | None
) -> RingView:
    view = RingView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.set_state(RingState(seats=seats, current=holder), travel=0)
    view.finish_animation()
    return view


def circle_hits_rect(center: QPointF, radius: float, rect: QRectF) -> bool:
    x = min(max(center.x(), rect.left()), rect.right())
    y = min(max(center.y(), rect.top()), rect.bottom())
    return (x - center.x()) ** 2 + (y - center.y()) ** 2 < radius**2


def assert_nothing_overlaps(view: RingView, context: object) -> None:
    lay = view.ring_layout
    seats = lay.seats
    for (i, a), (j, b) in itertools.combinations(enumerate(seats), 2):
        assert math.dist(a.center.toTuple(), b.center.toTuple()) >= a.radius + b.radius, (
            i,
            j,
            context,
        )
    rects = {i: s.label for i, s in enumerate(seats) if s.label is not None}
    for i, rect in rects.items():
        assert not rect.intersects(lay.card), (i, context)
        for j, seat in enumerate(seats):
            assert j == i or not circle_hits_rect(seat.center, seat.radius, rect), (i, j, context)
    for (i, a_rect), (j, b_rect) in itertools.combinations(rects.items(), 2):
        assert not a_rect.intersects(b_rect), (i, j, context)
    piece = view.piece_rect()
    if piece is not None:
        for i, rect in rects.items():
            assert not rect.intersects(piece), ("the piece covers a name", i, context)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("count", [12, 24, 35, 40])
def test_issue14_every_first_name_whole_and_the_holder_beside_the_piece(
    qtbot: QtBot, size: tuple[int, int], count: int
) -> None:
    """Issue 14, findings 1 and 2: "Mathild…", "Agn…", "C…" under the piece, "LM" twice."""
    names = DANISH[:count]
    seats = seats_of(names)
    assert len({s.shortest for s in seats}) == count
    assert len({s.badge for s in seats}) == count
    view = ring(qtbot, size, seats, None)
    for holder in [None, *range(count)]:
        view.set_state(RingState(seats=seats, current=holder, next=None), travel=0)
        view.finish_animation()
        lay = view.ring_layout
        normal = lay.name_px
        for index, (name, geometry) in enumerate(zip(names, lay.seats, strict=True)):
            first = name.split()[0]
            assert geometry.label is not None, (name, holder)
            assert geometry.text.startswith(first), (geometry.text, holder)
            assert "…" not in geometry.text
            assert geometry.text in (seats[index].shortest, seats[index].label)
            assert geometry.pixel_size >= normal * 0.72 - 0.5  # readable, not a footnote
        shown = [g.text for g in lay.seats]
        assert len(set(shown)) == count  # never two seats the same label
        assert_nothing_overlaps(view, (count, size, holder))
        if holder is not None:
            mine = lay.seats[holder]
            assert mine.bold, holder
            assert mine.pixel_size >= normal * 1.2, (holder, mine.pixel_size)
            piece = view.piece_rect()
            assert piece is not None
            assert mine.label is not None
            assert not piece.intersects(mine.label), (holder, "the piece covers the holder")


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (3840, 2160)], ids=str)
@pytest.mark.parametrize("count", [6, 12, 24, 40, 60, 100, 150, 200])
def test_hostile_names_never_overlap_a_seat_or_name(
    qtbot: QtBot, size: tuple[int, int], count: int
) -> None:
    seats = tuple(SeatView(HOSTILE[i % len(HOSTILE)], f"{i + 1}") for i in range(count))
    for current in sorted({None, 0, count // 4, count // 2, count - 1}, key=str):
        view = ring(qtbot, size, seats, current)
        assert_nothing_overlaps(view, (count, current))
        shown = {i for i, s in enumerate(view.ring_layout.seats) if s.label is not None}
        if count <= 12:  # a class-sized circle names everyone
            assert len(shown) == count
        if current is not None and count <= 40:
            assert current in shown  # the holder's name is always on the ring


def test_long_names_are_elided_to_their_room_never_beyond(qtbot: QtBot) -> None:
    seats = tuple(SeatView(HOSTILE[i % len(HOSTILE)], f"{i + 1}") for i in range(12))
    view = ring(qtbot, (1920, 1080), seats, 0)
    for index, geometry in enumerate(view.ring_layout.seats):
        assert geometry.label is not None
        name = HOSTILE[index % len(HOSTILE)]
        if geometry.text != name:
            assert geometry.text.endswith("…"), geometry.text
    assert view.ring_layout.seats[0].text != HOSTILE[0]  # 500 characters do not fit


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (3840, 2160)], ids=str)
def test_200_seats_with_hostile_names_paint_every_step(qtbot: QtBot, size: tuple[int, int]) -> None:
    """Painting the piece round 200 seats works and stays quick (a report, not a race)."""
    seats = tuple(SeatView(HOSTILE[i % len(HOSTILE)], f"{i + 1}") for i in range(200))
    view = ring(qtbot, size, seats, 0)
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for current in range(0, 200, 29):
        view.set_state(RingState(seats=seats, current=current, next=(current + 1) % 200))
        view.finish_animation()
        start = time.perf_counter()
        view.render(image)
        times.append(time.perf_counter() - start)
    assert max(times) < 2.0  # generous: only catches a pathological slowdown
