"""Issue 20, the circle's frame p99, and what the back row sees: the seats' names keep one
size (and one form, short or full) for the whole circle, whoever holds the piece.

Before, the ring shrank every name until all of them fitted around the holder's big label,
so with long names at about 40 seats the whole ring shrank and grew as the piece went
round, and a press repainted most of the names. Now the names' size is a property of the
circle (its seats, labels, board size, corner texts and font): the largest size at which
every name fits whoever holds the piece. A press changes the picture only around the old
and the new holder (their seats and names, the neighbours' names that make room for the
holder's big label, the piece, the next seat, the card's footer).

Tolerance for the pictures: a colour channel may differ by at most 3 of 255 outside those
places (what `test_ring_cache` allows for compositing; a shrunken name differs by far more).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from circle_app.ui.circle.ring import card
from circle_app.ui.circle.ring.layout import NAME_PX
from circle_app.ui.circle.ring.scene import seat_rects
from circle_app.ui.circle.ring.view import RingState, RingView, SeatView
from circle_app.ui.support.theme import LIGHT, load_bundled_fonts
from tests.ui.test_ring_legibility import DANISH, seats_of

TOLERANCE = 3


@pytest.fixture(autouse=True)
def bundled_font(qapp: QApplication) -> Iterator[None]:
    """The app's own font, as app.py sets it."""
    before = qapp.font()
    qapp.setFont(QFont(load_bundled_fonts()))
    yield
    qapp.setFont(before)


def pupils(count: int) -> tuple[SeatView, ...]:
    """Long labels, as in the frame benchmark: "Pupil name 0" … "Pupil name 39"."""
    return tuple(
        SeatView(label=f"Pupil name {i}", badge=f"P{i}", present=i % 13 != 5) for i in range(count)
    )


def state(seats: tuple[SeatView, ...], holder: int | None) -> RingState:
    count = len(seats)
    return RingState(
        seats=seats,
        current=holder,
        next=None if holder is None else (holder + 1) % count,
        card_header="Round 2 of 4 · How were you affected?",
        card_text="Which place in the world would you most like to visit – and why?",
        card_footer=f"Seat {holder} has the piece",
        info="Peacetime circle · 4.B",
    )


def ring(qtbot: QtBot, size: tuple[int, int]) -> RingView:
    view = RingView()
    qtbot.addWidget(view)
    view.set_theme(LIGHT)
    view.resize(*size)
    return view


def hold(view: RingView, seats: tuple[SeatView, ...], holder: int | None) -> None:
    view.set_state(state(seats, holder), travel=1)
    view.finish_animation()


def names_as_seen(view: RingView) -> dict[int, tuple[float, str]]:
    """Each seat's name as drawn (size, text), but the holder's big one."""
    lay = view.ring_layout
    return {
        i: (round(g.pixel_size, 2), g.text)
        for i, g in enumerate(lay.seats)
        if i != lay.holder and g.label is not None
    }


CIRCLES = {
    "12 Danish": (seats_of(DANISH[:12]), (1366, 768)),
    "35 Danish": (seats_of(DANISH[:35]), (1920, 1080)),
    "40 long labels": (pupils(40), (1920, 1080)),
    "40 long labels 4K": (pupils(40), (3840, 2160)),
    "40 long labels laptop": (pupils(40), (1366, 768)),
}


@pytest.mark.parametrize("circle", list(CIRCLES))
def test_issue20_the_names_keep_one_size_whoever_holds_the_piece(qtbot: QtBot, circle: str) -> None:
    """Issue 20 (frame p99): with "Pupil name N" at 40 seats, every name shrank for 8 of
    the 40 holders; the back row saw the whole ring jump. One size for all holders, and
    one form (short or full) for every name but the holder's two neighbours on each side,
    which may show their short name to make room for the holder's big one."""
    seats, size = CIRCLES[circle]
    count = len(seats)
    view = ring(qtbot, size)
    seen: dict[int, set[str]] = {i: set() for i in range(count)}
    sizes = set()
    for holder in [None, *range(count)]:
        hold(view, seats, holder)
        for i, (px, text) in names_as_seen(view).items():
            sizes.add(px)
            if holder is None or min((i - holder) % count, (holder - i) % count) > 2:
                seen[i].add(text)
    assert len(sizes) == 1, f"the names' size changes with the holder: {sorted(sizes)}"
    flips = {i: forms for i, forms in seen.items() if len(forms) > 1}
    assert not flips, f"names away from the holder that change form: {flips}"


