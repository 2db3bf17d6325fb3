"""The conference (*konferencemøde*, docs/method.md M11-M15): a case, its participants, the
pre-meetings, the conference itself, the agreements that come out of it and their follow-up.

Plain frozen dataclasses and the method's rules as pure functions. The store checks a
change against these rules before it writes it, so a refused change is never stored.
Every refusal says why, in words a facilitator understands (the UI translates the code).
The vocabulary is in `conference_terms`, following up in `follow_up`; both are re-exported
here, so `from circle_app.domain.conference import …` finds every name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from circle_app.domain.conference_terms import ADULT_AGE as ADULT_AGE
from circle_app.domain.conference_terms import OPEN_STATUSES as OPEN_STATUSES
from circle_app.domain.conference_terms import PARTICIPANT_ROLES as PARTICIPANT_ROLES
from circle_app.domain.conference_terms import PARTY_ROLES as PARTY_ROLES
from circle_app.domain.conference_terms import Action as Action
from circle_app.domain.conference_terms import ActionStatus as ActionStatus
from circle_app.domain.conference_terms import ConferenceRuleError as ConferenceRuleError
from circle_app.domain.conference_terms import Consent as Consent
from circle_app.domain.conference_terms import MeetingPlace as MeetingPlace
from circle_app.domain.conference_terms import Note as Note
from circle_app.domain.conference_terms import Participant as Participant
from circle_app.domain.conference_terms import ParticipantRole as ParticipantRole
from circle_app.domain.conference_terms import PreMeeting as PreMeeting
from circle_app.domain.conference_terms import Refusal as Refusal
from circle_app.domain.conference_terms import check_action as check_action
from circle_app.domain.follow_up import DUE_WITHIN as DUE_WITHIN
from circle_app.domain.follow_up import FollowUpItem as FollowUpItem
from circle_app.domain.follow_up import FollowUpMeeting as FollowUpMeeting
from circle_app.domain.follow_up import FollowUpOutcome as FollowUpOutcome
from circle_app.domain.follow_up import FollowUpState as FollowUpState
from circle_app.domain.follow_up import Kept as Kept
from circle_app.domain.follow_up import NextStep as NextStep
from circle_app.domain.follow_up import Review as Review
from circle_app.domain.follow_up import follow_up_list as follow_up_list
from circle_app.domain.follow_up import follow_up_state as follow_up_state
from circle_app.domain.follow_up import outcome_of, review_actions
from circle_app.domain.name_rules import name_refusal


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

    def outcome_of(self, action_id: int) -> Kept | None:
        """How the action went at its latest follow-up meeting (None: not followed up)."""
        return outcome_of(self, action_id)

    def follow_up(self, held_on: date, reviews: Sequence[Review]) -> FollowUpOutcome:
        """A follow-up meeting's changes, if the rules allow them (M14; `follow_up`)."""
        return review_actions(self, held_on, reviews)

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
