"""A full disk, told as one sentence wherever circle-app writes (issue 12, finding 7).

Every engine from `make_engine` turns the database's own "disk is full" (SQLite's
SQLITE_FULL, PostgreSQL's DiskFull, the operating system's ENOSPC/EDQUOT) into a
DiskFullError the moment it happens, inside the transaction, so the transaction is rolled
back whole and nothing is half-written. Files are written with `write_file_whole`: into a
temporary file beside the target, renamed over it only when every byte is on disk.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from circle_app.store.errors import QT_TRANSLATE_NOOP, StoreError

DISK_FULL = QT_TRANSLATE_NOOP(
    "StoreError", "The disk is full: nothing was saved. Free some space and try again."
)
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
_PG_DISK_FULL = "53100"  # SQLSTATE disk_full
_NEARLY_NOTHING = 64 * 1024  # bytes: less than SQLite needs for its shared-memory file
_FULL_WORDS = ("database or disk is full", "no space left on device", "disk quota exceeded")


class DiskFullError(StoreError):
    """The disk (or the user's quota, or the database server's disk) is full; nothing was
    saved of the action that met it."""

    def __init__(self) -> None:
        super().__init__(DISK_FULL)


def _causes(exc: BaseException | None) -> list[BaseException]:
    seen: list[BaseException] = []
    pending = [exc]
    while pending:
        current = pending.pop()
        if current is None or any(current is known for known in seen):
            continue
        seen.append(current)
        pending += [getattr(current, "orig", None), current.__cause__, current.__context__]
    return seen


def is_disk_full(exc: BaseException | None) -> bool:
    """Whether `exc` (or what caused it) says the disk is full, from whichever layer."""
    for cause in _causes(exc):
        if isinstance(cause, DiskFullError):
            return True
        if isinstance(cause, OSError) and cause.errno in _FULL_ERRNOS:
            return True
        if isinstance(cause, sqlite3.Error) and (
            getattr(cause, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
        ):
            return True
        if getattr(cause, "sqlstate", None) == _PG_DISK_FULL:
            return True
        if isinstance(cause, sqlite3.Error) or type(cause).__module__.startswith("psycopg"):
            text = str(cause).lower()
            if any(words in text for words in _FULL_WORDS):
                return True
    return False


def _no_room_beside(engine: Engine | None) -> bool:
    """Whether the folder of a SQLite engine's file has (next to) no free space left."""
    if engine is None or not engine.url.drivername.startswith("sqlite"):
        return False
    database = engine.url.database
    if not database or database == ":memory:":
        return False
    try:
        info = os.statvfs(Path(database).parent)
    except OSError:
        return False
    return info.f_bavail * info.f_frsize < _NEARLY_NOTHING


def _raise_disk_full(context: ExceptionContext) -> None:
    exc = context.original_exception
    # SQLite says "disk I/O error" when it cannot even make its -shm file on a full disk
    io_error = isinstance(exc, sqlite3.Error) and "disk i/o error" in str(exc).lower()
    if is_disk_full(exc) or (io_error and _no_room_beside(context.engine)):
        raise DiskFullError() from exc


def watch_for_full_disk(engine: Engine) -> None:
    """Every statement, commit and connection of `engine` that meets a full disk raises
    DiskFullError (after SQLAlchemy has rolled the transaction back)."""
    event.listen(engine, "handle_error", _raise_disk_full)


def write_file_whole(target: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write `data` to `target` all or nothing, readable by `mode` from the first byte.

    A full disk raises DiskFullError and leaves `target` as it was. A device or pipe
    (/dev/stdout, a FIFO) is written to directly: there is nothing to leave half-written.
    """
    try:
        if target.exists() and not target.is_file():
            with target.open("wb") as handle:
                handle.write(data)
            return
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            os.fchmod(fd, mode)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFullError() from exc
        raise


__all__ = ["DISK_FULL", "DiskFullError", "is_disk_full", "watch_for_full_disk", "write_file_whole"]
