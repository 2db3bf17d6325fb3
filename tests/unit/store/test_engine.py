"""The store's promises: migrations from empty, pragmas, owner-only file, bad files refused."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from circle_app.store import StoreError, open_store
from circle_app.store.engine import make_engine, resolve_database_url
from circle_app.store.migrate import current_revision, head_revision

EXPECTED_TABLES = {
    "alembic_version",
    "circle",
    "circle_event",
    "circle_group",
    "circle_plan",
    "group_plan",
    "circle_round",
    "circle_seat",
    "circle_tally",
    "circle_group_tally",
    "conference_case",
    "conference_guardian",
    "conference_participant",
    "agreement_action",
    "follow_up_meeting",
    "follow_up_review",
    "pre_meeting",
    "conversation",
    "conversation_party",
    "conversation_turn",
    "favourite_prompt",
    "membership",
    "person",
    "person_guardian",
    "prompt_use",
    "turn",
}


def test_migrates_an_empty_database_to_head(tmp_path: Path) -> None:
    engine = open_store(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == EXPECTED_TABLES
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_sqlite_runs_in_wal_with_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    engine = open_store(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1
    engine.dispose()


def test_database_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "private.sqlite3"
    open_store(f"sqlite:///{path}").dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_default_location_is_the_user_data_folder(tmp_path: Path) -> None:
    url = resolve_database_url(None)
    assert url == f"sqlite:///{tmp_path / 'user-data' / 'circle-app.sqlite3'}"


def test_environment_variable_chooses_the_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLE_APP_DATABASE_URL", "sqlite:////somewhere/else.db")
    assert resolve_database_url(None) == "sqlite:////somewhere/else.db"
    assert resolve_database_url("sqlite:///explicit.db") == "sqlite:///explicit.db"


def test_a_corrupt_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite3"
    garbage = b"this is not a database, it is a shopping list\n" * 200
    path.write_bytes(garbage)
    with pytest.raises(StoreError, match="not a circle-app database"):
        open_store(f"sqlite:///{path}")
    assert path.read_bytes() == garbage
    assert not list(tmp_path.glob("corrupt.sqlite3.bak*"))


def test_a_database_from_a_newer_app_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_store(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of circle-app"):
        open_store(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other-app.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(StoreError, match="no circle-app schema version"):
        open_store(f"sqlite:///{path}")


def test_an_unwritable_data_folder_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the data folder"):
        open_store(f"sqlite:///{blocker / 'sub' / 'db.sqlite3'}")


def test_an_old_schema_is_backed_up_before_upgrade(tmp_path: Path) -> None:
    """Simulate an older schema by stamping base; the upgrade keeps a copy first."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    open_store(f"sqlite:///{path}").dispose()
    # Pretend the file was at an earlier (but known) revision by dropping to an empty stamp
    # revision chain: with a single revision, re-stamping to the same head is a no-op, so
    # the backup path is exercised through backup_sqlite directly.
    from circle_app.store.engine import backup_sqlite

    copy = backup_sqlite(path, current_revision(engine))
    engine.dispose()
    assert copy.exists()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite3.connect(copy) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "turn" in tables


def test_the_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    """A model change without its migration (or the reverse) fails here, not at a school."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from circle_app.store import models  # noqa: F401  (the tables)
    from circle_app.store.models import Base

    engine = open_store(f"sqlite:///{tmp_path / 'compare.sqlite3'}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []
