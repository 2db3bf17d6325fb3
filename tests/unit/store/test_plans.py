"""Circle plans in the database (issue 16): kept per group, and with each circle begun."""

from __future__ import annotations

from sqlalchemy import Engine

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.enums import CircleKind, GroupKind, Role, Stage
from circle_app.domain.plan import simple_plan
from circle_app.store.circles import CircleStore, RecordedCircle
from circle_app.store.groups import GroupStore
from circle_app.store.plans import PlanStore
from circle_app.store.privacy import erase_group

TITLES = {"da": "Egen plan", "en": "Own plan"}


def _group(engine: Engine, name: str = "5.A") -> int:
    return GroupStore(engine).create_group(name, GroupKind.CLASS, [("Asta Nørgaard", Role.PUPIL)])


def test_a_teachers_plan_is_kept_for_its_group_only(engine: Engine) -> None:
    store = PlanStore(engine)
    mine, other = _group(engine), _group(engine, "6.B")
    plan = simple_plan(CircleKind.PEACETIME, TITLES, checkin=True, main_rounds=2, checkout=True)
    stored = store.save(mine, plan)
    assert stored.group_id == mine
    assert [p.rounds for p in store.for_group(mine)] == [plan.rounds]
    assert store.for_group(mine)[0].id == stored.id
    assert store.for_group(other) == []


def test_the_same_plan_saved_twice_is_kept_once(engine: Engine) -> None:
    store = PlanStore(engine)
    group = _group(engine)
    plan = simple_plan(CircleKind.PEACETIME, TITLES, checkin=True, main_rounds=2, checkout=False)
    first = store.save(group, plan)
    again = store.save(group, plan)
    assert again.id == first.id
    assert len(store.for_group(group)) == 1


def test_erasing_a_group_erases_its_plans(engine: Engine) -> None:
    store = PlanStore(engine)
    group = _group(engine)
    store.save(
        group, simple_plan(CircleKind.ACADEMIC, TITLES, checkin=True, main_rounds=1, checkout=True)
    )
    erase_group(engine, group)
    assert store.for_group(group) == []


def test_m4_resumed_circle_keeps_its_plan_and_its_stages(engine: Engine) -> None:
    """A conflict circle begun with a check-in and a check-out resumes with all six
    rounds, its stages where they were."""
    group = _group(engine)
    plan = simple_plan(CircleKind.CONFLICT, TITLES, checkin=True, main_rounds=4, checkout=True)
    setup = CircleSetup(
        CircleKind.CONFLICT, (Seat(0), Seat(1)), frozenset({0, 1}), 0, group_id=group, plan=plan
    )
    circles = CircleStore(engine)
    recorded = RecordedCircle.begin(circles, setup)
    recorded.start_round(None)
    recorded.speak()
    recorded.speak()
    recorded.start_round(None)
    resumed = RecordedCircle.resume(circles, recorded.circle_id).circle
    assert resumed.setup.plan == plan
    assert resumed.setup.planned_rounds == 6
    assert [state.stage for state in resumed.rounds] == [None, Stage.EXPERIENCED]


def test_recent_groups_are_the_groups_of_the_newest_circles(engine: Engine) -> None:
    first, second = _group(engine), _group(engine, "6.B")
    circles = CircleStore(engine)
    for group in (first, second, first):
        setup = CircleSetup(CircleKind.PEACETIME, (Seat(0),), frozenset({0}), 0, group_id=group)
        RecordedCircle.begin(circles, setup)
    assert PlanStore(engine).recent_groups() == [first, second]
