"""Circle plans (issue 16, "Circles with a shape"): rounds with a kind of prompt, in order."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from circle_app.domain.circle import Circle, CircleRuleError, CircleSetup, Seat
from circle_app.domain.enums import BankKind, CircleKind, RoundMode, Stage
from circle_app.domain.plan import (
    FixedPrompt,
    Plan,
    PlannedRound,
    PlanRuleError,
    RoundPrompt,
    conflict_rounds,
    simple_plan,
)
from circle_app.domain.prompts import DrawRequest, PromptRef

AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
TITLES = (("da", "Åbning og lukning"), ("en", "Opening and closing"))
CHECKIN = PlannedRound(RoundPrompt.CHECKIN)
CHECKOUT = PlannedRound(RoundPrompt.CHECKOUT)
MAIN = PlannedRound(RoundPrompt.MAIN)


def _setup(kind: CircleKind, plan: Plan | None) -> CircleSetup:
    seats = tuple(Seat(i) for i in range(3))
    return CircleSetup(kind, seats, frozenset(range(3)), 0, plan=plan)


def _hold_round(circle: Circle) -> None:
    circle.start_round(None, AT)
    while circle.current_seat is not None:
        circle.speak(AT)


def test_m4_conflict_plan_keeps_its_four_stages_between_checkin_and_checkout() -> None:
    """A conflict plan opens and closes, and its four stages go in order, one by one."""
    plan = Plan("conflict", CircleKind.CONFLICT, TITLES, (CHECKIN, *conflict_rounds(), CHECKOUT))
    circle = Circle(_setup(CircleKind.CONFLICT, plan))
    assert circle.setup.planned_rounds == 6
    stages = []
    for _ in range(6):
        _hold_round(circle)
        stages.append(circle.stage)
    assert stages == [None, Stage.EXPERIENCED, Stage.AFFECTED, Stage.NEEDS, Stage.SOLUTIONS, None]
    assert circle.is_last_round
    assert all(state.mode is RoundMode.SEQUENTIAL for state in circle.rounds)


@pytest.mark.parametrize(
    "rounds",
    [
        conflict_rounds()[:3],  # a stage left out
        (conflict_rounds()[1], conflict_rounds()[0], *conflict_rounds()[2:]),  # out of order
        (*conflict_rounds()[:2], CHECKIN, *conflict_rounds()[2:]),  # something between stages
        (CHECKOUT, *conflict_rounds()),  # a check-out before the stages
        (*conflict_rounds(), CHECKIN),  # a check-in after them
        (CHECKIN, MAIN, CHECKOUT),  # a main round without its stage
    ],
)
def test_m4_conflict_plan_that_breaks_the_four_stages_is_refused(
    rounds: tuple[PlannedRound, ...],
) -> None:
    with pytest.raises(PlanRuleError, match="four stages"):
        Plan("bad", CircleKind.CONFLICT, TITLES, rounds)


def test_stage_outside_a_conflict_plan_is_refused() -> None:
    with pytest.raises(PlanRuleError, match="stage"):
        Plan("bad", CircleKind.PEACETIME, TITLES, (CHECKIN, *conflict_rounds()))


def test_plan_needs_a_title_in_both_languages() -> None:
    with pytest.raises(PlanRuleError, match="title in en"):
        Plan("p", CircleKind.PEACETIME, (("da", "Min plan"),), (MAIN,))


def test_plan_needs_rounds_and_not_too_many() -> None:
    with pytest.raises(PlanRuleError, match="at least one round"):
        Plan("p", CircleKind.PEACETIME, TITLES, ())
    with pytest.raises(PlanRuleError, match="at most 12"):
        Plan("p", CircleKind.PEACETIME, TITLES, (MAIN,) * 13)


def test_fixed_round_needs_bank_and_prompt() -> None:
    with pytest.raises(PlanRuleError, match="BANK/PROMPT"):
        FixedPrompt.parse("one-word-today")
    with pytest.raises(PlanRuleError, match="BANK/PROMPT"):
        PlannedRound(RoundPrompt.FIXED)


def test_plan_sets_the_rounds_of_a_circle_and_a_mismatch_is_refused() -> None:
    plan = Plan("p", CircleKind.PEACETIME, TITLES, (CHECKIN, MAIN, MAIN, CHECKOUT))
    assert _setup(CircleKind.PEACETIME, plan).planned_rounds == 4
    seats = (Seat(0),)
    with pytest.raises(CircleRuleError):
        CircleSetup(CircleKind.PEACETIME, seats, frozenset({0}), 0, planned_rounds=2, plan=plan)
    with pytest.raises(CircleRuleError):
        _setup(CircleKind.ACADEMIC, plan)  # a peacetime plan on an academic circle


def test_each_planned_round_draws_from_its_own_kind_of_bank() -> None:
    """Check-in from the check-in banks, main from the circle's, a fixed prompt pinned in
    the circle's language."""
    plan = Plan(
        "p",
        CircleKind.PEACETIME,
        TITLES,
        (
            CHECKIN,
            PlannedRound(RoundPrompt.MAIN, bank="peacetime-memories"),
            PlannedRound(RoundPrompt.FIXED, fixed=FixedPrompt.parse("checkout/one-word")),
            CHECKOUT,
        ),
    )
    base = DrawRequest(kind=BankKind.PEACETIME, language="en", group_id=7)
    shown = frozenset({PromptRef("en-checkin", "x")})
    requests = [plan.draw_request(i, base, exclude=shown) for i in range(4)]
    assert [r.kind for r in requests] == [
        BankKind.CHECKIN,
        BankKind.PEACETIME,
        BankKind.PEACETIME,
        BankKind.CHECKOUT,
    ]
    assert requests[1].bank_ids == frozenset({"en-peacetime-memories"})
    assert requests[2].pinned == PromptRef("en-checkout", "one-word")
    assert requests[0].exclude == shown
    assert requests[0].group_id == 7


def test_plan_round_trips_through_plain_data() -> None:
    plan = Plan(
        "p",
        CircleKind.CONFLICT,
        TITLES,
        (
            PlannedRound(RoundPrompt.FIXED, fixed=FixedPrompt("checkin", "one-word-today")),
            *conflict_rounds(),
            CHECKOUT,
        ),
        group_id=3,
    )
    assert Plan.from_data(plan.to_data(), group_id=3) == plan


def test_simple_plan_of_a_conflict_circle_has_the_four_stages() -> None:
    plan = simple_plan(
        CircleKind.CONFLICT, dict(TITLES), checkin=True, main_rounds=2, checkout=True
    )
    assert plan.stages == (None, *(r.stage for r in conflict_rounds()), None)
