"""Running weekly and monthly totals of circles, kept in the transaction of each action.

An upsert adds to the row of the circle's week and month (atomically, on SQLite and
PostgreSQL alike), so the dashboard reads a few thousand tally rows instead of scanning
a municipality's quarter of a million circles. Two tables: `circle_tally` per kind and
keeper role, and `circle_group_tally`, the same counts added up per group (a column per
kind and per keeper role), which the reports read: one row per group and period.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from circle_app.domain.enums import CircleKind, Role
from circle_app.domain.report import Period, period_start
from circle_app.store.clock import as_utc
from circle_app.store.models import CircleRow, CircleTallyRow, GroupTallyRow

TALLY: Table = CircleTallyRow.__table__
KEY = ("period", "period_start", "group_id", "kind", "keeper_role")
GROUP_TALLY: Table = GroupTallyRow.__table__
GROUP_KEY = ("period", "period_start", "group_id")
#: `turns` and `passed` count per person and round, as `circle.word_of` defines them.
COUNTS = ("circles", "rounds", "turns", "passed")
#: The grains kept; school years add up months.
GRAINS = (Period.WEEK, Period.MONTH)
#: `circle_group_tally`'s columns of circles held, per kind and per keeper role.
KIND_COLUMNS = {kind.value: f"kind_{kind.value}" for kind in CircleKind}
KEEPER_COLUMNS = {role.value: f"keeper_{role.value}" for role in Role}


def add(session: Session, circle: CircleRow, **deltas: int) -> None:
    """Add `deltas` (circles, rounds, turns, passed) to the circle's week and month."""
    if not any(deltas.values()):
        return
    day = as_utc(circle.started_at).date()
    # The dialect's own INSERT (for ON CONFLICT), imported from the dialect in use only: a
    # SQLite start never loads SQLAlchemy's PostgreSQL dialect (about 6 MB).
    insert: Any
    if session.get_bind().dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert
    counts = {name: deltas.get(name, 0) for name in COUNTS}
    held = counts["circles"]
    by_group = {**counts, **dict.fromkeys([*KIND_COLUMNS.values(), *KEEPER_COLUMNS.values()], 0)}
    if held and circle.kind in KIND_COLUMNS:
        by_group[KIND_COLUMNS[circle.kind]] = held
    if held and circle.keeper_role in KEEPER_COLUMNS:
        by_group[KEEPER_COLUMNS[circle.keeper_role]] = held
    for grain in GRAINS:
        where = {
            "period": grain.value,
            "period_start": period_start(day, grain),
            "group_id": circle.group_id or 0,
        }
        detail = {"kind": circle.kind, "keeper_role": circle.keeper_role or ""}
        _upsert(session, insert, TALLY, KEY, {**where, **detail}, counts)
        _upsert(session, insert, GROUP_TALLY, GROUP_KEY, where, by_group)


def _upsert(
    session: Session,
    insert: Any,
    table: Table,
    key: tuple[str, ...],
    where: dict[str, Any],
    deltas: dict[str, int],
) -> None:
    """Insert the row `where` with `deltas` (every count column), or add them to it."""
    statement = insert(table).values(**where, **deltas)
    statement = statement.on_conflict_do_update(
        index_elements=list(key),
        set_={name: table.c[name] + statement.excluded[name] for name, n in deltas.items() if n},
    )
    session.execute(statement)
