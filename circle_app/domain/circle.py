"""The talking piece: a circle as an event-recording state machine (docs/method.md M1-M7).

Every action a keeper takes is a small immutable event. The circle's state is a pure
function of its setup and its events, so undo is "drop the last event", and resuming
after a crash is "replay what the store has". The store writes each event in its own
transaction the moment it happens; nothing anyone says is part of any event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from circle_app.domain import circle_setup as rules
from circle_app.domain.circle_events import (
    Arrived,
    CircleEvent,
    E,
    Left,
    ModeChanged,
    NextModeChosen,
    PieceGiven,
    PromptChanged,
    RoundStarted,
    SeatAdded,
    TurnTaken,
)
from circle_app.domain.circle_setup import (
    DEFAULT_ROUNDS,
    ROUNDS_OF_THE_KIND,
    CircleRuleError,
    CircleSetup,
    Seat,
)
from circle_app.domain.circle_state import (
    CircleSummary,
    RoundState,
    SeatStatus,
    SeatSummary,
    pick_next,
    summarise,
    word_of,
)
from circle_app.domain.enums import (
    CONFLICT_STAGES,
    CircleKind,
    NextAction,
    Offer,
    Outcome,
    RoundMode,
    Stage,
)
from circle_app.domain.prompts import PromptRef

__all__ = [
    "DEFAULT_ROUNDS",
    "ROUNDS_OF_THE_KIND",
    "Arrived",
    "Circle",
    "CircleEvent",
    "CircleRuleError",
    "CircleSetup",
    "CircleSummary",
    "Left",
    "ModeChanged",
    "NextModeChosen",
    "PieceGiven",
    "PromptChanged",
    "RoundStarted",
    "RoundState",
    "Seat",
    "SeatAdded",
    "SeatStatus",
    "SeatSummary",
    "TurnTaken",
    "word_of",
]


class Circle:
    """A circle in progress: its setup, its events, and what follows from them."""

    def __init__(self, setup: CircleSetup, events: Iterable[CircleEvent] = ()) -> None:
        self.setup = setup
        self._events: list[CircleEvent] = []
        self._present: set[int] = set(setup.present)
        self._rounds: list[RoundState] = []
        self._seats: list[Seat] = list(setup.seats)
        self._order: list[int] = [seat.position for seat in setup.seats]
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
    def seats(self) -> tuple[Seat, ...]:
        """Every seat in clockwise ring order, seats added mid-circle among them."""
        by_position = {seat.position: seat for seat in self._seats}
        return tuple(by_position[position] for position in self._order)

    def seat(self, position: int) -> Seat:
        self._check_seat(position)
        return self._seats[position]

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

    @property
    def next_round_mode(self) -> RoundMode:
        """How the next round goes: as chosen mid-round, else as this one (M2); in turn (M4)."""
        if not self.open_rounds_allowed:
            return RoundMode.SEQUENTIAL
        current = self.round
        if current is None:
            return self.setup.first_mode
        return current.next_mode or current.mode

    def next_action(self) -> NextAction:
        """What *Next* does now: the holder spoke; at a round's end the next round; after
        the last round, finish. An open round ends when the keeper says so."""
        current = self.round
        if self.current_seat is not None:
            return NextAction.SPEAK
        if current is None or self.round_complete or current.mode is RoundMode.OPEN:
            return NextAction.FINISH if self.is_last_round else NextAction.NEXT_ROUND
        return NextAction.NEXT_ROUND  # nobody present is left to hold the piece

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
        for seat in self.seats:
            turns = current.turns_of(seat.position) if current else []
            passes = [turn for turn in turns if turn.outcome is Outcome.PASSED]
            spoke = any(turn.outcome is Outcome.SPOKE for turn in turns)
            last_passed = bool(turns) and turns[-1].outcome is Outcome.PASSED
            final_pass = any(turn.offer is Offer.AGAIN for turn in passes)
            result.append(
                SeatStatus(
                    seat=seat,
                    present=seat.position in self._present,
                    had_piece=spoke or final_pass,
                    passed=last_passed,
                    final_pass=final_pass,
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
        return summarise(self.seats, self._rounds, self._present)

    # -- actions: each returns the event to record --------------------------------------

    def start_round(
        self, prompt: PromptRef | None, at: datetime, mode: RoundMode | None = None
    ) -> RoundStarted:
        if not self.can_start_next_round:
            if len(self._rounds) >= self.setup.planned_rounds:
                raise CircleRuleError(rules.ALL_ROUNDS_HELD)
            raise CircleRuleError(rules.ROUND_GOING)
        if mode is None:
            mode = self.next_round_mode
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
            raise CircleRuleError(rules.SEAT_BY_SEAT)
        if seat not in self._present:
            raise CircleRuleError(rules.NOT_IN_CIRCLE_NOW)
        return self._record(PieceGiven(seat, at))

    def arrive(self, seat: int, at: datetime) -> Arrived:
        self._check_seat(seat)
        if seat in self._present:
            raise CircleRuleError(rules.ALREADY_IN)
        return self._record(Arrived(seat, at))

    def leave(self, seat: int, at: datetime) -> Left:
        self._check_seat(seat)
        if seat not in self._present:
            raise CircleRuleError(rules.NOT_IN)
        return self._record(Left(seat, at))

    def add_seat(self, beside: int, at: datetime) -> SeatAdded:
        """Someone arrived who has no seat: a new seat after `beside` (clockwise), present.
        They are offered the piece by the same rule as a late arrival (M1)."""
        self._check_seat(beside)
        return self._record(SeatAdded(len(self._seats), beside, at))

    def change_prompt(self, prompt: PromptRef | None, at: datetime) -> PromptChanged:
        self._require_round()
        return self._record(PromptChanged(prompt, at))

    def change_mode(self, mode: RoundMode, at: datetime) -> ModeChanged:
        current = self._require_round()
        if current.turns:
            raise CircleRuleError(rules.ROUND_BEGUN)
        self._check_mode(mode)
        return self._record(ModeChanged(mode, at))

    def choose_next_mode(self, mode: RoundMode, at: datetime) -> NextModeChosen:
        """Mid-round: the next round goes `mode` (M2). Refused after the last round."""
        self._require_round()
        self._check_mode(mode)
        if self.is_last_round:
            raise CircleRuleError(rules.NO_NEXT_ROUND)
        return self._record(NextModeChosen(mode, at))

    def toggle_mode(self, at: datetime) -> ModeChanged | NextModeChosen:
        """The O key: switch this round if it has not begun, else choose the next round's."""
        current = self._require_round()
        if not current.turns:
            other = RoundMode.OPEN if current.mode is RoundMode.SEQUENTIAL else RoundMode.SEQUENTIAL
            return self.change_mode(other, at)
        upcoming = self.next_round_mode
        other = RoundMode.OPEN if upcoming is RoundMode.SEQUENTIAL else RoundMode.SEQUENTIAL
        return self.choose_next_mode(other, at)

    def undo(self) -> CircleEvent:
        """Take back the last action; any number of steps, across rounds."""
        if not self._events:
            raise CircleRuleError(rules.NOTHING_TO_UNDO)
        last = self._events[-1]
        remaining = self._events[:-1]
        self._events, self._present, self._rounds = [], set(self.setup.present), []
        self._seats = list(self.setup.seats)
        self._order = [seat.position for seat in self.setup.seats]
        for event in remaining:
            self._apply(event)
        return last

    # -- internals -----------------------------------------------------------------------

    def _require_round(self) -> RoundState:
        if self.round is None:
            raise CircleRuleError(rules.NO_ROUND)
        return self.round

    @property
    def open_rounds_allowed(self) -> bool:
        """M4: a conflict circle's rounds go seat by seat; open rounds are for the others (M2)."""
        return self.setup.kind is not CircleKind.CONFLICT

    def _check_mode(self, mode: RoundMode) -> None:
        if mode is RoundMode.OPEN and not self.open_rounds_allowed:
            raise CircleRuleError(rules.IN_TURN)

    def _check_seat(self, seat: int) -> None:
        if not 0 <= seat < len(self._seats):
            raise CircleRuleError(rules.NO_SUCH_SEAT)

    def _turn(self, outcome: Outcome, at: datetime) -> TurnTaken:
        current = self._require_round()
        seat = self.current_seat
        if seat is None:
            if current.mode is RoundMode.OPEN:
                raise CircleRuleError(rules.TAP_FIRST)
            raise CircleRuleError(rules.EVERYONE_HAD_IT)
        had_first = bool(current.turns_of(seat)) and current.mode is RoundMode.SEQUENTIAL
        since = current.piece_since or current.started_at
        offer = Offer.AGAIN if had_first else Offer.FIRST
        event = TurnTaken(current.number, seat, outcome, offer, since, at)
        return self._record(event)

    def _record(self, event: E) -> E:
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
            case NextModeChosen():
                self._require_round().next_mode = event.mode
            case SeatAdded():
                self._seats.append(Seat(event.seat))
                self._order.insert(self._order.index(event.beside) + 1, event.seat)
                self._present.add(event.seat)
        self._events.append(event)

    def _pick(self, current: RoundState, extra_done: int | None) -> int | None:
        return pick_next(current, self._order, self.setup, frozenset(self._present), extra_done)
