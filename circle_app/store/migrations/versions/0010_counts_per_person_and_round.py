"""Counts mean one thing: circles an older version counted are counted again (issue 16).

Before this version a circle's `turns_count` / `passed_count`, and the dashboard's weekly
and monthly tallies built from them, counted presses: a pass and then speaking when the
piece came again was two turns and a pass. Today both count per person and round
(`circle.word_of`): one round spoken in. This counts every circle again from its turn
rows and moves the weekly and monthly tallies by as much as their circles changed. No column
changes; downgrading keeps the corrected counts.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-01 14:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Every step is one statement over the whole table, in the database: the upgrade of a
# municipality's 250,000 circles took 21 s when each circle and each tally row went through
# Python (issue 20). The result is what that version wrote; tests/unit/store/
# test_count_upgrade.py compares the two on the same rows.
WORDS = (  # per person and round: one row, `spoke` 1 if they spoke in any of their turns
    "SELECT circle_id, max(CASE WHEN outcome = 'spoke' THEN 1 ELSE 0 END) AS spoke"
    " FROM turn GROUP BY circle_id, round_number, seat"
)
RECOUNT = (  # the circles whose counts change, with what the tallies need of them
    "INSERT INTO recount_0010 (circle_id, turns, passed, old_turns, old_passed, rounds,"
    " started_at, group_id, kind, keeper_role)"
    " SELECT c.id, coalesce(w.turns, 0), coalesce(w.passed, 0), c.turns_count,"
    " c.passed_count, c.rounds_count, c.started_at, coalesce(c.group_id, 0), c.kind,"
    " coalesce(c.keeper_role, '') FROM circle AS c LEFT JOIN"
    " (SELECT circle_id, count(*) AS turns, sum(1 - spoke) AS passed FROM (" + WORDS + ")"
    " AS words GROUP BY circle_id) AS w ON w.circle_id = c.id"
    " WHERE c.turns_count <> coalesce(w.turns, 0) OR c.passed_count <> coalesce(w.passed, 0)"
)
#: The first day of the week (Monday) and of the month of a circle's start, in UTC, as
#: the date the tallies hold: SQLite keeps the moment as UTC text, its first ten
#: characters the day; PostgreSQL as timestamptz.
PERIOD_STARTS = {
    "sqlite": (
        "date(substr(started_at, 1, 10), 'weekday 0', '-6 days')",
        "substr(started_at, 1, 7) || '-01'",
    ),
    "postgresql": (
        "CAST(date_trunc('week', started_at AT TIME ZONE 'UTC') AS date)",
        "CAST(date_trunc('month', started_at AT TIME ZONE 'UTC') AS date)",
    ),
}
KEY = ("period", "period_start", "group_id", "kind", "keeper_role")


def upgrade() -> None:
    bind = op.get_bind()
    week, month = PERIOD_STARTS[bind.dialect.name]
    moment = "TEXT" if bind.dialect.name == "sqlite" else "TIMESTAMP WITH TIME ZONE"
    bind.execute(
        sa.text(
            "CREATE TEMPORARY TABLE recount_0010 (circle_id INTEGER PRIMARY KEY,"
            " turns INTEGER, passed INTEGER, old_turns INTEGER, old_passed INTEGER,"
            f" rounds INTEGER, started_at {moment}, group_id INTEGER, kind TEXT,"
            " keeper_role TEXT)"
        )
    )
    bind.execute(sa.text(RECOUNT))
    # The dashboard's tallies move by as much as their circles did (circles that began).
    # The same column types as circle_tally's, so its key compares (and finds) as theirs.
    bind.execute(
        sa.text(
            "CREATE TEMPORARY TABLE moved_0010 (period VARCHAR, period_start DATE,"
            " group_id INTEGER, kind VARCHAR, keeper_role VARCHAR, turns INTEGER,"
            " passed INTEGER)"
        )
    )
    bind.execute(
        sa.text(
            "INSERT INTO moved_0010 SELECT period, period_start, group_id, kind, keeper_role,"
            " sum(turns), sum(passed) FROM ("
            f" SELECT 'week' AS period, {week} AS period_start, group_id, kind, keeper_role,"
            " turns - old_turns AS turns, passed - old_passed AS passed"
            " FROM recount_0010 WHERE rounds > 0 UNION ALL"
            f" SELECT 'month', {month}, group_id, kind, keeper_role,"
            " turns - old_turns, passed - old_passed FROM recount_0010 WHERE rounds > 0"
            ") AS deltas GROUP BY period, period_start, group_id, kind, keeper_role"
        )
    )
    bind.execute(sa.text(f"CREATE UNIQUE INDEX moved_0010_key ON moved_0010 ({', '.join(KEY)})"))
    same = " AND ".join(f"m.{name} = circle_tally.{name}" for name in KEY)
    bind.execute(
        sa.text(
            "UPDATE circle_tally SET"
            f" turns = turns + (SELECT m.turns FROM moved_0010 AS m WHERE {same}),"
            f" passed = passed + (SELECT m.passed FROM moved_0010 AS m WHERE {same})"
            f" WHERE EXISTS (SELECT 1 FROM moved_0010 AS m WHERE {same})"
        )
    )
    bind.execute(
        sa.text(
            "UPDATE circle SET"
            " turns_count = (SELECT r.turns FROM recount_0010 AS r WHERE r.circle_id = circle.id),"
            " passed_count = (SELECT r.passed FROM recount_0010 AS r"
            " WHERE r.circle_id = circle.id)"
            " WHERE id IN (SELECT circle_id FROM recount_0010)"
        )
    )
    bind.execute(sa.text("DROP TABLE moved_0010"))
    bind.execute(sa.text("DROP TABLE recount_0010"))


def downgrade() -> None:
    """The counts stay as corrected: they mean what an older version's summary meant too."""
