"""The conference (*konferencemøde*, docs/method.md M11-M15): a case, its participants, the
pre-meetings, the conference itself and the agreements that come out of it.

Plain frozen dataclasses and the method's rules as pure functions. The store checks a
change against these rules before it writes it, so a refused change is never stored.
Every refusal says why, in words a facilitator understands (the UI translates the code).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from circle_app.domain.name_rules import name_refusal

ADULT_AGE = 18
#: An open action whose follow-up date is this close counts as due.
DUE_WITHIN = timedelta(days=7)


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


OPEN_STATUSES: frozenset[ActionStatus] = frozenset({ActionStatus.AGREED, ActionStatus.NOT_DONE})


class FollowUpState(StrEnum):
    OVERDUE = "overdue"
    DUE = "due"
    UPCOMING = "upcoming"
    DONE = "done"
    RENEGOTIATED = "renegotiated"


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


@dataclass(frozen=True, slots=True)
class FollowUpMeeting:
    id: int
    held_on: date
    note: str = ""


@dataclass(frozen=True, slots=True)
class Case:
    id: int
    title: str
    held_on: date
    facilitator: str
    facilitator_own_institution: bool = False
    police_involved: bool = False
    language: str = "da"
    participants: tuple[Participant, ...] = ()
    pre_meetings: tuple[PreMeeting, ...] = ()
    actions: tuple[Action, ...] = ()
    follow_up_meetings: tuple[FollowUpMeeting, ...] = ()
    started_at: datetime | None = None
    start_override_reason: str | None = None
    conversation_id: int | None = None
    is_demo: bool = False

    # -- reading -------------------------------------------------------------------------

    def participant(self, participant_id: int) -> Participant:
        for participant in self.participants:
            if participant.id == participant_id:
                return participant
        raise KeyError(participant_id)

    def taking_part(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.taking_part)

    def pre_meeting_of(self, participant_id: int) -> PreMeeting | None:
        return next((m for m in self.pre_meetings if m.participant_id == participant_id), None)

    def notes(self) -> tuple[Note, ...]:
        """M15: a warning when the facilitator is from the parties' own institution; a note
        that an impartial facilitator from crime prevention is expected when police are in."""
        notes = []
        if self.facilitator_own_institution:
            notes.append(Note.OWN_INSTITUTION)
        if self.police_involved:
            notes.append(Note.POLICE_INVOLVED)
        return tuple(notes)

    def open_actions(self) -> tuple[Action, ...]:
        return tuple(action for action in self.actions if action.is_open)

    # -- the rules -----------------------------------------------------------------------

    def covered_by_pre_meeting(self, participant_id: int) -> bool:
        """A done pre-meeting of their own, or (a guardian) of a child they came with."""
        own = self.pre_meeting_of(participant_id)
        if own is not None and own.done:
            return True
        for child in self.participants:
            if participant_id in child.guardian_ids:
                meeting = self.pre_meeting_of(child.id)
                if meeting is not None and meeting.done:
                    return True
        return False

    def missing_pre_meetings(self) -> tuple[Participant, ...]:
        """M11: parties taking part whose pre-meeting is not done yet."""
        return tuple(
            p
            for p in self.taking_part()
            if p.role in PARTY_ROLES and not self.covered_by_pre_meeting(p.id)
        )

    def minors_without_guardian(self, today: date) -> tuple[Participant, ...]:
        """M13: children marked as taking part with no linked guardian who takes part."""
        taking = {p.id for p in self.taking_part()}
        return tuple(
            p
            for p in self.taking_part()
            if p.is_minor(today) and not any(g in taking for g in p.guardian_ids)
        )

    def check(self, today: date) -> None:
        """The invariants every stored case keeps (M13, and well-formed guardian links)."""
        ids = {p.id for p in self.participants}
        for participant in self.participants:
            if not participant.name.strip():
                raise ConferenceRuleError(Refusal.EMPTY_NAME, "every participant needs a name")
            if name_refusal(participant.name) is not None:
                raise ConferenceRuleError(
                    Refusal.NAME_NOT_ALLOWED,
                    "a name holds a control, direction or zero-width character, or is too long",
                )
            for guardian_id in participant.guardian_ids:
                if guardian_id == participant.id:
                    raise ConferenceRuleError(
                        Refusal.GUARDIAN_IS_SELF,
                        "a participant cannot be their own guardian",
                        [participant.name],
                    )
                if guardian_id not in ids:
                    raise ConferenceRuleError(
                        Refusal.GUARDIAN_NOT_IN_CASE,
                        "a guardian is linked from among the case's own participants",
                        [participant.name],
                    )
                if self.participant(guardian_id).role is not ParticipantRole.GUARDIAN:
                    raise ConferenceRuleError(
                        Refusal.GUARDIAN_NOT_A_GUARDIAN,
                        "only a participant in the parent/guardian role can be linked as one",
                        [self.participant(guardian_id).name],
                    )
        facilitator = _normal(self.facilitator)
        if facilitator and any(_normal(p.name) == facilitator for p in self.participants):
            raise ConferenceRuleError(
                Refusal.FACILITATOR_IS_PARTICIPANT,
                "the facilitator must not be one of the participants (M8, M15)",
                [self.facilitator.strip()],
            )
        lonely = self.minors_without_guardian(today)
        if lonely:
            raise ConferenceRuleError(
                Refusal.MINOR_WITHOUT_GUARDIAN,
                "a child under 18 cannot take part without a parent or guardian who takes "
                "part (M13)",
                [p.name for p in lonely],
            )
        if not self.title.strip():
            raise ConferenceRuleError(Refusal.EMPTY_TITLE, "the case needs a short title")

    def with_participant(self, participant: Participant, today: date) -> Case:
        """The case with a participant added or changed, if the rules allow it.

        Refused with a reason: a child marked as taking part with no guardian who takes
        part; a guardian withdrawn while a child taking part depends on them (M13)."""
        others = [p for p in self.participants if p.id != participant.id]
        position = next(
            (i for i, p in enumerate(self.participants) if p.id == participant.id), len(others)
        )
        others.insert(position, participant)
        case = replace(self, participants=tuple(others))
        try:
            case.check(today)
        except ConferenceRuleError as exc:
            if exc.refusal is Refusal.MINOR_WITHOUT_GUARDIAN and participant.id not in {
                p.id for p in case.minors_without_guardian(today)
            }:
                # The change left someone else without a guardian: say it from this side.
                raise ConferenceRuleError(
                    Refusal.GUARDIAN_NEEDED_BY_MINOR,
                    "a child taking part depends on this parent or guardian taking part (M13)",
                    exc.names,
                ) from exc
            raise
        return case

    def without_participant(self, participant_id: int, today: date) -> Case:
        remaining = tuple(
            replace(p, guardian_ids=tuple(g for g in p.guardian_ids if g != participant_id))
            for p in self.participants
            if p.id != participant_id
        )
        case = replace(
            self,
            participants=remaining,
            pre_meetings=tuple(m for m in self.pre_meetings if m.participant_id != participant_id),
        )
        lonely = case.minors_without_guardian(today)
        if lonely:
            raise ConferenceRuleError(
                Refusal.GUARDIAN_NEEDED_BY_MINOR,
                "a child taking part depends on this parent or guardian taking part (M13)",
                [p.name for p in lonely],
            )
        return case

    def start_blockers(self, today: date) -> tuple[ConferenceRuleError, ...]:
        """What stands in the way of starting the conference now."""
        blockers: list[ConferenceRuleError] = []
        if self.started_at is not None:
            blockers.append(
                ConferenceRuleError(Refusal.ALREADY_STARTED, "the conference has started")
            )
        if len(self.taking_part()) < 2:
            blockers.append(
                ConferenceRuleError(
                    Refusal.TOO_FEW_TAKING_PART, "at least two participants must take part"
                )
            )
        lonely = self.minors_without_guardian(today)
        if lonely:
            blockers.append(
                ConferenceRuleError(
                    Refusal.MINOR_WITHOUT_GUARDIAN,
                    "a child under 18 cannot take part without a parent or guardian (M13)",
                    [p.name for p in lonely],
                )
            )
        missing = self.missing_pre_meetings()
        if missing:
            blockers.append(
                ConferenceRuleError(
                    Refusal.PRE_MEETING_MISSING,
                    "every party taking part has a pre-meeting first (M11)",
                    [p.name for p in missing],
                )
            )
        return tuple(blockers)

    def check_start(self, today: date, override_reason: str | None = None) -> None:
        """Raise the first blocker. Only missing pre-meetings can be overridden, with a reason.

        Voluntary (M13): nobody has to take part; the conference goes ahead with those who
        accepted, as long as at least two do and every child among them has a guardian."""
        reason = (override_reason or "").strip()
        for blocker in self.start_blockers(today):
            if blocker.refusal is Refusal.PRE_MEETING_MISSING and reason:
                continue
            raise blocker


def _normal(name: str) -> str:
    """A name as the facilitator rule compares it (the conversation's rule, M8)."""
    return " ".join(name.casefold().split())


def follow_up_state(action: Action, today: date) -> FollowUpState:
    if action.status is ActionStatus.DONE:
        return FollowUpState.DONE
    if action.status is ActionStatus.RENEGOTIATED:
        return FollowUpState.RENEGOTIATED
    if action.follow_up_on < today:
        return FollowUpState.OVERDUE
    if action.follow_up_on <= today + DUE_WITHIN:
        return FollowUpState.DUE
    return FollowUpState.UPCOMING


@dataclass(frozen=True, slots=True)
class FollowUpItem:
    case_id: int
    case_title: str
    action: Action
    state: FollowUpState
    last_meeting: date | None = None


_ORDER = {
    FollowUpState.OVERDUE: 0,
    FollowUpState.DUE: 1,
    FollowUpState.UPCOMING: 2,
    FollowUpState.DONE: 3,
    FollowUpState.RENEGOTIATED: 4,
}


def follow_up_list(cases: Sequence[Case], today: date) -> list[FollowUpItem]:
    """Every action across the cases: overdue first, then due, upcoming, done."""
    items = [
        FollowUpItem(
            case.id,
            case.title,
            action,
            follow_up_state(action, today),
            max((m.held_on for m in case.follow_up_meetings), default=None),
        )
        for case in cases
        for action in case.actions
    ]
    items.sort(key=lambda item: (_ORDER[item.state], item.action.follow_up_on, item.case_id))
    return items


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """A row of the case list (and of `circle-app agreements list`)."""

    id: int
    title: str
    held_on: date
    participants: int
    taking_part: int
    open_actions: tuple[Action, ...] = field(default_factory=tuple)
    started: bool = False
    is_demo: bool = False
