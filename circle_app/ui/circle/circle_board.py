"""What the ring shows for a circle: a `RingState` built from the domain, nothing decided here.

The seats are in the circle's ring order (a seat added mid-circle sits where it was added),
so a ring index is `ring_index(circle, position)`, and a tapped index is a seat position
through `circle.seats[index].position`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from circle_app.domain.circle import Circle, CircleSetup, NextModeChosen, Seat
from circle_app.domain.enums import (
    CONFLICT_STAGES,
    AgeBand,
    CircleKind,
    Direction,
    RoundMode,
    Stage,
)
from circle_app.domain.prompts import DrawRequest, Prompt, PromptRef, PromptSource
from circle_app.ui.circle.plan_labels import round_heading, round_label
from circle_app.ui.circle.ring.state import RingState, StageView, seat_views
from circle_app.ui.support import labels


def seat_label(seat: Seat, hide_names: bool) -> str:
    """A person's name, or "Seat n" for a quick circle's seat or when names are hidden."""
    if hide_names or not seat.name:
        return QCoreApplication.translate("CircleScreen", "Seat %1").replace("%1", str(seat.number))
    return seat.name


def ring_index(circle: Circle, position: int | None) -> int | None:
    """Where seat `position` is drawn in the ring (None stays None)."""
    if position is None:
        return None
    return [seat.position for seat in circle.seats].index(position)


def board_state(
    circle: Circle,
    prompt_text: str | None,
    *,
    hide_names: bool,
    title: str = "",
    timer_fraction: float | None = None,
) -> RingState:
    setup = circle.setup
    seats = seat_views(circle.statuses(), hide_names=hide_names)
    state = circle.round
    holder, upcoming = circle.current_seat, circle.next_seat
    number = state.number if state else 0
    header = (
        QCoreApplication.translate("CircleScreen", "Round %1 of %2")
        .replace("%1", str(number))
        .replace("%2", str(setup.planned_rounds))
    )
    if state and setup.plan and state.number <= len(setup.plan.rounds):
        header += " · " + round_heading(setup.plan.rounds[state.number - 1], state.number)
    elif state and state.stage:
        header += " · " + labels.stage_question(state.stage)
    elif state:
        header += " · " + labels.round_mode(state.mode)
    text = prompt_text or QCoreApplication.translate(
        "CircleScreen", "Ask the circle your own question."
    )
    had, of = circle.progress()
    progress = (
        QCoreApplication.translate("CircleScreen", "%1 of %2 have had the piece")
        .replace("%1", str(had))
        .replace("%2", str(of))
    )
    if holder is not None:
        parts = [
            QCoreApplication.translate("CircleScreen", "%1 has the piece").replace(
                "%1", seat_label(circle.seat(holder), hide_names)
            )
        ]
        if upcoming is not None and upcoming != holder:
            parts.append(
                QCoreApplication.translate("CircleScreen", "next: %1").replace(
                    "%1", seat_label(circle.seat(upcoming), hide_names)
                )
            )
        parts.append(progress)
        footer = "  ·  ".join(parts)
    elif state and state.mode is RoundMode.OPEN:
        footer = (
            QCoreApplication.translate(
                "CircleScreen", "Open round: tap the person who wants to speak"
            )
            + "  ·  "
            + progress
        )
    else:
        footer = (
            QCoreApplication.translate("CircleScreen", "Everyone has had the piece")
            + "  ·  "
            + progress
        )
    stages: tuple[StageView, ...] = ()
    if setup.plan is not None:  # the round tracker: one entry per planned round
        stages = tuple(
            StageView(round_label(planned, index + 1), _tracked(index, number))
            for index, planned in enumerate(setup.plan.rounds)
        )
    elif setup.kind is CircleKind.CONFLICT:
        stages = tuple(
            StageView(
                labels.stage(value),
                _tracked(index, number),
            )
            for index, value in enumerate(CONFLICT_STAGES)
        )
    info_parts = [labels.circle_kind(setup.kind)]
    if title:
        info_parts.append(title)
    if setup.direction is Direction.COUNTER_CLOCKWISE:
        info_parts.append(labels.direction(setup.direction))
    return RingState(
        seats=seats,
        current=ring_index(circle, holder),
        next=ring_index(circle, upcoming),
        card_header=header,
        card_text=text,
        card_footer=footer,
        stages=stages,
        info=" · ".join(info_parts),
        timer_fraction=timer_fraction if holder is not None else None,
        open_round=bool(state and state.mode is RoundMode.OPEN),
    )


def _tracked(index: int, number: int) -> str:
    return "done" if index < number - 1 else "current" if index == number - 1 else "todo"


def draw_prompt(
    prompts: PromptSource | None,
    setup: CircleSetup,
    stage: Stage | None,
    exclude: frozenset[PromptRef],
    index: int = -1,
) -> Prompt | None:
    """A prompt for this circle's kind, language and age band (and stage, M4); in a planned
    circle, round `index` (0-based) draws from its own bank."""
    if prompts is None:
        return None
    request = DrawRequest(
        kind=setup.kind.bank_kind,
        language=setup.language,
        age_band=AgeBand(setup.age_band) if setup.age_band else None,
        stage=stage,
        group_id=setup.group_id,
        exclude=exclude,
    )
    if setup.plan is not None and 0 <= index < len(setup.plan.rounds):
        request = setup.plan.draw_request(index, request, exclude=exclude)
    return prompts.draw(request)


def mode_message(circle: Circle) -> str:
    """What the banner says after O (the circle's last event chose a mode)."""
    event = circle.events[-1]
    if isinstance(event, NextModeChosen):
        if event.mode is RoundMode.OPEN:
            return QCoreApplication.translate("CircleScreen", "The next round will be open")
        return QCoreApplication.translate("CircleScreen", "The next round goes seat by seat")
    if circle.round is not None and circle.round.mode is RoundMode.OPEN:
        return QCoreApplication.translate(
            "CircleScreen", "This round is open: tap who wants to speak"
        )
    return QCoreApplication.translate("CircleScreen", "This round goes seat by seat")
