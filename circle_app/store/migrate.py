"""Alembic, run from the package: upgrade on start, refuse a database from a newer app."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


def upgrade_to_head(engine: Engine, sqlite_file: Path | None) -> None:
    from circle_app.store.engine import QT_TRANSLATE_NOOP, StoreError, backup_sqlite

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database was written by a newer version of circle-app (schema {schema}). "
                "Update circle-app to open it; the database was left untouched.",
            ),
            schema=current,
        )
    if current is None:
        with engine.connect() as connection:
            from sqlalchemy import inspect

            if inspect(connection).get_table_names():
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "StoreError",
                        "The database holds tables but no circle-app schema version; "
                        "it was left untouched.",
                    )
                )
    elif sqlite_file is not None:
        backup = backup_sqlite(sqlite_file, current)
        log.info("database backed up before upgrade to %s", backup.name)
    log.info("upgrading database schema %s -> %s", current, head)
    command.upgrade(alembic_config(engine), "head")
