"""Conference cases on disk: rules checked before anything is written (M11-M15)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import Engine

from circle_app.domain.conference import (
    Action,
    ActionStatus,
    ConferenceRuleError,
    Consent,
    FollowUpState,
    MeetingPlace,
    Participant,
    ParticipantRole,
    PreMeeting,
    Refusal,
)
from circle_app.domain.conversation import Step
from circle_app.domain.follow_up import Kept, NextStep, Review, SchoolYear
from circle_app.store.conferences import NEW, ConferenceStore, add_demo_actions, create_demo_case
from circle_app.store.conversations import ConversationStore

TODAY = date(2026, 11, 26)
R = ParticipantRole


def test_m13_a_refused_child_is_never_stored(engine: Engine) -> None:
    store = ConferenceStore(engine)
    case_id = store.create_case("Break", TODAY, "Malou")
    with pytest.raises(ConferenceRuleError) as refused:
        store.save_participant(
            case_id, Participant(NEW, "Emil", R.AFFECTED, Consent.ACCEPTED, under_18=True), TODAY
        )
    assert refused.value.refusal is Refusal.MINOR_WITHOUT_GUARDIAN
    assert store.load(case_id).participants == ()
    case = store.save_participant(
        case_id, Participant(NEW, "Mette", R.GUARDIAN, Consent.ACCEPTED), TODAY
    )
    mette = case.participants[0].id
    case = store.save_participant(
        case_id,
        Participant(NEW, "Emil", R.AFFECTED, Consent.ACCEPTED, TODAY.year - 11, None, (mette,)),
        TODAY,
    )
    assert [p.name for p in case.taking_part()] == ["Mette", "Emil"]
    assert case.participants[1].guardian_ids == (mette,)
    with pytest.raises(ConferenceRuleError):
        store.set_consent(case_id, mette, Consent.DECLINED, TODAY)
    with pytest.raises(ConferenceRuleError):
        store.remove_participant(case_id, mette, TODAY)
    assert store.load(case_id).participant(mette).consent is Consent.ACCEPTED


def test_m11_start_is_gated_by_pre_meetings_and_override_is_kept(engine: Engine) -> None:
    store = ConferenceStore(engine)
    case_id = create_demo_case(store, "en", TODAY)
    case = store.load(case_id)
    jonas = next(p for p in case.participants if p.name.startswith("Jonas"))
    store.save_pre_meeting(
        case_id, replace(case.pre_meeting_of(jonas.id) or PreMeeting(NEW, jonas.id), done=False)
    )
    with pytest.raises(ConferenceRuleError) as refused:
        store.start(case_id, TODAY)
    assert refused.value.refusal is Refusal.PRE_MEETING_MISSING
    assert store.load(case_id).started_at is None
    conversation_id = store.start(case_id, TODAY, override_reason="Met by phone")
    case = store.load(case_id)
    assert case.start_override_reason == "Met by phone"
    assert case.conversation_id == conversation_id
    conversation = ConversationStore(engine).load(conversation_id)
    # M14: the same questions round for everyone taking part, in the participants' order.
    assert [p.name for p in conversation.setup.parties] == [p.name for p in case.taking_part()]
    assert "Freja Larsen" not in [p.name for p in conversation.setup.parties]  # declined (M13)
    assert conversation.current is not None
    assert conversation.current.step is Step.STORY


def test_pre_meeting_fields_are_kept(engine: Engine) -> None:
    store = ConferenceStore(engine)
    case_id = store.create_case("Break", TODAY, "Malou", police_involved=True)
    pid = store.save_participant(case_id, Participant(NEW, "Jonas", R.CAUSED_HARM), TODAY)
    jonas = pid.participants[0].id
    meeting = PreMeeting(NEW, jonas, TODAY, MeetingPlace.ELSEWHERE, "The questions", "Who", True)
    stored = store.save_pre_meeting(case_id, meeting).pre_meeting_of(jonas)
    assert stored is not None
    assert (stored.place, stored.explained, stored.expectations, stored.done) == (
        MeetingPlace.ELSEWHERE,
        "The questions",
        "Who",
        True,
    )
    assert len(store.save_pre_meeting(case_id, replace(meeting, done=False)).pre_meetings) == 1


def test_agreements_and_follow_up_across_cases(engine: Engine) -> None:
    store = ConferenceStore(engine)
    case_id = create_demo_case(store, "da", TODAY)
    case = add_demo_actions(store, case_id, "da", TODAY)
    assert len(case.actions) == 3
    assert any(action.is_consequence for action in case.actions)
    first = case.actions[0]
    store.set_action_status(case_id, first.id, ActionStatus.DONE)
    later = TODAY + timedelta(days=8)  # the play-date follow-up (7 days) is overdue by then
    items = store.follow_up(later)
    states = {item.action.description: item.state for item in items}
    assert states[first.description] is FollowUpState.CLOSED
    assert FollowUpState.OVERDUE in states.values()
    store.hold_follow_up(case_id, later, [Review(case.actions[2].id, Kept.PARTLY, NextStep.CLOSED)])
    assert store.follow_up(later)[0].last_meeting == later
    summary = store.summaries()[0]
    assert len(summary.open_actions) == 1  # one done, one closed at the follow-up


def test_m14_an_incomplete_action_is_refused_before_the_store(engine: Engine) -> None:
    store = ConferenceStore(engine)
    case_id = store.create_case("Break", TODAY, "Malou")
    with pytest.raises(ConferenceRuleError):
        store.save_action(case_id, Action(NEW, "Lunch", "Jonas", "", TODAY, TODAY))
    assert store.load(case_id).actions == ()


def test_deleting_a_case_erases_everything_in_it(engine: Engine) -> None:
    store = ConferenceStore(engine)
    case_id = create_demo_case(store, "en", TODAY)
    store.start(case_id, TODAY)
    store.delete_case(case_id)
    assert store.cases() == []
    assert ConversationStore(engine).unfinished() == []


def test_m14_a_dateless_action_is_a_rule_error_through_the_store_and_nothing_is_written(
    engine: Engine,
) -> None:
    store = ConferenceStore(engine)
    case_id = store.create_case("Break", TODAY, "Malou")
    with pytest.raises(ConferenceRuleError) as refused:
        store.save_action(
            case_id,
            Action(NEW, "Lunch", "Jonas", "Sofie", None, TODAY),  # type: ignore[arg-type]
        )
    assert refused.value.refusal is Refusal.ACTION_WITHOUT_DATES
    assert "Jonas" not in str(refused.value)
    assert "Sofie" not in str(refused.value)
    with pytest.raises(ConferenceRuleError) as refused:
        store.save_action(
            case_id, Action(NEW, "Lunch", "Jonas", "Sofie", TODAY, TODAY - timedelta(days=1))
        )
    assert refused.value.refusal is Refusal.FOLLOW_UP_BEFORE_DUE
    assert store.load(case_id).actions == ()


def test_m14_a_guardian_from_another_case_is_refused_by_the_store(engine: Engine) -> None:
    store = ConferenceStore(engine)
    other = store.create_case("Other", TODAY, "Malou")
    mette = store.save_participant(
        other, Participant(NEW, "Mette", ParticipantRole.GUARDIAN), TODAY
    ).participants[0]
    case_id = store.create_case("Break", TODAY, "Malou")
    ali = Participant(NEW, "Ali", ParticipantRole.AFFECTED, guardian_ids=(mette.id,))
    with pytest.raises(ConferenceRuleError) as refused:
        store.save_participant(case_id, ali, TODAY)
    assert refused.value.refusal is Refusal.GUARDIAN_NOT_IN_CASE
    assert store.load(case_id).participants == ()


def test_m14_a_follow_up_meeting_is_stored_with_each_outcome_and_next_step(engine: Engine) -> None:
    """issue 16: kept / partly / not kept and the next step, in one transaction."""
    store = ConferenceStore(engine)
    case_id = create_demo_case(store, "da", TODAY)
    lunch, tidy, call = add_demo_actions(store, case_id, "da", TODAY).actions
    day = TODAY + timedelta(days=14)
    instead = Action(NEW, "Forældrene mødes på skolen", "Mette og Ali", "Sofie Berg", day, day)
    case = store.hold_follow_up(
        case_id,
        day,
        [
            Review(lunch.id, Kept.KEPT, NextStep.CLOSED),
            Review(tidy.id, Kept.PARTLY, NextStep.NEW_DATE, new_date=day + timedelta(days=7)),
            Review(call.id, Kept.NOT_KEPT, NextStep.NEW_ACTION, new_action=instead),
        ],
    )
    by_id = {a.id: a for a in case.actions}
    assert by_id[lunch.id].status is ActionStatus.DONE
    assert by_id[tidy.id].is_open
    assert by_id[tidy.id].follow_up_on == day + timedelta(days=7)
    assert by_id[call.id].status is ActionStatus.RENEGOTIATED
    assert [a.description for a in case.open_actions()] == [tidy.description, instead.description]
    assert [case.outcome_of(a.id) for a in (lunch, tidy, call)] == [
        Kept.KEPT,
        Kept.PARTLY,
        Kept.NOT_KEPT,
    ]
    assert [m.held_on for m in case.follow_up_meetings] == [day]
    assert all(m.note == "" for m in case.follow_up_meetings)  # nothing anyone said


def test_m14_a_refused_follow_up_writes_nothing(engine: Engine) -> None:
    store = ConferenceStore(engine)
    case_id = create_demo_case(store, "da", TODAY)
    lunch, tidy, _call = add_demo_actions(store, case_id, "da", TODAY).actions
    day = TODAY + timedelta(days=14)
    with pytest.raises(ConferenceRuleError) as refused:
        store.hold_follow_up(
            case_id,
            day,
            [
                Review(lunch.id, Kept.KEPT, NextStep.CLOSED),
                Review(tidy.id, Kept.PARTLY, NextStep.NEW_DATE, new_date=day),  # not after
            ],
        )
    assert refused.value.refusal is Refusal.FOLLOW_UP_NEW_DATE_MISSING
    case = store.load(case_id)
    assert case.follow_up_meetings == ()
    assert len(case.open_actions()) == 3


def test_m14_the_follow_up_list_is_per_school_year(engine: Engine) -> None:
    store = ConferenceStore(engine)
    case_id = create_demo_case(store, "da", TODAY)
    add_demo_actions(store, case_id, "da", TODAY)
    store.save_action(
        case_id,
        Action(NEW, "Næste år", "Jonas", "Sofie", date(2027, 8, 3), date(2027, 8, 10)),
    )
    assert [str(y) for y in store.school_years(TODAY)] == ["2027/28", "2026/27"]
    assert len(store.follow_up(TODAY, SchoolYear(2026))) == 3
    assert [i.action.description for i in store.follow_up(TODAY, SchoolYear(2027))] == ["Næste år"]
