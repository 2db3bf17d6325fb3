"""Alembic, run from the package: upgrade all-or-nothing, refuse a database from a newer app.

A start at head costs one query and no Alembic: the stored revision (alembic_version) is
compared with HEAD_REVISION, a constant a test holds to the migration scripts. Alembic
(about 17 MB resident) is imported only when an upgrade is due, or for `circle-app db`.

SQLite upgrades itself at start, after a backup; every migration of one upgrade runs in a
single real transaction (env.py takes over pysqlite's transaction handling), so a kill or a
power cut in the middle leaves the schema at the old revision. Should an upgrade fail anyway
with the file changed, the copy made just before is put back and the message says so.
A shared PostgreSQL is upgraded only by its administrator (`circle-app db upgrade`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from circle_app.store.errors import QT_TRANSLATE_NOOP, StoreError
from circle_app.store.integrity import backup_sqlite, restore_sqlite

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)

HEAD_REVISION = "0014"
"""The newest migration's revision (tests/unit/store/test_startup_schema.py keeps it so)."""
VERSION_TABLE = "alembic_version"
APPLIED = "applied"  # the alembic config attribute env.py calls after each migration
MIGRATIONS_DIR = Path(__file__).parent / "migrations"

# Tests only: a file path; the upgrade creates it after its first migration step and then
# waits, so a test can kill the process in the middle of a migration.
TEST_PAUSE_ENV = "CIRCLE_APP_TEST_PAUSE_IN_MIGRATION"


Progress = Callable[[int, int], None]
"""(migrations applied, migrations in all), called from the thread that runs the upgrade:
(0, n) before the first, then after each one (inside the upgrade's one transaction)."""

Runner = Callable[[Callable[[], None]], None]
"""Runs the upgrade it is given and returns when it has ended (raising what it raised), e.g.
on a worker thread while a progress window keeps painting (ui/shell/upgrade_progress.py)."""


class UpgradeWatch(Protocol):
    """Someone showing an upgrade's progress (the window's progress dialog)."""

    def report(self, done: int, total: int) -> None:
        """A Progress: called from the thread that upgrades."""

    def run(self, upgrade: Callable[[], None]) -> None:
        """A Runner: run `upgrade`, return when it has ended, raising what it raised."""


def _run_here(upgrade: Callable[[], None]) -> None:
    upgrade()


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database (None: not stamped, or not one row).
    Plain SQL, so that a start at head needs no Alembic."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True)
class SchemaStatus:
    """Where a database's schema stands, for `circle-app db status`."""

    current: str | None
    head: str
    known: bool  # False: written by a newer circle-app
    has_tables: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def needs_upgrade(self) -> bool:
        return self.known and not self.up_to_date


def schema_status(engine: Engine) -> SchemaStatus:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        has_tables = bool(inspect(connection).get_table_names())
    known = current is None or current in {rev.revision for rev in script.walk_revisions()}
    return SchemaStatus(current, head_revision(), known, has_tables)


def upgrade_to_head(
    engine: Engine,
    sqlite_file: Path | None,
    *,
    allowed: bool = True,
    progress: Progress | None = None,
    runner: Runner | None = None,
) -> None:
    """Bring the schema to head; `allowed=False` (a shared server) refuses instead.

    At head: one query, nothing imported. A new SQLite database (nothing in it) is made at
    head in one step, without Alembic (create_at_head). Otherwise the upgrade runs through
    `runner` (default: here and now), telling `progress` how far it has come."""

    if current_revision(engine) == HEAD_REVISION:
        return
    if allowed and engine.dialect.name == "sqlite" and _create_if_new(engine):
        return
    status = schema_status(engine)
    if status.up_to_date:
        return
    if not status.known:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database was written by a newer version of circle-app (schema {schema}). "
                "Update circle-app to open it; the database was left untouched.",
            ),
            schema=status.current,
        )
    if status.current is None and status.has_tables:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database holds tables but no circle-app schema version; "
                "it was left untouched.",
            )
        )
    if not allowed:
        if status.current is None:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "StoreError",
                    "The shared database has no circle-app tables yet. The IT administrator "
                    "creates them with the command: circle-app db upgrade",
                )
            )
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The shared database has an older schema ({schema}) than this version of "
                "circle-app needs ({head}). The IT administrator upgrades it with the "
                "command: circle-app db upgrade",
            ),
            schema=status.current,
            head=status.head,
        )
    backup: Path | None = None
    if status.current is not None and sqlite_file is not None:
        backup = backup_sqlite(sqlite_file, status.current)
        log.info("database backed up before upgrade to %s", backup.name)
    log.info("upgrading database schema %s -> %s", status.current, status.head)
    steps = _steps_to_head(status.current)
    if status.current is None:
        # A first start: nothing to carry over, quick, and keys pressed meanwhile must
        # reach the board afterwards (a progress window would take them): run it here.
        progress, runner = None, None
    report = progress or (lambda _done, _total: None)

    def upgrade() -> None:
        report(0, steps)
        run_migrations(engine, lambda done: report(done, steps))

    try:
        (runner or _run_here)(upgrade)
    except Exception as exc:
        log.error("schema upgrade failed (%s)", type(exc).__name__)
        raise _failed_upgrade(engine, sqlite_file, backup, status.current) from exc


