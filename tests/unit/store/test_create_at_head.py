"""Issue 20, first start: a new SQLite database is made at head in one step (the models'
schema and the version stamp, migrate.create_at_head), and it is the same database the migrations
make: table by table, column by column, index, key, trigger, view and row."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from circle_app.store import open_store
from circle_app.store.engine import make_engine
from circle_app.store.migrate import (
    HEAD_REVISION,
    alembic_config,
    create_at_head,
    current_revision,
    run_migrations,
)
from circle_app.store.start_read import read_home

ROOT = Path(__file__).parents[3]


def _describe(path: Path) -> dict[str, Any]:
    """Everything SQLite says about a database's schema and contents."""
    con = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        described: dict[str, Any] = {
            "tables": tables,
            "other": con.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master "
                "WHERE type IN ('trigger', 'view') ORDER BY name"
            ).fetchall(),
            "user_version": con.execute("PRAGMA user_version").fetchall(),
            "journal_mode": con.execute("PRAGMA journal_mode").fetchall(),
        }
        for table in tables:
            # By name, not position: a migration appends the columns it adds, the models
            # declare them where they belong (and SQLite numbers foreign keys backwards).
            columns = con.execute(f'PRAGMA table_xinfo("{table}")').fetchall()
            names = {cid: name for cid, name, *_ in columns}
            described[table] = {
                "columns": sorted((name, *rest) for _cid, name, *rest in columns),
                "indexes": sorted(
                    (
                        row[1:],
                        [names.get(cid) for _seq, cid, *_ in _info(con, "index_info", row[1])],
                        [
                            (names.get(cid), *r)
                            for _s, cid, _n, *r in _info(con, "index_xinfo", row[1])
                        ],
                    )
                    for row in con.execute(f'PRAGMA index_list("{table}")').fetchall()
                ),
                "foreign_keys": sorted(
                    tuple(fk[2:])
                    for fk in con.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
                ),
                "rows": sorted(map(repr, con.execute(f'SELECT * FROM "{table}"'))),
            }
        return described
    finally:
        con.close()


def _info(con: sqlite3.Connection, pragma: str, index: str) -> list[Any]:
    return con.execute(f'PRAGMA {pragma}("{index}")').fetchall()


def _migrated(path: Path) -> Path:
    engine = make_engine(f"sqlite:///{path}")
    try:
        run_migrations(engine)
    finally:
        engine.dispose()
    return path


def _created(path: Path) -> Path:
    engine = make_engine(f"sqlite:///{path}")
    try:
        assert create_at_head(engine)
    finally:
        engine.dispose()
    return path


def test_a_database_made_at_head_is_the_one_every_migration_makes(tmp_path: Path) -> None:
    """issue 20, first start: the models' schema plus the stamp equals all migrations run."""
    migrated = _describe(_migrated(tmp_path / "migrated.sqlite3"))
    created = _describe(_created(tmp_path / "created.sqlite3"))
    assert created["tables"] == migrated["tables"]
    for table in migrated["tables"]:
        assert created[table] == migrated[table], table
    assert created == migrated
    assert migrated["alembic_version"]["rows"] == [repr((HEAD_REVISION,))]


def test_a_first_start_makes_the_database_at_head_without_alembic(tmp_path: Path) -> None:
    """issue 20, first start: a new file is made at head with no Alembic imported, 0600."""
    path = tmp_path / "data" / "new.sqlite3"
    script = (
        "import json, sys\n"
        "from circle_app.store import open_store\n"
        "open_store(sys.argv[1]).dispose()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, f"sqlite:///{path}"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert json.loads(result.stdout.splitlines()[-1]) == []
    assert path.stat().st_mode & 0o777 == 0o600
    engine = make_engine(f"sqlite:///{path}")
    try:
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()
    assert read_home(f"sqlite:///{path}") is not None  # the next start reads home ahead


def test_alembic_sees_a_database_made_at_head_as_a_migrated_one(tmp_path: Path) -> None:
    """issue 20, first start: `upgrade head` changes nothing, `downgrade -1` works, and the
    upgrade back (what a later migration does) gives the migrated database again."""
    from alembic import command

    created = _created(tmp_path / "created.sqlite3")
    before = _describe(created)
    engine = make_engine(f"sqlite:///{created}")
    try:
        config = alembic_config(engine)
        command.upgrade(config, "head")
        assert _describe(created) == before
        command.downgrade(config, "-1")
        assert current_revision(engine) == f"{int(HEAD_REVISION) - 1:04d}"
        command.upgrade(config, "head")
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()
    assert _describe(created) == _describe(_migrated(tmp_path / "migrated.sqlite3"))


def _fail_at_the_fifth_create(engine: Engine) -> None:
    seen = 0

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        nonlocal seen
        if statement.lstrip().upper().startswith("CREATE"):
            seen += 1
            if seen == 5:
                raise sqlite3.OperationalError("disk I/O error")

    event.listen(engine, "before_cursor_execute", count)


def test_a_failed_creation_leaves_no_table_and_the_next_start_makes_it(tmp_path: Path) -> None:
    """issue 20, first start: all-or-nothing; the empty file left is new to the next start."""
    path = tmp_path / "new.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    _fail_at_the_fifth_create(engine)
    with pytest.raises(Exception):  # noqa: B017, PT011 - whatever the driver raises
        create_at_head(engine)
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM sqlite_master").fetchall() == [(0,)]
    finally:
        con.close()
    engine = open_store(f"sqlite:///{path}")
    try:
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()
