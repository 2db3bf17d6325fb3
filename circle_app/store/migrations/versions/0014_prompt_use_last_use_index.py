"""the last use of each prompt per group, read from one index (issue 20)

A class's first draw after a start asks for the latest use of every prompt the class has
had. With only `ix_prompt_use_group_id` the database fetched each of the class's rows from
the table and grouped them in a temporary tree: 237 ms over 80,000 uses. An index on
(group_id, bank_id, prompt_id, id) holds the answer in order, so the read scans the index
alone. It is a new index only: no row changes, and the downgrade drops it.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 22:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_prompt_use_last_use",
        "prompt_use",
        ["group_id", "bank_id", "prompt_id", "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_prompt_use_last_use", table_name="prompt_use")
