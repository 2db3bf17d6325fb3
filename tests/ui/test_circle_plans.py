"""Circle plans on the board and in setup (issue 16, "Circles with a shape"; issue 14,
finding 9: setup starts from the class)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from circle_app.banks.loader import BankLibrary
from circle_app.banks.plans import PlanLibrary
from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.enums import BankKind, CircleKind, GroupKind, Role, Stage
from circle_app.domain.people import Group, Member, Person
from circle_app.domain.plan import Plan, RoundPrompt
from circle_app.paths import question_banks_dir
from circle_app.ui.circle.setup_screen import CircleSetupScreen
from circle_app.ui.shell.controller import AppController


@pytest.fixture(scope="module")
def shipped_plans() -> PlanLibrary:
    banks = BankLibrary.load(question_banks_dir(), Path("/nonexistent"))
    return PlanLibrary.load(question_banks_dir(), None, banks.banks)


def _seated(plan: Plan, count: int = 3) -> CircleSetup:
    return CircleSetup(
        plan.kind, tuple(Seat(i) for i in range(count)), frozenset(range(count)), 0, plan=plan
    )


def test_m4_shipped_conflict_plan_runs_end_to_end_on_the_board(
    make_app: Callable[..., AppController],
    database_url: str,
    qtbot: QtBot,
    shipped_plans: PlanLibrary,
) -> None:
    """Check-in, the four stages in turn, check-out: each round's prompt from its own
    bank, the tracker showing every planned round, then the summary."""
    plan = shipped_plans.get("conflict-open-close")
    assert plan is not None
    controller = make_app(database_url)
    controller.start_circle(_seated(plan))
    screen = controller.circle_screen
    assert screen is not None
    labels = [stage.label for stage in screen.ring.state.stages]
    assert labels == ["Check-in", "Experienced", "Affected", "Needs", "Solutions", "Check-out"]
    seen: list[tuple[BankKind, Stage | None]] = []
    for number in range(1, 7):
        current = [s.label for s in screen.ring.state.stages if s.state == "current"]
        assert current == [labels[number - 1]]
        assert screen.ring.state.card_header.startswith(f"Round {number} of 6")
        prompt = screen.current_prompt()
        assert prompt is not None
        seen.append((prompt.kind, prompt.stage))
        assert not screen.circle.open_rounds_allowed  # M4: in turn, every round
        for _ in range(3):
            qtbot.keyClick(screen, Qt.Key.Key_PageDown)
        with qtbot.waitSignal(screen.finished) if number == 6 else _nothing():
            qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert seen == [
        (BankKind.CHECKIN, None),
        (BankKind.CONFLICT, Stage.EXPERIENCED),
        (BankKind.CONFLICT, Stage.AFFECTED),
        (BankKind.CONFLICT, Stage.NEEDS),
        (BankKind.CONFLICT, Stage.SOLUTIONS),
        (BankKind.CHECKOUT, None),
    ]
    assert controller.circle_screen is None  # the summary is shown


class _nothing:  # noqa: N801 - a do-nothing context, like contextlib.nullcontext
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_: object) -> None:
        return None


def test_fixed_round_shows_its_prompt_in_the_circles_language(
    make_app: Callable[..., AppController],
    database_url: str,
    qtbot: QtBot,
    shipped_plans: PlanLibrary,
) -> None:
    """The memories plan opens with the same check-in every time; New prompt keeps it."""
    plan = shipped_plans.get("peacetime-memories")
    assert plan is not None
    controller = make_app(database_url)
    controller.start_circle(_seated(plan))
    screen = controller.circle_screen
    assert screen is not None
    prompt = screen.current_prompt()
    assert prompt is not None
    assert (prompt.bank_id, prompt.id) == ("da-checkin", "one-word-today")
    qtbot.keyClick(screen, Qt.Key.Key_N)
    assert screen.current_prompt() == prompt
    for _ in range(4):
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    second = screen.current_prompt()
    assert second is not None
    assert second.bank_id == "da-peacetime-memories"


def _groups() -> list[Group]:
    return [
        Group(1, "5.A", GroupKind.CLASS, None, "da", 0),
        Group(2, "6.B", GroupKind.CLASS, None, "da", 0),
    ]


def test_setup_offers_the_shipped_plans_of_the_chosen_kind(
    qtbot: QtBot, shipped_plans: PlanLibrary
) -> None:
    screen = CircleSetupScreen([], "en", plans=shipped_plans.plans)
    qtbot.addWidget(screen)
    box = screen.plans.plan_box
    names = [box.itemText(i) for i in range(box.count())]
    assert names[0] == "Rounds as chosen here"
    assert "Peacetime: check-in, two rounds, check-out" in names
    assert not any(name.startswith("Conflict") for name in names)
    conflict = next(
        b for b in screen.kind_buttons.buttons() if b.property("kind") == CircleKind.CONFLICT
    )
    qtbot.mouseClick(conflict, Qt.MouseButton.LeftButton)
    assert screen.plans.choose("conflict-open-close")
    assert not screen.rounds.isEnabled()
    setup = screen.setup()
    assert setup.plan is not None
    assert setup.planned_rounds == 6
    rounds = "Check-in → Experienced → Affected → Needs → Solutions → Check-out"
    assert screen.plans.rounds_text() == rounds
    assert screen.plans.plan_box.toolTip() == rounds


def test_a_teachers_rounds_become_a_plan_kept_for_the_group(qtbot: QtBot) -> None:
    """Check-in first, two rounds, check-out last; Keep for the group asks to keep it,
    and the group's own plans are listed first."""
    screen = CircleSetupScreen(_groups(), "en", group_id=2)
    qtbot.addWidget(screen)
    pupils = [Member(Person(i, f"Elev {i}", "", Role.PUPIL), i) for i in range(1, 4)]
    screen.group_changed.connect(lambda _group: screen.set_members(pupils))
    qtbot.waitUntil(lambda: screen.people.count() == 3)
    assert not screen.plans.save_button.isEnabled()  # nothing to keep yet
    qtbot.mouseClick(screen.plans.checkin_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.plans.checkout_button, Qt.MouseButton.LeftButton)
    screen.rounds.setValue(2)
    setup = screen.setup()
    assert (
        screen.plans.plan_box.itemText(0) == "As chosen: Check-in → Round 2 → Round 3 → Check-out"
    )
    assert setup.plan is not None
    assert [r.prompt for r in setup.plan.rounds] == [
        RoundPrompt.CHECKIN,
        RoundPrompt.MAIN,
        RoundPrompt.MAIN,
        RoundPrompt.CHECKOUT,
    ]
    with qtbot.waitSignal(screen.plan_saved) as saved:
        qtbot.mouseClick(screen.plans.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] == 2
    kept = saved.args[1]
    own = Plan("group-1", kept.kind, kept.titles, kept.rounds, group_id=2)
    screen.set_group_plans([own])
    assert screen.plans.plan_box.itemText(1).startswith("The group's own: Check-in")


def test_issue14_f9_setup_starts_from_the_only_group(qtbot: QtBot) -> None:
    """issue 14, finding 9: with one group imported, setup starts from it, not a quick
    circle; its people are asked for at once."""
    only = [Group(7, "5.A", GroupKind.CLASS, None, "da", 0)]
    screen = CircleSetupScreen(only, "en")
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.group_changed) as changed:
        pass
    assert changed.args == [7]
    assert screen.group_box.currentData() == 7


def test_issue14_f9_setup_starts_from_the_last_group_used(qtbot: QtBot) -> None:
    screen = CircleSetupScreen(_groups(), "en", group_id=2)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.group_changed) as changed:
        pass
    assert changed.args == [2]
    assert screen.title() == "6.B"


def test_issue14_f9_without_a_last_group_several_groups_start_as_a_quick_circle(
    qtbot: QtBot,
) -> None:
    screen = CircleSetupScreen(_groups(), "en")
    qtbot.addWidget(screen)
    assert screen.group_box.currentData() == -1
    assert screen.setup().group_id is None
