"""The conference's rules (docs/method.md M11-M15)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from circle_app.domain.conference import (
    Action,
    ActionStatus,
    Case,
    ConferenceRuleError,
    Consent,
    FollowUpState,
    Note,
    Participant,
    ParticipantRole,
    PreMeeting,
    Refusal,
    follow_up_list,
    follow_up_state,
)

TODAY = date(2026, 11, 26)
CHILD = TODAY.year - 12
R = ParticipantRole


def case_with(*participants: Participant, meetings: tuple[PreMeeting, ...] = ()) -> Case:
    return Case(
        1, "Break conflict", TODAY, "Malou", participants=participants, pre_meetings=meetings
    )


def child(pid: int, name: str, consent: Consent = Consent.ACCEPTED, *guardians: int) -> Participant:
    return Participant(pid, name, R.AFFECTED, consent, CHILD, guardian_ids=guardians)


def guardian(pid: int, name: str, consent: Consent = Consent.ACCEPTED) -> Participant:
    return Participant(pid, name, R.GUARDIAN, consent)


def test_m13_a_child_cannot_take_part_without_a_guardian_who_takes_part() -> None:
    case = case_with(guardian(2, "Mette", Consent.INVITED))
    with pytest.raises(ConferenceRuleError) as refused:
        case.with_participant(child(1, "Emil", Consent.ACCEPTED, 2), TODAY)
    assert refused.value.refusal is Refusal.MINOR_WITHOUT_GUARDIAN
    assert refused.value.names == ("Emil",)
    with pytest.raises(ConferenceRuleError):  # no guardian linked at all
        case.with_participant(child(1, "Emil", Consent.ACCEPTED), TODAY)
    invited = case.with_participant(child(1, "Emil", Consent.INVITED, 2), TODAY)  # allowed
    accepted = invited.with_participant(guardian(2, "Mette"), TODAY)
    both = accepted.with_participant(child(1, "Emil", Consent.ACCEPTED, 2), TODAY)
    assert [p.name for p in both.taking_part()] == ["Mette", "Emil"]


def test_m13_the_guardian_cannot_withdraw_while_their_child_takes_part() -> None:
    case = case_with(guardian(2, "Mette"), child(1, "Emil", Consent.ACCEPTED, 2))
    with pytest.raises(ConferenceRuleError) as refused:
        case.with_participant(guardian(2, "Mette", Consent.DECLINED), TODAY)
    assert refused.value.refusal is Refusal.GUARDIAN_NEEDED_BY_MINOR
    assert refused.value.names == ("Emil",)
    with pytest.raises(ConferenceRuleError):
        case.without_participant(2, TODAY)
    # A second guardian who takes part is enough.
    two = case.with_participant(guardian(3, "Ali"), TODAY).with_participant(
        child(1, "Emil", Consent.ACCEPTED, 2, 3), TODAY
    )
    assert two.with_participant(guardian(2, "Mette", Consent.DECLINED), TODAY)


def test_m13_under_18_by_birth_year_or_explicit_flag() -> None:
    adult = Participant(5, "Sofie", R.RESOURCE, Consent.ACCEPTED, TODAY.year - 30)
    assert not adult.is_minor(TODAY)
    seventeen_or_eighteen = Participant(6, "Liv", R.PERIPHERAL, birth_year=TODAY.year - 18)
    assert seventeen_or_eighteen.is_minor(TODAY)  # may still be 17: protected
    assert not replace(seventeen_or_eighteen, under_18=False).is_minor(TODAY)
    flagged = Participant(7, "Noor", R.CAUSED_HARM, Consent.ACCEPTED, under_18=True)
    assert flagged.is_minor(TODAY)
    with pytest.raises(ConferenceRuleError):
        case_with().with_participant(flagged, TODAY)
    assert case_with().with_participant(adult, TODAY).taking_part() == (adult,)


def test_m13_only_a_guardian_can_be_linked_as_one() -> None:
    case = case_with(Participant(2, "Sofie", R.RESOURCE, Consent.ACCEPTED))
    with pytest.raises(ConferenceRuleError) as refused:
        case.with_participant(child(1, "Emil", Consent.ACCEPTED, 2), TODAY)
    assert refused.value.refusal is Refusal.GUARDIAN_NOT_A_GUARDIAN


def test_m13_voluntary_the_conference_goes_ahead_without_everyone() -> None:
    done = (PreMeeting(1, 1, TODAY, done=True), PreMeeting(2, 3, TODAY, done=True))
    case = case_with(
        child(1, "Emil", Consent.ACCEPTED, 2),
        guardian(2, "Mette"),
        Participant(3, "Jonas", R.CAUSED_HARM, Consent.ACCEPTED, under_18=False),
        Participant(4, "Freja", R.PERIPHERAL, Consent.DECLINED, CHILD),
        Participant(5, "Karim", R.LEADERSHIP, Consent.INVITED),
        meetings=done,
    )
    case.check_start(TODAY)  # Freja declined and Karim did not answer: still allowed
    assert [p.name for p in case.taking_part()] == ["Emil", "Mette", "Jonas"]


def test_m11_no_start_before_every_taking_part_partys_pre_meeting_is_done() -> None:
    case = case_with(
        child(1, "Emil", Consent.ACCEPTED, 2),
        guardian(2, "Mette"),
        Participant(3, "Jonas", R.CAUSED_HARM, Consent.ACCEPTED, under_18=False),
        Participant(4, "Sofie", R.RESOURCE, Consent.ACCEPTED),  # not a party: no pre-meeting
        meetings=(PreMeeting(1, 1, TODAY, done=True), PreMeeting(2, 3, TODAY, done=False)),
    )
    assert [p.name for p in case.missing_pre_meetings()] == ["Jonas"]  # Mette came with Emil
    with pytest.raises(ConferenceRuleError) as refused:
        case.check_start(TODAY)
    assert refused.value.refusal is Refusal.PRE_MEETING_MISSING
    assert refused.value.names == ("Jonas",)
    with pytest.raises(ConferenceRuleError):
        case.check_start(TODAY, override_reason="   ")  # a reason, not blanks
    case.check_start(TODAY, override_reason="Jonas was ill; met by phone")
    done = replace(case, pre_meetings=(case.pre_meetings[0], PreMeeting(2, 3, TODAY, done=True)))
    done.check_start(TODAY)


def test_m11_the_override_never_lets_a_child_in_without_a_guardian() -> None:
    case = case_with(
        Participant(1, "Emil", R.AFFECTED, Consent.ACCEPTED, CHILD),
        Participant(3, "Jonas", R.CAUSED_HARM, Consent.ACCEPTED, under_18=False),
    )
    with pytest.raises(ConferenceRuleError) as refused:
        case.check_start(TODAY, override_reason="urgent")
    assert refused.value.refusal is Refusal.MINOR_WITHOUT_GUARDIAN


def test_conference_needs_two_taking_part_and_starts_once() -> None:
    alone = case_with(Participant(3, "Jonas", R.CAUSED_HARM, Consent.ACCEPTED))
    with pytest.raises(ConferenceRuleError) as refused:
        alone.check_start(TODAY, override_reason="x")
    assert refused.value.refusal is Refusal.TOO_FEW_TAKING_PART
    pair = case_with(
        Participant(3, "Jonas", R.RESOURCE, Consent.ACCEPTED),
        Participant(4, "Sofie", R.RESOURCE, Consent.ACCEPTED),
    )
    pair.check_start(TODAY)
    started = replace(pair, started_at=datetime(2026, 11, 26, tzinfo=UTC))
    with pytest.raises(ConferenceRuleError):
        started.check_start(TODAY)


@pytest.mark.parametrize(
    ("description", "carried", "followed", "missing"),
    [
        ("Lunch together", "", "Sofie", ["who carries it out"]),
        ("Lunch together", "Jonas", " ", ["who follows it up"]),
        ("", "Jonas", "Sofie", ["description"]),
        ("Lunch together", "", "", ["who carries it out", "who follows it up"]),
    ],
)
def test_m14_no_action_without_both_responsibilities(
    description: str, carried: str, followed: str, missing: list[str]
) -> None:
    with pytest.raises(ConferenceRuleError) as refused:
        Action(1, description, carried, followed, TODAY, TODAY)
    assert refused.value.refusal is Refusal.ACTION_INCOMPLETE
    assert list(refused.value.names) == missing


def test_m14_a_consequence_is_an_action_like_any_other() -> None:
    action = Action(1, "Tidy the yard", "Jonas", "Sofie", TODAY, TODAY, is_consequence=True)
    assert action.is_open
    assert action.is_consequence


def test_m15_warnings_about_facilitation() -> None:
    case = case_with()
    assert case.notes() == ()
    own = replace(case, facilitator_own_institution=True)
    assert own.notes() == (Note.OWN_INSTITUTION,)
    both = replace(own, police_involved=True)
    assert both.notes() == (Note.OWN_INSTITUTION, Note.POLICE_INVOLVED)


def test_follow_up_list_overdue_due_done() -> None:
    def action(aid: int, days: int, status: ActionStatus = ActionStatus.AGREED) -> Action:
        return Action(
            aid, f"a{aid}", "x", "y", TODAY, date.fromordinal(TODAY.toordinal() + days), status
        )

    overdue, due, later = action(1, -1), action(2, 3), action(3, 30)
    done = action(4, -10, ActionStatus.DONE)
    not_done = action(5, -2, ActionStatus.NOT_DONE)
    assert follow_up_state(overdue, TODAY) is FollowUpState.OVERDUE
    assert follow_up_state(due, TODAY) is FollowUpState.DUE
    assert follow_up_state(later, TODAY) is FollowUpState.UPCOMING
    assert follow_up_state(done, TODAY) is FollowUpState.CLOSED
    assert follow_up_state(not_done, TODAY) is FollowUpState.OVERDUE
    case = replace(case_with(), actions=(later, done, due, overdue, not_done))
    items = follow_up_list([case], TODAY)
    assert [item.action.id for item in items] == [5, 1, 2, 3, 4]
    assert [a.id for a in case.open_actions()] == [3, 2, 1, 5]


def test_m12_the_circle_widens_to_periphery_resource_people_and_leadership() -> None:
    """M12: beside the parties, a case takes people from the periphery of the conflict,
    resource persons and leadership. Resource persons and leadership are invited to help,
    not parties: the facilitator's pre-meetings (M11) are for the parties only."""
    parties_met = (
        PreMeeting(1, 1, TODAY, done=True),
        PreMeeting(2, 2, TODAY, done=True),
        PreMeeting(3, 3, TODAY, done=True),
    )
    case = case_with(
        Participant(1, "Jonas", R.CAUSED_HARM, Consent.ACCEPTED, under_18=False),
        Participant(2, "Sara", R.AFFECTED, Consent.ACCEPTED, under_18=False),
        Participant(3, "Freja", R.PERIPHERAL, Consent.ACCEPTED, under_18=False),
        Participant(4, "Sofie", R.RESOURCE, Consent.ACCEPTED),
        Participant(5, "Karim", R.LEADERSHIP, Consent.ACCEPTED),
        meetings=parties_met,
    )
    assert [p.role for p in case.taking_part()] == [
        R.CAUSED_HARM,
        R.AFFECTED,
        R.PERIPHERAL,
        R.RESOURCE,
        R.LEADERSHIP,
    ]
    case.check_start(TODAY)  # no pre-meeting needed with Sofie or Karim
    # A party from the periphery is a party: without a pre-meeting it blocks the start.
    unmet = replace(case, pre_meetings=parties_met[:2])
    with pytest.raises(ConferenceRuleError) as refused:
        unmet.check_start(TODAY)
    assert refused.value.refusal is Refusal.PRE_MEETING_MISSING
    assert refused.value.names == ("Freja",)


