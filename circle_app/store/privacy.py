"""Children's data (GDPR): find a person, export everything stored about them, erase them.

Erasing deletes the person row; the foreign keys do the rest (memberships go, seats and
turns keep their place with person_id NULL, so history and statistics keep their counts).
Then the database file itself is scrubbed: secure_delete is on for every connection, the
WAL is checkpointed and truncated, and VACUUM rewrites the file, so the name's bytes are
not left in free pages or in the WAL. Nothing anyone said is stored, so nothing said is
exported. Logs carry ids and counts only.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, delete, func, text, update
from sqlalchemy import select as table_select
from sqlmodel import Session, SQLModel, col, select

from circle_app import __version__
from circle_app.domain.roster_csv import name_key
from circle_app.store.clock import utcnow
from circle_app.store.engine import QT_TRANSLATE_NOOP, StoreError
from circle_app.store.models import (
    AgreementActionRow,
    CircleRow,
    ConferenceCaseRow,
    ConferenceParticipantRow,
    ConversationPartyRow,
    ConversationRow,
    FollowUpMeetingRow,
    GroupRow,
    MembershipRow,
    PersonRow,
    PreMeetingRow,
)

log = logging.getLogger(__name__)

EXPORT_FORMAT = 1

#: Free text where the conversation and conference screens keep names as they were typed
#: (a case is self-contained, so its people need no roster entry). Erasing a person also
#: blanks their name here; exporting lists where it appears.
NAMED_TEXT: tuple[tuple[type[SQLModel], tuple[str, ...]], ...] = (
    (ConferenceParticipantRow, ("name",)),
    (ConversationPartyRow, ("name",)),
    (ConversationRow, ("facilitator",)),
    (ConferenceCaseRow, ("title", "facilitator")),
    (AgreementActionRow, ("description", "carried_out_by", "followed_up_by")),
    (PreMeetingRow, ("explained", "expectations")),
    (FollowUpMeetingRow, ("note",)),
)
ERASED_NAME = "—"


def _name_pattern(name: str) -> re.Pattern[str]:
    """The whole name as a word sequence, any case: 'Asta Hansen' but not 'Astrid'."""
    return re.compile(rf"(?<!\w){re.escape(name.strip())}(?!\w)", re.IGNORECASE)


def _mentions(session: Session, name: str) -> list[tuple[Table, dict[str, Any]]]:
    """Rows whose free text names the person."""
    found: list[tuple[Table, dict[str, Any]]] = []
    if not name.strip():
        return found
    pattern = _name_pattern(name)
    for model, columns in NAMED_TEXT:
        table: Table = model.__table__  # type: ignore[attr-defined]
        # These tables hold a school's cases: small. Matching in Python folds any
        # letter's case (SQL's lower() folds only ASCII: Æ, Ø, Å would slip through).
        rows = session.connection().execute(table_select(table))
        for row in rows.mappings():
            if any(pattern.search(str(row[column] or "")) for column in columns):
                found.append((table, dict(row)))
    return found


def _blank_mentions(session: Session, name: str) -> int:
    """Replace the name in every free-text mention; returns how many rows changed."""
    pattern = _name_pattern(name)
    mentions = _mentions(session, name)
    for table, row in mentions:
        columns = next(cols for model, cols in NAMED_TEXT if model.__table__ is table)  # type: ignore[attr-defined]
        values = {
            column: pattern.sub(ERASED_NAME, str(row[column]))
            for column in columns
            if row[column] is not None
        }
        session.connection().execute(update(table).where(table.c.id == row["id"]).values(**values))
    return len(mentions)


@dataclass(frozen=True, slots=True)
class PersonMatch:
    id: int
    display_name: str
    role: str
    groups: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Erasure:
    people: int  # people erased
    kept_in_other_groups: int  # (group erasure) people left because they are in other groups
    anonymous_turns: int  # turns that now belong to an anonymous seat
    scrubbed: bool  # the database file was rewritten (SQLite) / vacuumed (PostgreSQL)


def find_people(engine: Engine, name_or_id: str) -> list[PersonMatch]:
    """By id (digits, or '#12'), else by the whole name (case and spacing ignored)."""
    wanted = name_or_id.strip().removeprefix("#")
    with Session(engine) as session:
        if wanted.isascii() and wanted.isdigit() and len(wanted) <= 18:  # not "²", fits a row id
            rows = [session.get(PersonRow, int(wanted))]
        else:
            key = name_key(name_or_id)
            rows = [
                person
                for person in session.exec(select(PersonRow).order_by(col(PersonRow.id))).all()
                if name_key(person.display_name) == key
            ]
        return [_match(session, person) for person in rows if person is not None]


def _match(session: Session, person: PersonRow) -> PersonMatch:
    assert person.id is not None
    groups = session.exec(
        select(GroupRow.name)
        .join(MembershipRow, col(MembershipRow.group_id) == col(GroupRow.id))
        .where(MembershipRow.person_id == person.id)
        .order_by(col(GroupRow.name))
    ).all()
    return PersonMatch(person.id, person.display_name, person.role, tuple(groups))


def person_references() -> list[tuple[Table, str]]:
    """Every (table, column) that points at a person: the export walks all of them."""
    found: list[tuple[Table, str]] = []
    for table in SQLModel.metadata.sorted_tables:
        if table.name == PersonRow.__tablename__:
            continue
        for column in table.columns:
            if any(fk.column.table.name == PersonRow.__tablename__ for fk in column.foreign_keys):
                found.append((table, column.name))
    return found


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def export_person(engine: Engine, person_id: int) -> dict[str, Any]:
    """Everything stored about one person, as plain JSON-able data."""
    with Session(engine) as session:
        person = session.get(PersonRow, person_id)
        if person is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "No person with id {id}."), id=person_id
            )
        references: dict[str, list[dict[str, Any]]] = {}
        circle_ids: set[int] = set()
        for table, column in person_references():
            rows = (
                session.connection()
                .execute(
                    table_select(table)
                    .where(table.c[column] == person_id)
                    .order_by(*table.primary_key.columns)
                )
                .mappings()
            )
            listed = [{key: _jsonable(value) for key, value in row.items()} for row in rows]
            references.setdefault(table.name, []).extend(
                row for row in listed if row not in references.get(table.name, [])
            )
            for row in listed:
                circle = (
                    row["id"] if table.name == CircleRow.__tablename__ else row.get("circle_id")
                )
                if isinstance(circle, int):
                    circle_ids.add(circle)
        group_names = dict(session.exec(select(GroupRow.id, GroupRow.name)).all())
        circles = [
            {
                "id": circle.id,
                "group": group_names.get(circle.group_id) if circle.group_id else None,
                "kind": circle.kind,
                "started_at": _jsonable(circle.started_at),
                "ended_at": _jsonable(circle.ended_at),
                "kept_by_this_person": circle.keeper_person_id == person_id,
            }
            for circle in session.exec(
                select(CircleRow)
                .where(col(CircleRow.id).in_(sorted(circle_ids)))
                .order_by(col(CircleRow.started_at))
            ).all()
        ]
        for membership in references.get(MembershipRow.__tablename__, []):
            membership["group"] = group_names.get(membership["group_id"])
        mentioned: dict[str, list[dict[str, Any]]] = {}
        for table, raw in _mentions(session, person.display_name):
            row = {key: _jsonable(value) for key, value in raw.items()}
            mentioned.setdefault(table.name, []).append(row)
        return {
            "format": EXPORT_FORMAT,
            "exported_at": utcnow().isoformat(),
            "exported_by": f"circle-app {__version__}",
            "note": (
                "Everything circle-app stores about this person. Circles record who had a "
                "turn and who passed, never what anyone said."
            ),
            "person": {
                column.name: _jsonable(getattr(person, column.name))
                for column in PersonRow.__table__.columns  # type: ignore[attr-defined]
            },
            "circles": circles,
            "tables": references,
            "mentioned_in": mentioned,
        }


def erase_person(engine: Engine, person_id: int) -> Erasure:
    """Erase one person everywhere; their turns stay as anonymous seats."""
    with Session(engine) as session:
        person = session.get(PersonRow, person_id)
        if person is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "No person with id {id}."), id=person_id
            )
        turns = _turn_count(session, [person_id])
        mentions = _blank_mentions(session, person.display_name)
        session.connection().execute(delete(PersonRow).where(col(PersonRow.id) == person_id))
        session.commit()
    log.info(
        "person %s erased (%d turns kept as anonymous seats, %d mentions blanked)",
        person_id,
        turns,
        mentions,
    )
    return Erasure(1, 0, turns, scrub(engine))


def erase_group(engine: Engine, group_id: int) -> Erasure:
    """End of the school year: the group, and its people who are in no other group."""
    with Session(engine) as session:
        if session.get(GroupRow, group_id) is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "No group with id {id}."), id=group_id)
        members = list(
            session.exec(
                select(MembershipRow.person_id).where(MembershipRow.group_id == group_id)
            ).all()
        )
        elsewhere = set(
            session.exec(
                select(MembershipRow.person_id).where(
                    col(MembershipRow.person_id).in_(members), MembershipRow.group_id != group_id
                )
            ).all()
        )
        erased = [person_id for person_id in members if person_id not in elsewhere]
        turns = _turn_count(session, erased)
        for person_id in erased:
            person = session.get(PersonRow, person_id)
            if person is not None:
                _blank_mentions(session, person.display_name)
        if erased:
            session.connection().execute(delete(PersonRow).where(col(PersonRow.id).in_(erased)))
        session.connection().execute(delete(GroupRow).where(col(GroupRow.id) == group_id))
        session.commit()
    log.info(
        "group %s erased: %d people erased, %d kept (in other groups)",
        group_id,
        len(erased),
        len(elsewhere),
    )
    return Erasure(len(erased), len(elsewhere), turns, scrub(engine))


def _turn_count(session: Session, person_ids: list[int]) -> int:
    from circle_app.store.models import TurnRow

    if not person_ids:
        return 0
    return session.exec(select(func.count()).where(col(TurnRow.person_id).in_(person_ids))).one()


def scrub(engine: Engine) -> bool:
    """Make deleted rows unrecoverable from the database files.

    SQLite: secure_delete (set on every connection) overwrites deleted content; the WAL,
    which still holds old page images, is checkpointed and truncated; VACUUM rewrites the
    file without free pages; a last checkpoint empties the WAL that VACUUM wrote.
    PostgreSQL: VACUUM FULL rewrites the tables that held names.
    """
    with engine.connect() as connection:
        auto = connection.execution_options(isolation_level="AUTOCOMMIT")
        if engine.dialect.name == "sqlite":
            checkpoint = text("PRAGMA wal_checkpoint(TRUNCATE)")
            busy = auto.execute(checkpoint).one()[0]
            auto.execute(text("VACUUM"))
            busy = busy or auto.execute(checkpoint).one()[0]
            if busy:
                log.warning("WAL checkpoint was blocked by another connection")
            return not busy
        if engine.dialect.name == "postgresql":
            auto.execute(text(f"VACUUM FULL {PersonRow.__tablename__}, {GroupRow.__tablename__}"))
            return True
    return False


def backups_beside(database: Path | None) -> list[Path]:
    """Copies made before schema upgrades: they still hold erased names until deleted."""
    if database is None:
        return []
    return sorted(database.parent.glob(f"{database.name}.bak-*"))
