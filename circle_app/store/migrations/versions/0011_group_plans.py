"""circle plans: a group's own plans, and the plan each circle was begun with (issue 16)

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-01 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "group_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["circle_group.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("group_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_plan_group_id"), ["group_id"], unique=False)
    op.create_table(
        "circle_plan",
        sa.Column("circle_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["circle_id"], ["circle.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("circle_id"),
    )


def downgrade() -> None:
    op.drop_table("circle_plan")
    with op.batch_alter_table("group_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_plan_group_id"))
    op.drop_table("group_plan")
