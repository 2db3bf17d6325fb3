"""What the keeper's view says (issue 18), as plain values built from the domain: the prompts
to come, who will be offered the piece again, the time, the plan, the counts per person.

Nothing is decided here: who passed and will be offered again is the domain's
(`SeatStatus.waiting_again`, M1), the counts are `Circle.summary()` (as the summary screen's
per-person table), the stages and plan rounds are the circle's setup's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTime

from circle_app.domain.circle import Circle
from circle_app.domain.enums import CONFLICT_STAGES, CircleKind
from circle_app.domain.plan import RoundPrompt
from circle_app.domain.prompt_queue import PromptQueue
from circle_app.domain.prompts import PromptSource
from circle_app.ui.circle.circle_board import seat_label
from circle_app.ui.circle.plan_labels import plan_name, round_label
from circle_app.ui.support import labels

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Ahead:
    title: str  # "Round 2 · Check-in round"
    text: str  # the prompt, or what the keeper does without one


@dataclass(frozen=True, slots=True)
class PersonCount:
    name: str
    spoke: int
    passed: int


@dataclass(frozen=True, slots=True)
class KeeperInfo:
    turn_time: str  # "Turn 0:42 · 0:18 left", or "" when nobody holds the piece
    circle_time: str  # "Circle 12:05"
    ahead: tuple[Ahead, ...]
    again: tuple[str, ...]  # who passed and will be offered the piece again (M1)
    plan: str  # the circle's shape: its plan or its stages, and where the circle is in it
    counts: tuple[PersonCount, ...]


def clock(seconds: float) -> str:
    """m:ss (h:mm:ss past an hour)."""
    whole = max(int(seconds), 0)
    return QTime(0, 0).addSecs(whole).toString("h:mm:ss" if whole >= 3600 else "m:ss")


def keeper_info(
    circle: Circle,
    queue: PromptQueue | None,
    prompts: PromptSource | None,
    *,
    hide_names: bool,
    timer_seconds: int,
    now: datetime,
) -> KeeperInfo:
    return KeeperInfo(
        turn_time=turn_time(circle, timer_seconds, now),
        circle_time=translate("KeeperView", "Circle %1").replace("%1", circle_time(circle, now)),
        ahead=prompts_ahead(circle, queue, prompts),
        again=tuple(
            seat_label(status.seat, hide_names)
            for status in circle.statuses()
            if status.present and status.waiting_again
        ),
        plan=plan_text(circle),
        counts=tuple(
            PersonCount(seat_label(row.seat, hide_names), row.spoke, row.passed)
            for row in circle.summary().seats
        ),
    )


def circle_time(circle: Circle, now: datetime) -> str:
    first = circle.rounds[0].started_at if circle.rounds else None
    return clock((now - first).total_seconds()) if first else clock(0)


def turn_time(circle: Circle, timer_seconds: int, now: datetime) -> str:
    state = circle.round
    if state is None or circle.current_seat is None:
        return ""
    used = (now - (state.piece_since or state.started_at)).total_seconds()
    text = translate("KeeperView", "Turn %1").replace("%1", clock(used))
    if timer_seconds > 0:
        left = timer_seconds - used
        if left >= 0:
            text += "  ·  " + translate("KeeperView", "%1 left").replace("%1", clock(left))
        else:
            text += "  ·  " + translate("KeeperView", "%1 over").replace("%1", clock(-left))
    return text


def round_title(circle: Circle, index: int) -> str:
    """ "Round 2 · Check-in round": the queued prompt's round, as its card will say."""
    setup = circle.setup
    title = translate("KeeperView", "Round %1").replace("%1", str(index + 1))
    if setup.plan is not None and index < len(setup.plan.rounds):
        planned = setup.plan.rounds[index]
        if planned.stage is not None or planned.prompt in (
            RoundPrompt.CHECKIN,
            RoundPrompt.CHECKOUT,
        ):
            title += " · " + round_label(planned, index + 1)
    elif setup.kind is CircleKind.CONFLICT and index < len(CONFLICT_STAGES):
        title += " · " + labels.stage(CONFLICT_STAGES[index])
    return title


def prompts_ahead(
    circle: Circle, queue: PromptQueue | None, prompts: PromptSource | None
) -> tuple[Ahead, ...]:
    if queue is None:
        return ()
    ahead = []
    for item in queue.items:
        prompt = prompts.get(item.prompt) if prompts is not None and item.prompt else None
        text = (
            prompt.text
            if prompt
            else translate("KeeperView", "No prompt: ask the circle your own question.")
        )
        ahead.append(Ahead(round_title(circle, item.index), text))
    return tuple(ahead)


def plan_text(circle: Circle) -> str:
    """The circle's shape in words: the plan's name, each round with done / now marks."""
    setup = circle.setup
    number = circle.round.number if circle.round else 0
    if setup.plan is not None:
        steps = [round_label(planned, i + 1) for i, planned in enumerate(setup.plan.rounds)]
        head = plan_name(setup.plan, setup.language)
    elif setup.kind is CircleKind.CONFLICT:
        steps = [labels.stage(stage) for stage in CONFLICT_STAGES]
        head = labels.circle_kind(setup.kind)
    else:
        steps = [
            translate("KeeperView", "Round %1").replace("%1", str(i + 1))
            for i in range(setup.planned_rounds)
        ]
        head = labels.circle_kind(setup.kind)
    marked = []
    for i, step in enumerate(steps):
        if i < number - 1:
            marked.append(translate("KeeperView", "%1 (done)").replace("%1", step))
        elif i == number - 1:
            marked.append(translate("KeeperView", "%1 (now)").replace("%1", step))
        else:
            marked.append(step)
    return head + "\n" + " → ".join(marked)
