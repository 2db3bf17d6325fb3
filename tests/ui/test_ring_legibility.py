"""200 seats, 500-character names, right-to-left names, emoji: every name is elided to its
room, and no seat or name ever touches another — checked on the ring's own geometry, at a
laptop's, a 1080p board's and a 4K board's size, whoever holds the piece."""

from __future__ import annotations

import itertools
import math
import time

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QImage
from pytestqt.qtbot import QtBot

from circle_app.ui.circle.ring.view import RingState, RingView, SeatView

NAMES = [
    ("Maximilian " + "Alexander-" * 49)[:500],  # 500 characters
    "محمد عبد الرحمن الحسيني",  # Arabic, right to left
    "שׁוֹשַׁנָּה בֵּן־דָּוִד",  # Hebrew with points
    "Zoë 🌟🦄👩🏽‍🚀 Kristensen",  # emoji, a ZWJ sequence, a skin tone
    "Åse Ødegård-Ærøskøbing",
    "李小龍",
]
SIZES = [(1366, 768), (1920, 1080), (3840, 2160)]
COUNTS = [6, 12, 24, 40, 60, 100, 150, 200]


def ring(qtbot: QtBot, size: tuple[int, int], count: int, current: int | None) -> RingView:
    view = RingView()
    qtbot.addWidget(view)
    view.resize(*size)
    seats = tuple(SeatView(NAMES[i % len(NAMES)], f"{i + 1}") for i in range(count))
    view.set_state(RingState(seats=seats, current=current), travel=0)
    view.finish_animation()
    return view


def seat_circle(
    view: RingView, index: int, count: int, current: int | None
) -> tuple[QPointF, float]:
    radius = view._layout.seat_r * (1.3 if index == current else 1.0)
    return view.seat_center(index), radius


def circle_hits_rect(center: QPointF, radius: float, rect: QRectF) -> bool:
    x = min(max(center.x(), rect.left()), rect.right())
    y = min(max(center.y(), rect.top()), rect.bottom())
    return (x - center.x()) ** 2 + (y - center.y()) ** 2 < radius**2


def labels(view: RingView, count: int, current: int | None) -> dict[int, QRectF]:
    """The name rectangles the ring paints, as _paint_label places them."""
    result = {}
    for index, room in enumerate(view._layout.label_room):
        if room == 0:
            continue
        speaker = index == current and room >= 2
        result[index] = view._label_rect(index, count, speaker=speaker, wide=speaker and room == 3)
    return result


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("count", COUNTS)
def test_no_seat_or_name_overlaps_another(qtbot: QtBot, size: tuple[int, int], count: int) -> None:
    for current in sorted({None, 0, count // 4, count // 2, count - 1}, key=str):
        view = ring(qtbot, size, count, current)
        circles = [seat_circle(view, i, count, current) for i in range(count)]
        rects = labels(view, count, current)
        for (i, (a, ra)), (j, (b, rb)) in itertools.combinations(enumerate(circles), 2):
            assert math.dist((a.x(), a.y()), (b.x(), b.y())) >= ra + rb, (i, j, current)
        for i, rect in rects.items():
            for j, (center, radius) in enumerate(circles):
                assert j == i or not circle_hits_rect(center, radius, rect), (i, j, current)
        for (i, a_rect), (j, b_rect) in itertools.combinations(rects.items(), 2):
            assert not a_rect.intersects(b_rect), (i, j, current)
        if count <= 12:  # a class-sized circle names everyone
            assert len(rects) == count
        if current is not None and count <= 24:
            assert current in rects  # the speaker's name is always on the ring


def test_long_right_to_left_and_emoji_names_are_elided_to_their_room(qtbot: QtBot) -> None:
    view = ring(qtbot, (1920, 1080), 12, current=0)
    rects = labels(view, 12, 0)
    for index, rect in rects.items():
        font = view._font((24 if index == 0 else 18) * view._layout.scale, bold=index == 0)
        metrics = QFontMetricsF(font)
        name = NAMES[index % len(NAMES)]
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width())
        assert metrics.horizontalAdvance(shown) <= rect.width() + 0.5
        if metrics.horizontalAdvance(name) > rect.width():
            assert shown != name
            assert "…" in shown
    assert len(NAMES[0]) == 500


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_200_seats_with_hostile_names_paint_every_step(qtbot: QtBot, size: tuple[int, int]) -> None:
    """Painting the piece round 200 seats works and stays quick (a report, not a race)."""
    view = ring(qtbot, size, 200, current=0)
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for current in range(0, 200, 7):
        seats = view.state.seats
        view.set_state(RingState(seats=seats, current=current, next=(current + 1) % 200))
        view.finish_animation()
        start = time.perf_counter()
        view.render(image)
        times.append(time.perf_counter() - start)
    assert max(times) < 2.0  # generous: only catches a pathological slowdown
