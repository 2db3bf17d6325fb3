"""A first start's database: a plain local SQLite file made at head before home is read
ahead (issue 20, first start).

`create_if_new` makes the file owner-only from its first byte and runs the shipped head
schema on it (store/head_schema.py: what every migration leaves, in one transaction, all or
nothing) with the standard library's sqlite3 alone: about 15-25 ms, with no SQLAlchemy, no
Alembic and no second process. Home is then read ahead from it as on any later start
(store/start_read.py). A failure leaves the file with no table in it, which the next start
treats as new again. Anything else (a file with something in it, a URL with options,
PostgreSQL) goes through engine.open_store: an empty SQLite database is made there from
the same statements (migrate.create_at_head), an older one upgraded by Alembic, as ever.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from circle_app.store.files import private_fd, private_folder, private_umask
from circle_app.store.head_schema import apply_head_schema

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 10  # as engine.BUSY_TIMEOUT_MS: another window may be making it too


def new_file(url: str | None) -> Path | None:
    """The file of a first start: a plain local SQLite file not made yet, or left empty."""
    from circle_app.store.start_read import local_sqlite_file, resolve_database_url

    path = local_sqlite_file(resolve_database_url(url))
    try:
        return path if path is not None and (not path.exists() or not path.stat().st_size) else None
    except OSError:
        return None


def make_at_head(path: Path) -> bool:
    """Make the database file at `path` owner-only (its folder too, the app's own data
    folder tightened as engine.open_store does) and give it the head schema, in WAL mode as
    the store keeps it. False: it was not empty after all."""
    from circle_app.paths import default_database_path

    private_folder(path.parent, tighten_existing=path.parent == default_database_path().parent)
    with private_umask():  # the file before SQLite opens it; -wal and -shm take its mode
        os.close(private_fd(path, truncate=False))
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            return apply_head_schema(connection)
        finally:
            connection.close()  # the last connection: the -wal is checkpointed and removed


def create_if_new(url: str | None) -> bool:
    """A first start (a plain local SQLite file not made yet, or left empty): make it at
    head now, so that home is read ahead from it as on any later start
    (store/start_read.py). False: not new, or it could not be made (the start then goes the
    present way, engine.open_store, which says why)."""
    path = new_file(url)
    if path is None:
        return False
    try:
        return make_at_head(path)
    except (OSError, sqlite3.Error) as exc:
        log.error("new database not made ahead (%s)", type(exc).__name__)
        return False
