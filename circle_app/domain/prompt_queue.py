"""The prompts drawn ahead for the next rounds (issue 18): what the keeper sees coming.

The keeper's view shows the next two rounds' prompts before they reach the board, so the
keeper can swap one for another. They are drawn by the circle's own draw rules (its kind,
language, age band, a conflict circle's stage (M4), a plan round's bank), which the caller
passes in as `draw`; the next round takes the first of them. Nothing here is stored: a
queued prompt is a suggestion until its round starts and the circle records it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from circle_app.domain.circle import Circle
from circle_app.domain.circle_setup import CircleSetup
from circle_app.domain.enums import CONFLICT_STAGES, CircleKind, Stage
from circle_app.domain.prompts import PromptRef

#: How many rounds ahead the keeper sees.
DEPTH = 2

#: draw(round index (0-based), the round's stage, prompts not to draw) -> a prompt or None
Draw = Callable[[int, Stage | None, frozenset[PromptRef]], PromptRef | None]


def round_stage(setup: CircleSetup, index: int) -> Stage | None:
    """The stage round `index` (0-based) takes (M4), as `Circle.next_stage` says for the
    next round: a plan's main round its own, a conflict circle's four in order, else None."""
    if setup.plan is not None:
        rounds = setup.plan.rounds
        return rounds[index].stage if 0 <= index < len(rounds) else None
    if setup.kind is not CircleKind.CONFLICT:
        return None
    return CONFLICT_STAGES[index] if 0 <= index < len(CONFLICT_STAGES) else None


@dataclass(frozen=True, slots=True)
class Queued:
    index: int  # the round (0-based) this prompt is for
    prompt: PromptRef | None  # None: no bank has a prompt for it (the keeper asks their own)


class PromptQueue:
    """The next `depth` rounds' prompts, in round order."""

    def __init__(self, depth: int = DEPTH) -> None:
        self._depth = depth
        self._items: dict[int, PromptRef | None] = {}

    @property
    def items(self) -> tuple[Queued, ...]:
        return tuple(Queued(index, self._items[index]) for index in sorted(self._items))

    def fill(self, circle: Circle, draw: Draw) -> None:
        """Keep exactly the rounds still to come within reach, drawing what is missing."""
        start = len(circle.rounds)
        wanted = range(start, min(start + self._depth, circle.setup.planned_rounds))
        self._items = {i: ref for i, ref in self._items.items() if i in wanted}
        for index in wanted:
            if index not in self._items:
                self._items[index] = draw(
                    index, round_stage(circle.setup, index), self._taken(circle)
                )

    def take(self, circle: Circle, draw: Draw) -> PromptRef | None:
        """The prompt the next round starts with: the first queued (drawn if not yet)."""
        index = len(circle.rounds)
        if index not in self._items:
            self.fill(circle, draw)
        return self._items.pop(index, None)

    def swap(self, position: int, circle: Circle, draw: Draw) -> PromptRef | None:
        """Another prompt for the `position`-th queued round (0: the next round), not one
        already queued or on the card; the old one stays if nothing else fits."""
        items = self.items
        if not 0 <= position < len(items):
            return None
        index = items[position].index
        fresh = draw(index, round_stage(circle.setup, index), self._taken(circle))
        if fresh is not None:
            self._items[index] = fresh
        return self._items[index]

    def put_back(self, index: int, prompt: PromptRef | None) -> None:
        """An undone round start gives its prompt back to the round it was for."""
        self._items[index] = prompt

    def _taken(self, circle: Circle) -> frozenset[PromptRef]:
        """Prompts the queue must not draw again: the queued ones and the card's."""
        taken = {ref for ref in self._items.values() if ref is not None}
        if circle.round is not None and circle.round.prompt is not None:
            taken.add(circle.round.prompt)
        return frozenset(taken)
