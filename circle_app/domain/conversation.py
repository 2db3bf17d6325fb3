"""The restorative conversation (docs/method.md M8-M10) as an event-recording state machine.

The same six questions go to every party (M8), asked by an uninvolved facilitator. Each
party in turn gets questions 1-5 all in one go before the turn passes on; when every party
has answered, question 6 goes to every party in the same order (M9): past, present, future.

As with the circle, the conversation's state is a pure function of its setup and its
events: undo drops the last event, resuming replays what the store has. An event records
who had the turn, which step, and when. Never what anyone said.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from circle_app.domain.enums import Role
from circle_app.domain.name_rules import name_refusal

#: The six questions' ids in the conversation banks, in their fixed order (M8).
QUESTION_IDS: tuple[str, ...] = ("q1", "q2", "q3", "q4", "q5", "q6")
#: Questions 1-5: asked to one party all in one go (M9).
STORY_QUESTION_IDS: tuple[str, ...] = QUESTION_IDS[:5]
#: Question 6: asked to every party, in order, after all have told their story (M9).
FUTURE_QUESTION_ID = QUESTION_IDS[5]
#: "What happened?" comes first (M10).
FIRST_QUESTION_ID = QUESTION_IDS[0]


def conversation_bank_id(language: str) -> str:
    """The shipped bank that holds the six questions in a language."""
    return f"{language}-conversation"


class Step(StrEnum):
    """A party's two turns: their story (questions 1-5), then what should happen now (6)."""

    STORY = "story"
    FUTURE = "future"


