"""The keeper's half of a circle on two screens (issue 18): the view on the laptop with its
small ring, and the prompts drawn ahead for the next rounds.

The queue is the domain's (`domain/prompt_queue.py`); the prompts in it are drawn by the
circle's own draw rules (`circle_board.draw_prompt`), so a queued prompt is the one the
next round would have drawn. The circle screen owns this and feeds it what it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from circle_app.domain.circle import Circle
from circle_app.domain.enums import Stage
from circle_app.domain.prompt_queue import PromptQueue
from circle_app.domain.prompts import PromptRef, PromptSource
from circle_app.store.clock import utcnow
from circle_app.ui.circle.circle_board import draw_prompt
from circle_app.ui.circle.keeper_info import keeper_info
from circle_app.ui.circle.keeper_view import KeeperView
from circle_app.ui.circle.ring.state import RingState
from circle_app.ui.circle.ring.view import RingView
from circle_app.ui.support.theme import Theme


class KeeperSide(QObject):
    swap_requested = Signal(int)  # the queued prompt's place
    seat_tapped = Signal(int, object)  # ring index, the keeper's RingView

    def __init__(
        self,
        screen: QWidget,
        circle: Callable[[], Circle],
        prompts: PromptSource | None,
        controls: QWidget,
        theme: Theme,
    ) -> None:
        super().__init__(screen)
        self._circle = circle
        self._prompts = prompts
        self.queue = PromptQueue()
        self.view = KeeperView(controls, screen)
        self.view.ring.set_theme(theme)
        self.view.ring.seat_tapped.connect(lambda index: self.seat_tapped.emit(index, self.ring))
        self.view.swap_requested.connect(self.swap_requested)

    @property
    def ring(self) -> RingView:
        return self.view.ring

    def draw(
        self, index: int, stage: Stage | None, exclude: frozenset[PromptRef]
    ) -> PromptRef | None:
        """Round `index`'s prompt by the circle's draw rules, none of `exclude`."""
        prompt = draw_prompt(self._prompts, self._circle().setup, stage, exclude, index)
        return prompt.ref if prompt else None

    def fill(self) -> None:
        self.queue.fill(self._circle(), self.draw)

    def take(self) -> PromptRef | None:
        """The next round's prompt: the first queued."""
        return self.queue.take(self._circle(), self.draw)

    def swap(self, position: int) -> bool:
        """Another prompt for the `position`-th round to come; False if none other fits."""
        before = self.queue.items
        after = self.queue.swap(position, self._circle(), self.draw)
        return not (position < len(before) and after == before[position].prompt)

    def prompts_ahead(self) -> tuple[PromptRef | None, ...]:
        return tuple(item.prompt for item in self.queue.items)

    def show(
        self,
        state: RingState | None,
        travel: int,
        *,
        hide_names: bool,
        timer_seconds: int,
    ) -> None:
        """The small ring (when `state` is given), the queue refilled, the figures."""
        if state is not None:
            self.ring.set_state(state, travel=travel)
            self.fill()
        self.view.show_info(
            keeper_info(
                self._circle(),
                self.queue,
                self._prompts,
                hide_names=hide_names,
                timer_seconds=timer_seconds,
                now=utcnow(),
            )
        )
