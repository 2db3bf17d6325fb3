"""circle tallies added up per group and period, for the weekly export (issue 20)

The weekly export over five years grouped 171,496 rows of `circle_tally` (one per week or
month, group, kind and keeper role) on every run. `circle_group_tally` keeps their sums per
week or month and group, with a column per kind and per keeper role; the store adds to both
in the same transaction. The backfill is one INSERT ... SELECT over the existing tallies.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The CircleKind and Role values of this version, written out: a migration never changes.
KINDS = ("peacetime", "academic", "parents", "conflict")
ROLES = ("pupil", "staff", "parent", "guest")
COUNTS = ("circles", "rounds", "turns", "passed")


def upgrade() -> None:
    op.create_table(
        "circle_group_tally",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in COUNTS),
        *(sa.Column(f"kind_{kind}", sa.Integer(), nullable=False) for kind in KINDS),
        *(sa.Column(f"keeper_{role}", sa.Integer(), nullable=False) for role in ROLES),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("period", "period_start", "group_id"),
    )
    columns = [
        *COUNTS,
        *(f"kind_{kind}" for kind in KINDS),
        *(f"keeper_{role}" for role in ROLES),
    ]
    sums = [
        *(f"sum({name})" for name in COUNTS),
        *(f"sum(CASE WHEN kind = '{kind}' THEN circles ELSE 0 END)" for kind in KINDS),
        *(f"sum(CASE WHEN keeper_role = '{role}' THEN circles ELSE 0 END)" for role in ROLES),
    ]
    op.execute(
        "INSERT INTO circle_group_tally (period, period_start, group_id, "
        + ", ".join(columns)
        + ") SELECT period, period_start, group_id, "
        + ", ".join(sums)
        + " FROM circle_tally GROUP BY period, period_start, group_id"
    )


def downgrade() -> None:
    op.drop_table("circle_group_tally")
