"""The SQLite schema at head, shipped as SQL text and run in one transaction (issue 20).

`schema_sqlite.sql` beside this module holds the CREATE statements and the rows that
running every migration on an empty file leaves (the `alembic_version` stamp, the
AUTOINCREMENT counters in sqlite_sequence), as SQLite keeps them: every column where the
migrations put it. `tools/sqlite_schema.py write` writes it; tests/unit/store/
test_sqlite_schema.py fails when it is stale (a new migration needs it written again), and
tests/unit/store/test_create_at_head.py holds a database made from it to a migrated one.
Plain sqlite3: a first start makes its database without SQLAlchemy (store/create.py), and
the engine's path (migrate.create_at_head) runs the same statements on its driver's
connection.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA = Path(__file__).with_name("schema_sqlite.sql")


def head_statements() -> tuple[str, ...]:
    """The shipped schema's statements, one each (a trigger's inner `;` kept whole);
    OSError when the file is missing from the install."""
    statements: list[str] = []
    lines: list[str] = []
    for line in SCHEMA.read_text(encoding="utf-8").splitlines(keepends=True):
        if not lines and (not line.strip() or line.startswith("--")):
            continue  # blank lines and comments between statements
        lines.append(line)
        if sqlite3.complete_statement("".join(lines)):
            statements.append("".join(lines).rstrip())
            lines = []
    if lines:
        raise OSError(f"{SCHEMA.name} ends inside a statement")
    return tuple(statements)


def apply_head_schema(connection: sqlite3.Connection) -> bool:
    """Give an empty SQLite database the head schema, its stamp and its counters in one
    transaction. False (and nothing done) when the database is not empty after all (another
    window made it first); a failure rolls everything back and raises. OSError, before
    anything is done, when the shipped file is missing from the install."""
    statements = head_statements()
    previous = connection.isolation_level
    connection.isolation_level = None  # sqlite3 begins nothing by itself now
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            (count,) = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if count:
                connection.execute("ROLLBACK")
                return False
            for statement in statements:
                connection.execute(statement)
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    finally:
        connection.isolation_level = previous
    return True
