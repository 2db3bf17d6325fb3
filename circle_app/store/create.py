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
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from circle_app.store.migrate import HEAD_REVISION, VERSION_TABLE

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)

# Alembic's own DDL for its version table (alembic.ddl.impl), so that a database made here
# is the one `alembic upgrade` would have made, down to the primary key's name.
_VERSION_TABLE_DDL = (
    f"CREATE TABLE {VERSION_TABLE} (version_num VARCHAR(32) NOT NULL, "
    f"CONSTRAINT {VERSION_TABLE}_pkc PRIMARY KEY (version_num))"
)


def is_empty(connection: Connection) -> bool:
    """Nothing in the database yet: no table, index, view or trigger."""
    return connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() == 0


def create_at_head(engine: Engine) -> bool:
    """Give an empty SQLite database the head schema and stamp, in one transaction.
    False (and nothing done) when the database is not empty after all."""
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
                connection.exec_driver_sql(_VERSION_TABLE_DDL)
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


def create_if_new(url: str | None) -> bool:
    """A first start (a plain local SQLite file not made yet, or left empty): make it at
    head now (0600, through engine.open_store) and close it, so that home is read ahead
    from it as on any later start (store/start_read.py). False: not new, or it could not
    be made (the start then goes the present way, which says why)."""
    from circle_app.store.engine import open_store
    from circle_app.store.errors import StoreError
    from circle_app.store.start_read import local_sqlite_file, resolve_database_url

    path = local_sqlite_file(resolve_database_url(url))
    if path is None or (path.exists() and path.stat().st_size > 0):
        return False
    try:
        open_store(url).dispose()
    except StoreError as exc:
        log.error("new database not made ahead (%s)", type(exc).__name__)
        return False
    return True
