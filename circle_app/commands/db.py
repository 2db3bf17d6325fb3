"""`circle-app db …`: the schema, for the administrator of a shared database.

On a shared PostgreSQL the app never changes the schema itself (teachers' machines need no
DDL rights): the owner role runs `circle-app db upgrade` after installing a new version, and
`db status` says whether that is needed. A SQLite file upgrades itself at start, after a
copy; `db upgrade` does the same on it at once.

The messages are marked for translation (context "DbCommand") like the store's.
"""

from __future__ import annotations

import argparse
from typing import Any

from circle_app.commands.output import say_error
from circle_app.i18n import QT_TRANSLATE_NOOP, translate


def _say(template: str, **params: object) -> None:
    print(translate("DbCommand", template).format(**params))


STATUS_WHERE = QT_TRANSLATE_NOOP("DbCommand", "Database: {where}")
STATUS_CURRENT = QT_TRANSLATE_NOOP("DbCommand", "Schema revision: {current}")
STATUS_HEAD = QT_TRANSLATE_NOOP("DbCommand", "This version of circle-app needs: {head}")
STATUS_NONE = QT_TRANSLATE_NOOP("DbCommand", "none (no circle-app tables yet)")
STATUS_UP_TO_DATE = QT_TRANSLATE_NOOP("DbCommand", "Up to date: no upgrade is needed.")
STATUS_NEEDED = QT_TRANSLATE_NOOP(
    "DbCommand", "An upgrade is needed: run circle-app db upgrade (as the database's owner)."
)
STATUS_NEWER = QT_TRANSLATE_NOOP(
    "DbCommand",
    "The database was written by a newer version of circle-app: update circle-app.",
)
STATUS_FOREIGN = QT_TRANSLATE_NOOP(
    "DbCommand", "The database holds tables but no circle-app schema version."
)
UPGRADED = QT_TRANSLATE_NOOP("DbCommand", "Upgraded the schema from {current} to {head}.")
CREATED = QT_TRANSLATE_NOOP("DbCommand", "Created the circle-app tables (schema {head}).")
ALREADY = QT_TRANSLATE_NOOP("DbCommand", "The schema is up to date ({head}); nothing was changed.")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "db",
        help=translate("DbCommand", "the database schema: status, upgrade (for the administrator)"),
        description=translate(
            "DbCommand",
            "For the administrator of a shared database: see whether the schema "
            "needs an upgrade, and upgrade it (as the database's owner role). On PostgreSQL "
            "the app never upgrades by itself.",
        ),
    )
    actions = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    status = actions.add_parser(
        "status",
        help=translate(
            "DbCommand", "the schema revision, the one this version needs, and whether to upgrade"
        ),
        description=translate(
            "DbCommand",
            "Print the database's schema revision, the revision this version of "
            "circle-app needs, and whether an upgrade is needed. Changes nothing.",
        ),
    )
    status.set_defaults(handler=run_status)
    upgrade = actions.add_parser(
        "upgrade",
        help=translate(
            "DbCommand", "upgrade the schema to this version (run as the database's owner)"
        ),
        description=translate(
            "DbCommand",
            "Upgrade the schema to what this version of circle-app needs, in one "
            "transaction (a SQLite file is copied aside first). Run it as the role that owns "
            "the database; the app's own role needs only SELECT, INSERT, UPDATE and DELETE.",
        ),
    )
    upgrade.set_defaults(handler=run_upgrade)


def _where(url: str) -> str:
    from sqlalchemy.engine import make_url

    from circle_app.store.engine import sqlite_path

    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)


def run_status(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from circle_app.store import StoreError
    from circle_app.store.engine import make_engine, resolve_database_url, sqlite_path
    from circle_app.store.migrate import SchemaStatus, head_revision, schema_status

    url = resolve_database_url(args.database_url)
    file = sqlite_path(url)
    if file is not None and not file.exists():  # status changes nothing: no empty file
        return _print_status(url, SchemaStatus(None, head_revision(), True, False))
    try:
        engine = make_engine(url)
        try:
            status = schema_status(engine)
        finally:
            engine.dispose()
    except StoreError as exc:
        say_error(exc)
        return 1
    except SQLAlchemyError as exc:
        from circle_app.store.engine import unsaved

        say_error(unsaved(exc))
        return 1
    return _print_status(url, status)


def _print_status(url: str, status: Any) -> int:
    _say(STATUS_WHERE, where=_where(url))
    current = status.current or translate("DbCommand", STATUS_NONE)
    _say(STATUS_CURRENT, current=current)
    _say(STATUS_HEAD, head=status.head)
    if not status.known:
        _say(STATUS_NEWER)
        return 1
    if status.current is None and status.has_tables:
        _say(STATUS_FOREIGN)
        return 1
    _say(STATUS_UP_TO_DATE if status.up_to_date else STATUS_NEEDED)
    return 0


def run_upgrade(args: argparse.Namespace) -> int:
    from circle_app.store import StoreError, open_store
    from circle_app.store.engine import make_engine, resolve_database_url
    from circle_app.store.migrate import current_revision, head_revision

    url = resolve_database_url(args.database_url)
    try:
        engine = make_engine(url)
        try:
            before = current_revision(engine)
        finally:
            engine.dispose()
        open_store(url, upgrade=True).dispose()
    except StoreError as exc:
        say_error(exc)
        return 1
    if before == head_revision():
        _say(ALREADY, head=before)
    elif before is None:
        _say(CREATED, head=head_revision())
    else:
        _say(UPGRADED, current=before, head=head_revision())
    return 0
