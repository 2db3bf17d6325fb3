"""The disk fills up, the folder turns read-only, the file is deleted — while a circle runs.

Each time: a clear StoreError (the circle screen shows it as "Not saved"), no traceback, the
domain takes the action back, nothing of it is on disk, and the file stays sound. The faults
are SQLite's own errors: a page limit gives SQLITE_FULL exactly as a full disk does;
`query_only` gives the read-only error (as root, file permissions would not stop us); the
file is really unlinked.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.enums import CircleKind
from circle_app.domain.prompts import PromptRef
from circle_app.store import StoreError, open_store
from circle_app.store.circles import CircleStore, RecordedCircle
from circle_app.store.engine import sqlite_path
from circle_app.store.models import PromptUseRow

SETUP = CircleSetup(CircleKind.PEACETIME, tuple(Seat(i) for i in range(6)), frozenset(range(6)), 0)


def prompt(i: int) -> PromptRef:
    return PromptRef("en-peacetime-get-to-know", f"a-rather-long-prompt-id-{i:06d}" + "x" * 200)


def on_connect(engine: Engine, pragma: str) -> None:
    """Every connection from now on runs `pragma` (the pool is emptied first)."""
    engine.dispose()

    def run(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(pragma)

    event.listen(engine, "connect", run)


def assert_disk_matches(url: str, recorded: RecordedCircle) -> None:
    path = sqlite_path(url)
    assert path is not None
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    engine = open_store(url)
    try:
        on_disk = CircleStore(engine).load(recorded.circle_id).events
        assert on_disk == recorded.circle.events  # what the screen shows is what is stored
        prompts = sum(getattr(e, "prompt", None) is not None for e in on_disk)
        with Session(engine) as session:
            uses = session.scalars(select(func.count()).select_from(PromptUseRow)).one()
        assert uses == prompts  # a refused action left no half of itself behind
    finally:
        engine.dispose()


def refused(recorded: RecordedCircle, act: Callable[[], object]) -> StoreError:
    before = recorded.circle.events
    with pytest.raises(StoreError) as caught:
        act()
    assert recorded.circle.events == before
    message = str(caught.value)
    assert "INSERT" not in message
    assert "SQL" not in message  # words for a teacher, not a statement
    return caught.value


def test_a_full_disk_refuses_the_action_and_writes_none_of_it(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    recorded = RecordedCircle.begin(CircleStore(engine), SETUP)
    recorded.start_round(prompt(0))
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
    on_connect(engine, f"PRAGMA max_page_count = {pages + 2}")

    error = None
    for i in range(1, 500):
        try:
            recorded.change_prompt(prompt(i))  # an event row and a prompt-history row
        except StoreError as exc:
            error = exc
            break
    assert error is not None, "the page limit never filled"
    assert "disk is full" in str(error)
    assert "nothing was saved" in str(error)
    assert "disk is full" in str(refused(recorded, lambda: recorded.change_prompt(prompt(0))))
    engine.dispose()
    assert_disk_matches(sqlite_url, recorded)

    engine = open_store(sqlite_url)  # space freed: the circle carries on
    again = RecordedCircle.resume(CircleStore(engine), recorded.circle_id)
    again.speak()
    engine.dispose()
    assert_disk_matches(sqlite_url, again)


def test_a_read_only_database_refuses_the_action_clearly(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    recorded = RecordedCircle.begin(CircleStore(engine), SETUP)
    recorded.start_round(prompt(0))
    recorded.speak()
    on_connect(engine, "PRAGMA query_only = ON")

    assert "read-only" in str(refused(recorded, recorded.speak))
    assert "read-only" in str(refused(recorded, recorded.undo))
    assert "read-only" in str(refused(recorded, lambda: recorded.change_prompt(prompt(1))))
    engine.dispose()
    assert_disk_matches(sqlite_url, recorded)


def test_a_deleted_database_file_refuses_every_later_action(sqlite_url: str) -> None:
    path = sqlite_path(sqlite_url)
    assert path is not None
    engine = open_store(sqlite_url)
    recorded = RecordedCircle.begin(CircleStore(engine), SETUP)
    recorded.start_round(prompt(0))
    recorded.speak()
    shown = recorded.circle.events
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        file.unlink(missing_ok=True)

    # Without the check, SQLite would write on into the deleted file and lose it all at exit.
    for act in (recorded.speak, recorded.pass_turn, recorded.undo, recorded.end):
        assert "moved or deleted" in str(refused(recorded, act))
    assert recorded.circle.events == shown
    engine.dispose()
    assert not path.exists()  # not silently re-created empty either


def test_a_replaced_database_file_is_not_written_through_the_old_handle(
    sqlite_url: str, tmp_path: Path
) -> None:
    """Someone restores a backup over the file while the app runs."""
    path = sqlite_path(sqlite_url)
    assert path is not None
    engine = open_store(sqlite_url)
    recorded = RecordedCircle.begin(CircleStore(engine), SETUP)
    recorded.start_round(None)
    copy = tmp_path / "copy.sqlite3"
    with sqlite3.connect(path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    os.replace(copy, path)
    assert "moved or deleted" in str(refused(recorded, recorded.speak))
    engine.dispose()
