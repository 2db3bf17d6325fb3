"""Circles on disk: one short transaction per action, replayed exactly on resume."""

from __future__ import annotations

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from circle_app.domain.circle import (
    Circle,
    CircleEvent,
    CircleSetup,
    PromptChanged,
    RoundStarted,
    SeatAdded,
)
from circle_app.domain.enums import CircleKind, Direction, Role, RoundMode
from circle_app.domain.prompts import PromptRef
from circle_app.store import circle_rows as rows
from circle_app.store.clock import utcnow
from circle_app.store.engine import CHANGED_ELSEWHERE, StoreError, unsaved
from circle_app.store.models import (
    CircleEventRow,
    CircleRow,
    CircleSeatRow,
    PersonRow,
    PromptUseRow,
    RoundRow,
    TurnRow,
)
from circle_app.store.plans import read_circle_plan, write_circle_plan
from circle_app.store.start_read import (
    UNFINISHED_CIRCLES_SQL,
    unfinished_circles_from,
)
from circle_app.store.start_read import (
    UnfinishedCircle as UnfinishedCircle,  # where the screens import it from
)


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
            write_circle_plan(session, row.id, setup.plan)
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
            session.add_all(rows.rows_for(circle_id, seq, event, session))
            rows.count_event(session, circle_id, event, seq, +1)
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
            turn = session.scalars(
                select(TurnRow).where(TurnRow.circle_id == circle_id, TurnRow.seq == seq)
            ).first()
            round_row = session.scalars(
                select(RoundRow).where(RoundRow.circle_id == circle_id, RoundRow.seq == seq)
            ).first()
            other = session.scalars(
                select(CircleEventRow.kind).where(
                    CircleEventRow.circle_id == circle_id, CircleEventRow.seq == seq
                )
            ).first()
            if turn is not None:
                rows.count_turn(session, circle_id, turn.round_number, turn.seat, seq, -1)
            if round_row is not None:
                rows.count_round(session, circle_id, -1)
            added = rows.added_position(other) if other else None
            if added is not None:  # the seat it made goes with it
                session.execute(
                    text("DELETE FROM circle_seat WHERE circle_id = :c AND position = :p"),
                    {"c": circle_id, "p": added},
                )
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
        session.scalars(select(CircleRow.id).where(CircleRow.id == circle_id).with_for_update())

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
            seat_rows = session.scalars(
                select(CircleSeatRow)
                .where(CircleSeatRow.circle_id == circle_id)
                .order_by(CircleSeatRow.position)
            ).all()
            people = {
                person.id: person
                for person in session.scalars(
                    select(PersonRow).where(
                        PersonRow.id.in_([s.person_id for s in seat_rows if s.person_id])
                    )
                ).all()
            }
            events = rows.events_of(session, circle_id)
            added = {event.seat for _, event in events if isinstance(event, SeatAdded)}
            seats = tuple(
                rows.seat_of(s, people.get(s.person_id))
                for s in seat_rows
                if s.position not in added  # those come back with their events
            )
            # The first round starts in the mode the keeper chose (a later ModeChanged is
            # an event of its own), so its row keeps `first_mode` without a column of its
            # own. A circle with no round yet has no action and is not offered to resume.
            first_round = session.scalars(
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
                plan=read_circle_plan(session, circle_id),
            )
            return Circle(setup, [event for _, event in events])

    def unfinished(self) -> list[UnfinishedCircle]:
        """Circles not ended that have at least one action, newest first (the text home
        reads ahead with at start, store/start_read.py)."""
        with Session(self._engine) as session:
            return unfinished_circles_from(session.execute(text(UNFINISHED_CIRCLES_SQL)))

    def reopen(self, circle_id: int) -> None:
        """Back from the summary into the circle: it is not ended after all."""
        with Session(self._engine) as session:
            row = session.get_one(CircleRow, circle_id)
            row.ended_at = None
            session.add(row)
            session.commit()


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

    def toggle_mode(self) -> CircleEvent:
        """This round's mode if it has not begun, else the next round's (M2)."""
        return self._write(self.circle.toggle_mode(utcnow()))

    def add_seat(self, beside: int) -> CircleEvent:
        """Someone with no seat arrived: a seat beside `beside`, offered the piece (M1)."""
        return self._write(self.circle.add_seat(beside, utcnow()))

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
