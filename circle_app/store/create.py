"""A new local SQLite database, made at head in one step (issue 20, first start).

A fresh machine's first start used to import Alembic and run every migration on an empty
file (about a second). A database with nothing in it yet is instead given the models'
schema (`Base.metadata.create_all`) and the `alembic_version` stamp (HEAD_REVISION) in one
transaction, without Alembic: tests/unit/store/test_create_at_head.py holds the result to
the one the migrations make, table by table, index by index, row by row. No migration
leaves triggers or views or rows in an empty database (but the AUTOINCREMENT counters at
0, made here too), so the models say everything else.

All-or-nothing: pysqlite's own handling would run each CREATE outside any transaction, so
it is switched off for this connection and BEGIN IMMEDIATE is emitted by hand, as
migrations/env.py does. A failure leaves the file with no table in it, which the next
start treats as new again. An existing database is upgraded by Alembic, as ever.

On a fresh machine's first start in the data folder the file is made by a process of its
own (start_creating, from app.run_gui), on the other core while the first frame is built;
the shell waits for it (create_if_new) before it reads home ahead from the new file.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import subprocess

    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)

# Alembic's own DDL for its version table (alembic.ddl.impl), so that a database made here
# is the one `alembic upgrade` would have made, down to the primary key's name.
_VERSION_TABLE_DDL = (
    "CREATE TABLE {table} (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT {table}_pkc PRIMARY KEY (version_num))"
)


def is_empty(connection: Connection) -> bool:
    """Nothing in the database yet: no table, index, view or trigger."""
    return connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() == 0


def create_at_head(engine: Engine) -> bool:
    """Give an empty SQLite database the head schema and stamp, in one transaction.
    False (and nothing done) when the database is not empty after all."""
    from circle_app.store.migrate import HEAD_REVISION, VERSION_TABLE
    from circle_app.store.models import Base  # importing the models registers every table

    with engine.connect() as connection:
        driver: Any = connection.connection.driver_connection
        previous = driver.isolation_level
        driver.isolation_level = None  # pysqlite begins nothing by itself now
        try:
            with connection.begin():
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                if not is_empty(connection):
                    return False
                Base.metadata.create_all(connection)
                connection.exec_driver_sql(_VERSION_TABLE_DDL.format(table=VERSION_TABLE))
                connection.exec_driver_sql(
                    f"INSERT INTO {VERSION_TABLE} (version_num) VALUES (?)", (HEAD_REVISION,)
                )
                # The migrations that made these ids never reused left each its counter at
                # 0 (a table rebuilt with AUTOINCREMENT); the same rows here.
                for table in Base.metadata.sorted_tables:
                    if table.dialect_options["sqlite"]["autoincrement"]:
                        connection.exec_driver_sql(
                            "INSERT INTO sqlite_sequence (name, seq) VALUES (?, 0)", (table.name,)
                        )
        finally:
            driver.isolation_level = previous
    return True


_CHILD = (
    "import sys\n"
    "from circle_app.store.create import create_if_new\n"
    "sys.exit(0 if create_if_new(sys.argv[1] or None) else 1)\n"
)
_early: subprocess.Popen[bytes] | None = None


def _new_file(url: str | None) -> bool:
    from circle_app.store.start_read import local_sqlite_file, resolve_database_url

    path = local_sqlite_file(resolve_database_url(url))
    try:
        return path is not None and (not path.exists() or path.stat().st_size == 0)
    except OSError:
        return False


def start_creating(url: str | None) -> None:
    """A first start in the data folder: make the new file in a process of its own (the
    other core) while this one builds the first frame; create_if_new waits for it. Nothing
    for a database named by URL or environment, when the file exists, or when the app is
    frozen into one executable (create_if_new then makes it here, after the first frame).
    Light on purpose: it runs before the first frame (tests/ui/test_first_frame_loads.py)."""
    global _early  # noqa: PLW0603 - one creation per process
    from circle_app.paths import default_database_path

    # start_read.ENV_DATABASE_URL, not imported: start_read brings datetime before the frame
    if url or os.environ.get("CIRCLE_APP_DATABASE_URL") or _early is not None:
        return
    if getattr(sys, "frozen", False) or default_database_path().exists():
        return
    import subprocess

    try:
        _early = subprocess.Popen(  # noqa: S603 - this interpreter, our own code
            [sys.executable, "-c", _CHILD, url or ""],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        _early = None


def create_if_new(url: str | None) -> bool:
    """A first start (a plain local SQLite file not made yet, or left empty): make it at
    head now (0600, through engine.open_store) and close it, so that home is read ahead
    from it as on any later start (store/start_read.py); or wait for start_creating's
    process to have made it. False: not new, or it could not be made (the start then goes
    the present way, which says why)."""
    global _early  # noqa: PLW0603
    if _early is not None:
        early, _early = _early, None
        if early.wait() == 0:
            return True
    if not _new_file(url):
        return False
    from circle_app.store.engine import open_store
    from circle_app.store.errors import StoreError

    try:
        open_store(url).dispose()
    except StoreError as exc:
        log.error("new database not made ahead (%s)", type(exc).__name__)
        return False
    return True
