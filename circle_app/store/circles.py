"""Circles on disk: one short transaction per action, replayed exactly on resume."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, text
from sqlmodel import Session, col, select

from circle_app.domain.circle import (
    Arrived,
    Circle,
    CircleEvent,
    CircleSetup,
    Left,
    ModeChanged,
    PieceGiven,
    PromptChanged,
    RoundStarted,
    Seat,
    TurnTaken,
    word_of,
)
from circle_app.domain.enums import CircleKind, Direction, Offer, Outcome, Role, RoundMode, Stage
from circle_app.domain.prompts import PromptRef
from circle_app.store import tally
from circle_app.store.clock import as_utc, utcnow
from circle_app.store.engine import CHANGED_ELSEWHERE, StoreError, unsaved
from circle_app.store.models import (
    CircleEventRow,
    CircleRow,
    CircleSeatRow,
    GroupRow,
    PersonRow,
    PromptUseRow,
    RoundRow,
    TurnRow,
)


@dataclass(frozen=True, slots=True)
class UnfinishedCircle:
    """A circle the bell interrupted: what the start screen offers to continue."""

    circle_id: int
    kind: CircleKind
    group_name: str | None
    started_at: datetime
    last_action_at: datetime
    rounds: int
    turns: int


def _prompt(bank_id: str | None, prompt_id: str | None) -> PromptRef | None:
    return PromptRef(bank_id, prompt_id) if bank_id and prompt_id else None


class CircleStore:
    """Writes each circle action the moment it happens and reads circles back."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(self, setup: CircleSetup, *, is_demo: bool = False) -> int:
        with Session(self._engine) as session:
            row = CircleRow(
                group_id=setup.group_id,
                kind=setup.kind.value,
                language=setup.language,
                age_band=setup.age_band,
                direction=setup.direction.value,
                start_seat=setup.start_seat,
                planned_rounds=setup.planned_rounds,
                keeper_person_id=setup.keeper_person_id,
                keeper_role=setup.keeper_role.value if setup.keeper_role else None,
                started_at=utcnow(),
                is_demo=is_demo,
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            for seat in setup.seats:
                session.add(
                    CircleSeatRow(
                        circle_id=row.id,
                        position=seat.position,
                        person_id=seat.person_id,
                        present=seat.position in setup.present,
                    )
                )
            session.commit()
            return row.id

    def record(self, circle_id: int, seq: int, event: CircleEvent) -> None:
        """Write one action (seq = its index in the circle's log) in its own transaction."""
        with Session(self._engine) as session:
            self._lock(session, circle_id)
            session.add(self._row_for(circle_id, seq, event, session))
            self._count(session, circle_id, event, seq, +1)
            if isinstance(event, RoundStarted | PromptChanged) and event.prompt is not None:
                group_id = session.get_one(CircleRow, circle_id).group_id
                session.add(
                    PromptUseRow(
                        group_id=group_id,
                        circle_id=circle_id,
                        bank_id=event.prompt.bank_id,
                        prompt_id=event.prompt.prompt_id,
                        used_at=event.at,
                    )
                )
            session.flush()
            self._check_log(session, circle_id, written=seq + 1, after=seq)
            session.commit()

    def undo(self, circle_id: int, seq: int) -> None:
        """Remove action `seq` (the last one); the prompt history keeps what was shown."""
        with Session(self._engine) as session:
            self._lock(session, circle_id)
            turn = session.exec(
                select(TurnRow).where(TurnRow.circle_id == circle_id, TurnRow.seq == seq)
            ).first()
            round_row = session.exec(
                select(RoundRow).where(RoundRow.circle_id == circle_id, RoundRow.seq == seq)
            ).first()
            if turn is not None:
                self._count_turn(session, circle_id, turn.round_number, turn.seat, seq, -1)
            if round_row is not None:
                self._count_round(session, circle_id, -1)
            for table in (TurnRow, RoundRow, CircleEventRow):
                session.execute(
                    text(f"DELETE FROM {table.__tablename__} WHERE circle_id = :c AND seq = :s"),
                    {"c": circle_id, "s": seq},
                )
            self._check_log(session, circle_id, written=seq, after=seq - 1)
            session.commit()

    # -- two windows or machines on one circle -------------------------------------------

    @staticmethod
    def _lock(session: Session, circle_id: int) -> None:
        """PostgreSQL: one writer per circle at a time (SQLite has one writer anyway)."""
        session.exec(select(CircleRow.id).where(col(CircleRow.id) == circle_id).with_for_update())

    @staticmethod
    def _check_log(session: Session, circle_id: int, *, written: int, after: int) -> None:
        """Inside the write: the circle's log must hold exactly actions 0..written-1.

        Two windows (or machines) that resumed the same circle both think they write
        action n; the second is refused, so its screen never shows an action woven into
        the other's history (it says "Not saved"; reopening the circle shows the truth).
        """
        total, later = session.execute(
            text(
                "SELECT count(*), coalesce(sum(CASE WHEN seq > :after THEN 1 ELSE 0 END), 0)"
                " FROM (SELECT seq FROM turn WHERE circle_id = :c"
                " UNION ALL SELECT seq FROM circle_round WHERE circle_id = :c"
                " UNION ALL SELECT seq FROM circle_event WHERE circle_id = :c) AS actions"
            ),
            {"c": circle_id, "after": after},
        ).one()
        if total != written or later != written - after - 1:
            raise StoreError(CHANGED_ELSEWHERE)

    def end(self, circle_id: int) -> None:
        with Session(self._engine) as session:
            row = session.get_one(CircleRow, circle_id)
            row.ended_at = utcnow()
            session.add(row)
            session.commit()

    def load(self, circle_id: int) -> Circle:
        with Session(self._engine) as session:
            row = session.get_one(CircleRow, circle_id)
            seat_rows = session.exec(
                select(CircleSeatRow)
                .where(CircleSeatRow.circle_id == circle_id)
                .order_by(col(CircleSeatRow.position))
            ).all()
            people = {
                person.id: person
                for person in session.exec(
                    select(PersonRow).where(
                        col(PersonRow.id).in_([s.person_id for s in seat_rows if s.person_id])
                    )
                ).all()
            }
            seats = tuple(self._seat(s, people.get(s.person_id)) for s in seat_rows)
            # The first round starts in the mode the keeper chose (a later ModeChanged is
            # an event of its own), so its row keeps `first_mode` without a column of its
            # own. A circle with no round yet has no action and is not offered to resume.
            first_round = session.exec(
                select(RoundRow.mode).where(RoundRow.circle_id == circle_id, RoundRow.number == 1)
            ).first()
            first_mode = RoundMode(first_round) if first_round else RoundMode.SEQUENTIAL
            if row.kind == CircleKind.CONFLICT:  # in turn (M4), whatever an old version kept
                first_mode = RoundMode.SEQUENTIAL
            setup = CircleSetup(
                kind=CircleKind(row.kind),
                seats=seats,
                present=frozenset(s.position for s in seat_rows if s.present),
                start_seat=row.start_seat,
                direction=Direction(row.direction),
                planned_rounds=row.planned_rounds,
                language=row.language,
                age_band=row.age_band,
                group_id=row.group_id,
                keeper_person_id=row.keeper_person_id,
                keeper_role=Role(row.keeper_role) if row.keeper_role else None,
                first_mode=first_mode,
            )
            return Circle(setup, [event for _, event in self._events(session, circle_id)])

    def unfinished(self) -> list[UnfinishedCircle]:
        """Circles not ended that have at least one action, newest first."""
        with Session(self._engine) as session:
            rows = session.exec(
                select(CircleRow, GroupRow.name)
                .join(GroupRow, col(CircleRow.group_id) == col(GroupRow.id), isouter=True)
                .where(col(CircleRow.ended_at).is_(None))
                .order_by(col(CircleRow.started_at).desc())
            ).all()
            result = []
            for circle, group_name in rows:
                assert circle.id is not None
                rounds = session.exec(
                    select(func.count()).where(RoundRow.circle_id == circle.id)
                ).one()
                if not rounds:
                    continue
                turns, last_turn = session.exec(
                    select(func.count(), func.max(TurnRow.ended_at)).where(
                        TurnRow.circle_id == circle.id
                    )
                ).one()
                last_round = session.exec(
                    select(func.max(RoundRow.started_at)).where(RoundRow.circle_id == circle.id)
                ).one()
                candidates = [as_utc(t) for t in (last_turn, last_round) if t is not None]
                result.append(
                    UnfinishedCircle(
                        circle_id=circle.id,
                        kind=CircleKind(circle.kind),
                        group_name=group_name,
                        started_at=as_utc(circle.started_at),
                        last_action_at=max(candidates),
                        rounds=rounds,
                        turns=turns,
                    )
                )
            return result

    def reopen(self, circle_id: int) -> None:
        """Back from the summary into the circle: it is not ended after all."""
        with Session(self._engine) as session:
            row = session.get_one(CircleRow, circle_id)
            row.ended_at = None
            session.add(row)
            session.commit()

    # -- counters for reports ------------------------------------------------------------

    def _count(
        self, session: Session, circle_id: int, event: CircleEvent, seq: int, step: int
    ) -> None:
        if isinstance(event, RoundStarted):
            self._count_round(session, circle_id, step)
        elif isinstance(event, TurnTaken):
            self._count_turn(session, circle_id, event.round_number, event.seat, seq, step)

    @staticmethod
    def _count_round(session: Session, circle_id: int, step: int) -> None:
        row = session.get_one(CircleRow, circle_id, with_for_update=True)
        before = row.rounds_count
        row.rounds_count += step
        held = int(row.rounds_count > 0) - int(before > 0)  # a circle counts once it began
        session.add(row)
        tally.add(session, row, circles=held, rounds=step)

    @staticmethod
    def _count_turn(
        session: Session, circle_id: int, round_number: int, seat: int, seq: int, step: int
    ) -> None:
        """Count what the person's turns in the round add up to (`word_of`), not presses:
        `turns` is rounds someone had the piece in, `passed` those they only passed in.
        `seq` is the turn being written (step +1) or taken back (step -1)."""
        session.flush()
        turns = session.exec(
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

    # -- rows <-> events -----------------------------------------------------------------

    @staticmethod
    def _seat(row: CircleSeatRow, person: PersonRow | None) -> Seat:
        if person is None:
            return Seat(row.position)
        return Seat(
            row.position,
            person.id,
            person.display_name,
            person.short_name or "",
            Role(person.role),
        )

    @staticmethod
    def _row_for(
        circle_id: int, seq: int, event: CircleEvent, session: Session
    ) -> TurnRow | RoundRow | CircleEventRow:
        match event:
            case RoundStarted():
                return RoundRow(
                    circle_id=circle_id,
                    seq=seq,
                    number=event.number,
                    mode=event.mode.value,
                    stage=event.stage.value if event.stage else None,
                    bank_id=event.prompt.bank_id if event.prompt else None,
                    prompt_id=event.prompt.prompt_id if event.prompt else None,
                    started_at=event.at,
                )
            case TurnTaken():
                person_id = session.exec(
                    select(CircleSeatRow.person_id).where(
                        CircleSeatRow.circle_id == circle_id,
                        CircleSeatRow.position == event.seat,
                    )
                ).one()
                return TurnRow(
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
            case PromptChanged():
                return CircleEventRow(
                    circle_id=circle_id,
                    seq=seq,
                    kind="prompt",
                    bank_id=event.prompt.bank_id if event.prompt else None,
                    prompt_id=event.prompt.prompt_id if event.prompt else None,
                    at=event.at,
                )
            case ModeChanged():
                return CircleEventRow(
                    circle_id=circle_id, seq=seq, kind="mode:" + event.mode.value, at=event.at
                )
            case PieceGiven() | Arrived() | Left():
                kinds = {PieceGiven: "give", Arrived: "arrive", Left: "leave"}
                return CircleEventRow(
                    circle_id=circle_id,
                    seq=seq,
                    kind=kinds[type(event)],
                    seat=event.seat,
                    at=event.at,
                )

    @staticmethod
    def _events(session: Session, circle_id: int) -> list[tuple[int, CircleEvent]]:
        events: list[tuple[int, CircleEvent]] = []
        for r in session.exec(select(RoundRow).where(RoundRow.circle_id == circle_id)):
            events.append(
                (
                    r.seq,
                    RoundStarted(
                        r.number,
                        RoundMode(r.mode),
                        Stage(r.stage) if r.stage else None,
                        _prompt(r.bank_id, r.prompt_id),
                        as_utc(r.started_at),
                    ),
                )
            )
        for t in session.exec(select(TurnRow).where(TurnRow.circle_id == circle_id)):
            events.append(
                (
                    t.seq,
                    TurnTaken(
                        t.round_number,
                        t.seat,
                        Outcome(t.outcome),
                        Offer(t.offer),
                        as_utc(t.started_at),
                        as_utc(t.ended_at),
                    ),
                )
            )
        for e in session.exec(select(CircleEventRow).where(CircleEventRow.circle_id == circle_id)):
            at = as_utc(e.at)
            event: CircleEvent
            if e.kind == "prompt":
                event = PromptChanged(_prompt(e.bank_id, e.prompt_id), at)
            elif e.kind.startswith("mode:"):
                event = ModeChanged(RoundMode(e.kind.removeprefix("mode:")), at)
            elif e.kind == "give":
                event = PieceGiven(e.seat if e.seat is not None else -1, at)
            elif e.kind == "arrive":
                event = Arrived(e.seat if e.seat is not None else -1, at)
            else:
                event = Left(e.seat if e.seat is not None else -1, at)
            events.append((e.seq, event))
        events.sort(key=lambda pair: pair[0])
        return events


class RecordedCircle:
    """A circle whose every action is on disk before anyone sees it.

    The screen calls these methods; each one changes the domain state and writes the
    event in one transaction. If the write fails, the domain change is taken back and
    the StoreError goes to the screen, so what is shown is always what is stored.
    """

    def __init__(self, store: CircleStore, circle_id: int, circle: Circle) -> None:
        self.store = store
        self.circle_id = circle_id
        self.circle = circle

    @classmethod
    def begin(
        cls, store: CircleStore, setup: CircleSetup, *, is_demo: bool = False
    ) -> RecordedCircle:
        circle_id = store.create(setup, is_demo=is_demo)
        return cls(store, circle_id, Circle(setup))

    @classmethod
    def resume(cls, store: CircleStore, circle_id: int) -> RecordedCircle:
        return cls(store, circle_id, store.load(circle_id))

    def _write(self, event: CircleEvent) -> CircleEvent:
        seq = len(self.circle.events) - 1
        try:
            self.store.record(self.circle_id, seq, event)
        except Exception as exc:
            self.circle.undo()
            raise _as_store_error(exc) from exc
        return event

    def start_round(self, prompt: PromptRef | None, mode: RoundMode | None = None) -> CircleEvent:
        return self._write(self.circle.start_round(prompt, utcnow(), mode))

    def speak(self) -> CircleEvent:
        return self._write(self.circle.speak(utcnow()))

    def pass_turn(self) -> CircleEvent:
        return self._write(self.circle.pass_turn(utcnow()))

    def give_piece(self, seat: int) -> CircleEvent:
        return self._write(self.circle.give_piece(seat, utcnow()))

    def arrive(self, seat: int) -> CircleEvent:
        return self._write(self.circle.arrive(seat, utcnow()))

    def leave(self, seat: int) -> CircleEvent:
        return self._write(self.circle.leave(seat, utcnow()))

    def change_prompt(self, prompt: PromptRef | None) -> CircleEvent:
        return self._write(self.circle.change_prompt(prompt, utcnow()))

    def change_mode(self, mode: RoundMode) -> CircleEvent:
        return self._write(self.circle.change_mode(mode, utcnow()))

    def undo(self) -> CircleEvent:
        seq = len(self.circle.events) - 1
        event = self.circle.events[-1] if self.circle.events else None
        try:
            self.store.undo(self.circle_id, seq)
        except Exception as exc:
            raise _as_store_error(exc) from exc
        undone = self.circle.undo()
        assert undone == event
        return undone

    def end(self) -> None:
        try:
            self.store.end(self.circle_id)
        except Exception as exc:
            raise _as_store_error(exc) from exc

    def reopen(self) -> None:
        try:
            self.store.reopen(self.circle_id)
        except Exception as exc:
            raise _as_store_error(exc) from exc


def _as_store_error(exc: Exception) -> StoreError:
    return unsaved(exc)
