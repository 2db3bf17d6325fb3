"""What follows from a circle's events: rounds, seat states, and the counts (M1, M7)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from circle_app.domain.circle_events import TurnTaken
from circle_app.domain.circle_setup import CircleSetup, Seat
from circle_app.domain.enums import Direction, Offer, Outcome, RoundMode, Stage
from circle_app.domain.prompts import PromptRef


@dataclass(slots=True)
class RoundState:
    number: int
    mode: RoundMode
    stage: Stage | None
    prompt: PromptRef | None
    started_at: datetime
    turns: list[TurnTaken] = field(default_factory=list)
    given_to: int | None = None  # open rounds
    piece_since: datetime | None = None  # when the piece last moved: the turn timer's start
    next_mode: RoundMode | None = None  # chosen mid-round for the next round (M2)

    def turns_of(self, seat: int) -> list[TurnTaken]:
        return [turn for turn in self.turns if turn.seat == seat]


@dataclass(frozen=True, slots=True)
class SeatStatus:
    """What the ring shows for one seat in the current round."""

    seat: Seat
    present: bool
    had_piece: bool  # spoke, or passed for good
    passed: bool  # last word in this round was a pass
    final_pass: bool  # passed twice: offered again after a pass, and passed again (M1)
    spoke: bool

    @property
    def waiting_again(self) -> bool:
        """Passed once: the piece comes back before the round closes (M1)."""
        return self.passed and not self.final_pass


@dataclass(frozen=True, slots=True)
class SeatSummary:
    seat: Seat
    spoke: int
    passed: int


@dataclass(frozen=True, slots=True)
class CircleSummary:
    rounds_held: int
    turns: int
    spoke: int
    passed: int
    seats: tuple[SeatSummary, ...]


def word_of(outcomes: Iterable[Outcome]) -> Outcome | None:
    """What one person's turns in one round count as, everywhere the app counts (M1, M7):
    SPOKE if they spoke at all (a pass then speaking is speaking; two turns in an open round
    are one round spoken in), PASSED if they only passed, None if they had no turn."""
    seen = set(outcomes)
    if Outcome.SPOKE in seen:
        return Outcome.SPOKE
    return Outcome.PASSED if seen else None


def summarise(
    seats: Sequence[Seat], rounds: Sequence[RoundState], present: Iterable[int]
) -> CircleSummary:
    """Rounds each person spoke in, and rounds they passed (`word_of`), per seat in ring
    order; a seat is listed if it had a turn or is in the circle now."""
    here = set(present)
    spoke: dict[int, int] = {seat.position: 0 for seat in seats}
    passed: dict[int, int] = {seat.position: 0 for seat in seats}
    for state in rounds:
        for seat in {turn.seat for turn in state.turns}:
            word = word_of(turn.outcome for turn in state.turns_of(seat))
            (spoke if word is Outcome.SPOKE else passed)[seat] += 1
    return CircleSummary(
        rounds_held=len(rounds),
        turns=sum(len(state.turns) for state in rounds),
        spoke=sum(spoke.values()),
        passed=sum(passed.values()),
        seats=tuple(
            SeatSummary(seat, spoke[seat.position], passed[seat.position])
            for seat in seats
            if spoke[seat.position] or passed[seat.position] or seat.position in here
        ),
    )


def _traversal(order: Sequence[int], direction: Direction, start: int) -> list[int]:
    """Seat positions from `start` round the ring (`order` is clockwise) in `direction`."""
    ring = list(order) if direction is Direction.CLOCKWISE else list(reversed(order))
    index = ring.index(start)
    return ring[index:] + ring[:index]


def pick_next(
    current: RoundState,
    order: Sequence[int],
    setup: CircleSetup,
    present: frozenset[int],
    extra_done: int | None,
) -> int | None:
    """M1: seat by seat from the start; then those who passed, offered once more.
    `order` is the ring's clockwise order; `extra_done` a seat to count as having spoken."""
    turns = list(current.turns)
    counts: dict[int, list[Outcome]] = {}
    for turn in turns:
        counts.setdefault(turn.seat, []).append(turn.outcome)
    if extra_done is not None:
        counts.setdefault(extra_done, []).append(Outcome.SPOKE)
    first_turns = [turn.seat for turn in turns if turn.offer is Offer.FIRST]
    if extra_done is not None and len(counts[extra_done]) == 1:
        first_turns.append(extra_done)
    anchor = first_turns[-1] if first_turns else None
    if anchor is None:
        ring = _traversal(order, setup.direction, setup.start_seat)
    else:
        ring = _traversal(order, setup.direction, anchor)[1:] + [anchor]
    for seat in ring:
        if seat in present and seat not in counts:
            return seat
    for seat in _traversal(order, setup.direction, setup.start_seat):
        if seat in present and counts.get(seat) == [Outcome.PASSED]:
            return seat
    return None
