"""Children's data (GDPR): find a person, export everything stored about them, erase them.

Erasing deletes the person row; the foreign keys do the rest (memberships go, seats and
turns keep their place with person_id NULL, so history and statistics keep their counts).
Every name typed into a conversation or conference is linked to a person (see
`person_links`): those fields are blanked by id, whatever the spelling; free text (titles,
actions, notes) is blanked wherever the whole name appears in any spelling
`domain.names` reads as the same (spacing, case, Unicode form, "Surname, First").
Then the database files are scrubbed: on SQLite secure_delete is on for every connection,
the WAL is checkpointed and truncated and VACUUM rewrites the file; on PostgreSQL every
table that can hold a name is rewritten with VACUUM FULL, so no dead row keeps it. Copies
of a SQLite file made before schema upgrades are deleted: they hold the name too.
Nothing anyone said is stored, so nothing said is exported. Logs carry ids and counts only.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, delete, func, select, update
from sqlalchemy import select as table_select
from sqlalchemy.orm import Session

from circle_app import __version__
from circle_app.domain.names import blank_name, mentions, name_key
from circle_app.store.clock import utcnow
from circle_app.store.engine import QT_TRANSLATE_NOOP, StoreError
from circle_app.store.faults import write_file_whole
from circle_app.store.models import (
    AgreementActionRow,
    Base,
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
from circle_app.store.person_links import drop_unreferenced
from circle_app.store.scrubbing import backups_beside, delete_backups, scrub_files

__all__ = [
    "Erasure",
    "PersonMatch",
    "backups_beside",
    "delete_backups",
    "erase_group",
    "erase_person",
    "export_person",
    "find_people",
    "named_tables",
    "scrub",
    "write_person_export",
]

log = logging.getLogger(__name__)

EXPORT_FORMAT = 1

#: Free text where the conversation and conference screens keep names as they were typed.
#: Erasing a person also blanks their name here; exporting lists where it appears.
NAMED_TEXT: tuple[tuple[type[Base], tuple[str, ...]], ...] = (
    (ConferenceParticipantRow, ("name",)),
    (ConversationPartyRow, ("name",)),
    (ConversationRow, ("facilitator",)),
    (ConferenceCaseRow, ("title", "facilitator")),
    (AgreementActionRow, ("description", "carried_out_by", "followed_up_by")),
    (PreMeetingRow, ("explained", "expectations")),
    (FollowUpMeetingRow, ("note",)),
)
# (table, name as typed, link to the person): fields that ARE a person's name.
LINKED_NAMES: tuple[tuple[type[Base], str, str], ...] = (
    (ConferenceParticipantRow, "name", "person_id"),
    (ConversationPartyRow, "name", "person_id"),
    (ConversationRow, "facilitator", "facilitator_person_id"),
    (ConferenceCaseRow, "facilitator", "facilitator_person_id"),
    (AgreementActionRow, "carried_out_by", "carried_out_by_person_id"),
    (AgreementActionRow, "followed_up_by", "followed_up_by_person_id"),
)
ERASED_NAME = "—"


def _table(model: type[Base]) -> Table:
    return model.__table__


def _spellings(session: Session, person_ids: list[int]) -> set[str]:
    """Every way the people's names were written: the person rows and linked fields."""
    names = set(
        session.scalars(select(PersonRow.display_name).where(PersonRow.id.in_(person_ids))).all()
    )
    for model, name_column, link in LINKED_NAMES:
        table = _table(model)
        names.update(
            session.connection()
            .execute(table_select(table.c[name_column]).where(table.c[link].in_(person_ids)))
            .scalars()
        )
    return {name for name in names if name_key(name) and name != ERASED_NAME}


