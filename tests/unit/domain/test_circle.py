"""The talking piece follows the method (docs/method.md M1-M7)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count

import pytest

from circle_app.domain.circle import (
    Circle,
    CircleRuleError,
    CircleSetup,
    ModeChanged,
    NextModeChosen,
    RoundState,
    Seat,
    TurnTaken,
    word_of,
)
from circle_app.domain.enums import (
    CONFLICT_STAGES,
    CircleKind,
    Direction,
    NextAction,
    Offer,
    Outcome,
    Role,
    RoundMode,
)
from circle_app.domain.prompts import PromptRef

_ticks = count()


def now() -> datetime:
    return datetime(2026, 11, 24, 9, 0, tzinfo=UTC) + timedelta(seconds=next(_ticks))


def make_circle(
    seats: int = 5,
    *,
    absent: tuple[int, ...] = (),
    start: int = 0,
    direction: Direction = Direction.CLOCKWISE,
    kind: CircleKind = CircleKind.PEACETIME,
    rounds: int = 3,
) -> Circle:
    setup = CircleSetup(
        kind=kind,
        seats=tuple(Seat(i) for i in range(seats)),
        present=frozenset(i for i in range(seats) if i not in absent),
        start_seat=start,
        direction=direction,
        planned_rounds=rounds,
    )
    return Circle(setup)


def this_round(circle: Circle) -> RoundState:
    assert circle.round is not None
    return circle.round


PROMPT = PromptRef("en-peacetime-get-to-know", "dream-destination")


def order_of_turns(circle: Circle, outcomes: dict[int, list[Outcome]] | None = None) -> list[int]:
    """Play the round to its end; seats answer as scripted (default: speak)."""
    scripts = {seat: list(answers) for seat, answers in (outcomes or {}).items()}
    visited = []
    while (seat := circle.current_seat) is not None:
        visited.append(seat)
        answer = scripts.get(seat, [])
        outcome = answer.pop(0) if answer else Outcome.SPOKE
        circle.speak(now()) if outcome is Outcome.SPOKE else circle.pass_turn(now())
    return visited


def test_m1_the_piece_goes_seat_by_seat_from_the_start_seat() -> None:
    circle = make_circle(5, start=2)
    circle.start_round(PROMPT, now())
    assert order_of_turns(circle) == [2, 3, 4, 0, 1]
    assert circle.round_complete


def test_m1_pass_is_offered_again_before_the_round_closes() -> None:
    circle = make_circle(5)
    circle.start_round(PROMPT, now())
    visited = order_of_turns(circle, {1: [Outcome.PASSED, Outcome.SPOKE], 3: [Outcome.PASSED]})
    assert visited == [0, 1, 2, 3, 4, 1, 3]
    turns = this_round(circle).turns
    assert [(t.seat, t.offer) for t in turns if t.offer is Offer.AGAIN] == [(1, 2), (3, 2)]


def test_m1_a_second_pass_is_final() -> None:
    circle = make_circle(3)
    circle.start_round(PROMPT, now())
    order_of_turns(circle, {0: [Outcome.PASSED, Outcome.PASSED]})
    assert circle.round_complete
    status = circle.statuses()[0]
    assert status.final_pass
    assert status.had_piece
    assert not status.spoke


def test_m1_everyone_passes_each_is_offered_twice_then_the_round_closes() -> None:
    circle = make_circle(4)
    circle.start_round(PROMPT, now())
    scripts = {seat: [Outcome.PASSED, Outcome.PASSED] for seat in range(4)}
    assert order_of_turns(circle, scripts) == [0, 1, 2, 3, 0, 1, 2, 3]
    assert circle.round_complete
    assert circle.summary().passed == 4


def test_m1_nobody_is_skipped_silently_absent_people_are_not_in_the_round() -> None:
    circle = make_circle(5, absent=(1, 3))
    circle.start_round(PROMPT, now())
    assert order_of_turns(circle) == [0, 2, 4]
    assert circle.progress() == (3, 3)


def test_m1_an_absent_start_seat_starts_with_the_next_present_person() -> None:
    circle = make_circle(4, absent=(0,))
    circle.start_round(PROMPT, now())
    assert circle.current_seat == 1


def test_counter_clockwise_goes_the_other_way_round() -> None:
    circle = make_circle(5, start=1, direction=Direction.COUNTER_CLOCKWISE)
    circle.start_round(PROMPT, now())
    assert order_of_turns(circle) == [1, 0, 4, 3, 2]


def test_a_pass_then_a_late_arrival_both_get_the_piece() -> None:
    circle = make_circle(5, absent=(4,))
    circle.start_round(PROMPT, now())
    circle.pass_turn(now())  # seat 0 passes
    circle.speak(now())  # seat 1
    circle.arrive(4, now())  # seat 4 comes in late
    visited = order_of_turns(circle)
    assert visited == [2, 3, 4, 0]  # the latecomer in turn, then the pass offered again


def test_a_late_arrival_behind_the_piece_gets_it_before_passes_are_offered_again() -> None:
    circle = make_circle(5, absent=(1,))
    circle.start_round(PROMPT, now())
    circle.pass_turn(now())  # seat 0 passes
    circle.speak(now())  # seat 2
    circle.arrive(1, now())  # arrives at a seat the piece has passed
    assert order_of_turns(circle) == [3, 4, 1, 0]


def test_leaving_mid_round_does_not_break_the_round() -> None:
    circle = make_circle(5)
    circle.start_round(PROMPT, now())
    circle.speak(now())  # 0
    circle.leave(2, now())
    assert circle.current_seat == 1
    assert circle.next_seat == 3
    assert order_of_turns(circle) == [1, 3, 4]
    assert circle.round_complete


def test_the_holder_leaving_passes_the_piece_on() -> None:
    circle = make_circle(4)
    circle.start_round(PROMPT, now())
    circle.speak(now())
    assert circle.current_seat == 1
    circle.leave(1, now())
    assert circle.current_seat == 2


def test_undo_steps_back_any_number_of_actions() -> None:
    circle = make_circle(4)
    circle.start_round(PROMPT, now())
    circle.speak(now())
    circle.pass_turn(now())
    circle.speak(now())
    assert circle.current_seat == 3
    circle.undo()
    circle.undo()
    assert circle.current_seat == 1
    assert [t.seat for t in this_round(circle).turns] == [0]


def test_undo_across_a_round_boundary_reopens_the_last_round() -> None:
    circle = make_circle(3, rounds=2)
    circle.start_round(PROMPT, now())
    order_of_turns(circle)
    circle.start_round(PROMPT, now())
    assert circle.round
    assert circle.round.number == 2
    circle.undo()  # the round start
    assert circle.round
    assert circle.round.number == 1
    assert circle.round_complete
    circle.undo()  # the last turn of round 1
    assert circle.current_seat == 2


def test_undo_with_nothing_to_undo_is_refused() -> None:
    with pytest.raises(CircleRuleError):
        make_circle().undo()


def test_m1_a_round_cannot_be_skipped_while_people_wait_for_the_piece() -> None:
    circle = make_circle(3, rounds=2)
    circle.start_round(PROMPT, now())
    circle.speak(now())
    with pytest.raises(CircleRuleError, match="everyone gets the piece"):
        circle.start_round(PROMPT, now())


def test_m2_open_and_sequential_rounds_alternate() -> None:
    circle = make_circle(4, rounds=3)
    circle.start_round(PROMPT, now(), mode=RoundMode.SEQUENTIAL)
    order_of_turns(circle)
    circle.start_round(PROMPT, now(), mode=RoundMode.OPEN)
    assert circle.current_seat is None
    circle.give_piece(2, now())
    circle.speak(now())
    circle.give_piece(2, now())  # in an open round people may speak again
    circle.speak(now())
    circle.give_piece(0, now())
    circle.pass_turn(now())
    assert [t.seat for t in this_round(circle).turns] == [2, 2, 0]
    assert circle.can_start_next_round  # the keeper closes an open round
    circle.start_round(PROMPT, now(), mode=RoundMode.SEQUENTIAL)
    assert circle.current_seat == 0


def test_m2_the_piece_cannot_be_tapped_to_someone_in_a_sequential_round() -> None:
    circle = make_circle(4)
    circle.start_round(PROMPT, now())
    with pytest.raises(CircleRuleError):
        circle.give_piece(2, now())


def test_m2_the_mode_can_change_before_the_round_begins() -> None:
    circle = make_circle(4)
    circle.start_round(PROMPT, now())
    circle.change_mode(RoundMode.OPEN, now())
    assert circle.round
    assert circle.round.mode is RoundMode.OPEN
    circle.give_piece(1, now())
    circle.speak(now())
    with pytest.raises(CircleRuleError):
        circle.change_mode(RoundMode.SEQUENTIAL, now())


def test_m4_a_conflict_circle_has_four_rounds_in_order() -> None:
    circle = make_circle(3, kind=CircleKind.CONFLICT, rounds=4)
    stages = []
    for _ in range(4):
        stages.append(circle.start_round(None, now()).stage)
        order_of_turns(circle)
    assert tuple(stages) == CONFLICT_STAGES
    with pytest.raises(CircleRuleError, match="all planned rounds"):
        circle.start_round(None, now())


def test_m4_a_conflict_circle_with_other_than_four_rounds_is_refused() -> None:
    with pytest.raises(CircleRuleError, match="four rounds"):
        make_circle(3, kind=CircleKind.CONFLICT, rounds=3)


def test_m6_the_keeper_can_be_a_pupil_a_parent_or_staff() -> None:
    for role in (Role.PUPIL, Role.PARENT, Role.STAFF):
        setup = CircleSetup(
            kind=CircleKind.PARENTS,
            seats=(Seat(0, 7, "Asta", "A", role), Seat(1)),
            present=frozenset({0, 1}),
            start_seat=0,
            keeper_person_id=7,
            keeper_role=role,
        )
        assert Circle(setup).setup.keeper_role is role


def test_m7_progress_counts_who_has_had_the_piece_without_naming_passes() -> None:
    circle = make_circle(4)
    circle.start_round(PROMPT, now())
    circle.speak(now())
    circle.pass_turn(now())
    assert circle.progress() == (2, 4)
    statuses = circle.statuses()
    assert statuses[1].passed
    assert not statuses[1].had_piece


def test_summary_counts_a_pass_followed_by_speaking_as_speaking() -> None:
    circle = make_circle(3, rounds=1)
    circle.start_round(PROMPT, now())
    order_of_turns(circle, {1: [Outcome.PASSED, Outcome.SPOKE]})
    summary = circle.summary()
    assert summary.rounds_held == 1
    assert summary.spoke == 3
    assert summary.passed == 0
    assert summary.turns == 4


def test_replaying_the_events_gives_the_same_circle() -> None:
    circle = make_circle(6, absent=(5,))
    circle.start_round(PROMPT, now())
    circle.pass_turn(now())
    circle.speak(now())
    circle.arrive(5, now())
    circle.leave(3, now())
    circle.change_prompt(PromptRef("b", "p"), now())
    replayed = Circle(circle.setup, circle.events)
    assert replayed.current_seat == circle.current_seat
    assert replayed.present == circle.present
    assert replayed.round
    assert replayed.round.prompt == PromptRef("b", "p")


def test_turn_times_run_from_the_piece_arriving_to_the_press() -> None:
    circle = make_circle(2)
    started = circle.start_round(PROMPT, now())
    first = circle.speak(now())
    second = circle.speak(now())
    assert isinstance(first, TurnTaken)
    assert first.started_at == started.at
    assert second.started_at == first.at
    assert second.at > second.started_at


def test_m4_conflict_rounds_go_in_turn_and_open_is_refused() -> None:
    circle = make_circle(3, kind=CircleKind.CONFLICT, rounds=4)
    with pytest.raises(CircleRuleError, match="in turn"):
        circle.start_round(None, now(), mode=RoundMode.OPEN)
    circle.start_round(None, now())
    assert this_round(circle).mode is RoundMode.SEQUENTIAL
    with pytest.raises(CircleRuleError, match="in turn"):
        circle.change_mode(RoundMode.OPEN, now())
    assert this_round(circle).mode is RoundMode.SEQUENTIAL
    assert len(circle.events) == 1
    with pytest.raises(CircleRuleError, match="in turn"):
        CircleSetup(
            kind=CircleKind.CONFLICT,
            seats=(Seat(0), Seat(1)),
            present=frozenset({0, 1}),
            start_seat=0,
            planned_rounds=4,
            first_mode=RoundMode.OPEN,
        )


def test_m4_open_rounds_stay_for_other_kinds_of_circle() -> None:
    for kind in (CircleKind.PEACETIME, CircleKind.ACADEMIC, CircleKind.PARENTS):
        circle = make_circle(3, kind=kind)
        circle.start_round(PROMPT, now(), mode=RoundMode.OPEN)
        assert this_round(circle).mode is RoundMode.OPEN


def test_a_conflict_circle_is_four_rounds_by_construction() -> None:
    setup = CircleSetup(
        kind=CircleKind.CONFLICT,
        seats=(Seat(0), Seat(1)),
        present=frozenset({0, 1}),
        start_seat=0,
    )
    assert setup.planned_rounds == 4
    other = CircleSetup(
        kind=CircleKind.PEACETIME, seats=(Seat(0),), present=frozenset({0}), start_seat=0
    )
    assert other.planned_rounds == 3
    with pytest.raises(CircleRuleError, match="at least one round"):
        CircleSetup(
            kind=CircleKind.PEACETIME,
            seats=(Seat(0),),
            present=frozenset({0}),
            start_seat=0,
            planned_rounds=0,
        )


def test_counts_mean_one_thing_spoke_counts_rounds_not_turns() -> None:
    circle = make_circle(3, rounds=2)
    circle.start_round(PROMPT, now(), mode=RoundMode.OPEN)
    for seat in (1, 1, 2):  # seat 1 speaks twice in the round
        circle.give_piece(seat, now())
        circle.speak(now())
    circle.give_piece(2, now())
    circle.pass_turn(now())  # spoke earlier in this round: still spoke, not passed
    circle.give_piece(0, now())
    circle.pass_turn(now())
    summary = circle.summary()
    by_seat = {s.seat.position: (s.spoke, s.passed) for s in summary.seats}
    assert by_seat == {0: (0, 1), 1: (1, 0), 2: (1, 0)}
    assert (summary.spoke, summary.passed, summary.turns) == (2, 1, 5)
    assert word_of([Outcome.PASSED, Outcome.SPOKE]) is Outcome.SPOKE
    assert word_of([Outcome.SPOKE, Outcome.PASSED]) is Outcome.SPOKE
    assert word_of([Outcome.PASSED, Outcome.PASSED]) is Outcome.PASSED
    assert word_of([]) is None


def test_next_action_is_one_answer_speak_next_round_finish() -> None:
    """issue 13, rules out of the widgets: what Next does is the domain's answer."""
    circle = make_circle(2, rounds=2)
    circle.start_round(None, now())
    assert circle.next_action() is NextAction.SPEAK
    circle.speak(now())
    circle.speak(now())
    assert circle.next_action() is NextAction.NEXT_ROUND
    circle.start_round(None, now(), RoundMode.OPEN)
    assert circle.next_action() is NextAction.FINISH  # an open last round: the keeper ends it
    circle.give_piece(1, now())
    assert circle.next_action() is NextAction.SPEAK


