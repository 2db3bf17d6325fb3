"""Every action is on disk when it is shown, and a circle resumes exactly where it stopped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from circle_app.domain.circle import Circle, CircleEvent, CircleSetup, Seat
from circle_app.domain.enums import CircleKind, Outcome, Role, RoundMode
from circle_app.domain.prompts import PromptRef
from circle_app.store import open_store
from circle_app.store.circles import CircleStore
from circle_app.store.models import PersonRow, PromptUseRow, TurnRow

_ticks = count()


def now() -> datetime:
    return datetime(2026, 11, 24, 9, 0, tzinfo=UTC) + timedelta(seconds=next(_ticks))


def quick_setup(seats: int = 4, kind: CircleKind = CircleKind.PEACETIME) -> CircleSetup:
    return CircleSetup(
        kind=kind,
        seats=tuple(Seat(i) for i in range(seats)),
        present=frozenset(range(seats)),
        start_seat=0,
        planned_rounds=2 if kind is not CircleKind.CONFLICT else 4,
    )


class Recorder:
    """What the circle screen does: act on the domain, then write the event."""

    def __init__(self, store: CircleStore, circle: Circle, circle_id: int) -> None:
        self.store, self.circle, self.circle_id = store, circle, circle_id

    def do(self, event: CircleEvent) -> None:
        self.store.record(self.circle_id, len(self.circle.events) - 1, event)

    def undo(self) -> None:
        seq = len(self.circle.events) - 1
        self.circle.undo()
        self.store.undo(self.circle_id, seq)


def test_every_action_is_written_and_a_reload_resumes_exactly(engine: Engine) -> None:
    store = CircleStore(engine)
    circle = Circle(quick_setup(5))
    rec = Recorder(store, circle, store.create(circle.setup))
    prompt = PromptRef("en-peacetime-get-to-know", "dream-destination")
    rec.do(circle.start_round(prompt, now()))
    rec.do(circle.speak(now()))
    rec.do(circle.pass_turn(now()))
    rec.do(circle.leave(3, now()))
    rec.do(circle.speak(now()))

    again = store.load(rec.circle_id)
    assert again.events == circle.events
    assert again.current_seat == circle.current_seat == 4
    assert again.round
    assert again.round.prompt == prompt


def test_resume_after_restart_with_a_new_engine(database_url: str) -> None:
    engine = open_store(database_url)
    store = CircleStore(engine)
    circle = Circle(quick_setup(4))
    circle_id = store.create(circle.setup)
    rec = Recorder(store, circle, circle_id)
    rec.do(circle.start_round(None, now()))
    rec.do(circle.speak(now()))
    rec.do(circle.speak(now()))
    engine.dispose()

    engine = open_store(database_url)
    store = CircleStore(engine)
    [offer] = store.unfinished()
    assert offer.circle_id == circle_id
    assert offer.turns == 2
    assert offer.rounds == 1
    resumed = store.load(circle_id)
    assert resumed.current_seat == 2
    engine.dispose()


def test_undo_removes_the_action_from_disk(engine: Engine) -> None:
    store = CircleStore(engine)
    circle = Circle(quick_setup(3))
    rec = Recorder(store, circle, store.create(circle.setup))
    rec.do(circle.start_round(None, now()))
    rec.do(circle.speak(now()))
    rec.do(circle.speak(now()))
    rec.undo()
    rec.undo()
    rec.do(circle.pass_turn(now()))
    loaded = store.load(rec.circle_id)
    assert [(t.seat, t.outcome) for t in loaded.round.turns] == [(0, Outcome.PASSED)]  # type: ignore[union-attr]


def test_undo_across_rounds_and_modes_survives_reload(engine: Engine) -> None:
    store = CircleStore(engine)
    circle = Circle(quick_setup(2))
    rec = Recorder(store, circle, store.create(circle.setup))
    rec.do(circle.start_round(None, now()))
    rec.do(circle.speak(now()))
    rec.do(circle.speak(now()))
    rec.do(circle.start_round(None, now(), mode=RoundMode.OPEN))
    rec.do(circle.give_piece(1, now()))
    rec.undo()
    rec.undo()
    loaded = store.load(rec.circle_id)
    assert len(loaded.rounds) == 1
    assert loaded.round_complete


def test_ended_circles_are_not_offered_again(engine: Engine) -> None:
    store = CircleStore(engine)
    circle = Circle(quick_setup(2))
    rec = Recorder(store, circle, store.create(circle.setup))
    rec.do(circle.start_round(None, now()))
    store.end(rec.circle_id)
    assert store.unfinished() == []


def test_a_circle_without_any_action_is_not_offered(engine: Engine) -> None:
    store = CircleStore(engine)
    store.create(quick_setup(2))
    assert store.unfinished() == []


def test_turns_record_who_and_when_but_no_words(engine: Engine) -> None:
    with Session(engine) as session:
        person = PersonRow(display_name="Asta", role=Role.PUPIL.value, created_at=now())
        session.add(person)
        session.commit()
        person_id = person.id
    store = CircleStore(engine)
    setup = CircleSetup(
        kind=CircleKind.PEACETIME,
        seats=(Seat(0, person_id, "Asta", "A", Role.PUPIL), Seat(1)),
        present=frozenset({0, 1}),
        start_seat=0,
    )
    circle = Circle(setup)
    rec = Recorder(store, circle, store.create(setup))
    rec.do(circle.start_round(PromptRef("b", "p"), now()))
    rec.do(circle.speak(now()))
    with Session(engine) as session:
        turn = session.scalars(select(TurnRow)).one()
        assert turn.person_id == person_id
        assert turn.outcome == "spoke"
        assert turn.ended_at > turn.started_at
        columns = set(TurnRow.__table__.columns.keys())
        assert not columns & {"text", "answer", "note", "said"}
        uses = session.scalars(select(func.count()).select_from(PromptUseRow)).one()
        assert uses == 1
    assert store.load(rec.circle_id).setup.seats[0].name == "Asta"


def test_the_first_rounds_mode_is_kept_on_resume(engine: Engine) -> None:
    from dataclasses import replace

    store = CircleStore(engine)
    circle = Circle(replace(quick_setup(4), first_mode=RoundMode.OPEN))
    rec = Recorder(store, circle, store.create(circle.setup))
    rec.do(circle.start_round(None, now()))
    rec.do(circle.change_mode(RoundMode.SEQUENTIAL, now()))  # changed for this round only

    again = store.load(rec.circle_id)
    assert again.setup == circle.setup  # a resumed circle equals the one that was begun
    assert again.events == circle.events
    resumed = Recorder(store, again, rec.circle_id)
    resumed.undo()
    resumed.undo()  # back to before the first round: it starts again as the keeper chose
    assert again.start_round(None, now()).mode is RoundMode.OPEN


def test_a_conflict_circle_an_older_version_began_open_still_resumes_in_turn(
    engine: Engine,
) -> None:
    from sqlalchemy import update

    from circle_app.store.models import RoundRow

    store = CircleStore(engine)
    circle = Circle(quick_setup(3, CircleKind.CONFLICT))
    rec = Recorder(store, circle, store.create(circle.setup))
    rec.do(circle.start_round(None, now()))
    with Session(engine) as session:
        session.execute(update(RoundRow).values(mode="open"))  # as an older version kept it
        session.commit()
    again = store.load(rec.circle_id)
    assert again.setup.first_mode is RoundMode.SEQUENTIAL
    assert again.round is not None
    assert again.start_round(None, now()).mode is RoundMode.SEQUENTIAL  # not the old round's


def test_the_next_rounds_mode_chosen_mid_round_survives_a_resume(engine: Engine) -> None:
    """issue 13: the next round's mode lives in the domain and is stored like any action."""
    store = CircleStore(engine)
    circle = Circle(quick_setup(3))
    rec = Recorder(store, circle, store.create(circle.setup))
    rec.do(circle.start_round(None, now()))
    rec.do(circle.speak(now()))
    rec.do(circle.toggle_mode(now()))  # mid-round: the next round will be open

    again = store.load(rec.circle_id)
    assert again.events == circle.events
    assert again.next_round_mode is RoundMode.OPEN
    resumed = Recorder(store, again, rec.circle_id)
    resumed.undo()
    assert store.load(rec.circle_id).next_round_mode is RoundMode.SEQUENTIAL


