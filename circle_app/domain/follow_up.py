"""Following up what was agreed (docs/method.md M14): the follow-up meeting, the follow-up
list per school year, and the follow-up circle.

At a follow-up meeting the person who follows an action up records, for each action, whether
it was kept, partly kept or not kept, and the next step: a new follow-up date, a new action
instead, or closed. Nothing anyone said is recorded, only those choices (docs/method.md,
"What the method implies for data").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.conference_terms import (
    PERSON_ROLE,
    Action,
    ActionStatus,
    ConferenceRuleError,
    Refusal,
)
from circle_app.domain.enums import BankKind, CircleKind, Role, RoundMode
from circle_app.domain.plan import FixedPrompt, Plan, PlannedRound, RoundPrompt

if TYPE_CHECKING:
    from circle_app.domain.conference import Case

#: An open action whose follow-up date is this close counts as due.
DUE_WITHIN = timedelta(days=7)


class Kept(StrEnum):
    """How an agreed action went, as its follow-up owner records it."""

    KEPT = "kept"
    PARTLY = "partly"
    NOT_KEPT = "not_kept"


class NextStep(StrEnum):
    NEW_DATE = "new_date"  # followed up again on a later date
    NEW_ACTION = "new_action"  # a new action is agreed instead
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Review:
    """One action at a follow-up meeting: how it went and what happens next."""

    action_id: int
    kept: Kept
    next_step: NextStep
    new_date: date | None = None  # NextStep.NEW_DATE: the next follow-up, after the meeting
    new_action: Action | None = None  # NextStep.NEW_ACTION: what is agreed instead


@dataclass(frozen=True, slots=True)
class FollowUpMeeting:
    """A follow-up meeting of a case, about some or all of its open actions."""

    id: int
    held_on: date
    note: str = ""  # kept from before follow-up outcomes; nothing new is written here
    reviews: tuple[Review, ...] = ()


@dataclass(frozen=True, slots=True)
class FollowUpOutcome:
    """What a follow-up meeting changes: the actions followed up, and new ones agreed."""

    changed: tuple[Action, ...]
    new_actions: tuple[Action, ...]


def _refuse(refusal: Refusal, message: str) -> ConferenceRuleError:
    return ConferenceRuleError(refusal, message)


def review_actions(case: Case, held_on: date, reviews: Sequence[Review]) -> FollowUpOutcome:
    """The rules of a follow-up meeting (M14), applied to the case's actions.

    Each review is of one of the case's open actions, each action once; a new date comes
    after the meeting (and not before the action's due date); a new action is complete."""
    if not reviews:
        raise _refuse(Refusal.FOLLOW_UP_NOTHING, "a follow-up meeting follows up an action")
    open_actions = {action.id: action for action in case.open_actions()}
    seen: set[int] = set()
    changed: list[Action] = []
    new_actions: list[Action] = []
    for review in reviews:
        if review.action_id in seen:
            raise _refuse(Refusal.FOLLOW_UP_TWICE, "each action is followed up once a meeting")
        seen.add(review.action_id)
        action = open_actions.get(review.action_id)
        if action is None:
            raise _refuse(
                Refusal.FOLLOW_UP_ACTION_NOT_OPEN, "only this case's open actions are followed up"
            )
        changed.append(_after(action, review, held_on))
        if review.next_step is NextStep.NEW_ACTION:
            assert review.new_action is not None  # _after refused it otherwise
            review.new_action.check()
            new_actions.append(review.new_action)
    return FollowUpOutcome(tuple(changed), tuple(new_actions))


def _after(action: Action, review: Review, held_on: date) -> Action:
    if review.next_step is NextStep.CLOSED:
        closed = ActionStatus.DONE if review.kept is Kept.KEPT else ActionStatus.CLOSED
        return replace(action, status=closed)
    if review.next_step is NextStep.NEW_ACTION:
        if review.new_action is None:
            raise _refuse(
                Refusal.FOLLOW_UP_NEW_ACTION_MISSING, "a new action says what is agreed instead"
            )
        return replace(action, status=ActionStatus.RENEGOTIATED)
    if review.new_date is None or review.new_date <= held_on:
        raise _refuse(
            Refusal.FOLLOW_UP_NEW_DATE_MISSING, "a new follow-up date comes after the meeting"
        )
    status = ActionStatus.NOT_DONE if review.kept is Kept.NOT_KEPT else ActionStatus.AGREED
    moved = replace(action, follow_up_on=review.new_date, status=status)
    moved.check()  # not followed up before it is due
    return moved


def _reviews_of(case: Case, action_id: int) -> list[Review]:
    meetings = sorted(case.follow_up_meetings, key=lambda m: (m.held_on, m.id))
    return [r for m in meetings for r in m.reviews if r.action_id == action_id]


def latest_review(case: Case, action_id: int) -> Review | None:
    """The action at its latest follow-up meeting; None: not followed up yet."""
    reviews = _reviews_of(case, action_id)
    return reviews[-1] if reviews else None


def outcome_of(case: Case, action_id: int) -> Kept | None:
    """How the action went at its latest follow-up; None: not followed up yet."""
    review = latest_review(case, action_id)
    return review.kept if review else None


def counts_as_kept_on_time(first: Kept) -> bool:
    """An action is kept on time when it was kept by the first time it was followed up
    (no new date, no new action needed). The dashboard's count, defined once."""
    return first is Kept.KEPT


def kept_on_time(case: Case, action_id: int) -> bool:
    reviews = _reviews_of(case, action_id)
    return bool(reviews) and counts_as_kept_on_time(reviews[0].kept)


# -- school years and the follow-up list -----------------------------------------------


@dataclass(frozen=True, slots=True, order=True)
class SchoolYear:
    """A Danish school year: 1 August to 31 July, written "2026/27"."""

    start_year: int

    @property
    def first_day(self) -> date:
        return date(self.start_year, 8, 1)

    @property
    def last_day(self) -> date:
        return date(self.start_year + 1, 7, 31)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first_day <= day <= self.last_day

    def __str__(self) -> str:
        return f"{self.start_year}/{(self.start_year + 1) % 100:02d}"


def school_year(day: date) -> SchoolYear:
    return SchoolYear(day.year if day.month >= 8 else day.year - 1)


def parse_school_year(text: str) -> SchoolYear:
    """ "2026/27" -> SchoolYear(2026); ValueError for anything else."""
    start, slash, end = text.strip().partition("/")
    if not (slash and start.isdigit() and len(start) == 4 and end.isdigit() and len(end) == 2):
        raise ValueError(text)
    year = SchoolYear(int(start))
    if (year.start_year + 1) % 100 != int(end):
        raise ValueError(text)
    return year


class FollowUpState(StrEnum):
    OVERDUE = "overdue"
    DUE = "due"
    UPCOMING = "upcoming"
    CLOSED = "closed"  # done, or closed at a follow-up meeting
    RENEGOTIATED = "renegotiated"  # a new action was agreed instead


def follow_up_state(action: Action, today: date) -> FollowUpState:
    if action.status in (ActionStatus.DONE, ActionStatus.CLOSED):
        return FollowUpState.CLOSED
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
    outcome: Kept | None = None  # at the latest follow-up meeting


_ORDER = {
    FollowUpState.OVERDUE: 0,
    FollowUpState.DUE: 1,
    FollowUpState.UPCOMING: 2,
    FollowUpState.CLOSED: 3,
    FollowUpState.RENEGOTIATED: 4,
}


def follow_up_list(
    cases: Sequence[Case], today: date, year: SchoolYear | None = None
) -> list[FollowUpItem]:
    """Every action across the cases (those followed up in `year`, if given): overdue
    first, then due, upcoming, closed."""
    items = [
        FollowUpItem(
            case.id,
            case.title,
            action,
            follow_up_state(action, today),
            max((m.held_on for m in case.follow_up_meetings), default=None),
            outcome_of(case, action.id),
        )
        for case in cases
        for action in case.actions
        if year is None or action.follow_up_on in year
    ]
    items.sort(key=lambda item: (_ORDER[item.state], item.action.follow_up_on, item.case_id))
    return items


def school_years(cases: Sequence[Case], today: date) -> list[SchoolYear]:
    """The school years with actions to follow up, and this one; the newest first."""
    years = {school_year(today)}
    years.update(school_year(a.follow_up_on) for case in cases for a in case.actions)
    return sorted(years, reverse=True)


# -- the follow-up circle ------------------------------------------------------------------

#: A follow-up circle's rounds draw from the banks of this kind ("how has it gone since?").
FOLLOW_UP_BANK = BankKind.FOLLOWUP
FOLLOW_UP_QUESTIONS = ("how-since", "what-helped", "keep-doing")
"""The follow-up circle's rounds: prompts of the `followup` bank pair, in this order."""

FOLLOW_UP_PLAN = Plan(
    id="follow-up-circle",
    kind=CircleKind.PEACETIME,
    titles=(("da", "Opfølgningscirkel"), ("en", "Follow-up circle")),
    rounds=tuple(
        PlannedRound(RoundPrompt.FIXED, fixed=FixedPrompt("followup", question))
        for question in FOLLOW_UP_QUESTIONS
    ),
)


def follow_up_circle(case: Case, today: date) -> CircleSetup:
    """A circle with those who took part in the conference, in their order, kept by the
    facilitator: rounds in turn, for "how has it gone since?" (bank kind FOLLOW_UP_BANK).

    It is not a conflict circle (its four stages are not asked again) and looks ahead."""
    taking = case.taking_part()
    if len(taking) < 2:
        raise _refuse(Refusal.TOO_FEW_TAKING_PART, "a follow-up circle needs two who took part")
    seats = tuple(
        Seat(
            position,
            participant.person_id,
            participant.name,
            participant.name.split()[0],
            Role.PUPIL if participant.is_minor(today) else PERSON_ROLE.get(participant.role),
        )
        for position, participant in enumerate(taking)
    )
    return CircleSetup(
        kind=CircleKind.PEACETIME,
        seats=seats,
        present=frozenset(range(len(seats))),
        start_seat=0,
        plan=FOLLOW_UP_PLAN,
        language=case.language,
        keeper_role=Role.STAFF,
        first_mode=RoundMode.SEQUENTIAL,
    )
