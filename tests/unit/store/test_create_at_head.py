"""Issue 20, first start: a new SQLite database is made at head in one step (the shipped
schema, store/head_schema.py, through migrate.create_at_head or store/create.py), and it is
the same database the migrations make: table by table, column by column and position,
index, key, trigger, view, CREATE text and row."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from circle_app.store import open_store
from circle_app.store.create import create_if_new
from circle_app.store.engine import make_engine
from circle_app.store.head_schema import apply_head_schema
from circle_app.store.migrate import (
    HEAD_REVISION,
    alembic_config,
    create_at_head,
    current_revision,
)
from circle_app.store.start_read import read_home
from tests.unit.store.schema_tool import sqlite_schema_tool

ROOT = Path(__file__).parents[3]

_tool = sqlite_schema_tool()
canonical = _tool.canonical


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
            # the CREATE statements as SQLite keeps them, word for word but for that order
            "schema": sorted(
                (kind, name, table, sql if sql is None else canonical(sql))
                for kind, name, table, sql in con.execute(
                    "SELECT type, name, tbl_name, sql FROM sqlite_master"
                )
            ),
            "user_version": con.execute("PRAGMA user_version").fetchall(),
            "application_id": con.execute("PRAGMA application_id").fetchall(),
            "auto_vacuum": con.execute("PRAGMA auto_vacuum").fetchall(),
            "journal_mode": con.execute("PRAGMA journal_mode").fetchall(),
        }
        for table in tables:
            # Columns by position: the shipped schema is the migrations' own text, so every
            # column sits where they left it (0007 appended some the models declare
            # mid-table). Keys as a set: a table batch mode rebuilt lists its constraints in
            # an order that changes from one run of the migrations to the next.
            columns = con.execute(f'PRAGMA table_xinfo("{table}")').fetchall()
            names = {cid: name for cid, name, *_ in columns}
            described[table] = {
                "columns": columns,
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
                    tuple(fk[1:])
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
    _tool.migrated_database(path)  # every migration, as the shipped SQL was written from
    return path


def _created(path: Path) -> Path:
    engine = make_engine(f"sqlite:///{path}")
    try:
        assert create_at_head(engine)
    finally:
        engine.dispose()
    return path


def test_a_database_made_at_head_is_the_one_every_migration_makes(tmp_path: Path) -> None:
    """issue 20, first start: the shipped schema equals all migrations run, each column in
    its place (the models declare some of 0007's appended columns mid-table)."""
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


def _deny_the_fifth_create(connection: sqlite3.Connection) -> None:
    """The fifth CREATE (some tables made already, in the transaction) is refused."""
    seen = 0

    def authorize(action: int, *_args: Any) -> int:
        nonlocal seen
        if action in (sqlite3.SQLITE_CREATE_TABLE, sqlite3.SQLITE_CREATE_INDEX):
            seen += 1
            if seen == 5:
                return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    connection.set_authorizer(authorize)


def _no_table_in(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM sqlite_master").fetchall() == [(0,)]
    finally:
        con.close()


def test_a_failed_creation_leaves_no_table_and_the_next_start_makes_it(tmp_path: Path) -> None:
    """issue 20, first start: all-or-nothing; the empty file left is new to the next start."""
    path = tmp_path / "new.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda dbapi, _record: _deny_the_fifth_create(dbapi))
    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        create_at_head(engine)
    engine.dispose()
    _no_table_in(path)
    engine = open_store(f"sqlite:///{path}")
    try:
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()


def test_a_first_start_that_fails_half_way_leaves_an_empty_file_made_next_time(
    tmp_path: Path,
) -> None:
    """issue 20, first start: the shipped schema runs in one transaction on plain sqlite3
    too (the data folder's first start); a failure half-way leaves no table, and the next
    first start makes the file at head, 0600, for home's read-ahead."""
    path = tmp_path / "data" / "new.sqlite3"
    path.parent.mkdir()
    url = f"sqlite:///{path}"
    connection = sqlite3.connect(path)
    _deny_the_fifth_create(connection)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            apply_head_schema(connection)
        assert not connection.in_transaction
    finally:
        connection.close()
    _no_table_in(path)
    assert create_if_new(url)
    assert path.stat().st_mode & 0o777 == 0o600
    assert read_home(url) is not None
    assert not create_if_new(url)  # made: the next start is a normal one


def test_an_install_without_the_shipped_schema_still_makes_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 20, first start: should schema_sqlite.sql be missing from an install, the first
    start does not fail: every migration makes the database instead (the slow way)."""
    import circle_app.store.head_schema as head_schema

    made_from_it = _describe(_created(tmp_path / "created.sqlite3"))
    monkeypatch.setattr(head_schema, "SCHEMA", tmp_path / "missing.sql")
    path = tmp_path / "data" / "new.sqlite3"
    assert not create_if_new(f"sqlite:///{path}")
    engine = open_store(f"sqlite:///{path}")
    try:
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()
    assert _describe(path) == made_from_it