def test_m2_choosing_the_next_rounds_mode_mid_round_is_an_event_the_next_round_takes() -> None:
    """issue 13: the next round's mode lives in the domain (an event), so it survives a resume."""
    circle = make_circle(3)
    circle.start_round(None, now())
    assert isinstance(circle.toggle_mode(now()), ModeChanged)  # not begun: this round
    assert this_round(circle).mode is RoundMode.OPEN
    circle.give_piece(2, now())
    circle.speak(now())
    chosen = circle.toggle_mode(now())  # begun: the next round
    assert chosen == NextModeChosen(RoundMode.SEQUENTIAL, chosen.at)
    assert circle.next_round_mode is RoundMode.SEQUENTIAL
    assert this_round(circle).mode is RoundMode.OPEN
    replayed = Circle(circle.setup, circle.events)
    replayed.start_round(None, now())
    assert this_round(replayed).mode is RoundMode.SEQUENTIAL
    circle.undo()
    assert circle.next_round_mode is RoundMode.OPEN


def test_m4_the_next_round_of_a_conflict_circle_cannot_be_made_open() -> None:
    circle = make_circle(3, kind=CircleKind.CONFLICT, rounds=4)
    circle.start_round(None, now())
    circle.speak(now())
    with pytest.raises(CircleRuleError, match="in turn"):
        circle.toggle_mode(now())


