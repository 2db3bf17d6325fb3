"""The talking piece: a circle as an event-recording state machine (docs/method.md M1-M7).

Every action a keeper takes is a small immutable event. The circle's state is a pure
function of its setup and its events, so undo is "drop the last event", and resuming
after a crash is "replay what the store has". The store writes each event in its own
transaction the moment it happens; nothing anyone says is part of any event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from circle_app.domain.enums import (
    CONFLICT_STAGES,
    CircleKind,
    Direction,
    Outcome,
    Role,
    RoundMode,
    Stage,
)
from circle_app.domain.plan import Plan
from circle_app.domain.prompts import PromptRef


class CircleRuleError(ValueError):
    """An action the method (or the circle's state) does not allow right now."""


_IN_TURN = "in a conflict circle everyone speaks in turn, seat by seat (M4)"


@dataclass(frozen=True, slots=True)
class Seat:
    """One place in the ring, clockwise from the top. A quick circle's seats have no person."""

    position: int
    person_id: int | None = None
    name: str = ""
    short_name: str = ""
    role: Role | None = None

    @property
    def number(self) -> int:
        """1-based seat number, what a quick circle shows instead of a name."""
        return self.position + 1


DEFAULT_ROUNDS = 3
"""A circle's rounds when the keeper does not choose; a conflict circle has its four (M4)."""

ROUNDS_OF_THE_KIND = -1
"""`CircleSetup.planned_rounds` left out: four for a conflict circle, else DEFAULT_ROUNDS."""


@dataclass(frozen=True, slots=True)
class CircleSetup:
    kind: CircleKind
    seats: tuple[Seat, ...]
    present: frozenset[int]  # seat positions present at the start
    start_seat: int
    direction: Direction = Direction.CLOCKWISE
    planned_rounds: int = ROUNDS_OF_THE_KIND  # as many as the kind of circle has
    language: str = "da"
    age_band: str | None = None
    group_id: int | None = None
    keeper_person_id: int | None = None
    keeper_role: Role | None = None
    first_mode: RoundMode = RoundMode.SEQUENTIAL
    plan: Plan | None = None  # the circle's shape: its rounds and where their prompts come from

    def __post_init__(self) -> None:
        if self.plan is not None:  # the plan's rounds are the circle's (its rules: domain/plan)
            if self.plan.kind is not self.kind:
                raise CircleRuleError("the plan is for another kind of circle")
            if self.planned_rounds not in (ROUNDS_OF_THE_KIND, len(self.plan.rounds)):
                raise CircleRuleError("the plan has another number of rounds")
            object.__setattr__(self, "planned_rounds", len(self.plan.rounds))
        if self.planned_rounds == ROUNDS_OF_THE_KIND:
            rounds = len(CONFLICT_STAGES) if self.kind is CircleKind.CONFLICT else DEFAULT_ROUNDS
            object.__setattr__(self, "planned_rounds", rounds)
        positions = [seat.position for seat in self.seats]
        if positions != list(range(len(self.seats))):
            raise CircleRuleError("seats must be numbered 0..n-1 in ring order")
        if not self.seats:
            raise CircleRuleError("a circle needs at least one seat")
        if not 0 <= self.start_seat < len(self.seats):
            raise CircleRuleError("the start seat is not in the circle")
        if not self.present <= set(positions):
            raise CircleRuleError("someone present has no seat")
        if (
            self.kind is CircleKind.CONFLICT
            and self.plan is None
            and self.planned_rounds != len(CONFLICT_STAGES)
        ):
            raise CircleRuleError("a conflict circle has exactly four rounds (M4)")
        if self.kind is CircleKind.CONFLICT and self.first_mode is not RoundMode.SEQUENTIAL:
            raise CircleRuleError(_IN_TURN)
        if self.planned_rounds < 1:
            raise CircleRuleError("a circle needs at least one round")


# --- events -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoundStarted:
    number: int
    mode: RoundMode
    stage: Stage | None
    prompt: PromptRef | None
    at: datetime


@dataclass(frozen=True, slots=True)
class TurnTaken:
    round_number: int
    seat: int
    outcome: Outcome
    offer: int  # 1: the piece came round; 2: offered again after a pass
    started_at: datetime
    at: datetime


@dataclass(frozen=True, slots=True)
class PieceGiven:
    """Open round: the keeper gave the piece to whoever asked to speak."""

    seat: int
    at: datetime


@dataclass(frozen=True, slots=True)
class Arrived:
    seat: int
    at: datetime


@dataclass(frozen=True, slots=True)
class Left:
    seat: int
    at: datetime


@dataclass(frozen=True, slots=True)
class PromptChanged:
    prompt: PromptRef | None
    at: datetime


@dataclass(frozen=True, slots=True)
class ModeChanged:
    mode: RoundMode
    at: datetime


CircleEvent = RoundStarted | TurnTaken | PieceGiven | Arrived | Left | PromptChanged | ModeChanged
_E = TypeVar("_E", RoundStarted, TurnTaken, PieceGiven, Arrived, Left, PromptChanged, ModeChanged)


# --- derived state ----------------------------------------------------------------------


@dataclass(slots=True)
class RoundState:
    number: int
    mode: RoundMode
    stage: Stage | None
    prompt: PromptRef | None
    started_at: datetime
    turns: list[TurnTaken] = field(default_factory=list)
    given_to: int | None = None  # open rounds
    piece_since: datetime | None = None

    def turns_of(self, seat: int) -> list[TurnTaken]:
        return [turn for turn in self.turns if turn.seat == seat]


@dataclass(frozen=True, slots=True)
class SeatStatus:
    """What the ring shows for one seat in the current round."""

    seat: Seat
    present: bool
    had_piece: bool  # spoke, or passed for good
    passed: bool  # last word in this round was a pass
    offered_again: bool  # the pass was offered again and passed again (final)
    spoke: bool


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


def _traversal(setup: CircleSetup, start: int) -> list[int]:
    count = len(setup.seats)
    step = 1 if setup.direction is Direction.CLOCKWISE else -1
    return [(start + step * i) % count for i in range(count)]


class Circle:
    """A circle in progress: its setup, its events, and what follows from them."""

    def __init__(self, setup: CircleSetup, events: Iterable[CircleEvent] = ()) -> None:
        self.setup = setup
        self._events: list[CircleEvent] = []
        self._present: set[int] = set(setup.present)
        self._rounds: list[RoundState] = []
        for event in events:
            self._apply(event)

    # -- reading -------------------------------------------------------------------------

    @property
    def events(self) -> Sequence[CircleEvent]:
        return tuple(self._events)

    @property
    def rounds(self) -> Sequence[RoundState]:
        return tuple(self._rounds)

    @property
    def round(self) -> RoundState | None:
        return self._rounds[-1] if self._rounds else None

    @property
    def present(self) -> frozenset[int]:
        return frozenset(self._present)

    @property
    def current_seat(self) -> int | None:
        """Who holds the piece now; None when the round is complete (or open and not given)."""
        current = self.round
        if current is None:
            return None
        if current.mode is RoundMode.OPEN:
            return current.given_to
        return self._pick(current, extra_done=None)

    @property
    def next_seat(self) -> int | None:
        """Who the piece goes to after the current holder, if the holder speaks."""
        current = self.round
        holder = self.current_seat
        if current is None or holder is None or current.mode is RoundMode.OPEN:
            return None
        return self._pick(current, extra_done=holder)

    @property
    def round_complete(self) -> bool:
        """Sequential: everyone present has had the piece and every pass was offered again."""
        current = self.round
        if current is None:
            return False
        if current.mode is RoundMode.OPEN:
            return False  # the keeper closes an open round
        return self.current_seat is None

    @property
    def stage(self) -> Stage | None:
        return self.round.stage if self.round else None

    @property
    def can_start_next_round(self) -> bool:
        return len(self._rounds) < self.setup.planned_rounds and (
            self.round is None or self.round.mode is RoundMode.OPEN or self.round_complete
        )

    @property
    def is_last_round(self) -> bool:
        return len(self._rounds) >= self.setup.planned_rounds

    def next_stage(self) -> Stage | None:
        """The stage the next round must take (M4), or None outside conflict circles."""
        index = len(self._rounds)
        if self.setup.plan is not None:  # a check-in or check-out round has no stage
            rounds = self.setup.plan.rounds
            return rounds[index].stage if index < len(rounds) else None
        if self.setup.kind is not CircleKind.CONFLICT:
            return None
        return CONFLICT_STAGES[index] if index < len(CONFLICT_STAGES) else None

    def statuses(self) -> list[SeatStatus]:
        current = self.round
        result = []
        for seat in self.setup.seats:
            turns = current.turns_of(seat.position) if current else []
            passes = [turn for turn in turns if turn.outcome is Outcome.PASSED]
            spoke = any(turn.outcome is Outcome.SPOKE for turn in turns)
            last_passed = bool(turns) and turns[-1].outcome is Outcome.PASSED
            final_pass = any(turn.offer == 2 for turn in passes)
            result.append(
                SeatStatus(
                    seat=seat,
                    present=seat.position in self._present,
                    had_piece=spoke or final_pass,
                    passed=last_passed,
                    offered_again=final_pass,
                    spoke=spoke,
                )
            )
        return result

    def progress(self) -> tuple[int, int]:
        """(how many have had the piece this round, how many are in the circle)."""
        current = self.round
        if current is None:
            return 0, len(self._present)
        had = {turn.seat for turn in current.turns}
        return len(had), len(self._present | had)

    def summary(self) -> CircleSummary:
        """Rounds each person spoke in, and rounds they passed (`word_of`)."""
        spoke: dict[int, int] = dict.fromkeys(range(len(self.setup.seats)), 0)
        passed: dict[int, int] = dict.fromkeys(range(len(self.setup.seats)), 0)
        for state in self._rounds:
            for seat in {turn.seat for turn in state.turns}:
                word = word_of(turn.outcome for turn in state.turns_of(seat))
                (spoke if word is Outcome.SPOKE else passed)[seat] += 1
        seats = tuple(
            SeatSummary(seat, spoke[seat.position], passed[seat.position])
            for seat in self.setup.seats
            if spoke[seat.position] or passed[seat.position] or seat.position in self._present
        )
        return CircleSummary(
            rounds_held=len(self._rounds),
            turns=sum(len(state.turns) for state in self._rounds),
            spoke=sum(spoke.values()),
            passed=sum(passed.values()),
            seats=seats,
        )

    # -- actions: each returns the event to record --------------------------------------

    def start_round(
        self, prompt: PromptRef | None, at: datetime, mode: RoundMode | None = None
    ) -> RoundStarted:
        if not self.can_start_next_round:
            if len(self._rounds) >= self.setup.planned_rounds:
                raise CircleRuleError("all planned rounds have been held")
            raise CircleRuleError("the round is still going: everyone gets the piece first (M1)")
        if mode is None and not self.open_rounds_allowed:
            mode = RoundMode.SEQUENTIAL  # even after an open round an older version kept
        if mode is None:
            mode = self.round.mode if self.round else self.setup.first_mode
        self._check_mode(mode)
        event = RoundStarted(len(self._rounds) + 1, mode, self.next_stage(), prompt, at)
        return self._record(event)

    def speak(self, at: datetime) -> TurnTaken:
        return self._turn(Outcome.SPOKE, at)

    def pass_turn(self, at: datetime) -> TurnTaken:
        return self._turn(Outcome.PASSED, at)

    def give_piece(self, seat: int, at: datetime) -> PieceGiven:
        current = self._require_round()
        if current.mode is not RoundMode.OPEN:
            raise CircleRuleError("the piece goes seat by seat in this round")
        if seat not in self._present:
            raise CircleRuleError("that seat is not in the circle right now")
        return self._record(PieceGiven(seat, at))

    def arrive(self, seat: int, at: datetime) -> Arrived:
        self._check_seat(seat)
        if seat in self._present:
            raise CircleRuleError("already in the circle")
        return self._record(Arrived(seat, at))

    def leave(self, seat: int, at: datetime) -> Left:
        self._check_seat(seat)
        if seat not in self._present:
            raise CircleRuleError("not in the circle")
        return self._record(Left(seat, at))

    def change_prompt(self, prompt: PromptRef | None, at: datetime) -> PromptChanged:
        self._require_round()
        return self._record(PromptChanged(prompt, at))

    def change_mode(self, mode: RoundMode, at: datetime) -> ModeChanged:
        current = self._require_round()
        if current.turns:
            raise CircleRuleError("the round has begun; choose the mode for the next round")
        self._check_mode(mode)
        return self._record(ModeChanged(mode, at))

    def undo(self) -> CircleEvent:
        """Take back the last action; any number of steps, across rounds."""
        if not self._events:
            raise CircleRuleError("nothing to undo")
        last = self._events[-1]
        remaining = self._events[:-1]
        self._events, self._present, self._rounds = [], set(self.setup.present), []
        for event in remaining:
            self._apply(event)
        return last

    # -- internals -----------------------------------------------------------------------

    def _require_round(self) -> RoundState:
        if self.round is None:
            raise CircleRuleError("no round has started")
        return self.round

    @property
    def open_rounds_allowed(self) -> bool:
        """M4: a conflict circle's rounds go seat by seat; open rounds are for the others (M2)."""
        return self.setup.kind is not CircleKind.CONFLICT

    def _check_mode(self, mode: RoundMode) -> None:
        if mode is RoundMode.OPEN and not self.open_rounds_allowed:
            raise CircleRuleError(_IN_TURN)

    def _check_seat(self, seat: int) -> None:
        if not 0 <= seat < len(self.setup.seats):
            raise CircleRuleError("no such seat")

    def _turn(self, outcome: Outcome, at: datetime) -> TurnTaken:
        current = self._require_round()
        seat = self.current_seat
        if seat is None:
            if current.mode is RoundMode.OPEN:
                raise CircleRuleError("tap the person who wants to speak first")
            raise CircleRuleError("everyone has had the piece in this round")
        had_first = bool(current.turns_of(seat)) and current.mode is RoundMode.SEQUENTIAL
        since = current.piece_since or current.started_at
        event = TurnTaken(current.number, seat, outcome, 2 if had_first else 1, since, at)
        return self._record(event)

    def _record(self, event: _E) -> _E:
        self._apply(event)
        return event

    def _apply(self, event: CircleEvent) -> None:
        match event:
            case RoundStarted():
                self._rounds.append(
                    RoundState(event.number, event.mode, event.stage, event.prompt, event.at)
                )
                self._rounds[-1].piece_since = event.at
            case TurnTaken():
                current = self._require_round()
                current.turns.append(event)
                current.given_to = None
                current.piece_since = event.at
            case PieceGiven():
                current = self._require_round()
                current.given_to = event.seat
                current.piece_since = event.at
            case Arrived():
                self._present.add(event.seat)
            case Left():
                self._present.discard(event.seat)
                if self.round and self.round.given_to == event.seat:
                    self.round.given_to = None
            case PromptChanged():
                self._require_round().prompt = event.prompt
            case ModeChanged():
                current = self._require_round()
                current.mode = event.mode
                current.given_to = None
        self._events.append(event)

    def _pick(self, current: RoundState, extra_done: int | None) -> int | None:
        """M1: seat by seat from the start; then those who passed, offered once more."""
        turns = list(current.turns)
        counts: dict[int, list[Outcome]] = {}
        for turn in turns:
            counts.setdefault(turn.seat, []).append(turn.outcome)
        if extra_done is not None:
            counts.setdefault(extra_done, []).append(Outcome.SPOKE)
        first_turns = [turn.seat for turn in turns if turn.offer == 1]
        if extra_done is not None and len(counts[extra_done]) == 1:
            first_turns.append(extra_done)
        anchor = first_turns[-1] if first_turns else None
        if anchor is None:
            order = _traversal(self.setup, self.setup.start_seat)
        else:
            order = _traversal(self.setup, anchor)[1:] + [anchor]
        for seat in order:
            if seat in self._present and seat not in counts:
                return seat
        for seat in _traversal(self.setup, self.setup.start_seat):
            if seat in self._present and counts.get(seat) == [Outcome.PASSED]:
                return seat
        return None
