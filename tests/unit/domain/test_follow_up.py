"""Following up what was agreed (docs/method.md M14): the follow-up meeting's rules, the
follow-up list per school year, the follow-up circle (issue 16)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from circle_app.domain.circle import CircleSetup
from circle_app.domain.conference import (
    Action,
    ActionStatus,
    Case,
    ConferenceRuleError,
    Consent,
    Participant,
    ParticipantRole,
    Refusal,
)
from circle_app.domain.enums import Role, RoundMode
from circle_app.domain.follow_up import (
    FollowUpMeeting,
    FollowUpState,
    Kept,
    NextStep,
    Review,
    SchoolYear,
    follow_up_circle,
    follow_up_list,
    kept_on_time,
    school_year,
)

TODAY = date(2026, 11, 26)
R = ParticipantRole


def action(aid: int, follow_up_in: int = 14, status: ActionStatus = ActionStatus.AGREED) -> Action:
    return Action(
        aid,
        f"Action {aid}",
        "Jonas",
        "Sofie",
        TODAY + timedelta(days=7),
        TODAY + timedelta(days=follow_up_in),
        status,
    )


def a_case(*actions: Action, meetings: tuple[FollowUpMeeting, ...] = ()) -> Case:
    return Case(
        1,
        "Break conflict",
        TODAY,
        "Malou",
        participants=(
            Participant(1, "Mette", R.GUARDIAN, Consent.ACCEPTED),
            Participant(2, "Emil", R.AFFECTED, Consent.ACCEPTED, TODAY.year - 12, None, (1,)),
            Participant(3, "Jonas", R.CAUSED_HARM, Consent.ACCEPTED, None, False),
            Participant(4, "Freja", R.PERIPHERAL, Consent.DECLINED),
        ),
        actions=actions,
        follow_up_meetings=meetings,
    )


MEETING_DAY = TODAY + timedelta(days=14)


def test_m14_a_follow_up_meeting_closes_kept_actions_and_keeps_the_rest_open() -> None:
    case = a_case(action(1), action(2), action(3), action(4))
    later = MEETING_DAY + timedelta(days=7)
    outcome = case.follow_up(
        MEETING_DAY,
        (
            Review(1, Kept.KEPT, NextStep.CLOSED),
            Review(2, Kept.PARTLY, NextStep.NEW_DATE, new_date=later),
            Review(3, Kept.NOT_KEPT, NextStep.CLOSED),
        ),
    )
    by_id = {a.id: a for a in outcome.changed}
    assert by_id[1].status is ActionStatus.DONE
    assert not by_id[1].is_open
    assert by_id[2].is_open
    assert by_id[2].follow_up_on == later
    assert by_id[3].status is ActionStatus.CLOSED
    assert not by_id[3].is_open
    assert 4 not in by_id  # a meeting may follow up some of the actions only
    assert outcome.new_actions == ()


def test_m14_a_new_action_replaces_the_one_followed_up() -> None:
    case = a_case(action(1))
    instead = Action(0, "Eat lunch together twice a week", "Jonas", "Sofie", TODAY, MEETING_DAY)
    outcome = case.follow_up(
        MEETING_DAY, (Review(1, Kept.NOT_KEPT, NextStep.NEW_ACTION, new_action=instead),)
    )
    assert outcome.changed[0].status is ActionStatus.RENEGOTIATED
    assert outcome.new_actions == (instead,)


@pytest.mark.parametrize(
    ("review", "refusal"),
    [
        (Review(1, Kept.KEPT, NextStep.NEW_DATE), Refusal.FOLLOW_UP_NEW_DATE_MISSING),
        (
            Review(1, Kept.KEPT, NextStep.NEW_DATE, new_date=MEETING_DAY),
            Refusal.FOLLOW_UP_NEW_DATE_MISSING,
        ),
        (Review(1, Kept.KEPT, NextStep.NEW_ACTION), Refusal.FOLLOW_UP_NEW_ACTION_MISSING),
        (Review(9, Kept.KEPT, NextStep.CLOSED), Refusal.FOLLOW_UP_ACTION_NOT_OPEN),
        (Review(5, Kept.KEPT, NextStep.CLOSED), Refusal.FOLLOW_UP_ACTION_NOT_OPEN),
    ],
)
def test_m14_a_follow_up_that_breaks_a_rule_is_refused_with_a_rule_error(
    review: Review, refusal: Refusal
) -> None:
    case = a_case(action(1), action(5, status=ActionStatus.DONE))
    with pytest.raises(ConferenceRuleError) as refused:
        case.follow_up(MEETING_DAY, (review,))
    assert refused.value.refusal is refusal


def test_m14_a_follow_up_meeting_follows_up_something_and_each_action_once() -> None:
    case = a_case(action(1))
    with pytest.raises(ConferenceRuleError) as nothing:
        case.follow_up(MEETING_DAY, ())
    assert nothing.value.refusal is Refusal.FOLLOW_UP_NOTHING
    twice = (Review(1, Kept.KEPT, NextStep.CLOSED), Review(1, Kept.PARTLY, NextStep.CLOSED))
    with pytest.raises(ConferenceRuleError) as refused:
        case.follow_up(MEETING_DAY, twice)
    assert refused.value.refusal is Refusal.FOLLOW_UP_TWICE


def test_m14_an_action_carries_the_outcome_of_its_last_follow_up() -> None:
    first = FollowUpMeeting(
        1, MEETING_DAY, reviews=(Review(1, Kept.PARTLY, NextStep.NEW_DATE, MEETING_DAY),)
    )
    second = FollowUpMeeting(
        2, MEETING_DAY + timedelta(days=7), reviews=(Review(1, Kept.KEPT, NextStep.CLOSED),)
    )
    case = a_case(action(1, status=ActionStatus.DONE), meetings=(first, second))
    assert case.outcome_of(1) is Kept.KEPT
    assert a_case(action(1)).outcome_of(1) is None
    assert not kept_on_time(case, 1)  # partly at the first follow-up: not on time
    on_time = a_case(action(1, status=ActionStatus.DONE), meetings=(second,))
    assert kept_on_time(on_time, 1)


def test_school_years_run_from_august_to_july() -> None:
    assert school_year(date(2026, 8, 1)) == SchoolYear(2026)
    assert school_year(date(2027, 7, 31)) == SchoolYear(2026)
    assert school_year(date(2026, 7, 31)) == SchoolYear(2025)
    assert str(SchoolYear(2026)) == "2026/27"
    assert str(SchoolYear(2099)) == "2099/00"
    assert date(2027, 7, 31) in SchoolYear(2026)
    assert date(2027, 8, 1) not in SchoolYear(2026)


def test_m14_the_follow_up_list_shows_due_overdue_and_closed_per_school_year() -> None:
    closed = action(1, 14, ActionStatus.DONE)
    overdue = action(2, 3)
    due = action(3, 10)
    next_year = Action(
        4, "Later", "Jonas", "Sofie", date(2027, 8, 2), date(2027, 8, 20), ActionStatus.AGREED
    )
    meeting = FollowUpMeeting(1, MEETING_DAY, reviews=(Review(1, Kept.KEPT, NextStep.CLOSED),))
    case = a_case(closed, overdue, due, next_year, meetings=(meeting,))
    today = TODAY + timedelta(days=5)
    items = follow_up_list([case], today, SchoolYear(2026))
    assert [(i.action.id, i.state) for i in items] == [
        (2, FollowUpState.OVERDUE),
        (3, FollowUpState.DUE),
        (1, FollowUpState.CLOSED),
    ]
    assert items[2].outcome is Kept.KEPT
    assert [i.action.id for i in follow_up_list([case], today, SchoolYear(2027))] == [4]
    assert len(follow_up_list([case], today)) == 4  # no year: all of them


def test_m14_a_follow_up_circle_seats_the_conference_participants_who_took_part() -> None:
    setup = follow_up_circle(a_case(action(1)), TODAY)
    assert isinstance(setup, CircleSetup)
    assert [seat.name for seat in setup.seats] == ["Mette", "Emil", "Jonas"]  # not Freja
    assert [seat.role for seat in setup.seats] == [Role.PARENT, Role.PUPIL, None]
    assert setup.present == frozenset({0, 1, 2})
    assert setup.first_mode is RoundMode.SEQUENTIAL
    assert setup.language == "da"
    with pytest.raises(ConferenceRuleError) as refused:
        follow_up_circle(Case(2, "Empty", TODAY, "Malou"), TODAY)
    assert refused.value.refusal is Refusal.TOO_FEW_TAKING_PART
