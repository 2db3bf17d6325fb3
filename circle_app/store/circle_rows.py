"""A circle's events as rows and back, and the report counters kept in the same write."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from circle_app.domain.circle import (
    Arrived,
    CircleEvent,
    Left,
    ModeChanged,
    NextModeChosen,
    PieceGiven,
    PromptChanged,
    RoundStarted,
    Seat,
    SeatAdded,
    TurnTaken,
    word_of,
)
from circle_app.domain.enums import Offer, Outcome, Role, RoundMode, Stage
from circle_app.domain.prompts import PromptRef
from circle_app.store import tally
from circle_app.store.clock import as_utc
from circle_app.store.models import (
    CircleEventRow,
    CircleRow,
    CircleSeatRow,
    PersonRow,
    RoundRow,
    TurnRow,
)

#: `circle_event.kind` of the events kept there (a mode, a seat number follow after ":").
PROMPT, GIVE, ARRIVE, LEAVE = "prompt", "give", "arrive", "leave"
MODE, NEXT_MODE, ADD_SEAT = "mode:", "next:", "add:"


def prompt_ref(bank_id: str | None, prompt_id: str | None) -> PromptRef | None:
    return PromptRef(bank_id, prompt_id) if bank_id and prompt_id else None


def added_position(kind: str) -> int | None:
    """The seat a "seat added" row made, None for other rows."""
    return int(kind.removeprefix(ADD_SEAT)) if kind.startswith(ADD_SEAT) else None


def seat_of(row: CircleSeatRow, person: PersonRow | None) -> Seat:
    if person is None:
        return Seat(row.position)
    return Seat(
        row.position, person.id, person.display_name, person.short_name or "", Role(person.role)
    )


def rows_for(
    circle_id: int, seq: int, event: CircleEvent, session: Session
) -> list[TurnRow | RoundRow | CircleEventRow | CircleSeatRow]:
    """The rows one action writes (a seat added writes its seat too)."""
    match event:
        case RoundStarted():
            return [
                RoundRow(
                    circle_id=circle_id,
                    seq=seq,
                    number=event.number,
                    mode=event.mode.value,
                    stage=event.stage.value if event.stage else None,
                    bank_id=event.prompt.bank_id if event.prompt else None,
                    prompt_id=event.prompt.prompt_id if event.prompt else None,
                    started_at=event.at,
                )
            ]
        case TurnTaken():
            person_id = session.scalars(
                select(CircleSeatRow.person_id).where(
                    CircleSeatRow.circle_id == circle_id,
                    CircleSeatRow.position == event.seat,
                )
            ).one()
            return [
                TurnRow(
                    circle_id=circle_id,
                    seq=seq,
                    round_number=event.round_number,
                    seat=event.seat,
                    person_id=person_id,
                    outcome=event.outcome.value,
                    offer=int(event.offer),
                    started_at=event.started_at,
                    ended_at=event.at,
                )
            ]
        case PromptChanged():
            return [
                CircleEventRow(
                    circle_id=circle_id,
                    seq=seq,
                    kind=PROMPT,
                    bank_id=event.prompt.bank_id if event.prompt else None,
                    prompt_id=event.prompt.prompt_id if event.prompt else None,
                    at=event.at,
                )
            ]
        case ModeChanged() | NextModeChosen():
            prefix = MODE if isinstance(event, ModeChanged) else NEXT_MODE
            return [
                CircleEventRow(
                    circle_id=circle_id, seq=seq, kind=prefix + event.mode.value, at=event.at
                )
            ]
        case SeatAdded():
            return [
                CircleSeatRow(circle_id=circle_id, position=event.seat, present=False),
                CircleEventRow(
                    circle_id=circle_id,
                    seq=seq,
                    kind=f"{ADD_SEAT}{event.seat}",
                    seat=event.beside,
                    at=event.at,
                ),
            ]
        case PieceGiven() | Arrived() | Left():
            kinds = {PieceGiven: GIVE, Arrived: ARRIVE, Left: LEAVE}
            return [
                CircleEventRow(
                    circle_id=circle_id,
                    seq=seq,
                    kind=kinds[type(event)],
                    seat=event.seat,
                    at=event.at,
                )
            ]


def _other_event(row: CircleEventRow) -> CircleEvent:
    at = as_utc(row.at)
    seat = row.seat if row.seat is not None else -1
    kind = row.kind
    if kind == PROMPT:
        return PromptChanged(prompt_ref(row.bank_id, row.prompt_id), at)
    if kind.startswith(MODE):
        return ModeChanged(RoundMode(kind.removeprefix(MODE)), at)
    if kind.startswith(NEXT_MODE):
        return NextModeChosen(RoundMode(kind.removeprefix(NEXT_MODE)), at)
    added = added_position(kind)
    if added is not None:
        return SeatAdded(added, seat, at)
    if kind == GIVE:
        return PieceGiven(seat, at)
    if kind == ARRIVE:
        return Arrived(seat, at)
    return Left(seat, at)


def events_of(session: Session, circle_id: int) -> list[tuple[int, CircleEvent]]:
    """The circle's actions in the order they were taken, each with its seq."""
    events: list[tuple[int, CircleEvent]] = []
    for r in session.scalars(select(RoundRow).where(RoundRow.circle_id == circle_id)):
        stage = Stage(r.stage) if r.stage else None
        prompt = prompt_ref(r.bank_id, r.prompt_id)
        events.append(
            (r.seq, RoundStarted(r.number, RoundMode(r.mode), stage, prompt, as_utc(r.started_at)))
        )
    for t in session.scalars(select(TurnRow).where(TurnRow.circle_id == circle_id)):
        turn = TurnTaken(
            t.round_number,
            t.seat,
            Outcome(t.outcome),
            Offer(t.offer),
            as_utc(t.started_at),
            as_utc(t.ended_at),
        )
        events.append((t.seq, turn))
    for e in session.scalars(select(CircleEventRow).where(CircleEventRow.circle_id == circle_id)):
        events.append((e.seq, _other_event(e)))
    events.sort(key=lambda pair: pair[0])
    return events


