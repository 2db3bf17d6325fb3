"""Issue 18: the keeper sees the next two prompts, drawn ahead by the circle's draw rules,
and may swap one before it reaches the board; the next round takes the first of them."""

from __future__ import annotations

from datetime import UTC, datetime

from circle_app.domain.circle import Circle, CircleSetup, Seat
from circle_app.domain.enums import CONFLICT_STAGES, CircleKind, Stage
from circle_app.domain.prompt_queue import PromptQueue, round_stage
from circle_app.domain.prompts import PromptRef

AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def setup(kind: CircleKind = CircleKind.PEACETIME, rounds: int = 3) -> CircleSetup:
    seats = tuple(Seat(i) for i in range(3))
    planned = -1 if kind is CircleKind.CONFLICT else rounds
    return CircleSetup(kind, seats, frozenset(range(3)), 0, planned_rounds=planned)


class Drawer:
    """Draws p1, p2, ... skipping what it is told to exclude, and notes what it was asked."""

    def __init__(self) -> None:
        self.count = 0
        self.asked: list[tuple[int, Stage | None, frozenset[PromptRef]]] = []

    def __call__(
        self, index: int, stage: Stage | None, exclude: frozenset[PromptRef]
    ) -> PromptRef | None:
        self.asked.append((index, stage, exclude))
        while True:
            self.count += 1
            ref = PromptRef("bank", f"p{self.count}")
            if ref not in exclude:
                return ref


def test_the_queue_holds_the_next_two_rounds_prompts() -> None:
    circle = Circle(setup(rounds=3))
    queue = PromptQueue()
    queue.fill(circle, Drawer())
    assert [item.index for item in queue.items] == [0, 1]
    assert [item.prompt for item in queue.items] == [
        PromptRef("bank", "p1"),
        PromptRef("bank", "p2"),
    ]


def test_the_queue_never_goes_past_the_planned_rounds() -> None:
    circle = Circle(setup(rounds=1))
    queue = PromptQueue()
    queue.fill(circle, Drawer())
    assert [item.index for item in queue.items] == [0]


def test_the_next_round_takes_the_first_and_the_queue_draws_one_more() -> None:
    circle = Circle(setup(rounds=3))
    queue = PromptQueue()
    draw = Drawer()
    queue.fill(circle, draw)
    first = queue.take(circle, draw)
    assert first == PromptRef("bank", "p1")
    circle.start_round(first, AT)
    queue.fill(circle, draw)
    assert [(item.index, item.prompt.prompt_id) for item in queue.items if item.prompt] == [
        (1, "p2"),
        (2, "p3"),
    ]


def test_swap_draws_another_prompt_than_both_queued() -> None:
    circle = Circle(setup(rounds=3))
    queue = PromptQueue()
    draw = Drawer()
    queue.fill(circle, draw)
    queue.swap(0, circle, draw)
    assert queue.items[0].prompt == PromptRef("bank", "p3")
    assert queue.items[1].prompt == PromptRef("bank", "p2")
    _index, _stage, exclude = draw.asked[-1]
    assert {PromptRef("bank", "p1"), PromptRef("bank", "p2")} <= exclude


def test_a_conflict_circles_queued_prompts_are_drawn_for_their_stage() -> None:
    """M4: each queued prompt is drawn for the stage its round will have."""
    circle = Circle(setup(CircleKind.CONFLICT))
    assert [round_stage(circle.setup, i) for i in range(4)] == list(CONFLICT_STAGES)
    draw = Drawer()
    PromptQueue().fill(circle, draw)
    assert [stage for _index, stage, _exclude in draw.asked] == list(CONFLICT_STAGES[:2])


def test_an_undone_round_start_puts_its_prompt_back_first() -> None:
    circle = Circle(setup(rounds=3))
    queue = PromptQueue()
    draw = Drawer()
    queue.fill(circle, draw)
    circle.start_round(queue.take(circle, draw), AT)
    queue.fill(circle, draw)
    event = circle.undo()
    queue.put_back(0, event.prompt)  # type: ignore[attr-defined]
    queue.fill(circle, draw)
    assert [(item.index, item.prompt.prompt_id) for item in queue.items if item.prompt] == [
        (0, "p1"),
        (1, "p2"),
    ]
