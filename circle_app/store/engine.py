"""Engines and start-up checks: where the database is, that it is ours, and up to date."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool
from sqlmodel import create_engine

from circle_app.paths import default_database_path

log = logging.getLogger(__name__)

ENV_DATABASE_URL = "CIRCLE_APP_DATABASE_URL"
BUSY_TIMEOUT_MS = 10_000


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a message for Qt's lupdate; the UI translates it (this layer has no Qt)."""
    return text


class StoreError(Exception):
    """A problem with the database the user can act on; the message says what and where.

    `template` is the English message with {named} blanks and `params` fill them: the UI
    translates the template (context "StoreError") and fills it in the user's language.
    """

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params) if params else template)
        self.template = template
        self.params = params


CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "StoreError",
    "This circle was changed meanwhile in another window or machine, so this was not saved. "
    "Close the circle and continue it again to see where it is.",
)


def unsaved(exc: BaseException) -> StoreError:
    """What a teacher is told when a write failed: the cause in words, never SQL."""
    if isinstance(exc, StoreError):
        return exc
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
    lowered = text.lower()
    from circle_app.store.faults import DiskFullError, is_disk_full

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


def resolve_database_url(explicit: str | None = None) -> str:
    """--database-url, then CIRCLE_APP_DATABASE_URL, then SQLite in the user data folder."""
    if explicit:
        return explicit
    from_env = os.environ.get(ENV_DATABASE_URL)
    if from_env:
        return from_env
    return f"sqlite:///{default_database_path()}"


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
        path.parent.mkdir(parents=True, exist_ok=True)
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
        return
    if not os.access(path.parent, os.W_OK):
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "The data folder {folder} is not writable."),
            folder=path.parent,
        )
    # Create it owner-only before SQLite does; SQLite gives -wal and -shm the same mode.
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


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
    from circle_app.store.faults import watch_for_full_disk
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
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "StoreError",
                    "{where} is not a circle-app database (or it is damaged). "
                    "It was left untouched.",
                ),
                where=where,
            ) from exc
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Cannot open the database {where}: {reason}."),
            where=where,
            reason=orig or exc,
        ) from exc


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """Copy the database aside before an upgrade: `NAME.bak-REV-TIMESTAMP`."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.bak-{revision or 'none'}-{stamp}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)  # consistent even with a WAL beside it
        finally:
            dest.close()
    finally:
        source.close()
    os.chmod(target, 0o600)
    return target


def open_store(url: str | None = None) -> Engine:
    """Open (creating if needed) and upgrade the database; raise StoreError with a clear message.

    A database from a newer app, a damaged file or an unreadable folder is refused and left
    exactly as it was.
    """
    from circle_app.store.migrate import upgrade_to_head

    resolved = resolve_database_url(url)
    engine = make_engine(resolved)
    try:
        _check_readable(engine, resolved)
        upgrade_to_head(engine, sqlite_path(resolved))
    except StoreError:
        engine.dispose()
        raise
    except (SQLAlchemyError, OSError) as exc:
        engine.dispose()
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Cannot prepare the database: {reason}"), reason=exc
        ) from exc
    log.info("database ready (%s)", make_url(resolved).get_backend_name())
    return engine


__all__ = ["StoreError", "backup_sqlite", "make_engine", "open_store", "resolve_database_url"]