def test_a_seat_added_mid_circle_is_stored_resumed_and_undone(engine: Engine) -> None:
    """issue 16, someone who arrives with no seat: the added seat is recorded, comes back on
    resume in its place in the ring, and Back removes it from disk again."""
    store = CircleStore(engine)
    circle = Circle(quick_setup(4))
    rec = Recorder(store, circle, store.create(circle.setup))
    rec.do(circle.start_round(None, now()))
    rec.do(circle.speak(now()))
    rec.do(circle.add_seat(beside=1, at=now()))
    rec.do(circle.speak(now()))
    assert circle.current_seat == 4

    again = store.load(rec.circle_id)
    assert again.setup == circle.setup  # the seats the circle began with
    assert [seat.position for seat in again.seats] == [0, 1, 4, 2, 3]
    assert again.current_seat == 4
    resumed = Recorder(store, again, rec.circle_id)
    resumed.do(again.speak(now()))  # the new seat's turn is written like any other
    with Session(engine) as session:
        turn = session.execute(select(TurnRow.seat).where(TurnRow.seat == 4)).scalars().all()
    assert turn == [4]
    resumed.undo()
    resumed.undo()
    resumed.undo()  # the seat itself
    reloaded = store.load(rec.circle_id)
    assert [seat.position for seat in reloaded.seats] == [0, 1, 2, 3]
    rec2 = Recorder(store, reloaded, rec.circle_id)
    rec2.do(reloaded.add_seat(beside=3, at=now()))  # the position is free again
    assert [seat.position for seat in store.load(rec.circle_id).seats] == [0, 1, 2, 3, 4]
