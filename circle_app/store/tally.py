"""Running weekly and monthly totals of circles, kept in the transaction of each action.

An upsert adds to the row of the circle's week and month (atomically, on SQLite and
PostgreSQL alike), so the dashboard reads a few thousand tally rows instead of scanning
a municipality's quarter of a million circles.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from circle_app.domain.report import Period, period_start
from circle_app.store.clock import as_utc
from circle_app.store.models import CircleRow, CircleTallyRow

TALLY: Table = CircleTallyRow.__table__
KEY = ("period", "period_start", "group_id", "kind", "keeper_role")
#: `turns` and `passed` count per person and round, as `circle.word_of` defines them.
COUNTS = ("circles", "rounds", "turns", "passed")
#: The grains kept; school years add up months.
GRAINS = (Period.WEEK, Period.MONTH)


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
    for grain in GRAINS:
        values = {
            "period": grain.value,
            "period_start": period_start(day, grain),
            "group_id": circle.group_id or 0,
            "kind": circle.kind,
            "keeper_role": circle.keeper_role or "",
            **{name: deltas.get(name, 0) for name in COUNTS},
        }
        statement = insert(TALLY).values(**values)
        statement = statement.on_conflict_do_update(
            index_elements=list(KEY),
            set_={name: TALLY.c[name] + statement.excluded[name] for name in COUNTS},
        )
        session.execute(statement)
