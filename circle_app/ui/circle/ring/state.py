"""What the ring shows, as plain values: built from the domain, compared to repaint only
what changed. No painting and no geometry here."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from circle_app.domain.circle import SeatStatus
from circle_app.domain.seat_labels import seat_labels


class SeatMark(Enum):
    """A seat's state, each drawn with its own shape so it reads without colour."""

    WAITING = "waiting"  # not had the piece yet: plain ring
    HAD_PIECE = "had_piece"  # spoke (or passed for good): a check mark
    OFFERED_AGAIN = "offered_again"  # passed; the piece comes back: an open "again" arrow
    ABSENT = "absent"  # not in the circle right now: faded, dashed ring


@dataclass(frozen=True, slots=True)
class SeatView:
    """One seat as the ring paints it; the screen fills these from the domain."""

    label: str  # the full name ("" when names are hidden / a quick circle)
    badge: str  # the letters inside the seat
    present: bool = True
    spoke: bool = False  # has had the piece: check mark
    waiting_again: bool = False  # passed; will be offered again: "again" arrow
    final_pass: bool = False  # passed twice: had the piece, gently marked
    short_label: str = ""  # the shortest label that tells this seat apart; "" = label

    @property
    def shortest(self) -> str:
        return self.short_label or self.label

    @property
    def mark(self) -> SeatMark:
        if not self.present:
            return SeatMark.ABSENT
        if self.waiting_again:
            return SeatMark.OFFERED_AGAIN
        if self.spoke or self.final_pass:
            return SeatMark.HAD_PIECE
        return SeatMark.WAITING


@dataclass(frozen=True, slots=True)
class StageView:
    label: str
    state: str  # "done" | "current" | "todo"


@dataclass(frozen=True, slots=True)
class RingState:
    seats: tuple[SeatView, ...] = ()
    current: int | None = None
    next: int | None = None
    card_header: str = ""
    card_text: str = ""
    card_footer: str = ""
    stages: tuple[StageView, ...] = ()
    info: str = ""
    timer_fraction: float | None = None  # gentle speaker timer, 0..1
    open_round: bool = False


def seat_views(statuses: Iterable[SeatStatus], *, hide_names: bool) -> tuple[SeatView, ...]:
    """The ring's seats from the circle's statuses: full names, the shortest labels that
    tell them apart (issue 14), unique badges; numbers only when names are hidden."""
    statuses = tuple(statuses)
    names = ["" if hide_names else status.seat.name for status in statuses]
    labels = seat_labels(names)
    views = []
    for status, label in zip(statuses, labels, strict=True):
        seat = status.seat
        badge = label.badge
        if not hide_names and seat.name and seat.short_name:
            badge = seat.short_name
        views.append(
            SeatView(
                label=label.full,
                badge=badge if seat.name and not hide_names else str(seat.number),
                present=status.present,
                spoke=status.spoke,
                waiting_again=status.waiting_again,
                final_pass=status.final_pass,
                short_label=label.short,
            )
        )
    return tuple(views)


def likely_next(state: RingState) -> RingState | None:
    """The state the next press most likely shows: the piece goes on to the next seat,
    the holder has spoken, and the next is the following present seat that has not
    (a guess: it only decides what the ring prepares ahead; None: nothing to guess)."""
    count = len(state.seats)
    if state.current is None or state.next is None or state.next == state.current:
        return None
    if state.current >= count or state.next >= count:
        return None
    seats = list(state.seats)
    seats[state.current] = dataclasses.replace(seats[state.current], spoke=True)
    waiting = (SeatMark.WAITING, SeatMark.OFFERED_AGAIN)
    following = ((state.next + step) % count for step in range(1, count))
    after = next((i for i in following if seats[i].mark in waiting), None)
    return dataclasses.replace(state, seats=tuple(seats), current=state.next, next=after)
