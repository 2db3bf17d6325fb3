"""The conference's vocabulary (docs/method.md M11-M15): who takes part, their consent, the
pre-meeting, the agreed action, and every reason the app refuses a change.

`circle_app.domain.conference` re-exports all of it; the case and its rules live there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from circle_app.domain.enums import Role

ADULT_AGE = 18


class ParticipantRole(StrEnum):
    """Who takes part (M12), the most affected first."""

    AFFECTED = "affected"  # most affected parties
    CAUSED_HARM = "caused_harm"  # persons who caused harm
    GUARDIAN = "guardian"  # parents / guardians
    PERIPHERAL = "peripheral"  # parties from the periphery of the conflict
    RESOURCE = "resource"  # pedagogue, class teacher, coach…
    LEADERSHIP = "leadership"  # school / institution leadership


PARTICIPANT_ROLES: tuple[ParticipantRole, ...] = tuple(ParticipantRole)

#: The parties the facilitator meets before the conference (M11). Resource persons and
#: leadership are invited to help, they are not parties of the conflict.
PARTY_ROLES: frozenset[ParticipantRole] = frozenset(
    {
        ParticipantRole.AFFECTED,
        ParticipantRole.CAUSED_HARM,
        ParticipantRole.GUARDIAN,
        ParticipantRole.PERIPHERAL,
    }
)


#: A participant's role in a conversation or circle: children are pupils; adults by this.
PERSON_ROLE: dict[ParticipantRole, Role] = {
    ParticipantRole.GUARDIAN: Role.PARENT,
    ParticipantRole.RESOURCE: Role.STAFF,
    ParticipantRole.LEADERSHIP: Role.STAFF,
}


class Consent(StrEnum):
    """Taking part is voluntary (M13)."""

    INVITED = "invited"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class MeetingPlace(StrEnum):
    """Where a pre-meeting is held, as the party prefers (M11)."""

    HOME = "home"
    SCHOOL = "school"
    ELSEWHERE = "elsewhere"


class ActionStatus(StrEnum):
    AGREED = "agreed"
    DONE = "done"
    NOT_DONE = "not_done"
    RENEGOTIATED = "renegotiated"
    #: Closed at a follow-up meeting without being (fully) kept: nothing more is asked.
    CLOSED = "closed"


OPEN_STATUSES: frozenset[ActionStatus] = frozenset({ActionStatus.AGREED, ActionStatus.NOT_DONE})


class Note(StrEnum):
    """What the case screen points out about facilitation (M15)."""

    OWN_INSTITUTION = "own_institution"  # warning: facilitators facilitate other institutions
    POLICE_INVOLVED = "police_involved"  # an impartial facilitator from crime prevention


class Refusal(StrEnum):
    """Why the app refuses a change or the start of the conference."""

    MINOR_WITHOUT_GUARDIAN = "minor_without_guardian"  # M13
    GUARDIAN_NEEDED_BY_MINOR = "guardian_needed_by_minor"  # M13, seen from the guardian
    GUARDIAN_NOT_A_GUARDIAN = "guardian_not_a_guardian"
    GUARDIAN_IS_SELF = "guardian_is_self"
    PRE_MEETING_MISSING = "pre_meeting_missing"  # M11 (can be overridden with a reason)
    TOO_FEW_TAKING_PART = "too_few_taking_part"
    ALREADY_STARTED = "already_started"
    ACTION_INCOMPLETE = "action_incomplete"  # M14
    EMPTY_TITLE = "empty_title"
    EMPTY_NAME = "empty_name"
    NAME_NOT_ALLOWED = "name_not_allowed"  # a hidden character, or too long (name_rules)
    ACTION_WITHOUT_DATES = "action_without_dates"  # M14: when it is done, when followed up
    FOLLOW_UP_BEFORE_DUE = "follow_up_before_due"  # M14
    GUARDIAN_NOT_IN_CASE = "guardian_not_in_case"
    FACILITATOR_IS_PARTICIPANT = "facilitator_is_participant"  # M8, M15: an uninvolved one
    # following up (M14)
    FOLLOW_UP_NOTHING = "follow_up_nothing"  # a meeting follows up at least one action
    FOLLOW_UP_TWICE = "follow_up_twice"  # each action once per meeting
    FOLLOW_UP_ACTION_NOT_OPEN = "follow_up_action_not_open"  # closed, or not this case's
    FOLLOW_UP_NEW_DATE_MISSING = "follow_up_new_date_missing"  # a new date after the meeting
    FOLLOW_UP_NEW_ACTION_MISSING = "follow_up_new_action_missing"


class ConferenceRuleError(ValueError):
    """A change the method does not allow. `refusal` says which rule; `names` who."""

    def __init__(self, refusal: Refusal, message: str, names: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.refusal = refusal
        self.names = tuple(names)


@dataclass(frozen=True, slots=True)
class Participant:
    id: int
    name: str
    role: ParticipantRole
    consent: Consent = Consent.INVITED
    birth_year: int | None = None
    #: Explicit answer to "under 18?"; None: go by the birth year (or: an adult).
    under_18: bool | None = None
    #: Parents/guardians (participants of the same case) a child comes with.
    guardian_ids: tuple[int, ...] = ()
    #: The person the name is linked to (store/person_links), so a circle can seat them.
    person_id: int | None = None

    @property
    def taking_part(self) -> bool:
        return self.consent is Consent.ACCEPTED

    def is_minor(self, today: date) -> bool:
        """Under 18. With only a birth year, anyone who may still be 17 counts as a child:
        the method protects children (M13); an explicit answer overrides the year."""
        if self.under_18 is not None:
            return self.under_18
        if self.birth_year is not None:
            return today.year - self.birth_year <= ADULT_AGE
        return False


@dataclass(frozen=True, slots=True)
class PreMeeting:
    """The facilitator's meeting with one party before the conference (M11).

    A child's pre-meeting is held together with their parents/guardians, so it covers the
    guardians linked to the child as well."""

    id: int
    participant_id: int
    held_on: date | None = None
    place: MeetingPlace = MeetingPlace.SCHOOL
    explained: str = ""  # what the facilitator explained about the conference
    expectations: str = ""  # who takes part and what it is about, as agreed
    done: bool = False


@dataclass(frozen=True, slots=True)
class Action:
    """One agreed action (M14): who carries it out and who follows it up are both required."""

    id: int
    description: str
    carried_out_by: str
    followed_up_by: str
    due_on: date
    follow_up_on: date
    status: ActionStatus = ActionStatus.AGREED
    is_consequence: bool = False  # a consequence for the person who caused harm (allowed)

    def __post_init__(self) -> None:
        check_action(self.description, self.carried_out_by, self.followed_up_by)
        if not isinstance(self.due_on, date) or not isinstance(self.follow_up_on, date):
            raise ConferenceRuleError(
                Refusal.ACTION_WITHOUT_DATES, "an action needs a due date and a follow-up date"
            )

    def check(self) -> None:
        """The rules a new or changed action keeps (M14). Checked before it is stored, not on
        loading: an action stored before a rule came in can still be read and corrected."""
        if self.follow_up_on < self.due_on:
            raise ConferenceRuleError(
                Refusal.FOLLOW_UP_BEFORE_DUE, "an action is followed up on or after its due date"
            )

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


def check_action(description: str, carried_out_by: str, followed_up_by: str) -> None:
    """M14: an action says what, who carries it out and who follows it up."""
    missing = [
        label
        for label, value in (
            ("description", description),
            ("who carries it out", carried_out_by),
            ("who follows it up", followed_up_by),
        )
        if not value.strip()
    ]
    if missing:
        raise ConferenceRuleError(
            Refusal.ACTION_INCOMPLETE,
            "an action needs " + ", ".join(missing) + " (M14)",
            missing,
        )
