"""A SQLite file's soundness and its pre-upgrade copies: the damage check, the backup made
before an upgrade and putting it back. Read-only checks; copies are 0600 from their first byte.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from circle_app.store.errors import QT_TRANSLATE_NOOP, StoreError
from circle_app.store.files import private_fd, private_umask

log = logging.getLogger(__name__)

QUICK_CHECK_SECONDS = 2.0


def is_damage(exc: BaseException) -> bool:
    """SQLite's word for damaged pages (an SQLAlchemy error or the driver's own)."""
    orig = getattr(exc, "orig", None) or exc
    return isinstance(orig, sqlite3.DatabaseError) and "malformed" in str(orig).lower()


def quick_check(
    path: Path, seconds: float = QUICK_CHECK_SECONDS, *, immutable: bool = False
) -> bool | None:
    """True when SQLite finds the file sound, False when damaged, None when not finished.

    Read-only (the file's bytes are never changed) and bounded in time: on a huge file
    the check stops after `seconds` and the file is taken as it is.
    Raises sqlite3.DatabaseError when the file is not a database at all.
    `immutable`: not even a -shm is made (for a file no other connection has open).
    """
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, timeout=10)
    deadline = time.monotonic() + seconds
    connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        rows = connection.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            log.warning("database check stopped after %.0f s (a large file)", seconds)
        else:
            log.warning("database check not done (%s)", type(exc).__name__)
        return None
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return False
        raise
    finally:
        connection.close()
    return rows == [("ok",)]


def backups_of(path: Path) -> list[Path]:
    """The pre-upgrade copies beside `path`, newest first."""
    copies = [
        p
        for p in path.parent.glob(f"{path.name}.bak-*")
        if p.is_file() and not p.name.endswith(("-wal", "-shm", "-journal"))
    ]
    return sorted(copies, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def newest_good_backup(path: Path) -> Path | None:
    for copy in backups_of(path):
        try:
            if quick_check(copy, seconds=QUICK_CHECK_SECONDS / 2) is not False:
                return copy
        except sqlite3.DatabaseError:
            continue
    return None


def damaged(path: Path) -> StoreError:
    """The one refusal for a damaged file, at open or at any later moment."""
    backup = newest_good_backup(path)
    if backup is None:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database {path} is damaged, so circle-app stopped and left it as it is. "
                "There is no good copy beside it: ask the IT staff for help.",
            ),
            path=path,
        )
    return StoreError(
        QT_TRANSLATE_NOOP(
            "StoreError",
            "The database {path} is damaged, so circle-app stopped and left it as it is. "
            "The newest good copy is {backup}: ask the IT staff to put it in its place.",
        ),
        path=path,
        backup=backup,
    )


def _same_database(first: Path, second: Path) -> bool:
    """Two backups of one unchanged database are byte for byte the same, bar the counters
    SQLite keeps in the header (change counter, version-valid-for, library version)."""
    try:
        a, b = first.read_bytes(), second.read_bytes()
    except OSError:
        return False

    def masked(data: bytes) -> bytes:
        return data[:24] + data[28:92] + data[100:]

    return len(a) == len(b) and masked(a) == masked(b)


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """Copy the database aside before an upgrade: `NAME.bak-REV-TIMESTAMP`, 0600 throughout.

    When the newest copy for this revision already holds exactly this database (an upgrade
    was interrupted and is being tried again), that copy is kept and no other is made.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    prefix = f"{path.name}.bak-{revision or 'none'}-"
    earlier = [p for p in backups_of(path) if p.name.startswith(prefix)]
    target = path.with_name(f"{prefix}{stamp}")
    if target.exists() or earlier:
        target = path.with_name(f"{prefix}{stamp}-{os.getpid()}-{time.monotonic_ns()}")
    os.close(private_fd(target, exclusive=True, truncate=False))  # 0600 before any byte
    try:
        with private_umask():  # the copy's own journal, whatever SQLite creates meanwhile
            source = sqlite3.connect(path)
            try:
                dest = sqlite3.connect(target)
                try:
                    source.backup(dest)  # consistent even with a WAL beside it
                    # A copy is one self-contained file: no -wal/-shm beside it, ever.
                    dest.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dest.close()
            finally:
                source.close()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    if earlier and _same_database(earlier[0], target):
        target.unlink()
        return earlier[0]
    if earlier and target.name != f"{prefix}{stamp}":
        plain = path.with_name(f"{prefix}{stamp}")
        if not plain.exists():
            os.replace(target, plain)
            target = plain
    return target


def restore_sqlite(backup: Path, path: Path) -> None:
    """Put a pre-upgrade copy back in place of `path` (through SQLite, so -wal goes too)."""
    with private_umask():
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(path, timeout=10)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
