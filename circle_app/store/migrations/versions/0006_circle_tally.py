"""weekly and monthly circle tallies for the dashboard

The backfill was a Python loop over every circle (8.7 s of a 16.4 s upgrade over 250,000
circles); it is one INSERT ... SELECT now, writing the same rows with the same ids (issue 20).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 13:25:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "circle_tally",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("keeper_role", sa.String(), nullable=False),
        sa.Column("circles", sa.Integer(), nullable=False),
        sa.Column("rounds", sa.Integer(), nullable=False),
        sa.Column("turns", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("period", "period_start", "group_id", "kind", "keeper_role"),
    )
    # Circles recorded before this version: add them up once, in the database. The rows
    # come out as the released Python loop wrote them, ids included: in the order each key
    # first appears going through the circles by id, a circle's week before its month
    # (tests/unit/store/test_tally_backfill.py keeps that loop and compares the two).
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":  # the stored text's date, as the loop read it: its first 10 chars
        day = "substr(started_at, 1, 10)"
        week = "date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')"
        month = "substr(day, 1, 8) || '01'"
    else:  # an aware timestamp: its date in UTC
        day = "CAST(started_at AT TIME ZONE 'UTC' AS DATE)"
        week = "day - (CAST(extract(isodow FROM day) AS INTEGER) - 1)"
        month = "CAST(date_trunc('month', day) AS DATE)"
    days = (
        f"SELECT id, {day} AS day, coalesce(group_id, 0) AS group_id, kind,"
        " coalesce(keeper_role, '') AS keeper_role, rounds_count, turns_count, passed_count"
        " FROM circle WHERE rounds_count > 0"
    )
    periods = " UNION ALL ".join(
        f"SELECT 2 * id + {n} AS seen, '{period}' AS period, {start} AS period_start,"
        " group_id, kind, keeper_role, rounds_count, turns_count, passed_count"
        f" FROM ({days}) AS days"
        for n, (period, start) in enumerate((("week", week), ("month", month)))
    )
    key = "period, period_start, group_id, kind, keeper_role"
    op.execute(
        f"INSERT INTO circle_tally ({key}, circles, rounds, turns, passed)"
        f" SELECT {key}, count(*), sum(rounds_count), sum(turns_count), sum(passed_count)"
        f" FROM ({periods}) AS periods GROUP BY {key} ORDER BY min(seen)"
    )


def downgrade() -> None:
    op.drop_table("circle_tally")