def _mentions(session: Session, names: set[str]) -> list[tuple[Table, dict[str, Any]]]:
    """Rows whose free text names the person, in any of the spellings."""
    found: list[tuple[Table, dict[str, Any]]] = []
    if not names:
        return found
    for model, columns in NAMED_TEXT:
        table = _table(model)
        # These tables hold a school's cases: small. Matching in Python folds any
        # letter's case and Unicode form (SQL's lower() folds only ASCII).
        rows = session.connection().execute(table_select(table).order_by(table.c.id))
        for row in rows.mappings():
            if any(mentions(str(row[column] or ""), name) for column in columns for name in names):
                found.append((table, dict(row)))
    return found


def _blank(session: Session, person_ids: list[int]) -> int:
    """Blank the people's names: linked fields by id, free text by name; rows changed."""
    names = _spellings(session, person_ids)
    changed = 0
    for model, name_column, link in LINKED_NAMES:
        table = _table(model)
        result = session.connection().execute(
            update(table).where(table.c[link].in_(person_ids)).values({name_column: ERASED_NAME})
        )
        changed += result.rowcount
    found = _mentions(session, names)
    for table, row in found:
        columns = next(cols for model, cols in NAMED_TEXT if _table(model) is table)
        values: dict[str, str] = {}
        for column in columns:
            if row[column] is None:
                continue
            value = str(row[column])
            for name in sorted(names, key=len, reverse=True):  # "Asta Marie Hansen" first
                value = blank_name(value, name, ERASED_NAME)
            values[column] = value
        session.connection().execute(update(table).where(table.c.id == row["id"]).values(values))
    return changed + len(found)


def _same_name_unlisted(session: Session, person_ids: list[int]) -> list[int]:
    """Unlisted people (known only from a case) with the name of one being erased: the
    same person typed into a case before the roster knew them."""
    keys = {name_key(name) for name in _spellings(session, person_ids)}
    return [
        person_id
        for person_id, display_name in session.execute(
            select(PersonRow.id, PersonRow.display_name).where(PersonRow.listed.is_(False))
        ).all()
        if person_id is not None and person_id not in person_ids and name_key(display_name) in keys
    ]


@dataclass(frozen=True, slots=True)
class PersonMatch:
    id: int
    display_name: str
    role: str
    groups: tuple[str, ...]
    listed: bool = True  # False: known only from a conversation or conference


@dataclass(frozen=True, slots=True)
class Erasure:
    people: int  # people erased
    kept_in_other_groups: int  # (group erasure) people left because they are in other groups
    anonymous_turns: int  # turns that now belong to an anonymous seat
    scrubbed: bool  # the database file was rewritten (SQLite) / vacuumed (PostgreSQL)
    backups_deleted: int = 0  # pre-upgrade copies of the SQLite file deleted
    backups_left: tuple[Path, ...] = ()  # copies that could not be deleted


def find_people(engine: Engine, name_or_id: str) -> list[PersonMatch]:
    """By id (digits, or '#12'), else by the whole name in any spelling `name_key` reads
    as the same, people known only from a conversation or conference included."""
    wanted = name_or_id.strip().removeprefix("#")
    with Session(engine) as session:
        if wanted.isascii() and wanted.isdigit() and len(wanted) <= 18:  # not "²", fits a row id
            rows = [session.get(PersonRow, int(wanted))]
        else:
            key = name_key(name_or_id)
            rows = [
                person
                for person in session.scalars(select(PersonRow).order_by(PersonRow.id)).all()
                if name_key(person.display_name) == key
            ]
        return [_match(session, person) for person in rows if person is not None]


def _match(session: Session, person: PersonRow) -> PersonMatch:
    assert person.id is not None
    groups = session.scalars(
        select(GroupRow.name)
        .join(MembershipRow, MembershipRow.group_id == GroupRow.id)
        .where(MembershipRow.person_id == person.id)
        .order_by(GroupRow.name)
    ).all()
    return PersonMatch(person.id, person.display_name, person.role, tuple(groups), person.listed)


