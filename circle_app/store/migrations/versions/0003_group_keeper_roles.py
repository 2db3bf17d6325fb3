"""group keeper roles (M6: which roles take turns keeping the circle)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 12:58:19.600236
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("circle_group", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "keeper_roles",
                sa.String(),
                server_default="staff",
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("circle_group", schema=None) as batch_op:
        batch_op.drop_column("keeper_roles")
