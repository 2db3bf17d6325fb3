"""Alembic environment: the engine comes from circle_app.store.migrate, not from an ini file.

One upgrade is one transaction, on SQLite too. pysqlite's own transaction handling would
run each CREATE/DROP/ALTER outside any transaction (it begins one only before DML), so a
kill between two statements left half a migration committed. Here the driver's handling is
switched off for this connection and BEGIN IMMEDIATE is emitted by hand (SQLAlchemy's
pysqlite recipe for transactional DDL): every statement of every migration, and the version
stamp, commit together or not at all.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Engine

from circle_app.store.migrate import APPLIED, TEST_PAUSE_ENV
from circle_app.store.model_fields import UTCDateTime
from circle_app.store.models import Base  # (importing models registers the tables)

target_metadata = Base.metadata
config = context.config


def _render_item(kind: str, item: Any, _context: AutogenContext) -> str | Literal[False]:
    """Autogenerate writes the tables' own types in SQLAlchemy's words, so a migration
    needs nothing from the app: `UTCDateTime` is `sa.DateTime(timezone=True)` in DDL."""
    if kind == "type" and isinstance(item, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _pause_for_tests(*_args: Any, **_kwargs: Any) -> None:
    """Tests only: announce being inside the upgrade's transaction, then wait to be killed."""
    marker = os.environ.get(TEST_PAUSE_ENV)
    if marker and not Path(marker).exists():
        Path(marker).write_text("in a migration\n")
        time.sleep(60)


def _applied(*args: Any, **kwargs: Any) -> None:
    """After each migration: tell circle_app.store.migrate (progress), then the tests' pause."""
    applied = config.attributes.get(APPLIED)
    if callable(applied):
        applied()
    if os.environ.get(TEST_PAUSE_ENV):
        _pause_for_tests(*args, **kwargs)


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if not isinstance(engine, Engine):
        raise RuntimeError("run migrations through circle_app.store.migrate")
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        driver: Any = connection.connection.driver_connection
        previous = driver.isolation_level if sqlite else None
        if sqlite:
            driver.isolation_level = None  # pysqlite begins nothing by itself now
            # Batch mode rebuilds a table by copying it and dropping the old one; with foreign
            # keys on, that drop would fire ON DELETE CASCADE / SET NULL in the tables that
            # point at it. The pragma only works outside a transaction, so before BEGIN.
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
        try:
            with connection.begin():
                if sqlite:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                context.configure(
                    connection=connection,
                    target_metadata=target_metadata,
                    render_as_batch=sqlite,
                    compare_type=True,
                    render_item=_render_item,
                    transactional_ddl=True,
                    on_version_apply=_applied,
                )
                with context.begin_transaction():
                    context.run_migrations()
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise RuntimeError("a migration left rows pointing at nothing")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                connection.commit()
                driver.isolation_level = previous


run_migrations_online()
