"""The method's vocabulary as enums (docs/method.md). Widgets turn them into translated text."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class AgeBand(StrEnum):
    """Age bands used by Danish schools, plus adults."""

    INDSKOLING = "indskoling"  # grades 0-3
    MELLEMTRIN = "mellemtrin"  # grades 4-6
    UDSKOLING = "udskoling"  # grades 7-9
    VOKSNE = "voksne"  # parents, staff


class BankKind(StrEnum):
    """What a bank is for. Circles draw from the first four (`CircleKind.bank_kind`)."""

    PEACETIME = "peacetime"
    CONFLICT = "conflict"
    ACADEMIC = "academic"
    PARENTS = "parents"
    AFFECTIVE = "affective"
    CONVERSATION = "conversation"
    CHECKIN = "checkin"  # the opening round of a circle
    CHECKOUT = "checkout"  # the closing round
    FOLLOWUP = "followup"  # after a conference or a conflict circle
    STAFF = "staff"  # circles among colleagues
    SUPPORT = "support"  # grief, loss, a crisis: facilitator-only, never drawn at random


class Stage(StrEnum):
    """The conflict circle's four rounds, in their fixed order (M4)."""

    EXPERIENCED = "experienced"
    AFFECTED = "affected"
    NEEDS = "needs"
    SOLUTIONS = "solutions"


CONFLICT_STAGES: tuple[Stage, ...] = (
    Stage.EXPERIENCED,
    Stage.AFFECTED,
    Stage.NEEDS,
    Stage.SOLUTIONS,
)


class CircleKind(StrEnum):
    """What a circle is for. Peacetime, academic and parents circles are proactive (M3, M5)."""

    PEACETIME = "peacetime"
    ACADEMIC = "academic"
    PARENTS = "parents"
    CONFLICT = "conflict"

    @property
    def bank_kind(self) -> BankKind:
        return BankKind(self.value)

    @property
    def is_proactive(self) -> bool:
        return self is not CircleKind.CONFLICT


class RoundMode(StrEnum):
    """M2: a round goes seat by seat, or is open (the keeper taps who speaks)."""

    SEQUENTIAL = "sequential"
    OPEN = "open"


class Direction(StrEnum):
    CLOCKWISE = "clockwise"
    COUNTER_CLOCKWISE = "counter_clockwise"


class Outcome(StrEnum):
    SPOKE = "spoke"
    PASSED = "passed"


class Offer(IntEnum):
    """How a turn came: the piece came round (1), or was offered again after a pass (2, M1).

    A pass at `AGAIN` is final for the round. The values are what the store keeps."""

    FIRST = 1
    AGAIN = 2


class NextAction(StrEnum):
    """What *Next* does now (`Circle.next_action`): one answer for the button and the keys."""

    SPEAK = "speak"  # the holder spoke; the piece moves on
    NEXT_ROUND = "next_round"  # the round is over (or open): begin the next one
    FINISH = "finish"  # the last round is over: the circle ends


class Role(StrEnum):
    """Who a person is in a group; any of them may keep the circle (M6)."""

    PUPIL = "pupil"
    STAFF = "staff"
    PARENT = "parent"
    GUEST = "guest"


class GroupKind(StrEnum):
    CLASS = "class"
    SFO = "sfo"
    CLUB = "club"
    PARENT_MEETING = "parent_meeting"
    STAFF = "staff"


class Language(StrEnum):
    DA = "da"
    EN = "en"
