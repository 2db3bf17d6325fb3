"""The circle on the smartboard: the ring, the prompt card, the round tracker, big controls."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.circle import Circle, CircleRuleError, Seat
from circle_app.domain.enums import (
    CONFLICT_STAGES,
    AgeBand,
    CircleKind,
    Direction,
    RoundMode,
    Stage,
)
from circle_app.domain.prompts import DrawRequest, Prompt, PromptRef, PromptSource
from circle_app.store import StoreError
from circle_app.store.circles import RecordedCircle
from circle_app.ui.circle.ring.view import RingState, RingView, StageView, seat_views
from circle_app.ui.support import labels
from circle_app.ui.support.errors import error_text
from circle_app.ui.support.theme import Theme
from circle_app.ui.widgets.board_button import BoardButton

log = logging.getLogger(__name__)


class CircleScreen(QWidget):
    """Drives a RecordedCircle: every press is on disk before the ring shows it."""

    finished = Signal(int)  # circle id: the keeper finished the circle
    paused = Signal(int)  # circle id: back home, the circle stays open to continue
    read_aloud_requested = Signal(str, str)  # text, language

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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("circleScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._recorded = recorded
        self._prompts = prompts
        self._title = title
        self._hide_names = hide_names
        self._timer_seconds = timer_seconds
        self._announce_turns = announce_turns
        self._next_mode: RoundMode | None = None
        self._piece_since = time.monotonic()
        self._announced: int | None = None

        self.ring = RingView()
        self.ring.set_theme(theme)
        self.ring.seat_tapped.connect(self._on_seat_tapped)

        self.back_button = BoardButton("mdi6.undo-variant", self.tr("Back"))
        self.back_button.clicked.connect(self.undo)
        self.pass_button = BoardButton("mdi6.hand-back-left-outline", self.tr("Pass"))
        self.pass_button.clicked.connect(self.pass_turn)
        self.next_button = BoardButton("mdi6.arrow-right-bold", self.tr("Next"), primary=True)
        self.next_button.clicked.connect(self.advance)
        self.read_button = BoardButton("mdi6.volume-high", self.tr("Read aloud"))
        self.read_button.clicked.connect(self.read_aloud)
        self.prompt_button = BoardButton("mdi6.cards-outline", self.tr("New prompt"))
        self.prompt_button.clicked.connect(self.new_prompt)
        self.more_button = BoardButton("mdi6.dots-horizontal", self.tr("More"))
        self._menu = self._build_menu()
        self.more_button.clicked.connect(self._show_menu)

        self._controls_scale = 1.0
        self._buttons = (
            self.back_button,
            self.pass_button,
            self.next_button,
            self.read_button,
            self.prompt_button,
            self.more_button,
        )
        controls = QHBoxLayout()
        controls.setContentsMargins(24, 8, 24, 20)
        controls.setSpacing(16)
        controls.addStretch(1)
        for button in self._buttons:
            controls.addWidget(button)
        controls.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.ring, 1)
        layout.addLayout(controls)

        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        if timer_seconds > 0:
            self._timer.start()

        if not self.circle.rounds:
            self._act(lambda: self._recorded.start_round(self._draw_for_next_round()))
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
        """Next: the holder spoke; at a round's end, the next round; after the last, finish."""
        self.ring.finish_animation()
        circle = self.circle
        if circle.current_seat is not None:
            self._act(self._recorded.speak)
        elif circle.round_complete or (
            circle.round is not None and circle.round.mode is RoundMode.OPEN
        ):
            self._end_round()
        self._refresh(travel=1)

    @Slot()
    def pass_turn(self) -> None:
        self.ring.finish_animation()
        if self.circle.current_seat is not None:
            self._act(self._recorded.pass_turn)
            self._refresh(travel=1)

    @Slot()
    def undo(self) -> None:
        self.ring.finish_animation()
        if self.circle.events:
            self._act(self._recorded.undo)
            self._refresh(travel=-1)

    @Slot()
    def new_prompt(self) -> None:
        if self.circle.round is None:
            return
        current = self.circle.round.prompt
        exclude = frozenset({current}) if current else frozenset()
        prompt = self._draw(self.circle.round.stage, exclude)
        if prompt is not None:
            self._act(lambda: self._recorded.change_prompt(prompt.ref))
            self._refresh(travel=0)

    @Slot()
    def read_aloud(self) -> None:
        prompt = self.current_prompt()
        if prompt is not None:
            self.read_aloud_requested.emit(prompt.text, prompt.language)

    @Slot(bool)
    def set_hide_names(self, hidden: bool) -> None:
        self._hide_names = hidden
        self._hide_action.setChecked(hidden)
        self._refresh(travel=0)

    def set_speech_available(self, available: bool, reason: str = "") -> None:
        self.read_button.setEnabled(available)
        self.read_button.setToolTip("" if available else reason)

    def set_theme(self, theme: Theme) -> None:
        self.ring.set_theme(theme)

    # -- Qt overrides ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """The board's gradient runs on behind the controls, the same as behind the ring."""
        theme = self.ring.theme
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0, theme.background_top)
        gradient.setColorAt(1, theme.background_bottom)
        QPainter(self).fillRect(self.rect(), gradient)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Down):
            self.advance()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.undo()
        elif key == Qt.Key.Key_P:
            self.pass_turn()
        elif key == Qt.Key.Key_N:
            self.new_prompt()
        elif key == Qt.Key.Key_R:
            self.read_aloud()
        elif key == Qt.Key.Key_H:
            self.set_hide_names(not self._hide_names)
        elif key == Qt.Key.Key_O:
            self._toggle_mode()
        elif key == Qt.Key.Key_L:
            self._legend_action.setChecked(not self.ring.legend_visible)
        else:
            super().keyPressEvent(event)

    # -- internals ------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        scale = max(1.0, min(self.width() / 1366, self.height() / 768))
        if abs(scale - self._controls_scale) > 0.05:
            self._controls_scale = scale
            for button in self._buttons:
                button.scale_to(scale)
        super().resizeEvent(event)

    def _build_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setStyleSheet("QMenu { font-size: 16pt; } QMenu::item { padding: 14px 28px; }")
        self._mode_action = QAction(self.tr("Open round (whoever wants to speak)"), self)
        self._mode_action.setCheckable(True)
        self._mode_action.triggered.connect(self._toggle_mode)
        self._hide_action = QAction(self.tr("Hide names"), self)
        self._hide_action.setCheckable(True)
        self._hide_action.setChecked(self._hide_names)
        self._hide_action.toggled.connect(self.set_hide_names)
        self._legend_action = QAction(self.tr("Show what the marks mean (L)"), self)
        self._legend_action.setCheckable(True)
        self._legend_action.toggled.connect(self.ring.set_legend_visible)
        self._end_action = QAction(self.tr("End the circle now"), self)
        self._end_action.triggered.connect(self._finish)
        self._pause_action = QAction(self.tr("Pause and go home (continue later)"), self)
        self._pause_action.triggered.connect(lambda: self.paused.emit(self.circle_id))
        if self.circle.open_rounds_allowed:  # M4: a conflict circle's rounds go in turn
            menu.addAction(self._mode_action)
        menu.addAction(self._hide_action)
        menu.addAction(self._legend_action)
        menu.addSeparator()
        menu.addAction(self._pause_action)
        menu.addAction(self._end_action)
        return menu

    @Slot()
    def _show_menu(self) -> None:
        self._menu.popup(self.more_button.mapToGlobal(self.more_button.rect().topLeft()))

    def _act(self, action: object) -> bool:
        """Run a recorded action; a refused or unsaved one changes nothing on screen."""
        assert callable(action)
        try:
            action()
        except CircleRuleError as exc:
            log.info("action refused: %s", exc)
            return False
        except StoreError as exc:
            log.error("action not saved: %s", type(exc).__name__)
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return False
        self._piece_since = time.monotonic()
        return True

    def _end_round(self) -> None:
        if self.circle.is_last_round:
            self._finish()
            return
        mode = self._next_mode
        self._next_mode = None
        self._act(lambda: self._recorded.start_round(self._draw_for_next_round(), mode))

    @Slot()
    def _finish(self) -> None:
        try:
            self._recorded.end()
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return
        self.finished.emit(self.circle_id)

    @Slot()
    def _toggle_mode(self) -> None:
        state = self.circle.round
        if state is None or not self.circle.open_rounds_allowed:
            return
        other = RoundMode.OPEN if state.mode is RoundMode.SEQUENTIAL else RoundMode.SEQUENTIAL
        if not state.turns:
            self._act(lambda: self._recorded.change_mode(other))
        else:
            current_next = self._next_mode or state.mode
            self._next_mode = (
                RoundMode.OPEN if current_next is RoundMode.SEQUENTIAL else RoundMode.SEQUENTIAL
            )
        self._refresh(travel=0)

    @Slot(int)
    def _on_seat_tapped(self, seat: int) -> None:
        circle = self.circle
        state = circle.round
        if seat in circle.present and state is not None and state.mode is RoundMode.OPEN:
            self.ring.finish_animation()
            self._act(lambda: self._recorded.give_piece(seat))
            self._refresh(travel=0)
            return
        menu = QMenu(self)
        menu.setStyleSheet("QMenu { font-size: 16pt; } QMenu::item { padding: 14px 28px; }")
        name = self._label(circle.setup.seats[seat])
        if seat in circle.present:
            action = menu.addAction(self.tr("%1 has left the circle").replace("%1", name))
            action.triggered.connect(lambda: self._presence(seat, arrived=False))
        else:
            action = menu.addAction(self.tr("%1 has arrived").replace("%1", name))
            action.triggered.connect(lambda: self._presence(seat, arrived=True))
        menu.popup(self.ring.mapToGlobal(self.ring.seat_center(seat).toPoint()))

    def _presence(self, seat: int, *, arrived: bool) -> None:
        if arrived:
            self._act(lambda: self._recorded.arrive(seat))
        else:
            self._act(lambda: self._recorded.leave(seat))
        self._refresh(travel=1)

    def _draw(self, stage: Stage | None, exclude: frozenset[PromptRef]) -> Prompt | None:
        if self._prompts is None:
            return None
        setup = self.circle.setup
        return self._prompts.draw(
            DrawRequest(
                kind=setup.kind.bank_kind,
                language=setup.language,
                age_band=AgeBand(setup.age_band) if setup.age_band else None,
                stage=stage,
                group_id=setup.group_id,
                exclude=exclude,
            )
        )

    def _draw_for_next_round(self) -> PromptRef | None:
        prompt = self._draw(self.circle.next_stage(), frozenset())
        return prompt.ref if prompt else None

    def _label(self, seat: Seat) -> str:
        if self._hide_names or not seat.name:
            return self.tr("Seat %1").replace("%1", str(seat.number))
        return seat.name

    @Slot()
    def _tick(self) -> None:
        if self._timer_seconds > 0 and self.circle.current_seat is not None:
            self._refresh(travel=0, animate=False)

    def _refresh(self, *, travel: int, animate: bool = True) -> None:
        circle = self.circle
        setup = circle.setup
        seats = seat_views(circle.statuses(), hide_names=self._hide_names)
        state = circle.round
        holder, upcoming = circle.current_seat, circle.next_seat
        total_rounds = setup.planned_rounds
        number = state.number if state else 0
        header = (
            self.tr("Round %1 of %2").replace("%1", str(number)).replace("%2", str(total_rounds))
        )
        if state and state.stage:
            header += " · " + labels.stage_question(state.stage)
        elif state:
            header += " · " + labels.round_mode(state.mode)
        prompt = self.current_prompt()
        text = prompt.text if prompt else self.tr("Ask the circle your own question.")
        had, of = circle.progress()
        progress = (
            self.tr("%1 of %2 have had the piece").replace("%1", str(had)).replace("%2", str(of))
        )
        if holder is not None:
            holder_text = self.tr("%1 has the piece").replace(
                "%1", self._label(setup.seats[holder])
            )
            parts = [holder_text]
            if upcoming is not None and upcoming != holder:
                parts.append(self.tr("next: %1").replace("%1", self._label(setup.seats[upcoming])))
            parts.append(progress)
            footer = "  ·  ".join(parts)
        elif state and state.mode is RoundMode.OPEN:
            footer = self.tr("Open round: tap the person who wants to speak") + "  ·  " + progress
        else:
            footer = self.tr("Everyone has had the piece") + "  ·  " + progress
        stages: tuple[StageView, ...] = ()
        if setup.kind is CircleKind.CONFLICT:
            stages = tuple(
                StageView(
                    labels.stage(value),
                    "done" if index < number - 1 else "current" if index == number - 1 else "todo",
                )
                for index, value in enumerate(CONFLICT_STAGES)
            )
        info_parts = [labels.circle_kind(setup.kind)]
        if self._title:
            info_parts.append(self._title)
        if setup.direction is Direction.COUNTER_CLOCKWISE:
            info_parts.append(labels.direction(setup.direction))
        fraction = None
        if self._timer_seconds > 0 and holder is not None:
            fraction = (time.monotonic() - self._piece_since) / self._timer_seconds
        ring_state = RingState(
            seats=seats,
            current=holder,
            next=upcoming,
            card_header=header,
            card_text=text,
            card_footer=footer,
            stages=stages,
            info=" · ".join(info_parts),
            timer_fraction=fraction,
            open_round=bool(state and state.mode is RoundMode.OPEN),
        )
        clockwise = setup.direction is Direction.CLOCKWISE
        if not animate or (state is not None and state.mode is RoundMode.OPEN):
            travel = 0
        self.ring.set_state(ring_state, travel=travel if clockwise else -travel)
        self._update_controls()

    def _update_controls(self) -> None:
        circle = self.circle
        state = circle.round
        holder = circle.current_seat
        self.pass_button.setEnabled(holder is not None)
        self.back_button.setEnabled(bool(circle.events))
        self.prompt_button.setEnabled(state is not None and self._prompts is not None)
        if holder is not None:
            self.next_button.setText(self.tr("Next"))
        elif circle.is_last_round and (
            circle.round_complete or (state is not None and state.mode is RoundMode.OPEN)
        ):
            self.next_button.setText(self.tr("Finish"))
        elif state is not None and state.mode is RoundMode.OPEN:
            self.next_button.setText(self.tr("End round"))
        else:
            self.next_button.setText(self.tr("Next round"))
        self._mode_action.setChecked(bool(state and state.mode is RoundMode.OPEN))
        self._announce(holder)

    def _announce(self, holder: int | None) -> None:
        """Optionally say whose turn it is, once per move, never when names are hidden."""
        if holder == self._announced:
            return
        self._announced = holder
        if not self._announce_turns or self._hide_names or holder is None:
            return
        seat = self.circle.setup.seats[holder]
        if seat.name:
            text = QCoreApplication.translate("CircleScreen", "It is %1's turn").replace(
                "%1", seat.name
            )
            self.read_aloud_requested.emit(text, "")