@pytest.mark.parametrize("size", [(1920, 1000), (1366, 700), (1366, 768)], ids=str)
def test_issue20_a_real_class_of_35_keeps_full_size_names(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    """35 real Danish names: the one size is the full name size, for every holder, as a
    class saw before for 34 of 35 holders at 1366x700 (all 35 at 1920x1000): the change
    shows with long labels at about 40 seats."""
    seats = seats_of(DANISH[:35])
    view = ring(qtbot, size)
    for holder in [None, *range(35)]:
        hold(view, seats, holder)
        full = NAME_PX * view.ring_layout.scale
        assert {px for px, _ in names_as_seen(view).values()} == {round(full, 2)}, holder


def test_issue20_a_seat_arriving_or_a_label_changing_may_change_the_size(qtbot: QtBot) -> None:
    """The size belongs to the circle's seats and labels: it follows them."""
    view = ring(qtbot, (1920, 1080))

    def sizes(labels: list[str]) -> set[float]:
        seats = tuple(SeatView(label=label, badge=f"{i}") for i, label in enumerate(labels))
        hold(view, seats, 3)
        return {px for px, _ in names_as_seen(view).values()}

    short = sizes([f"Pupil {i}" for i in range(40)])
    long = sizes([f"Pupil with a name {i}" for i in range(40)])  # every label gets longer
    assert len(short) == len(long) == 1
    assert max(long) < min(short)
    fewer = sizes([f"Pupil with a name {i}" for i in range(30)])  # ten seats leave
    assert len(fewer) == 1
    assert min(fewer) > max(long)


def grab(view: RingView) -> QImage:
    image = QImage(view.size(), QImage.Format.Format_RGB32)
    view.render(image)
    return image


def around(view: RingView, holders: tuple[int, int]) -> list[QRectF]:
    """The holders' places on the ring: their seats and names and their neighbours' (who
    make room for the big name), so also the next seat; and the piece."""
    lay, count = view.ring_layout, len(view.ring_layout.seats)
    near = {(holder + k) % count for holder in holders for k in (-2, -1, 0, 1, 2)}
    rects = [rect for i in near for rect in seat_rects(lay, i)]
    piece = view.piece_rect()
    if piece is not None:
        halo = max(piece.width() * 0.1, 4.0)  # its disc reaches beyond the icon
        rects.append(piece.adjusted(-halo, -halo, halo, halo))
    return rects


def largest_difference_outside(a: QImage, b: QImage, rects: list[QRectF]) -> int:
    """The largest channel difference between two pictures, with `rects` blacked out."""
    masked = []
    for image in (a, b):
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        painter = QPainter(image)
        for rect in rects:
            painter.fillRect(rect.toAlignedRect().adjusted(-2, -2, 2, 2), QColor(0, 0, 0))
        painter.end()
        masked.append(image)
    stride = masked[0].bytesPerLine()
    pa, pb = bytes(masked[0].constBits()), bytes(masked[1].constBits())
    largest = 0
    for start in range(0, len(pa), stride):
        row_a, row_b = pa[start : start + stride], pb[start : start + stride]
        if row_a != row_b:
            largest = max(largest, *(abs(x - y) for x, y in zip(row_a, row_b, strict=True)))
    return largest


@pytest.mark.parametrize("circle", ["35 Danish", "40 long labels", "40 long labels 4K"])
def test_issue20_a_press_changes_the_picture_only_around_the_old_and_new_holder(
    qtbot: QtBot, circle: str
) -> None:
    seats, size = CIRCLES[circle]
    view = ring(qtbot, size)
    for holder in range(len(seats)):
        new = (holder + 1) % len(seats)
        hold(view, seats, holder)
        before, changed_places = grab(view), around(view, (holder, new))
        hold(view, seats, new)
        changed_places += around(view, (holder, new))
        changed_places.append(card.footer_rect(view.ring_layout, view.metrics))
        changed = largest_difference_outside(before, grab(view), changed_places)
        assert changed <= TOLERANCE, (holder, changed)


def test_issue20_the_holder_shows_the_full_name_where_it_fits(qtbot: QtBot) -> None:
    """The holder's big name is the full name where there is room, as before the names
    had one size ("Asta Nørregaard Jensen", not "Asta", with 12 seats on a laptop)."""
    seats = seats_of(DANISH[:12])
    view = ring(qtbot, (1366, 768))
    full = 0
    for holder in range(12):
        hold(view, seats, holder)
        shown = view.ring_layout.seats[holder].text
        assert shown in (seats[holder].shortest, seats[holder].label)
        full += shown == seats[holder].label
    assert full == 12, f"only {full} of 12 holders show their full name (before: all 12)"
