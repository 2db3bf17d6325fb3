"""What a circle begins with: its seats and its setup, and the error a refused action raises."""

from __future__ import annotations

from dataclasses import dataclass

from circle_app.domain.enums import CONFLICT_STAGES, CircleKind, Direction, Role, RoundMode
from circle_app.domain.plan import Plan


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's name)
    """Marks a message for Qt's lupdate; the UI translates it (this layer has no Qt)."""
    return text


class CircleRuleError(ValueError):
    """An action the method (or the circle's state) does not allow right now.

    Its text is one of the marked messages below (context "CircleRule"), so the board can
    show it translated: `QCoreApplication.translate("CircleRule", str(error))`."""


IN_TURN = QT_TRANSLATE_NOOP(
    "CircleRule", "in a conflict circle everyone speaks in turn, seat by seat (M4)"
)
ALL_ROUNDS_HELD = QT_TRANSLATE_NOOP("CircleRule", "all planned rounds have been held")
ROUND_GOING = QT_TRANSLATE_NOOP(
    "CircleRule", "the round is still going: everyone gets the piece first (M1)"
)
SEAT_BY_SEAT = QT_TRANSLATE_NOOP("CircleRule", "the piece goes seat by seat in this round")
NOT_IN_CIRCLE_NOW = QT_TRANSLATE_NOOP("CircleRule", "that seat is not in the circle right now")
ALREADY_IN = QT_TRANSLATE_NOOP("CircleRule", "already in the circle")
NOT_IN = QT_TRANSLATE_NOOP("CircleRule", "not in the circle")
ROUND_BEGUN = QT_TRANSLATE_NOOP(
    "CircleRule", "the round has begun; choose the mode for the next round"
)
NOTHING_TO_UNDO = QT_TRANSLATE_NOOP("CircleRule", "nothing to undo")
NO_ROUND = QT_TRANSLATE_NOOP("CircleRule", "no round has started")
NO_SUCH_SEAT = QT_TRANSLATE_NOOP("CircleRule", "no such seat")
TAP_FIRST = QT_TRANSLATE_NOOP("CircleRule", "tap the person who wants to speak first")
EVERYONE_HAD_IT = QT_TRANSLATE_NOOP("CircleRule", "everyone has had the piece in this round")
NO_NEXT_ROUND = QT_TRANSLATE_NOOP("CircleRule", "this is the last round")


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
            raise CircleRuleError(IN_TURN)
        if self.planned_rounds < 1:
            raise CircleRuleError("a circle needs at least one round")
