"""Class lists from school systems: source ids, leaving a group, guardians (issue 17).

- person.source_id: the school system's id, so a re-import finds the same person.
- membership.left_on: the day a re-import found them gone; their past turns stay.
- person_guardian: a child and their parents or guardians (M13).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 14:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.add_column(
            sa.Column("source_id", sa.String(), nullable=True)
        )
        batch_op.create_index(batch_op.f("ix_person_source_id"), ["source_id"], unique=False)
    with op.batch_alter_table("membership") as batch_op:
        batch_op.add_column(sa.Column("left_on", sa.Date(), nullable=True))
    op.create_table(
        "person_guardian",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("guardian_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["guardian_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("child_id", "guardian_id"),
    )
    with op.batch_alter_table("person_guardian") as batch_op:
        batch_op.create_index(batch_op.f("ix_person_guardian_child_id"), ["child_id"])
        batch_op.create_index(batch_op.f("ix_person_guardian_guardian_id"), ["guardian_id"])


def downgrade() -> None:
    with op.batch_alter_table("person_guardian") as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_guardian_guardian_id"))
        batch_op.drop_index(batch_op.f("ix_person_guardian_child_id"))
    op.drop_table("person_guardian")
    with op.batch_alter_table("membership") as batch_op:
        batch_op.drop_column("left_on")
    with op.batch_alter_table("person", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_source_id"))
        batch_op.drop_column("source_id")
