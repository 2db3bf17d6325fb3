"""Deleted rows made unrecoverable, and the pre-upgrade copies that hold them deleted.

The second half of an erasure (circle_app.store.privacy): after the erasing transaction
commits, the database files are rewritten so no free page or dead row keeps a name.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from circle_app.store.engine import sqlite_path

log = logging.getLogger(__name__)


def scrub_files(engine: Engine, tables: list[str]) -> bool:
    """Make deleted rows unrecoverable from the database files.

    SQLite: secure_delete (set on every connection) overwrites deleted content; the WAL,
    which still holds old page images, is checkpointed and truncated; VACUUM rewrites the
    file without free pages; a last checkpoint empties the WAL that VACUUM wrote.
    PostgreSQL: VACUUM FULL rewrites every table that can hold a name (with its TOAST
    table and indexes) into new files, so no dead row version keeps the name; the old
    files are emptied when the rewrite commits. VACUUM cannot run in a transaction, so
    this follows the erasing transaction's commit. It needs the tables' owner (or, on
    PostgreSQL 17, the MAINTAIN privilege); without it the erasure stands but this
    returns False.
    """
    with engine.connect() as connection:
        auto = connection.execution_options(isolation_level="AUTOCOMMIT")
        if engine.dialect.name == "sqlite":
            checkpoint = text("PRAGMA wal_checkpoint(TRUNCATE)")
            busy = auto.execute(checkpoint).one()[0]
            auto.execute(text("VACUUM"))
            busy = busy or auto.execute(checkpoint).one()[0]
            if busy:
                log.warning("WAL checkpoint was blocked by another connection")
            return not busy
        if engine.dialect.name == "postgresql":
            return _vacuum_full(auto, tables)
    return False


def _vacuum_full(auto: Any, tables: list[str]) -> bool:
    version = auto.execute(text("SHOW server_version_num")).scalar_one()
    maintain = " OR has_table_privilege(c.oid, 'MAINTAIN')" if int(version) >= 170000 else ""
    oids = [
        auto.execute(text("SELECT to_regclass(:name)::oid"), {"name": table}).scalar_one()
        for table in tables
    ]
    if any(oid is None for oid in oids):
        return False
    may = auto.execute(
        text(
            "SELECT bool_and(pg_has_role(c.relowner, 'USAGE')"
            + maintain
            + ") FROM pg_class c WHERE c.oid = ANY(CAST(:oids AS oid[]))"
        ),
        {"oids": oids},
    ).scalar_one()
    if not may:
        log.warning("VACUUM FULL not allowed for this role: erased rows stay until vacuumed")
        return False
    # A teacher's app holding a table must not make the erasure hang.
    auto.execute(text("SET lock_timeout = '10s'"))
    done = True
    try:
        for table in tables:
            try:
                auto.execute(text(f'VACUUM FULL "{table}"'))
            except OperationalError:
                log.warning("VACUUM FULL of %s did not get its lock", table)
                done = False
    finally:
        auto.execute(text("RESET lock_timeout"))
    return done


def delete_backups(engine: Engine) -> tuple[int, tuple[Path, ...]]:
    """Delete the pre-upgrade copies beside a SQLite file: they hold erased names.

    Deleted, not scrubbed: a copy has an older schema the erasure would have to be
    rewritten for, and a copy restored after an erasure would bring the person back.
    Each is overwritten with zeros first, so its blocks do not keep the names on a plain
    (not copy-on-write) file system. Returns (deleted, left)."""
    deleted = 0
    left: list[Path] = []
    for backup in backups_beside(sqlite_path(engine.url.render_as_string(hide_password=True))):
        try:
            size = backup.stat().st_size
            fd = os.open(backup, os.O_WRONLY)
            try:
                zeros = bytes(1 << 20)
                for start in range(0, size, len(zeros)):
                    os.write(fd, zeros[: size - start])
                os.fsync(fd)
            finally:
                os.close(fd)
            backup.unlink()
            deleted += 1
        except OSError:
            left.append(backup)
    if deleted or left:
        log.info("erasure: %d pre-upgrade copies deleted, %d could not be", deleted, len(left))
    return deleted, tuple(left)


def backups_beside(database: Path | None) -> list[Path]:
    """Copies made before schema upgrades: they still hold erased names until deleted."""
    if database is None:
        return []
    return sorted(database.parent.glob(f"{database.name}.bak-*"))