class Phase(StrEnum):
    """The three-step progress the board shows: past, present, future (M9)."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


PHASES: tuple[Phase, ...] = (Phase.PAST, Phase.PRESENT, Phase.FUTURE)

#: Which part of the arc each question belongs to: what happened and what you thought
#: then (past), what you have thought since, how it affected you, the hardest (present),
#: what should happen now (future).
QUESTION_PHASE: dict[str, Phase] = {
    "q1": Phase.PAST,
    "q2": Phase.PAST,
    "q3": Phase.PRESENT,
    "q4": Phase.PRESENT,
    "q5": Phase.PRESENT,
    "q6": Phase.FUTURE,
}


def questions_for(step: Step) -> tuple[str, ...]:
    """The questions of a step. They depend on the step only, never on the party (M8)."""
    return STORY_QUESTION_IDS if step is Step.STORY else (FUTURE_QUESTION_ID,)


class ConversationRuleError(ValueError):
    """An action the method (or the conversation's state) does not allow."""


@dataclass(frozen=True, slots=True)
class Party:
    """Someone the conflict is about. Named in the case or the setup; no person record needed."""

    position: int
    name: str
    role: Role | None = None


@dataclass(frozen=True, slots=True)
class Facilitator:
    """An uninvolved adult or student (M8)."""

    name: str
    role: Role = Role.STAFF


@dataclass(frozen=True, slots=True)
class ConversationSetup:
    parties: tuple[Party, ...]
    facilitator: Facilitator
    language: str = "da"

    def __post_init__(self) -> None:
        if len(self.parties) < 2:
            raise ConversationRuleError("a restorative conversation needs two or more parties")
        if [party.position for party in self.parties] != list(range(len(self.parties))):
            raise ConversationRuleError("parties must be numbered 0..n-1 in the order of asking")
        if any(not party.name.strip() for party in self.parties):
            raise ConversationRuleError("every party needs a name")
        named = [party.name for party in self.parties]
        if self.facilitator.name.strip():
            named.append(self.facilitator.name)
        if any(name_refusal(name) is not None for name in named):
            raise ConversationRuleError(
                "a name holds a control, direction or zero-width character, or is too long"
            )
        if self.facilitator.role not in (Role.STAFF, Role.PUPIL):
            raise ConversationRuleError("the facilitator is a member of staff or a student (M8)")
        facilitator = _normal(self.facilitator.name)
        if facilitator and any(_normal(party.name) == facilitator for party in self.parties):
            raise ConversationRuleError("the facilitator must not be one of the parties (M8)")


def _normal(name: str) -> str:
    return " ".join(name.casefold().split())


@dataclass(frozen=True, slots=True)
class Turn:
    """One place in the order of asking: this party, this step."""

    step: Step
    party: int

    @property
    def questions(self) -> tuple[str, ...]:
        return questions_for(self.step)


def order_of_asking(parties: int) -> tuple[Turn, ...]:
    """M9: each party's story (questions 1-5) in turn, then question 6 to each, in order."""
    return tuple(Turn(Step.STORY, party) for party in range(parties)) + tuple(
        Turn(Step.FUTURE, party) for party in range(parties)
    )


@dataclass(frozen=True, slots=True)
class TurnDone:
    """A party has had its turn at a step (answered, or chose not to say more)."""

    step: Step
    party: int
    started_at: datetime
    at: datetime


@dataclass(frozen=True, slots=True)
class PhaseView:
    phase: Phase
    state: str  # "done" | "current" | "todo"


class Conversation:
    """A conversation in progress: its setup, its events, and what follows from them."""

    def __init__(
        self,
        setup: ConversationSetup,
        events: Iterable[TurnDone] = (),
        started_at: datetime | None = None,
    ) -> None:
        self.setup = setup
        self.started_at = started_at
        self._order = order_of_asking(len(setup.parties))
        self._events: list[TurnDone] = []
        for event in events:
            self._apply(event)

    # -- reading -------------------------------------------------------------------------

    @property
    def events(self) -> Sequence[TurnDone]:
        return tuple(self._events)

    @property
    def order(self) -> tuple[Turn, ...]:
        return self._order

    @property
    def current(self) -> Turn | None:
        """Whose turn it is and at which step; None when every party has had both turns."""
        index = len(self._events)
        return self._order[index] if index < len(self._order) else None

    @property
    def next(self) -> Turn | None:
        index = len(self._events) + 1
        return self._order[index] if index < len(self._order) else None

    @property
    def finished(self) -> bool:
        return self.current is None

    @property
    def current_party(self) -> Party | None:
        turn = self.current
        return self.setup.parties[turn.party] if turn else None

    def progress(self) -> tuple[int, int]:
        """(turns had, turns in all)."""
        return len(self._events), len(self._order)

    def phases(self) -> tuple[PhaseView, ...]:
        """Past, present, future: which the questions on the board are about now."""
        turn = self.current
        if turn is None:
            return tuple(PhaseView(phase, "done") for phase in PHASES)
        asked = {QUESTION_PHASE[question] for question in turn.questions}
        result = []
        seen_current = False
        for phase in PHASES:
            if phase in asked:
                result.append(PhaseView(phase, "current"))
                seen_current = True
            else:
                result.append(PhaseView(phase, "todo" if seen_current else "done"))
        return tuple(result)

    # -- actions: each returns the event to record --------------------------------------

    def done(self, at: datetime, started_at: datetime | None = None) -> TurnDone:
        """The party with the turn has answered; the turn passes on (M9)."""
        turn = self.current
        if turn is None:
            raise ConversationRuleError("every party has had both turns")
        since = started_at or (self._events[-1].at if self._events else self.started_at or at)
        event = TurnDone(turn.step, turn.party, since, at)
        self._apply(event)
        return event

    def undo(self) -> TurnDone:
        if not self._events:
            raise ConversationRuleError("nothing to undo")
        return self._events.pop()

    # -- internals -----------------------------------------------------------------------

    def _apply(self, event: TurnDone) -> None:
        expected = self.current
        if expected is None or (event.step, event.party) != (expected.step, expected.party):
            raise ConversationRuleError(
                "turns follow the order of asking: stories first, then question 6 (M9)"
            )
        self._events.append(event)