def is_empty(connection: Connection) -> bool:
    """Nothing in the database yet: no table, index, view or trigger."""
    return connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() == 0


def create_at_head(engine: Engine) -> bool:
    """Give an empty SQLite database the head schema, stamp and counters in one transaction
    (BEGIN IMMEDIATE … COMMIT), without Alembic or the models: the SQL that every migration
    leaves, shipped as store/schema_sqlite.sql and run by store/create.py on the driver's
    own connection. False (and nothing done) when the database is not empty after all.
    tests/unit/store/test_create_at_head.py holds the result to the one every migration
    makes, column positions included."""
    from circle_app.store.head_schema import apply_head_schema

    with engine.connect() as connection:
        driver: Any = connection.connection.driver_connection
        return apply_head_schema(driver)


def _create_if_new(engine: Engine) -> bool:
    """A SQLite database with nothing in it yet (a first start) is made at head in one
    step, without Alembic (create_at_head); False: it holds something, upgrade it (or the
    shipped schema is missing from the install: then every migration makes it)."""
    with engine.connect() as connection:
        if not is_empty(connection):
            return False
    log.info("creating the database schema at %s", HEAD_REVISION)
    try:
        return create_at_head(engine)
    except OSError as exc:  # the shipped schema is read before anything is done
        log.error("shipped schema not readable (%s); migrating instead", type(exc).__name__)
        return False
    except Exception as exc:
        log.error("creating the database failed (%s)", type(exc).__name__)
        raise _failed_upgrade(engine, None, None, None) from exc


def _steps_to_head(current: str | None) -> int:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return sum(1 for _ in script.iterate_revisions("heads", current or "base"))


def run_migrations(engine: Engine, applied: Callable[[int], None] | None = None) -> None:
    """Every migration to head in one transaction; `applied(n)` after the n-th of them."""
    from alembic import command

    done = 0

    def one_applied() -> None:
        nonlocal done
        done += 1
        if applied is not None:
            applied(done)

    config = alembic_config(engine)
    config.attributes[APPLIED] = one_applied  # env.py calls it after each migration
    command.upgrade(config, "head")


def _failed_upgrade(
    engine: Engine, sqlite_file: Path | None, backup: Path | None, before: str | None
) -> Exception:
    """What the user is told after a failed upgrade: put back, or left as it was."""

    try:
        unchanged = current_revision(engine) == before
    except Exception:  # noqa: BLE001  (whatever the state, the copy decides)
        unchanged = False
    if sqlite_file is not None and backup is not None and not unchanged:
        engine.dispose()
        try:
            restore_sqlite(backup, sqlite_file)
        except Exception as restore_error:  # noqa: BLE001
            log.error("restoring the backup failed (%s)", type(restore_error).__name__)
            return StoreError(
                QT_TRANSLATE_NOOP(
                    "StoreError",
                    "The database could not be upgraded, and putting back its copy {backup} "
                    "failed too. Ask the IT staff to put that copy in place of {path}.",
                ),
                backup=backup,
                path=sqlite_file,
            )
        log.info("database put back from its pre-upgrade copy")
        return StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database could not be upgraded, so circle-app put it back as it was "
                "from its copy {backup}. Nothing was lost. Ask the IT staff for help.",
            ),
            backup=backup,
        )
    return StoreError(
        QT_TRANSLATE_NOOP(
            "StoreError",
            "The database could not be upgraded, so it was left as it was. Nothing was lost. "
            "Ask the IT staff for help.",
        )
    )
