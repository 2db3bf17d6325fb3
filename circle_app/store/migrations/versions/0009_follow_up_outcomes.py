"""follow-up outcomes: each action at a follow-up meeting, kept or not and the next step

(issue 16, M14). One row per action followed up at a meeting: kept / partly / not_kept, and
new_date / new_action / closed, with the new date or the new action. No free text: nothing
anyone said is stored. agreement_action.status gains the value "closed" (a string column).

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-01 14:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "follow_up_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("kept", sa.String(), nullable=False),
        sa.Column("next_step", sa.String(), nullable=False),
        sa.Column("new_date", sa.Date(), nullable=True),
        sa.Column("new_action_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["follow_up_meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["action_id"], ["agreement_action.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["new_action_id"], ["agreement_action.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("meeting_id", "action_id"),
    )
    with op.batch_alter_table("follow_up_review", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_follow_up_review_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_follow_up_review_action_id"), ["action_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_follow_up_review_new_action_id"), ["new_action_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("follow_up_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_review_new_action_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_review_action_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_review_meeting_id"))
    op.drop_table("follow_up_review")
