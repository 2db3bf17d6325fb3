"""Issue 20, first start: the SQLite schema a first start runs (circle_app/store/
schema_sqlite.sql) is the one tools/sqlite_schema.py writes now from every migration, so a
new migration without the file written again fails here, naming the command."""

from __future__ import annotations

import difflib

import pytest

from circle_app.store.head_schema import SCHEMA, head_statements
from circle_app.store.migrate import HEAD_REVISION
from tests.unit.store.schema_tool import sqlite_schema_tool


def test_the_shipped_sqlite_schema_is_what_every_migration_makes_now() -> None:
    """issue 20, first start: stale shipped SQL fails CI with the command to run."""
    tool = sqlite_schema_tool()
    shipped, now = SCHEMA.read_text(encoding="utf-8"), tool.render()
    if shipped != now:
        diff = difflib.unified_diff(
            shipped.splitlines(), now.splitlines(), "shipped", "migrations now", lineterm=""
        )
        pytest.fail(
            f"{SCHEMA.name} is not what the migrations make now; run: {tool.COMMAND}\n"
            + "\n".join(list(diff)[:40])
        )


def test_the_shipped_schema_is_stamped_with_the_head_revision() -> None:
    """issue 20, first start: a database made from it is at HEAD_REVISION, so the next
    start reads home ahead instead of upgrading it."""
    stamps = [s for s in head_statements() if s.startswith('INSERT INTO "alembic_version"')]
    assert stamps == [
        f"""INSERT INTO "alembic_version" ("version_num") VALUES ('{HEAD_REVISION}');"""
    ]
