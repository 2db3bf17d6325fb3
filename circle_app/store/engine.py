"""Engines and start-up checks: where the database is, that it is ours, and up to date."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from circle_app.paths import default_database_path
from circle_app.store.errors import CHANGED_ELSEWHERE, NOT_OURS, QT_TRANSLATE_NOOP, StoreError
from circle_app.store.faults import DiskFullError, is_disk_full, watch_for_full_disk
from circle_app.store.files import private_fd, private_folder, tighten
from circle_app.store.integrity import (
    backup_sqlite,
    backups_of,
    damaged,
    is_damage,
    newest_good_backup,
    quick_check,
    restore_sqlite,
)
from circle_app.store.start_read import ENV_DATABASE_URL, resolve_database_url

if TYPE_CHECKING:
    from circle_app.store.migrate import Progress, Runner

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def unsaved(exc: BaseException) -> StoreError:
    """What a teacher is told when a write failed: the cause in words, never SQL."""
    if isinstance(exc, StoreError):
        return exc
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
    lowered = text.lower()
    if is_disk_full(exc):
        return DiskFullError()
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "This was not saved, so it was not done. The database cannot be written to: "
                "its folder, file or drive is read-only. Ask the IT staff, then try again.",
            )
        )
    if "locked" in lowered or "busy" in lowered:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "This was not saved, so it was not done. The database is busy in another "
                "window or machine. Try again in a moment.",
            )
        )
    if "unique" in lowered and "seq" in lowered:
        return StoreError(CHANGED_ELSEWHERE)
    if isinstance(orig, sqlite3.Error) and (
        "i/o error" in lowered or "unable to open" in lowered or "no such table" in lowered
    ):
        return StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "This was not saved, so it was not done. The database file cannot be reached "
                "(was it moved or deleted?). Restart circle-app.",
            )
        )
    if type(orig).__module__.startswith("psycopg") and "connection" in lowered:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "This was not saved, so it was not done. The database server cannot be "
                "reached. Check the network, then try again.",
            )
        )
    return StoreError(
        QT_TRANSLATE_NOOP(
            "StoreError", "This was not saved, so it was not done. The database said: {reason}"
        ),
        reason=text,
    )


def sqlite_path(url: str | URL) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory and other databases."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite"):
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Erased names must not linger in free pages (issue: privacy).
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _prepare_sqlite_file(path: Path) -> None:
    try:
        # The app's own data folder is the owner's only; a folder named in a URL is made
        # 0700 when missing but an existing one is the user's business.
        own_folder = path.parent == default_database_path().parent
        private_folder(path.parent, tighten_existing=own_folder)
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Cannot create the data folder {folder}: {reason}."),
            folder=path.parent,
            reason=exc.strerror,
        ) from exc
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "StoreError", "The database {path} cannot be read and written by this user."
                ),
                path=path,
            )
        # A database copied in (or made by an older version) with 0644: owner-only from now
        # on, and its -wal/-shm too (SQLite gives new ones the database file's mode).
        for file in (path, *_companions(path)):
            tighten(file)
        return
    if not os.access(path.parent, os.W_OK):
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "The data folder {folder} is not writable."),
            folder=path.parent,
        )
    # Create it owner-only before SQLite does; SQLite gives -wal and -shm the same mode.
    os.close(private_fd(path, truncate=False))


def _companions(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _watch_file(engine: Engine, path: Path) -> None:
    """Refuse to go on once the database file was deleted or replaced while the app runs.

    SQLite (in WAL mode) would keep writing into the deleted file through its open handle,
    and everything from then on would vanish when the app closes. One stat per unit of work.
    """
    identity = _file_identity(path)

    def check(*_args: Any) -> None:
        if _file_identity(path) != identity:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "StoreError",
                    "The database {path} was moved or deleted while circle-app was running, "
                    "so nothing more can be saved. Restart circle-app.",
                ),
                path=path,
            )

    event.listen(engine, "do_connect", check)  # before SQLite would create an empty file
    event.listen(engine, "checkout", check)


def make_engine(url: str) -> Engine:
    """An engine for `url`: SQLite gets WAL, foreign keys and a busy timeout; file mode 0600."""
    from circle_app.store.urls import NOT_A_DATABASE_URL, mask_url, parse_database_url

    parsed = parse_database_url(url)  # one sentence for a malformed URL, password masked
    try:
        engine = _make_engine(parsed)
    except (ArgumentError, ValueError, TypeError) as exc:  # e.g. a bad option in the query
        raise StoreError(NOT_A_DATABASE_URL, url=mask_url(url)) from exc
    except ImportError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The driver for {driver} is not installed "
                "(for PostgreSQL: pip install 'circle-app[postgres]').",
            ),
            driver=parsed.drivername,
        ) from exc
    watch_for_full_disk(engine)  # a full disk is one sentence, nothing half-written
    return engine


def _make_engine(url: URL) -> Engine:
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        path = sqlite_path(url)
        if path is None:
            engine = create_engine(
                url, connect_args={"check_same_thread": False}, poolclass=StaticPool
            )
        else:
            _prepare_sqlite_file(path)
            engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
            _watch_file(engine, path)
            _refuse_damage(engine, path)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _check_readable(engine: Engine, url: str) -> None:
    try:
        with engine.connect() as connection:
            inspect(connection).get_table_names()
    except SQLAlchemyError as exc:
        from circle_app.store.urls import mask_url

        orig = getattr(exc, "orig", None)
        where = sqlite_path(url) or mask_url(url)
        if isinstance(orig, sqlite3.DatabaseError) and "not a database" in str(orig):
            raise StoreError(NOT_OURS, where=where) from exc
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Cannot open the database {where}: {reason}."),
            where=where,
            reason=orig or exc,
        ) from exc


def _refuse_damage(engine: Engine, path: Path) -> None:
    """Damaged pages found later (by a query) end in the same plain refusal, never SQL."""

    def handle(context: Any) -> None:
        if is_damage(context.original_exception):
            log.error("database damaged (found by a query)")
            raise damaged(path) from context.original_exception

    event.listen(engine, "handle_error", handle)


def _check_intact(path: Path) -> None:
    """Refuse a damaged or foreign file before anything (even WAL mode) writes to it."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return
        sound = quick_check(path)
    except sqlite3.DatabaseError as exc:
        raise StoreError(NOT_OURS, where=path) from exc
    except OSError:
        return  # unreadable: the next step says so in its own words
    if sound is False:
        log.error("database damaged (found at open)")
        raise damaged(path)


