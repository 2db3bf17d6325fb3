"""Issue 20, ready: home's data read ahead with sqlite3 alone, read-only, only from a file a
start would not change; the same domain objects the store's readers give."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from circle_app.store import open_store
from circle_app.store.circles import CircleStore
from circle_app.store.conversations import ConversationStore
from circle_app.store.groups import GroupStore
from circle_app.store.migrate import HEAD_REVISION
from circle_app.store.plans import PlanStore
from circle_app.store.start_read import HomeData, read_home
from tests.unit.store.home_data import fill_home
from tests.unit.store.test_damaged_database import damage


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "school" / "circle-app.sqlite3"
    fill_home(f"sqlite:///{path}", circle=True)
    return path


def what_the_store_reads(url: str) -> HomeData:
    engine = open_store(url)
    try:
        return HomeData(
            groups=GroupStore(engine).list_groups(),
            recent_groups=PlanStore(engine).recent_groups(),
            unfinished_circles=CircleStore(engine).unfinished(),
            unfinished_conversations=ConversationStore(engine).unfinished(),
        )
    finally:
        engine.dispose()


@pytest.mark.parametrize("interrupted", ["circle", "conversation", "nothing"])
def test_issue_20_home_read_ahead_is_what_the_store_reads(tmp_path: Path, interrupted: str) -> None:
    """issue 20, ready: the groups, the recent groups and the interrupted circle or
    conversation read ahead are the very objects the store's readers give afterwards."""
    url = f"sqlite:///{tmp_path / 'circle-app.sqlite3'}"
    fill_home(url, circle=interrupted == "circle", conversation=interrupted == "conversation")
    ahead = read_home(url)
    assert ahead is not None
    assert [group.name for group in ahead.groups] == ["5.A", "6.B"]
    assert [group.size for group in ahead.groups] == [3, 2]
    names = {group.id: group.name for group in ahead.groups}
    assert [names[gid] for gid in ahead.recent_groups] == ["5.A", "6.B"]
    assert len(ahead.unfinished_circles) == (interrupted == "circle")
    assert len(ahead.unfinished_conversations) == (interrupted == "conversation")
    if ahead.unfinished_circles:
        [stopped] = ahead.unfinished_circles
        assert (stopped.group_name, stopped.rounds, stopped.turns) == ("5.A", 1, 2)
        assert stopped.last_action_at.tzinfo is not None
    assert ahead == what_the_store_reads(url)


def listing(folder: Path) -> dict[str, tuple[int, int, int]]:
    return {
        file.name: (file.stat().st_size, file.stat().st_mtime_ns, file.stat().st_mode)
        for file in folder.iterdir()
    }


def test_issue_20_home_read_ahead_creates_and_changes_no_file(database: Path) -> None:
    """issue 20, ready: reading ahead writes nothing: no -wal, no -shm, the same bytes."""
    before, content = listing(database.parent), database.read_bytes()
    assert read_home(f"sqlite:///{database}") is not None
    assert listing(database.parent) == before
    assert database.read_bytes() == content


def stamped(revision: str) -> Callable[[Path], None]:
    def stamp(path: Path) -> None:
        with closing(sqlite3.connect(path)) as connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
            connection.commit()

    return stamp


def foreign(path: Path) -> None:
    path.write_bytes(b"Elevliste 5.A\n" * 400)


def another_apps(path: Path) -> None:
    path.unlink()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.commit()
    path.chmod(0o600)


def group_readable(path: Path) -> None:
    path.chmod(0o640)


def left_open(path: Path) -> None:  # a -wal beside it: another window, or a crash
    path.with_name(path.name + "-wal").write_bytes(b"")
    path.with_name(path.name + "-wal").chmod(0o600)


CHANGED = {
    "an upgrade due": stamped("0012"),
    "a newer app's": stamped("9999"),
    "damaged": damage,
    "not a database": foreign,
    "another app's": another_apps,
    "group-readable": group_readable,
    "a -wal beside it": left_open,
}


@pytest.mark.parametrize("change", CHANGED.values(), ids=CHANGED.keys())
def test_issue_20_a_file_the_start_would_change_or_refuse_is_not_read_ahead(
    database: Path, change: Callable[[Path], None]
) -> None:
    """issue 20, ready: an upgrade due, a newer app's, damaged, foreign or shared file, or
    one left open, goes the present way (engine.open_store), untouched by the read."""
    assert HEAD_REVISION != "0012"
    change(database)
    before = listing(database.parent)
    assert read_home(f"sqlite:///{database}") is None
    assert listing(database.parent) == before


def test_issue_20_a_group_readable_data_folder_is_not_read_ahead(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 20, ready: the app's own folder open to the group is tightened by the present
    start, so that start is not skipped."""
    monkeypatch.setenv("CIRCLE_APP_DATA_DIR", str(database.parent))
    os.chmod(database.parent, 0o750)
    assert read_home(None) is None
    os.chmod(database.parent, 0o700)
    assert read_home(None) is not None


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://teacher@server/circles",
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///{path}?timeout=30",
        "sqlite:///{missing}",
    ],
)
def test_issue_20_only_a_plain_local_sqlite_file_is_read_ahead(database: Path, url: str) -> None:
    """issue 20, ready: PostgreSQL, memory, a URL with options or a missing file: the
    present way (which creates, refuses or connects as before)."""
    missing = database.with_name("none.sqlite3")
    assert read_home(url.format(path=database, missing=missing)) is None
    assert not missing.exists()
