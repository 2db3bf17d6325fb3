"""The circle screen on two screens (issue 18, widgets/presenting.py): its board widget
goes to the board window, and the keeper's view takes its place on the laptop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from circle_app.domain.prompts import PromptRef, PromptSource
from circle_app.ui.circle.keeper_side import KeeperSide
from circle_app.ui.circle.keeper_view import KeeperView

if TYPE_CHECKING:
    from circle_app.domain.circle import Circle
    from circle_app.ui.circle.circle_arrangement import Arrangement
    from circle_app.ui.circle.circle_board_view import CircleBoard
    from circle_app.ui.circle.ring.view import RingView


class TwoScreens:
    """Mixed into the circle screen: the `Presentable` half of it."""

    if TYPE_CHECKING:
        board: CircleBoard
        ring: RingView
        controls_bar: QWidget
        _arrangement: Arrangement
        _prompts: PromptSource | None
        _timer: QTimer
        _timer_seconds: int

        @property
        def circle(self) -> Circle: ...
        def _refresh(self, *, travel: int, animate: bool = True) -> None: ...
        def _say(self, text: str) -> None: ...
        def _on_seat_tapped(self, index: int, ring: RingView) -> None: ...

    # -- two screens (widgets/presenting.py) ---------------------------------------------

    def board_widget(self) -> QWidget:
        """What the class sees: the ring, the piece, the card, the round tracker and the
        touch row; never anything for the keeper only (M7)."""
        return self.board

    def set_board_controls(self, shown: bool) -> None:
        """The group's option: Pass and Next on the board for children to tap."""
        self._arrangement.set_board_controls(shown)

    def set_presenting(self, presenting: bool) -> None:
        if self._arrangement.set_presenting(presenting):
            if presenting or self._timer_seconds > 0:
                self._timer.start()  # the keeper's figures tick
            else:
                self._timer.stop()
            self._refresh(travel=0)

    @property
    def presenting(self) -> bool:
        return self._arrangement.presenting

    @property
    def keeper_view(self) -> KeeperView | None:
        """The keeper's view while the board is a screen of its own, else None."""
        keeper = self._arrangement.keeper
        return keeper.view if keeper and self.presenting else None

    def swap_prompt(self, position: int) -> None:
        """Swap: another prompt for a round to come, before it reaches the board."""
        if self._keeper is None or self._prompts is None:
            self._say(
                QCoreApplication.translate(
                    "CircleScreen", "There are no question banks for this circle"
                )
            )
            return
        if not self._keeper.swap(position):
            self._say(
                QCoreApplication.translate("CircleScreen", "No other question fits this round")
            )
        self._refresh(travel=0)

    def prompts_ahead(self) -> tuple[PromptRef | None, ...]:
        """The prompts queued for the next rounds (empty until the keeper's view is shown)."""
        return self._keeper.prompts_ahead() if self._keeper else ()

    @property
    def _keeper(self) -> KeeperSide | None:
        return self._arrangement.keeper

    def _make_keeper(self) -> KeeperSide:
        assert isinstance(self, QWidget)
        keeper = KeeperSide(
            self, lambda: self.circle, self._prompts, self.controls_bar, self.ring.theme
        )
        keeper.seat_tapped.connect(self._on_seat_tapped)
        keeper.swap_requested.connect(self.swap_prompt)
        return keeper