def test_a_turns_offer_is_an_enum_and_a_second_pass_is_final() -> None:
    """issue 13: TurnTaken.offer is an Offer, SeatStatus.final_pass names a pass made twice."""
    circle = make_circle(2)
    circle.start_round(None, now())
    circle.pass_turn(now())
    circle.speak(now())
    again = circle.pass_turn(now())
    assert again.offer is Offer.AGAIN
    status = circle.statuses()[0]
    assert status.final_pass
    assert status.passed
    assert status.had_piece
    assert not status.waiting_again


def test_someone_without_a_seat_gets_one_beside_a_chosen_seat_and_a_turn() -> None:
    """issue 16, someone who arrives with no seat: a seat added mid-circle next to a chosen
    seat is an event, undoable, and offered the piece by the late-arrival rule."""
    circle = make_circle(4)
    circle.start_round(None, now())
    circle.speak(now())  # seat 0
    circle.speak(now())  # seat 1; the piece is at seat 2
    added = circle.add_seat(beside=2, at=now())
    assert added.seat == 4
    assert [seat.position for seat in circle.seats] == [0, 1, 2, 4, 3]
    assert 4 in circle.present
    circle.speak(now())  # seat 2
    assert circle.current_seat == 4  # the new seat, between 2 and 3
    circle.speak(now())
    assert circle.current_seat == 3
    assert [status.seat.position for status in circle.statuses()] == [0, 1, 2, 4, 3]
    assert Circle(circle.setup, circle.events).current_seat == 3
    for _ in range(3):
        circle.undo()
    assert [seat.position for seat in circle.seats] == [0, 1, 2, 3]
    assert circle.current_seat == 2


def test_a_seat_added_behind_the_piece_is_offered_it_before_passes_come_round_again() -> None:
    circle = make_circle(3)
    circle.start_round(None, now())
    circle.pass_turn(now())  # seat 0 passes
    circle.speak(now())  # seat 1
    circle.add_seat(beside=0, at=now())  # behind the piece
    circle.speak(now())  # seat 2
    assert circle.current_seat == 3
    circle.speak(now())
    assert circle.current_seat == 0  # then the pass is offered again
    with pytest.raises(CircleRuleError, match="no such seat"):
        circle.add_seat(beside=9, at=now())
