"""Every file that can hold a name is 0600 from its first byte (issue 12, finding 4).

The process umask is set to 0o022 (the usual) or 0o000 (the worst) for these tests, so a
file created "under the umask" would show group or other bits.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from circle_app.logging_setup import setup_logging
from circle_app.store import engine as engine_module
from circle_app.store import open_store
from circle_app.store.engine import backup_sqlite
from circle_app.store.files import private_open
from tests.stress.schema_rows import FIXTURES


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def current_umask() -> int:
    value = os.umask(0)
    os.umask(value)
    return value


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The worst umask a machine can have: everything created is world-readable by default."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


@pytest.mark.usefixtures("open_umask")
def test_finding_4_a_new_database_its_wal_shm_and_its_folder_are_owner_only(
    tmp_path: Path,
) -> None:
    """issue 12, finding 4: the default database in the app's data folder."""
    engine = open_store(None)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("SELECT 1")
        database = tmp_path / "user-data" / "circle-app.sqlite3"
        assert mode(database.parent) == 0o700
        for path in (database, *companions(database)):
            assert path.exists()
            assert mode(path) == 0o600, path.name
    finally:
        engine.dispose()


def test_finding_4_an_existing_0644_database_and_its_wal_shm_are_tightened_at_open(
    tmp_path: Path,
) -> None:
    """issue 12, finding 4: a database copied in (or left by an older version) as 0644."""
    path = tmp_path / "circle-app.sqlite3"
    open_store(f"sqlite:///{path}").dispose()
    connection = sqlite3.connect(path)  # leaves -wal and -shm behind while open
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE IF NOT EXISTS scratch (x)")
    for file in (path, *companions(path)):
        os.chmod(file, 0o644)
    engine = open_store(f"sqlite:///{path}")
    try:
        for file in (path, *companions(path)):
            assert mode(file) == 0o600, file.name
    finally:
        engine.dispose()
        connection.close()


def test_finding_4_the_data_folder_is_tightened_to_0700(tmp_path: Path) -> None:
    """issue 12, finding 4: the app's own data folder, made 0755 by hand or an old version."""
    folder = tmp_path / "user-data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    open_store(None).dispose()
    assert mode(folder) == 0o700


def test_finding_4_a_backup_is_never_visible_to_others_while_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 12, finding 4: the moment SQLite opens the copy to fill it, the file already is
    0600 and the umask in force is 077 (so its journal is private too); a kill at any point
    of the copy leaves nothing readable by others."""
    path = tmp_path / "circle-app.sqlite3"
    shutil.copy(FIXTURES / "0001.sqlite3", path)
    os.chmod(path, 0o600)
    seen: list[tuple[int | None, int]] = []  # (the copy's mode, the umask) as SQLite opens it
    real_connect = sqlite3.connect

    def watching_connect(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if ".bak-" in str(target):
            file = Path(target)
            seen.append((mode(file) if file.exists() else None, current_umask()))
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(engine_module.sqlite3, "connect", watching_connect)
    previous = os.umask(0o022)
    try:
        open_store(f"sqlite:///{path}").dispose()  # 0001 -> head: a backup first
    finally:
        os.umask(previous)
    assert seen == [(0o600, 0o077)]
    [backup] = tmp_path.glob("circle-app.sqlite3.bak-*")
    assert mode(backup) == 0o600
    assert not list(tmp_path.glob("*.bak-*-wal"))
    assert not list(tmp_path.glob("*.bak-*-shm"))


@pytest.mark.usefixtures("open_umask")
def test_finding_4_a_backup_made_directly_is_0600(tmp_path: Path) -> None:
    """issue 12, finding 4."""
    path = tmp_path / "db.sqlite3"
    shutil.copy(FIXTURES / "0001.sqlite3", path)
    assert mode(backup_sqlite(path, "0001")) == 0o600


@pytest.mark.usefixtures("open_umask")
def test_finding_4_log_folder_and_log_files_are_owner_only_rotated_ones_too(
    tmp_path: Path,
) -> None:
    """issue 12, finding 4: the log never holds names, but it is the owner's only anyway."""
    folder = tmp_path / "logs"
    root = logging.getLogger("circle_app")
    before = list(root.handlers)
    log_file = setup_logging(folder=folder)
    try:
        assert log_file is not None
        [handler] = [h for h in root.handlers if h not in before]
        logging.getLogger("circle_app.test").info("first")
        handler.flush()
        assert mode(folder) == 0o700
        assert mode(log_file) == 0o600
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()  # the rotating handler's new file
        logging.getLogger("circle_app.test").info("second")
        handler.flush()
        assert mode(log_file) == 0o600
        assert mode(log_file.with_name(log_file.name + ".1")) == 0o600
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()


@pytest.mark.usefixtures("open_umask")
def test_finding_4_private_open_tightens_an_existing_file_before_writing(
    tmp_path: Path,
) -> None:
    """issue 12, finding 4: an export over an older file someone made 0644."""
    target = tmp_path / "export.json"
    target.write_text("old")
    os.chmod(target, 0o644)
    with private_open(target) as handle:
        assert mode(target) == 0o600
        assert target.read_text() == ""  # emptied only once private
        handle.write("new")
    assert target.read_text() == "new"
    fresh = tmp_path / "fresh.csv"
    with private_open(fresh) as handle:
        handle.write("x")
    assert mode(fresh) == 0o600
