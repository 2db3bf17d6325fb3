"""Circles held as a class holds them, for the store's tally and export tests."""

from __future__ import annotations

import random
from datetime import datetime

from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from circle_app.domain.circle import Circle, CircleSetup, Seat
from circle_app.domain.enums import CircleKind, Role
from circle_app.store.circles import CircleStore, RecordedCircle
from circle_app.store.models import CircleRow


def hold_a_circle(
    engine: Engine,
    rng: random.Random,
    group_id: int | None,
    when: datetime,
    *,
    round_undone: float = 0.1,
) -> None:
    """A circle as a class holds it, started at `when`: rounds of speaking and passing, some
    presses undone, a round start taken back at `round_undone` of the rounds."""
    seats = rng.randint(2, 5)
    setup = CircleSetup(
        kind=rng.choice(list(CircleKind)),
        seats=tuple(Seat(i) for i in range(seats)),
        present=frozenset(range(seats)),
        start_seat=0,
        group_id=group_id,
        keeper_role=rng.choice([*Role, None]),
    )
    store = CircleStore(engine)
    circle_id = store.create(setup)
    with Session(engine) as session:
        session.execute(update(CircleRow).where(CircleRow.id == circle_id).values(started_at=when))  # type: ignore[arg-type]
        session.commit()
    recorded = RecordedCircle(store, circle_id, Circle(setup))
    for _ in range(rng.randint(0, 3)):
        if not recorded.circle.can_start_next_round:
            break
        recorded.start_round(None)
        if rng.random() < round_undone:
            recorded.undo()  # the round start taken back
            continue
        while recorded.circle.round is not None and not recorded.circle.round_complete:
            if rng.random() < 0.7:
                recorded.speak()
            else:
                recorded.pass_turn()
            if rng.random() < 0.2:
                recorded.undo()  # a turn taken back, or the round start when it was the first
