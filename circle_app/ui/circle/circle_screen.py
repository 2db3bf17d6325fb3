"""The circle on the smartboard: the ring, the prompt card, the round tracker, big controls.

With a board screen (issue 18) the ring, card and tracker go to the board window as the
`board_widget()`, and this screen shows the keeper's view (`keeper_view.py`) in their place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QLinearGradient, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from circle_app.domain.circle import Circle, CircleRuleError, RoundStarted
from circle_app.domain.enums import Direction, NextAction, RoundMode
from circle_app.domain.prompts import Prompt, PromptRef, PromptSource
from circle_app.store import StoreError
from circle_app.store.circles import RecordedCircle
from circle_app.store.clock import utcnow
from circle_app.ui.circle.circle_arrangement import Arrangement
from circle_app.ui.circle.circle_board import (
    board_state,
    draw_prompt,
    mode_message,
    seat_label,
)
from circle_app.ui.circle.circle_board_view import CircleBoard
from circle_app.ui.circle.circle_controls import CircleControls
from circle_app.ui.circle.circle_keys import circle_key_action
from circle_app.ui.circle.circle_seats import SeatTaps
from circle_app.ui.circle.circle_two_screens import TwoScreens
from circle_app.ui.circle.ring.view import RingView
from circle_app.ui.support.errors import warn_unsaved
from circle_app.ui.support.theme import Theme
from circle_app.ui.widgets.banner import Banner
from circle_app.ui.widgets.escape import claims_escape

log = logging.getLogger(__name__)


class CircleScreen(TwoScreens, SeatTaps, QWidget):
    """Drives a RecordedCircle: every press is on disk before the ring shows it."""

    finished = Signal(int)  # circle id: the keeper finished the circle
    paused = Signal(int)  # circle id: back home, the circle stays open to continue
    read_aloud_requested = Signal(str, str)  # text, language
    stop_reading_requested = Signal()  # the banner's Stop while reading aloud

    def __init__(
        self,
        recorded: RecordedCircle,
        prompts: PromptSource | None,
        theme: Theme,
        *,
        title: str = "",
        hide_names: bool = False,
        timer_seconds: int = 0,
        announce_turns: bool = False,
        board_controls: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """`board_controls`: Pass and Next on the board for children to tap, when the board
        is a screen of its own (the group's option; a quick circle: on)."""
        super().__init__(parent)
        self.setObjectName("circleScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._recorded = recorded
        self._prompts = prompts
        self._title = title
        self._hide_names = hide_names
        self._timer_seconds = timer_seconds
        self._announce_turns = announce_turns
        self._announced: int | None = None

        self.ring = RingView()
        self.ring.set_theme(theme)
        self.ring.seat_tapped.connect(lambda index: self._on_seat_tapped(index, self.ring))
        self.board = CircleBoard(self.ring)
        self.board.pass_button.clicked.connect(self.pass_turn)
        self.board.next_button.clicked.connect(self.advance)

        self.controls = CircleControls(
            self, open_rounds=self.circle.open_rounds_allowed, hide_names=hide_names
        )
        controls = self.controls
        self.back_button, self.pass_button = controls.back_button, controls.pass_button
        self.next_button, self.read_button = controls.next_button, controls.read_button
        self.prompt_button, self.more_button = controls.prompt_button, controls.more_button
        self.back_button.clicked.connect(self.undo)
        self.pass_button.clicked.connect(self.pass_turn)
        self.next_button.clicked.connect(self.advance)
        self.read_button.clicked.connect(self.read_aloud)
        self.prompt_button.clicked.connect(self.new_prompt)
        controls.mode_toggled.connect(self.toggle_mode)
        controls.hide_names_toggled.connect(self.set_hide_names)
        controls.legend_action.toggled.connect(self.ring.set_legend_visible)
        controls.add_seat_requested.connect(lambda: self.add_seat())
        controls.pause_requested.connect(self.pause)
        controls.end_requested.connect(self._finish)

        self.controls_bar = QWidget()
        self.controls_bar.setLayout(controls.layout)
        self._arrangement = Arrangement(
            self, self.board, self.controls_bar, self._make_keeper, board_controls=board_controls
        )
        self.banner = Banner(self, theme)

        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        if timer_seconds > 0:
            self._timer.start()

        if not self.circle.rounds:
            self._act(lambda: self._recorded.start_round(self._draw_for_next_round()), quiet=True)
        self._refresh(travel=1)

    # -- read-only views ------------------------------------------------------------------

    @property
    def circle(self) -> Circle:
        return self._recorded.circle

    @property
    def circle_id(self) -> int:
        return self._recorded.circle_id

    def current_prompt(self) -> Prompt | None:
        state = self.circle.round
        if state is None or state.prompt is None or self._prompts is None:
            return None
        return self._prompts.get(state.prompt)

    # -- actions (buttons, keys, remote) ---------------------------------------------------

    @Slot()
    def advance(self) -> None:
        """Next: what the circle says Next does now (speak, next round, or finish)."""
        self.ring.finish_animation()
        action = self.circle.next_action()
        if action is NextAction.SPEAK:
            self._act(self._recorded.speak)
        elif action is NextAction.NEXT_ROUND:
            self._act(lambda: self._recorded.start_round(self._draw_for_next_round()))
        else:
            self._finish()
            return
        self._refresh(travel=1)

    @Slot()
    def pass_turn(self) -> None:
        self.ring.finish_animation()
        if self._act(self._recorded.pass_turn):
            self._refresh(travel=1)

    @Slot()
    def undo(self) -> None:
        self.ring.finish_animation()
        events = self.circle.events
        last = events[-1] if events else None
        if self._act(self._recorded.undo):
            if self._keeper is not None and isinstance(last, RoundStarted):
                self._keeper.queue.put_back(last.number - 1, last.prompt)
            self._refresh(travel=-1)

    @Slot()
    def new_prompt(self) -> None:
        state = self.circle.round
        if state is None or self._prompts is None:
            self._say(self.tr("There are no question banks for this circle"))
            return
        exclude = frozenset({state.prompt}) if state.prompt else frozenset()
        exclude |= {ref for ref in self.prompts_ahead() if ref is not None}
        prompt = draw_prompt(
            self._prompts, self.circle.setup, state.stage, exclude, state.number - 1
        )
        if prompt is None:
            self._say(self.tr("No other question fits this circle"))
        elif self._act(lambda: self._recorded.change_prompt(prompt.ref)):
            self._refresh(travel=0)

    @Slot()
    def read_aloud(self) -> None:
        prompt = self.current_prompt()
        if not self.read_button.isEnabled():
            self._say(self.read_button.toolTip() or self.tr("Reading aloud is not available"))
        elif prompt is None:
            self._say(self.tr("There is no question on the card to read aloud"))
        else:
            self.banner.show_message(
                self.tr("Reading aloud…"),
                action=self.tr("Stop"),
                on_action=self.stop_reading_requested.emit,
                stays=True,
            )
            self.read_aloud_requested.emit(prompt.text, prompt.language)

    @Slot()
    def reading_finished(self) -> None:
        """The speaker is done: the "reading aloud" banner goes."""
        if self.banner.text == self.tr("Reading aloud…"):
            self.banner.dismiss()

    @Slot(bool)
    def set_hide_names(self, hidden: bool) -> None:
        changed = hidden != self._hide_names
        self._hide_names = hidden
        self.controls.hide_action.setChecked(hidden)
        self._refresh(travel=0)
        if changed:
            self._say(self.tr("Names hidden") if hidden else self.tr("Names shown"))

    def set_speech_available(self, available: bool, reason: str = "") -> None:
        self.read_button.setEnabled(available)
        self.read_button.setToolTip("" if available else reason)

    def set_theme(self, theme: Theme) -> None:
        self.ring.set_theme(theme)
        if self._keeper is not None:
            self._keeper.ring.set_theme(theme)
            self._keeper.view.update()
        self.board.update()
        self.banner.set_theme(theme)

    # -- Qt overrides ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """The board's gradient runs on behind the controls, the same as behind the ring."""
        theme = self.ring.theme
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0, theme.background_top)
        gradient.setColorAt(1, theme.background_bottom)
        QPainter(self).fillRect(self.rect(), gradient)

    def event(self, event: QEvent) -> bool:
        return claims_escape(self, event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Every key of the board and the remote (circle_keys.py), from either window."""
        action = circle_key_action(self, event.key())
        if action is None:
            super().keyPressEvent(event)
        else:
            action()

    def toggle_legend(self) -> None:
        """L: the small key to what each seat's mark means."""
        self.controls.legend_action.setChecked(not self.ring.legend_visible)

    def pause(self) -> None:
        self.paused.emit(self.circle_id)

    @property
    def hide_names(self) -> bool:
        return self._hide_names

    # -- internals ------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.controls.scale_to(max(1.0, min(self.width() / 1366, self.height() / 768)))
        super().resizeEvent(event)

    def _act(self, action: Callable[[], object], *, quiet: bool = False) -> bool:
        """Run a recorded action; a refused or unsaved one changes nothing on the ring,
        and the banner (or the "Not saved" box) says why."""
        try:
            action()
        except CircleRuleError as exc:
            log.info("action refused: %s", exc)
            if not quiet:
                reason = QCoreApplication.translate("CircleRule", str(exc))
                self._say(self.tr("Not allowed now: %1").replace("%1", reason))
            return False
        except StoreError as exc:
            log.error("action not saved: %s", type(exc).__name__)
            warn_unsaved(self, exc)
            return False
        return True

    def _say(self, text: str) -> None:
        self.banner.show_message(text)

    @Slot()
    def _finish(self) -> None:
        try:
            self._recorded.end()
        except StoreError as exc:
            warn_unsaved(self, exc)
            return
        self.finished.emit(self.circle_id)

    @Slot()
    def toggle_mode(self) -> None:
        """O: this round's mode if it has not begun, else the next round's (the domain's
        `toggle_mode`); the banner says which."""
        if not self._act(self._recorded.toggle_mode):
            return
        text = mode_message(self.circle)
        self._say(text)
        self._refresh(travel=0)

    def _draw_for_next_round(self) -> PromptRef | None:
        """The next round's prompt: the first of those drawn ahead, once the keeper has
        seen them (issue 18); else drawn now, by the same rules."""
        if self._keeper is not None:
            return self._keeper.take()
        setup, stage, index = self.circle.setup, self.circle.next_stage(), len(self.circle.rounds)
        prompt = draw_prompt(self._prompts, setup, stage, frozenset(), index)
        return prompt.ref if prompt else None

    def _label(self, position: int) -> str:
        return seat_label(self.circle.seat(position), self._hide_names)

    def timer_fraction(self) -> float | None:
        """How much of the speaker timer the holder has used, from when the piece reached
        them (the round's own `piece_since`, so a resumed circle keeps its time)."""
        state = self.circle.round
        if self._timer_seconds <= 0 or state is None or self.circle.current_seat is None:
            return None
        since = state.piece_since or state.started_at
        return (utcnow() - since).total_seconds() / self._timer_seconds

    @Slot()
    def _tick(self) -> None:
        if self._timer_seconds > 0 and self.circle.current_seat is not None:
            self._refresh(travel=0, animate=False)
        elif self.presenting and self._keeper is not None:
            self._keeper.show(
                None, 0, hide_names=self._hide_names, timer_seconds=self._timer_seconds
            )

    def _refresh(self, *, travel: int, animate: bool = True) -> None:
        circle = self.circle
        prompt = self.current_prompt()
        ring_state = board_state(
            circle,
            prompt.text if prompt else None,
            hide_names=self._hide_names,
            title=self._title,
            timer_fraction=self.timer_fraction(),
        )
        state = circle.round
        clockwise = circle.setup.direction is Direction.CLOCKWISE
        if not animate or (state is not None and state.mode is RoundMode.OPEN):
            travel = 0
        self.ring.set_state(ring_state, travel=travel if clockwise else -travel)
        if self.presenting and self._keeper is not None:
            travel = travel if clockwise else -travel
            hide, seconds = self._hide_names, self._timer_seconds
            self._keeper.show(ring_state, travel, hide_names=hide, timer_seconds=seconds)
        self._update_controls()

    def _update_controls(self) -> None:
        self.controls.update_for(self.circle, has_prompts=self._prompts is not None)
        self.board.update_for(self.circle)
        self._announce(self.circle.current_seat)

    def _announce(self, holder: int | None) -> None:
        """Optionally say whose turn it is, once per move, never when names are hidden."""
        if holder == self._announced:
            return
        self._announced = holder
        if not self._announce_turns or self._hide_names or holder is None:
            return
        seat = self.circle.seat(holder)
        if seat.name:
            text = QCoreApplication.translate("CircleScreen", "It is %1's turn").replace(
                "%1", seat.name
            )
            self.read_aloud_requested.emit(text, "")
