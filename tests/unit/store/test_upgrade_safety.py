"""A schema upgrade is all-or-nothing (issue 12, finding 5).

A real `kill -9` in the middle of a migration must leave the database at its old revision,
so the next start upgrades it cleanly; a failed upgrade that did change the file is put
back from the copy made just before; no message shows SQL; no start makes a second copy of
a database that did not change.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine

from circle_app.store import StoreError, open_store
from circle_app.store import migrate as migrate_module
from circle_app.store.engine import make_engine
from circle_app.store.migrate import TEST_PAUSE_ENV, current_revision, head_revision
from tests.stress.schema_rows import FIXTURES, row_counts
from tests.unit.store.test_schema_upgrades import check_data

ROOT = Path(__file__).parents[3]
OLDEST = "0001"
UPGRADE = "from circle_app.store import open_store; open_store(__import__('sys').argv[1])"


def old_database(tmp_path: Path) -> Path:
    path = tmp_path / "circle-app.sqlite3"
    shutil.copy(FIXTURES / f"{OLDEST}.sqlite3", path)
    return path


def revision_on_disk(path: Path) -> str:
    """The revision and soundness as the next start sees them (opening recovers the WAL)."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        [(revision,)] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        return str(revision)
    finally:
        connection.close()


def start_upgrade(path: Path, **env: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", UPGRADE, f"sqlite:///{path}"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.bak-*"))


def upgraded_with_its_data(path: Path) -> None:
    engine: Engine = open_store(f"sqlite:///{path}")
    try:
        assert current_revision(engine) == head_revision()
        check_data(engine, OLDEST)
    finally:
        engine.dispose()


def test_finding_5_a_kill_inside_a_migration_leaves_the_old_schema_and_the_next_start_upgrades(
    tmp_path: Path,
) -> None:
    """issue 12, finding 5: SIGKILL while a migration's statements are applied (the test hook
    holds the upgrade inside its transaction); nothing of it is committed."""
    path = old_database(tmp_path)
    marker = tmp_path / "inside-a-migration"
    process = start_upgrade(path, **{TEST_PAUSE_ENV: str(marker)})
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():  # wait for the hook's word, or for the upgrade to end
            assert time.monotonic() < deadline, "the upgrade never reached a migration"
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=0.02)
                raise AssertionError("the upgrade ended before the migration hook")
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    assert revision_on_disk(path) == OLDEST  # not half-upgraded
    [backup] = backups(path)
    upgraded_with_its_data(path)  # the next start upgrades cleanly
    assert backups(path) == [backup]  # the same database: the copy already made serves
    upgraded_with_its_data(path)
    assert backups(path) == [backup]  # nothing to upgrade: no copy at all


def test_finding_5_kills_at_random_moments_of_an_upgrade_never_leave_it_half_done(
    tmp_path: Path,
) -> None:
    """issue 12, finding 5: the same with kills at random moments (no hook), several tries."""
    rng = random.Random(12)
    path = old_database(tmp_path)
    for _ in range(4):
        process = start_upgrade(path)
        try:  # import, backup, migrations: unless the upgrade ends first, the kill falls anywhere
            process.wait(timeout=rng.uniform(0.3, 1.5))
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
        assert revision_on_disk(path) in {OLDEST, head_revision()}
        if revision_on_disk(path) == head_revision():
            shutil.copy(FIXTURES / f"{OLDEST}.sqlite3", path)  # again from the old schema
            for stale in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                stale.unlink(missing_ok=True)
    upgraded_with_its_data(path)


def test_finding_5_a_failed_upgrade_that_changed_the_file_is_put_back_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 12, finding 5: should a migration fail after part of the upgrade was committed,
    the pre-upgrade copy is restored automatically and the message says so, without SQL."""
    path = old_database(tmp_path)
    old = make_engine(f"sqlite:///{path}")
    before = row_counts(old)
    old.dispose()

    def half_then_fail(engine: Engine, *_progress: object) -> None:
        from alembic import command

        command.upgrade(migrate_module.alembic_config(engine), "0003")  # committed
        raise RuntimeError('(sqlite3.OperationalError) table "x" already exists [SQL: CREATE ...]')

    monkeypatch.setattr(migrate_module, "run_migrations", half_then_fail)
    with pytest.raises(StoreError) as refused:
        open_store(f"sqlite:///{path}")
    [backup] = backups(path)
    message = str(refused.value)
    assert "put it back as it was" in message
    assert str(backup) in message
    assert "SQL" not in message
    assert "CREATE" not in message
    assert revision_on_disk(path) == OLDEST
    engine = make_engine(f"sqlite:///{path}")
    try:
        assert row_counts(engine) == before
    finally:
        engine.dispose()

    monkeypatch.undo()
    upgraded_with_its_data(path)  # fixed app: it upgrades, and the copy made serves again
    assert backups(path) == [backup]


def test_finding_5_an_upgrade_that_fails_shows_one_plain_sentence_without_sql(
    tmp_path: Path,
) -> None:
    """issue 12, finding 5: the database half-upgraded by an older version (a table made, the
    version not stamped) is refused in words and left as it was, never with SQL text."""
    path = old_database(tmp_path)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE favourite_prompt (id INTEGER PRIMARY KEY)")
    connection.close()
    before = revision_on_disk(path)
    with pytest.raises(StoreError) as refused:
        open_store(f"sqlite:///{path}")
    message = str(refused.value)
    assert "could not be upgraded" in message
    for sql_word in ("SQL", "CREATE", "favourite_prompt", "sqlite3", "\n"):
        assert sql_word not in message
    assert revision_on_disk(path) == before
