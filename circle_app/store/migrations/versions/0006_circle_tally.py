"""weekly and monthly circle tallies for the dashboard

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 13:25:00
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _day(value: object) -> date:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).date()
    return date.fromisoformat(str(value)[:10])


def upgrade() -> None:
    tally = op.create_table(
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
    # Circles recorded before this version: add them up once.
    circles = op.get_bind().execute(
        sa.text(
            "SELECT started_at, group_id, kind, keeper_role, rounds_count, turns_count,"
            " passed_count FROM circle WHERE rounds_count > 0"
        )
    )
    sums: dict[tuple[str, date, int, str, str], list[int]] = {}
    for started, group_id, kind, role, rounds, turns, passed in circles:
        day = _day(started)
        for period, start in (
            ("week", day - timedelta(days=day.weekday())),
            ("month", day.replace(day=1)),
        ):
            key = (period, start, group_id or 0, kind, role or "")
            total = sums.setdefault(key, [0, 0, 0, 0])
            for index, value in enumerate((1, rounds, turns, passed)):
                total[index] += value
    if sums:
        op.bulk_insert(
            tally,
            [
                {
                    "period": period,
                    "period_start": start,
                    "group_id": group_id,
                    "kind": kind,
                    "keeper_role": role,
                    "circles": held,
                    "rounds": rounds,
                    "turns": turns,
                    "passed": passed,
                }
                for (period, start, group_id, kind, role), (held, rounds, turns, passed) in (
                    sums.items()
                )
            ],
        )


def downgrade() -> None:
    op.drop_table("circle_tally")
