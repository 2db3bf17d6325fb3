"""Two app instances on one database: two windows on a PC, a school sharing one SQLite file,
or machines sharing one PostgreSQL server (CIRCLE_APP_TEST_DATABASE_URL). Real processes,
each with its own engine, writing at the same moment: no lost write, no "database is
locked" reaching the user."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.enums import CircleKind, GroupKind
from circle_app.domain.prompts import PromptRef
from circle_app.store import StoreError, open_store
from circle_app.store.circles import CircleStore, RecordedCircle
from circle_app.store.models import GroupRow, PromptUseRow

ROOT = Path(__file__).parents[3]
ACTIONS = int(os.environ.get("CIRCLE_APP_CONCURRENT_ACTIONS", "250"))


def make_group(engine: Engine, name: str) -> int:
    with Session(engine) as session:
        group = GroupRow(name=name, kind=GroupKind.CLASS.value, created_at=datetime.now(UTC))
        session.add(group)
        session.commit()
        assert group.id is not None
        return group.id


def new_circle(engine: Engine, group_id: int) -> int:
    seats = tuple(Seat(i) for i in range(7))
    setup = CircleSetup(
        CircleKind.PEACETIME,
        seats,
        frozenset(range(7)),
        start_seat=0,
        planned_rounds=10_000,
        group_id=group_id,
    )
    return CircleStore(engine).create(setup)


def run_instances(url: str, circles: list[int]) -> list[str]:
    """Start one process per circle, let them all go at once, return what each said."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.stress.instance", url, str(c), str(ACTIONS), str(i)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=env,
            text=True,
        )
        for i, c in enumerate(circles)
    ]
    for process in processes:
        assert process.stdout is not None
        assert process.stdout.readline() == "ready\n"
    for process in processes:  # both are open and waiting: now at the same moment
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    said = []
    for process in processes:
        out, _ = process.communicate(timeout=300)
        said.append(out.strip())
    return said


@pytest.mark.slow
def test_two_instances_record_into_one_group_history_at_once(
    engine: Engine, database_url: str
) -> None:
    group = make_group(engine, "5.b")
    circles = [new_circle(engine, group), new_circle(engine, group)]

    said = run_instances(database_url, circles)

    store = CircleStore(engine)
    for circle_id, line in zip(circles, said, strict=True):
        assert line.startswith("done "), line  # no "database is locked", no lost action
        events = store.load(circle_id).events
        assert len(events) == int(line.split()[1])
    with Session(engine) as session:
        for circle_id in circles:
            prompts_shown = sum(
                1
                for event in store.load(circle_id).events
                if getattr(event, "prompt", None) is not None
            )
            uses = session.scalars(
                select(func.count()).where(PromptUseRow.circle_id == circle_id)
            ).one()
            assert uses == prompts_shown  # every prompt shown is in the group history, once
            assert prompts_shown > 10
        total = session.scalars(select(func.count()).where(PromptUseRow.group_id == group)).one()
        assert total == sum(
            session.scalars(select(func.count()).where(PromptUseRow.circle_id == c)).one()
            for c in circles
        )


def test_two_windows_on_one_circle_never_interleave_their_actions(database_url: str) -> None:
    """Both windows offered to continue the same circle: the second one's stale action is
    refused ("Not saved" on its screen) instead of being woven into the other's history."""
    first_engine, second_engine = open_store(database_url), open_store(database_url)
    try:
        setup = CircleSetup(
            CircleKind.PEACETIME, (Seat(0), Seat(1)), frozenset({0, 1}), start_seat=0
        )
        first = RecordedCircle.begin(CircleStore(first_engine), setup)
        first.start_round(None)
        second = RecordedCircle.resume(CircleStore(second_engine), first.circle_id)

        first.speak()  # action 1 on disk
        with pytest.raises(StoreError, match="another window or machine"):
            second.change_prompt(PromptRef("b", "p"))  # also "action 1", another kind
        assert len(second.circle.events) == 1  # taken back: its screen shows what is stored
        with pytest.raises(StoreError, match="another window or machine"):
            second.pass_turn()

        first.speak()
        on_disk = CircleStore(first_engine).load(first.circle_id).events
        assert on_disk == first.circle.events
        again = RecordedCircle.resume(CircleStore(second_engine), first.circle_id)
        again.start_round(None)  # reopened, the second window carries on from the truth
        assert CircleStore(first_engine).load(first.circle_id).events == again.circle.events
    finally:
        first_engine.dispose()
        second_engine.dispose()
