"""circle counters for reports

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 13:05:35.631073
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("circle", schema=None) as batch_op:
        for name in ("rounds_count", "turns_count", "passed_count"):
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default="0"))
    # Circles recorded before this version get their counts from their rows.
    op.execute(
        "UPDATE circle SET"
        " rounds_count = (SELECT count(*) FROM circle_round r WHERE r.circle_id = circle.id),"
        " turns_count = (SELECT count(*) FROM turn t WHERE t.circle_id = circle.id),"
        " passed_count = (SELECT count(*) FROM turn t"
        "  WHERE t.circle_id = circle.id AND t.outcome = 'passed')"
    )


def downgrade() -> None:
    with op.batch_alter_table("circle", schema=None) as batch_op:
        batch_op.drop_column("passed_count")
        batch_op.drop_column("turns_count")
        batch_op.drop_column("rounds_count")
