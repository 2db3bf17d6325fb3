"""Ids never reused; every name typed into a conversation or conference is a known person
(issue 12, findings 3 and 8).

- person, circle_group, circle and conference_case get AUTOINCREMENT on SQLite (the tables
  are rebuilt in batch mode; PostgreSQL's sequences never reuse an id already).
- person.listed: false for people known only from a conversation or conference.
- conversation_party.person_id, conference_participant.person_id,
  conversation.facilitator_person_id, conference_case.facilitator_person_id,
  agreement_action.carried_out_by_person_id / followed_up_by_person_id.
- Backfill: each of those names is linked to the person whose name it is (spacing, case,
  Unicode form and "Surname, First" order ignored); a name that matches nobody becomes an
  unlisted person.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 11:30:00
"""

import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEVER_REUSED = ("person", "circle_group", "circle", "conference_case")

#: (table, column with the typed name, new link column, role of a person made for it)
LINKS = (
    ("conference_participant", "name", "person_id", None),
    ("conversation_party", "name", "person_id", None),
    ("conversation", "facilitator", "facilitator_person_id", "staff"),
    ("conference_case", "facilitator", "facilitator_person_id", "staff"),
    ("agreement_action", "carried_out_by", "carried_out_by_person_id", "guest"),
    ("agreement_action", "followed_up_by", "followed_up_by_person_id", "staff"),
)
_PARTICIPANT_ROLE = {"guardian": "parent", "resource": "staff", "leadership": "staff"}


def _key(name: str) -> str:
    """circle_app.domain.names.name_key as of this revision (a migration never changes)."""
    folded = " ".join(
        "".join(
            c
            for c in unicodedata.normalize("NFKC", name).casefold()
            if unicodedata.category(c) != "Cf"
        ).split()
    )
    if "," in folded:
        surname, _, first = folded.partition(",")
        folded = f"{first} {surname}"
    return " ".join(part for part in re.split(r"[\s,]+", folded) if part)


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite and bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        # Rebuilding a table others point at would fire their ON DELETE actions.
        raise RuntimeError("SQLite migrations must run with foreign keys off")
    for table in NEVER_REUSED:
        with op.batch_alter_table(
            table,
            recreate="always" if sqlite else "auto",
            table_kwargs={"sqlite_autoincrement": True},
        ) as batch_op:
            if table == "person":
                batch_op.add_column(
                    sa.Column("listed", sa.Boolean(), server_default=sa.true(), nullable=False)
                )
    for table, _, column, _ in LINKS:
        # Reflection may drop AUTOINCREMENT: a table rebuilt twice keeps it explicitly.
        kwargs = {"sqlite_autoincrement": True} if table in NEVER_REUSED else {}
        with op.batch_alter_table(table, table_kwargs=kwargs) as batch_op:
            batch_op.add_column(
                sa.Column(
                    column,
                    sa.Integer(),
                    sa.ForeignKey("person.id", name=f"fk_{table}_{column}", ondelete="SET NULL"),
                    nullable=True,
                )
            )
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)
    _backfill(bind)


def _backfill(bind: sa.Connection) -> None:
    person = sa.table(
        "person",
        sa.column("id", sa.Integer()),
        sa.column("display_name", sa.String()),
        sa.column("role", sa.String()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("listed", sa.Boolean()),
    )
    known: dict[str, int] = {}
    for person_id, name in bind.execute(
        sa.select(person.c.id, person.c.display_name).order_by(person.c.id)
    ):
        known.setdefault(_key(name or ""), person_id)
    now = datetime.now(UTC)
    for table_name, name_column, link_column, made_role in LINKS:
        columns = [sa.column("id", sa.Integer()), sa.column(name_column, sa.String())]
        if table_name == "conference_participant":
            columns.append(sa.column("role", sa.String()))
        elif table_name == "conversation_party":
            columns.append(sa.column("role", sa.String()))
        table = sa.table(table_name, *columns, sa.column(link_column, sa.Integer()))
        for row in bind.execute(sa.select(table).order_by(table.c.id)).mappings().all():
            name = (row[name_column] or "").strip()
            key = _key(name)
            if not key:
                continue
            if key not in known:
                role = made_role
                if table_name == "conference_participant":
                    role = _PARTICIPANT_ROLE.get(row["role"], "pupil")
                elif table_name == "conversation_party":
                    role = row["role"] or "pupil"
                known[key] = bind.execute(
                    person.insert()
                    .values(display_name=name, role=role, created_at=now, listed=False)
                    .returning(person.c.id)
                ).scalar_one()
            bind.execute(
                table.update().where(table.c.id == row["id"]).values({link_column: known[key]})
            )


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    for table, _, column, _ in reversed(LINKS):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
            batch_op.drop_column(column)
    op.execute(sa.text("DELETE FROM person WHERE NOT listed"))
    for table in NEVER_REUSED:
        with op.batch_alter_table(
            table,
            recreate="always" if sqlite else "auto",
            table_kwargs={"sqlite_autoincrement": False},
        ) as batch_op:
            if table == "person":
                batch_op.drop_column("listed")
