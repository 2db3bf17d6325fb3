"""The SQLite schema a first start makes (circle_app/store/schema_sqlite.sql), written from
a database made by running every migration (Alembic, upgrade head on an empty file).

    uv run python tools/sqlite_schema.py write   # after a new migration: rewrite the file
    uv run python tools/sqlite_schema.py check   # exit 1 when the shipped file is stale

The file holds the CREATE statements as SQLite keeps them in sqlite_master, word for word
(so every column sits where the migrations left it), each table followed by its indexes,
then the triggers and the views, each group in name order; then every row the migrations
leave (alembic_version's stamp, the AUTOINCREMENT counters in sqlite_sequence). One thing
is put in order: a table that batch mode rebuilt lists its constraints (keys, UNIQUE) in
an order that changes from run to run (Alembic copies them out of a set), so each run of
constraints is sorted, the primary key first as SQLAlchemy writes it (`canonical`); the
columns are never moved.
store/head_schema.py runs it in one transaction. tests/unit/store/test_sqlite_schema.py fails
when the file is not what this tool writes now.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCHEMA = ROOT / "circle_app" / "store" / "schema_sqlite.sql"
COMMAND = "uv run python tools/sqlite_schema.py write"
HEADER = (
    "-- The SQLite database at head, as every migration makes it: written by\n"
    "-- tools/sqlite_schema.py from `alembic upgrade head` on an empty file. Do not edit.\n"
    f"-- After a new migration: {COMMAND}\n"
    "-- A first start runs it in one transaction (circle_app/store/head_schema.py).\n"
)


_CONSTRAINT = ("PRIMARY KEY", "CONSTRAINT ", "FOREIGN KEY", "UNIQUE ", "CHECK ")
_ITEMS = ", \n\t"  # how SQLAlchemy's DDL separates a table's columns and constraints


def canonical(sql: str) -> str:
    """A CREATE TABLE text with each run of table constraints sorted, the rest untouched."""
    if not sql.startswith("CREATE TABLE ") or "(\n\t" not in sql or not sql.endswith("\n)"):
        return sql
    head, body = sql.split("(\n\t", 1)
    items = body[: -len("\n)")].split(_ITEMS)
    ordered: list[str] = []
    run: list[str] = []
    for item in [*items, ""]:
        if item.startswith(_CONSTRAINT):
            run.append(item)
            continue
        ordered.extend(sorted(run, key=lambda c: (not c.startswith("PRIMARY KEY"), c)))
        run = []
        ordered.append(item)
    return f"{head}(\n\t{_ITEMS.join(ordered[:-1])}\n)"


def migrated_database(path: Path) -> None:
    """An empty file brought to head by every migration, as `circle-app db upgrade` does."""
    from circle_app.store.engine import make_engine
    from circle_app.store.migrate import run_migrations

    engine = make_engine(f"sqlite:///{path}")
    try:
        run_migrations(engine)
    finally:
        engine.dispose()


def _refuse_what_is_not_written(con: sqlite3.Connection) -> None:
    """What this tool does not reproduce must not appear unnoticed after a new migration."""
    for pragma in ("user_version", "application_id", "auto_vacuum"):
        (value,) = con.execute(f"PRAGMA {pragma}").fetchone()
        if value:
            raise SystemExit(
                f"PRAGMA {pragma} is {value}: teach tools/sqlite_schema.py to write it"
            )
    virtual = con.execute(
        "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
    ).fetchall()
    if virtual:
        raise SystemExit(f"virtual tables {virtual}: teach tools/sqlite_schema.py to write them")


def _rows(con: sqlite3.Connection, table: str) -> list[str]:
    """INSERT statements for a table's rows, values quoted by SQLite itself."""
    columns = [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]
    names = ", ".join(f'"{column}"' for column in columns)
    values = " || ', ' || ".join(f'quote("{column}")' for column in columns)
    order = "name" if table == "sqlite_sequence" else "rowid"
    query = f'SELECT {values} FROM "{table}" ORDER BY {order}'
    return [f'INSERT INTO "{table}" ({names}) VALUES ({value})' for (value,) in con.execute(query)]


def statements_of(path: Path) -> list[str]:
    """The statements that make a database like the one at `path`, in a stable order."""
    con = sqlite3.connect(path)
    try:
        _refuse_what_is_not_written(con)

        def made(kind: str, table: str | None = None) -> list[str]:
            where = "type = ? AND sql IS NOT NULL AND name NOT LIKE 'sqlite%'"
            args: tuple[str, ...] = (kind,)
            if table is not None:
                where, args = f"{where} AND tbl_name = ?", (kind, table)
            query = f"SELECT name, sql FROM sqlite_master WHERE {where} ORDER BY name"
            return [canonical(sql) for _name, sql in con.execute(query, args)]

        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        statements: list[str] = []
        for table in tables:
            if not table.startswith("sqlite_"):
                statements.extend(made("table", table))
                statements.extend(made("index", table))
        statements.extend(made("trigger"))
        statements.extend(made("view"))
        for table in tables:  # the counters last: sqlite_sequence exists once a table needs it
            if table != "sqlite_sequence" and not table.startswith("sqlite_"):
                statements.extend(_rows(con, table))
        if "sqlite_sequence" in tables:
            statements.extend(_rows(con, "sqlite_sequence"))
        return statements
    finally:
        con.close()


def render() -> str:
    """The file's text as this tool writes it now."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "head.sqlite3"
        migrated_database(path)
        statements = statements_of(path)
    return HEADER + "".join(f"\n{statement};\n" for statement in statements)


def main(argv: list[str]) -> int:
    if argv not in (["write"], ["check"]):
        print(__doc__)  # noqa: T201
        return 2
    text = render()
    if argv == ["check"]:
        if SCHEMA.read_text(encoding="utf-8") != text:
            print(f"{SCHEMA.relative_to(ROOT)} is stale; run: {COMMAND}")  # noqa: T201
            return 1
        return 0
    SCHEMA.write_text(text, encoding="utf-8")
    print(f"wrote {SCHEMA.relative_to(ROOT)}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