def test_names_typed_into_a_conference_follow_the_name_rule() -> None:
    """issue 12, finding 10: a participant's name holds no control, bidi or zero-width
    character and is not endless, like every other name the app stores."""
    for bad in ("Emil\x1b]0;x\x07", "Me\u202ette", "Ali\ufeff", "K" * 101):
        with pytest.raises(ConferenceRuleError) as refused:
            case_with().with_participant(guardian(2, bad), TODAY)
        assert refused.value.refusal is Refusal.NAME_NOT_ALLOWED


def test_m14_an_action_without_a_due_date_is_refused_by_the_domain() -> None:
    with pytest.raises(ConferenceRuleError) as refused:
        Action(1, "Lunch together", "Jonas", "Sofie", None, TODAY)  # type: ignore[arg-type]
    assert refused.value.refusal is Refusal.ACTION_WITHOUT_DATES
    with pytest.raises(ConferenceRuleError) as refused:
        Action(1, "Lunch together", "Jonas", "Sofie", TODAY, None)  # type: ignore[arg-type]
    assert refused.value.refusal is Refusal.ACTION_WITHOUT_DATES
    assert refused.value.names == ()  # nothing about anyone in the error


def test_m14_a_follow_up_before_the_due_date_is_refused_by_the_domain() -> None:
    action = Action(1, "Lunch together", "Jonas", "Sofie", TODAY, TODAY - timedelta(days=1))
    with pytest.raises(ConferenceRuleError) as refused:
        action.check()
    assert refused.value.refusal is Refusal.FOLLOW_UP_BEFORE_DUE
    Action(1, "Lunch together", "Jonas", "Sofie", TODAY, TODAY).check()  # same day is fine


def test_m14_a_guardian_from_another_case_is_a_rule_error_not_a_key_error() -> None:
    case = case_with(guardian(1, "Mette"))
    stranger = child(2, "Ali", Consent.ACCEPTED, 99)
    with pytest.raises(ConferenceRuleError) as refused:
        case.with_participant(stranger, TODAY)
    assert refused.value.refusal is Refusal.GUARDIAN_NOT_IN_CASE
    assert refused.value.names == ("Ali",)


def test_m14_a_facilitator_with_a_participants_name_is_refused_early() -> None:
    case = case_with(guardian(1, "Mette"))
    with pytest.raises(ConferenceRuleError) as refused:
        case.with_participant(Participant(2, " malou ", R.AFFECTED), TODAY)
    assert refused.value.refusal is Refusal.FACILITATOR_IS_PARTICIPANT
    with pytest.raises(ConferenceRuleError) as refused:
        replace(case, facilitator="METTE").check(TODAY)
    assert refused.value.refusal is Refusal.FACILITATOR_IS_PARTICIPANT
