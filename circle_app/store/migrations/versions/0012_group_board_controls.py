"""group board controls: Pass and Next on the board for children to tap (issue 18)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 16:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# circle_group's ids are never given again (0007): SQLite's batch copy keeps AUTOINCREMENT
NEVER_REUSED = {"sqlite_autoincrement": True}


def upgrade() -> None:
    with op.batch_alter_table("circle_group", table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.add_column(
            sa.Column("board_controls", sa.Boolean(), server_default=sa.true(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("circle_group", table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.drop_column("board_controls")