def open_store(
    url: str | None = None,
    *,
    upgrade: bool | None = None,
    progress: Progress | None = None,
    runner: Runner | None = None,
    intact_checked: bool = False,
) -> Engine:
    """Open (creating if needed) and upgrade the database; raise StoreError with a clear message.

    A database from a newer app, a damaged file or an unreadable folder is refused and left
    exactly as it was. SQLite upgrades itself (after a backup); a shared PostgreSQL is
    upgraded only by its administrator (`circle-app db upgrade`, which passes upgrade=True),
    so the app on a teacher's machine needs no DDL rights. An upgrade runs through `runner`
    and tells `progress` each migration applied (circle_app.store.migrate); at head there is
    none, and Alembic is not even imported. `intact_checked`: the file's quick_check was
    passed a moment ago (store/start_read.py read home ahead), so it is not run twice.
    """
    from circle_app.store.migrate import upgrade_to_head

    resolved = resolve_database_url(url)
    engine = make_engine(resolved)
    file = sqlite_path(resolved)
    if upgrade is None:
        upgrade = engine.dialect.name == "sqlite"
    try:
        if file is not None and not intact_checked:
            _check_intact(file)
        _check_readable(engine, resolved)
        upgrade_to_head(engine, file, allowed=upgrade, progress=progress, runner=runner)
    except StoreError:
        engine.dispose()
        raise
    except (SQLAlchemyError, OSError) as exc:
        engine.dispose()
        log.error("database not prepared (%s)", type(exc).__name__)
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database could not be prepared, so circle-app did not start with it. "
                "Ask the IT staff for help.",
            )
        ) from exc
    log.info("database ready (%s)", make_url(resolved).get_backend_name())
    return engine


__all__ = [
    "CHANGED_ELSEWHERE",
    "ENV_DATABASE_URL",
    "NOT_OURS",
    "QT_TRANSLATE_NOOP",
    "StoreError",
    "backup_sqlite",
    "backups_of",
    "is_damage",
    "newest_good_backup",
    "quick_check",
    "unsaved",
    "make_engine",
    "open_store",
    "resolve_database_url",
    "restore_sqlite",
]