def person_references() -> list[tuple[Table, str]]:
    """Every (table, column) that points at a person: the export walks all of them."""
    found: list[tuple[Table, str]] = []
    for table in Base.metadata.sorted_tables:
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
        group_names = dict(session.execute(select(GroupRow.id, GroupRow.name)).all())
        circles = [
            {
                "id": circle.id,
                "group": group_names.get(circle.group_id) if circle.group_id else None,
                "kind": circle.kind,
                "started_at": _jsonable(circle.started_at),
                "ended_at": _jsonable(circle.ended_at),
                "kept_by_this_person": circle.keeper_person_id == person_id,
            }
            for circle in session.scalars(
                select(CircleRow)
                .where(CircleRow.id.in_(sorted(circle_ids)))
                .order_by(CircleRow.started_at)
            ).all()
        ]
        for membership in references.get(MembershipRow.__tablename__, []):
            membership["group"] = group_names.get(membership["group_id"])
        mentioned: dict[str, list[dict[str, Any]]] = {}
        for table, raw in _mentions(session, _spellings(session, [person_id])):
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
                for column in PersonRow.__table__.columns
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
        erased = [person_id, *_same_name_unlisted(session, [person_id])]
        blanked = _blank(session, erased)
        session.connection().execute(delete(PersonRow).where(PersonRow.id.in_(erased)))
        drop_unreferenced(session)  # a guardian linked to this child only goes too
        session.commit()
    log.info(
        "person %s erased (%d turns kept as anonymous seats, %d records blanked, %d unlisted "
        "rows of the same name erased)",
        person_id,
        turns,
        blanked,
        len(erased) - 1,
    )
    scrubbed = scrub(engine)
    deleted, left = delete_backups(engine)
    return Erasure(1, 0, turns, scrubbed, deleted, left)


def erase_group(engine: Engine, group_id: int) -> Erasure:
    """End of the school year: the group, and its people who are in no other group."""
    with Session(engine) as session:
        if session.get(GroupRow, group_id) is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "No group with id {id}."), id=group_id)
        members = list(
            session.scalars(
                select(MembershipRow.person_id).where(MembershipRow.group_id == group_id)
            ).all()
        )
        elsewhere = set(
            session.scalars(
                select(MembershipRow.person_id).where(
                    MembershipRow.person_id.in_(members), MembershipRow.group_id != group_id
                )
            ).all()
        )
        erased = [person_id for person_id in members if person_id not in elsewhere]
        turns = _turn_count(session, erased)
        if erased:
            erased_rows = [*erased, *_same_name_unlisted(session, erased)]
            _blank(session, erased_rows)
            session.connection().execute(delete(PersonRow).where(PersonRow.id.in_(erased_rows)))
        session.connection().execute(delete(GroupRow).where(GroupRow.id == group_id))
        drop_unreferenced(session)  # guardians linked to erased children only go too
        session.commit()
    log.info(
        "group %s erased: %d people erased, %d kept (in other groups)",
        group_id,
        len(erased),
        len(elsewhere),
    )
    scrubbed = scrub(engine)
    deleted, left = delete_backups(engine)
    return Erasure(len(erased), len(elsewhere), turns, scrubbed, deleted, left)


def _turn_count(session: Session, person_ids: list[int]) -> int:
    from circle_app.store.models import TurnRow

    if not person_ids:
        return 0
    return session.scalars(select(func.count()).where(TurnRow.person_id.in_(person_ids))).one()


def scrub(engine: Engine) -> bool:
    """Make deleted rows unrecoverable from the database files (store.scrubbing)."""
    return scrub_files(engine, named_tables())


def named_tables() -> list[str]:
    """Every table that can hold a person's or a group's name."""
    names = [PersonRow.__tablename__, GroupRow.__tablename__]
    for model, _ in NAMED_TEXT:
        if _table(model).name not in names:
            names.append(_table(model).name)
    return names


def write_person_export(engine: Engine, person_id: int, path: Path | str) -> None:
    """Everything stored about one person, as JSON in a file written all or nothing and
    the owner's only from its first byte (the roster screen writes through here)."""
    text = json.dumps(export_person(engine, person_id), ensure_ascii=False, indent=2)
    write_file_whole(Path(path), (text + "\n").encode("utf-8"))
    log.info("person %s exported", person_id)