# -- counters for reports ----------------------------------------------------------------


def count_event(session: Session, circle_id: int, event: CircleEvent, seq: int, step: int) -> None:
    if isinstance(event, RoundStarted):
        count_round(session, circle_id, step)
    elif isinstance(event, TurnTaken):
        count_turn(session, circle_id, event.round_number, event.seat, seq, step)


def count_round(session: Session, circle_id: int, step: int) -> None:
    row = session.get_one(CircleRow, circle_id, with_for_update=True)
    before = row.rounds_count
    row.rounds_count += step
    held = int(row.rounds_count > 0) - int(before > 0)  # a circle counts once it began
    session.add(row)
    tally.add(session, row, circles=held, rounds=step)


def count_turn(
    session: Session, circle_id: int, round_number: int, seat: int, seq: int, step: int
) -> None:
    """Count what the person's turns in the round add up to (`word_of`), not presses:
    `turns` is rounds someone had the piece in, `passed` those they only passed in.
    `seq` is the turn being written (step +1) or taken back (step -1)."""
    session.flush()
    turns = session.execute(
        select(TurnRow.seq, TurnRow.outcome).where(
            TurnRow.circle_id == circle_id,
            TurnRow.round_number == round_number,
            TurnRow.seat == seat,
        )
    ).all()
    with_it = word_of(Outcome(outcome) for _, outcome in turns)
    without = word_of(Outcome(outcome) for turn_seq, outcome in turns if turn_seq != seq)
    had = step * (int(with_it is not None) - int(without is not None))
    passed = step * (int(with_it is Outcome.PASSED) - int(without is Outcome.PASSED))
    row = session.get_one(CircleRow, circle_id, with_for_update=True)
    row.turns_count += had
    row.passed_count += passed
    session.add(row)
    tally.add(session, row, turns=had, passed=passed)
