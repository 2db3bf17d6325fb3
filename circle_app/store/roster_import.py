"""A class list into a group, all or nothing, keeping history (issues 12 and 17).

People already in the group are matched (domain.roster_sync: by the school system's id,
else by name) and updated, never added twice; the new are added after the last seat; the
gone are marked as having left the group when asked (`mark_gone`): they leave the roster,
their past turns stay. Guardians the list names are linked to their child.

Batched: every name is checked first, then the new people and their seats are written
with multi-row INSERTs (ids come back in the rows' order), so 180,000 rows take seconds,
not minutes (issue 12, finding 12).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from circle_app.domain.enums import AgeBand, GroupKind, Role
from circle_app.domain.name_rules import GROUP_NAME_MAX, PERSON_NAME_MAX
from circle_app.domain.roster_model import RosterRow
from circle_app.domain.roster_sync import ImportPlan, Known, plan_import
from circle_app.store.clock import utcnow
from circle_app.store.engine import QT_TRANSLATE_NOOP, StoreError
from circle_app.store.guardians import link_all
from circle_app.store.models import GroupRow, MembershipRow, PersonRow
from circle_app.store.roster_names import checked_name, commit_named, next_seat

log = logging.getLogger(__name__)
_BATCH = 5_000  # rows per multi-row INSERT … RETURNING (PostgreSQL)
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "StoreError",
    "The people were not imported, so nothing changed: the database changed meanwhile. Try again.",
)


@dataclass(frozen=True, slots=True)
class ImportResult:
    group_id: int
    created_group: bool
    added: int
    changed: int = 0
    left: int = 0  # marked as having left the group
    back: int = 0  # had left, are on the list again
    guardians: int = 0  # new links between a child and a guardian


def _known(session: Session, group_id: int) -> list[Known]:
    rows = session.execute(
        select(MembershipRow, PersonRow)
        .join(PersonRow, PersonRow.id == MembershipRow.person_id)
        .where(MembershipRow.group_id == group_id)
        .order_by(MembershipRow.left_on.is_not(None), MembershipRow.seat)
    ).all()
    return [
        Known(
            person.id if person.id is not None else -1,
            person.display_name,
            person.source_id or "",
            person.short_name or "",
            person.birth_year,
            membership.left_on is not None,
        )
        for membership, person in rows
    ]


def plan_for(engine: Engine, group_name: str, rows: Iterable[RosterRow]) -> ImportPlan:
    """What importing `rows` into the group called `group_name` would do."""
    with Session(engine) as session:
        group_id = session.scalars(select(GroupRow.id).where(GroupRow.name == group_name)).first()
        return plan_import(_known(session, group_id) if group_id else [], rows)


def import_rows(
    engine: Engine,
    group_name: str,
    rows: Iterable[RosterRow],
    *,
    kind: GroupKind = GroupKind.CLASS,
    language: str = "da",
    mark_gone: bool = False,
    guardians: Iterable[RosterRow] = (),
    today: date | None = None,
) -> ImportResult:
    """All rows into the group (created if missing) in ONE transaction: all or nothing."""
    [result] = import_groups(
        engine,
        [(group_name, rows)],
        kind=kind,
        language=language,
        mark_gone=mark_gone,
        guardians=guardians,
        today=today,
    )
    return result


def import_groups(
    engine: Engine,
    lists: Iterable[tuple[str, Iterable[RosterRow]]],
    *,
    kind: GroupKind = GroupKind.CLASS,
    language: str = "da",
    mark_gone: bool = False,
    guardians: Iterable[RosterRow] = (),
    today: date | None = None,
) -> list[ImportResult]:
    """Several groups (a whole school split by class) in ONE transaction: all or nothing."""
    checked: list[tuple[str, list[RosterRow]]] = []
    for group_name, group_rows in lists:
        name = checked_name(group_name, limit=GROUP_NAME_MAX)
        if not name:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "A group needs a name."))
        rows = list(group_rows)
        names = _checked_names([row.display_name for row in rows])
        if not all(names):
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "A person needs a name."))
        checked.append(
            (
                name,
                [
                    row if row.display_name == n else replace(row, display_name=n)
                    for row, n in zip(rows, names, strict=True)
                ],
            )
        )
    guardians = list(guardians)
    with Session(engine) as session:
        results = [
            _import_one(
                session, name, rows, kind, language, mark_gone, guardians, today or date.today()
            )
            for name, rows in checked
        ]
        commit_named(session, checked[0][0] if len(checked) == 1 else "")
    for result in results:
        log.info(
            "imported into group %s: %d added, %d changed, %d left, %d back, %d guardian links",
            result.group_id,
            result.added,
            result.changed,
            result.left,
            result.back,
            result.guardians,
        )
    return results


def _checked_names(texts: list[str]) -> list[str]:
    """`checked_name` of each, the column checked at once: when every name, spacing
    collapsed, is printable and short enough, none holds what checked_name refuses;
    otherwise each is checked in turn, so the first refused raises as it always did."""
    names = [" ".join(text.split()) for text in texts]
    if " ".join(names).isprintable() and max(map(len, names), default=0) <= PERSON_NAME_MAX:
        return names
    return [checked_name(text) for text in texts]


def _import_one(
    session: Session,
    group_name: str,
    rows: list[RosterRow],
    kind: GroupKind,
    language: str,
    mark_gone: bool,
    guardians: list[RosterRow],
    left_on: date,
) -> ImportResult:
    group = session.scalars(select(GroupRow).where(GroupRow.name == group_name)).first()
    created = group is None
    if group is None:
        bands = {row.age_band for row in rows if row.role is Role.PUPIL}
        band = bands.pop() if len(bands) == 1 else None
        group = GroupRow(
            name=group_name,
            kind=kind.value,
            age_band=band.value if band else None,
            language=language,
            created_at=utcnow(),
        )
        session.add(group)
        session.flush()
    group_id = group.id
    assert group_id is not None
    plan = ImportPlan(tuple(rows)) if created else plan_import(_known(session, group_id), rows)
    seat = next_seat(session, group_id)
    person_ids = _insert_people(session, plan.new)
    _insert_memberships(session, group_id, person_ids, seat)
    seat += len(person_ids)
    for match in plan.matched:
        _update(session, match.person_id, match.row, match.changes)
        if match.returning:
            _rejoin(session, group_id, match.person_id, seat)
            seat += 1
    if mark_gone:
        for person in plan.gone:
            membership = _membership(session, group_id, person.person_id)
            membership.left_on = left_on
            session.add(membership)
    children = [
        *zip(person_ids, plan.new, strict=True),
        *((match.person_id, match.row) for match in plan.matched),
    ]
    linked = link_all(session, children, guardians)
    return ImportResult(
        group_id,
        created,
        len(person_ids),
        changed=len(plan.changed),
        left=len(plan.gone) if mark_gone else 0,
        back=len(plan.returning),
        guardians=linked,
    )


def _membership(session: Session, group_id: int, person_id: int) -> MembershipRow:
    return session.scalars(
        select(MembershipRow).where(
            MembershipRow.group_id == group_id, MembershipRow.person_id == person_id
        )
    ).one()


def _update(session: Session, person_id: int, row: RosterRow, changes: Sequence[str]) -> None:
    if not changes:
        return
    person = session.get_one(PersonRow, person_id)
    if "name" in changes:
        person.display_name = row.display_name
    if "short name" in changes:
        person.short_name = row.short_name
    if "birth year" in changes:
        person.birth_year = row.birth_year
    if "id" in changes:
        person.source_id = row.source_id
    session.add(person)


def _rejoin(session: Session, group_id: int, person_id: int, seat: int) -> None:
    membership = _membership(session, group_id, person_id)
    membership.left_on = None
    membership.seat = seat
    session.add(membership)


def _insert_memberships(
    session: Session, group_id: int, person_ids: Sequence[int], seat: int
) -> None:
    if not person_ids:
        return
    cursor = session.connection().connection.cursor()
    try:
        if isinstance(person_ids, range) and person_ids.step == 1:  # SQLite: one statement
            cursor.execute(
                "INSERT INTO membership (group_id, person_id, seat) "
                "SELECT ?, id, id - ? FROM person WHERE id BETWEEN ? AND ? ORDER BY id",
                (group_id, person_ids.start - seat, person_ids.start, person_ids.stop - 1),
            )
            return
        marker = "?" if session.get_bind().dialect.paramstyle == "qmark" else "%s"
        cursor.executemany(
            "INSERT INTO membership (group_id, person_id, seat) "
            f"VALUES ({marker}, {marker}, {marker})",
            [(group_id, person_id, seat + offset) for offset, person_id in enumerate(person_ids)],
        )
    finally:
        cursor.close()


_ROLE_VALUE = {role: role.value for role in Role}
_BAND_VALUE: dict[AgeBand | None, str | None] = {band: band.value for band in AgeBand}
_BAND_VALUE[None] = None
# SQLite 3.38 has JSON built in: the rows go in as one JSON document SQLite takes apart in C,
# about a third faster than binding them row by row (issue 20).
_JSON_ROWS = sqlite3.sqlite_version_info >= (3, 38, 0)


def _json_insert(cursor: Any, values: Sequence[tuple[object, ...]], created: object) -> bool:
    """The people in as one JSON document; False when this SQLite has no JSON (nothing
    was written then: a statement SQLite cannot prepare changes nothing)."""
    if not _JSON_ROWS:
        return False
    try:
        cursor.execute(
            "INSERT INTO person (display_name, short_name, role, birth_year, age_band, "
            "source_id, created_at) SELECT value ->> 0, value ->> 1, value ->> 2, "
            "value ->> 3, value ->> 4, value ->> 5, ? FROM json_each(?) ORDER BY key",
            (created, json.dumps(values, ensure_ascii=False)),
        )
    except sqlite3.OperationalError as exc:
        if "json" not in str(exc):  # not a missing JSON function: a real failure
            raise
        return False
    return True


def _insert_people(session: Session, rows: Sequence[RosterRow]) -> Sequence[int]:
    """Insert the people in order, in the session's transaction; their ids in order."""
    table = PersonRow.__table__
    dialect = session.get_bind().dialect
    now = utcnow()
    role, band = _ROLE_VALUE, _BAND_VALUE
    values = [
        (
            row.display_name,
            row.short_name or None,
            role[row.role],
            row.birth_year,
            band[row.age_band],
            row.source_id or None,
        )
        for row in rows
    ]
    if not values:
        return []
    if dialect.name != "sqlite":  # SQLAlchemy's multi-row INSERT … RETURNING, in order
        keys = ("display_name", "short_name", "role", "birth_year", "age_band", "source_id")
        ids: list[int] = []
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        for start in range(0, len(values), _BATCH):
            batch = [
                {**dict(zip(keys, value, strict=True)), "created_at": now}
                for value in values[start : start + _BATCH]
            ]
            ids.extend(session.execute(statement, batch).scalars())
        return ids
    # SQLite: the driver's own executemany. This transaction holds the database's write
    # lock from its first INSERT, and SQLite gives each new row the next id, so the new
    # rows are the ids after the highest one before them, consecutive and in order;
    # checked, and anything else rolls the whole import back.
    stamp = table.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
    created = stamp(now) if stamp else now
    cursor = session.connection().connection.cursor()
    try:
        if not _json_insert(cursor, values, created):
            cursor.executemany(
                "INSERT INTO person (display_name, short_name, role, birth_year, age_band, "
                "source_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(*value, created) for value in values],
            )
        cursor.execute("SELECT max(id) FROM person")
        (highest,) = cursor.fetchone() or (None,)
        last = int(highest or 0)
        first = last - len(values) + 1
        cursor.execute(
            "SELECT count(*) FROM person WHERE id BETWEEN ? AND ? AND created_at = ?",
            (first, last, created),
        )
        (found,) = cursor.fetchone() or (0,)
        if int(found) != len(values):
            raise StoreError(CHANGED_MEANWHILE)
    finally:
        cursor.close()
    return range(first, last + 1)
