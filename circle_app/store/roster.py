"""Changing groups and their people: the roster screen and `circle-app groups` write here.

Each method is one short transaction. Reading goes through GroupStore; erasing people goes
through circle_app.store.privacy (it also scrubs the database file). Logs carry ids and
counts, never names.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, func, insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from circle_app.domain.enums import AgeBand, GroupKind, Role
from circle_app.domain.keepers import format_roles, parse_roles
from circle_app.domain.name_rules import (
    GROUP_NAME_MAX,
    PERSON_NAME_MAX,
    character_refusal,
    collapse,
)
from circle_app.domain.roster_csv import RosterRow
from circle_app.store.clock import utcnow
from circle_app.store.engine import QT_TRANSLATE_NOOP, StoreError
from circle_app.store.models import GroupRow, MembershipRow, PersonRow

log = logging.getLogger(__name__)
_BATCH = 5_000  # rows per multi-row INSERT … RETURNING (PostgreSQL)
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "StoreError",
    "The people were not imported, so nothing changed: the database changed meanwhile. Try again.",
)


def checked_name(text: str, *, limit: int = PERSON_NAME_MAX) -> str:
    """The name to store, spacing collapsed; StoreError if it holds a control, bidi or
    zero-width character or is longer than `limit` (domain.name_rules)."""
    name = collapse(text)
    refusal = character_refusal(name)
    if refusal is not None:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The name was not saved: it holds an invisible or control character "
                "(U+{code}) at character {position}. Type it again without.",
            ),
            **refusal.params,
        )
    if len(name) > limit:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The name was not saved: it is {length} characters long, and at most {limit} "
                "are allowed.",
            ),
            length=len(name),
            limit=limit,
        )
    return name


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """What the person form edits."""

    display_name: str
    role: Role
    short_name: str = ""
    birth_year: int | None = None
    age_band: AgeBand | None = None


@dataclass(frozen=True, slots=True)
class GroupDraft:
    name: str
    kind: GroupKind
    age_band: AgeBand | None = None
    language: str = "da"
    keeper_roles: frozenset[Role] = frozenset({Role.STAFF})


@dataclass(frozen=True, slots=True)
class ImportResult:
    group_id: int
    created_group: bool
    added: int


class RosterStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- groups ---------------------------------------------------------------------------

    def create_group(self, draft: GroupDraft) -> int:
        with Session(self._engine) as session:
            row = GroupRow(created_at=utcnow(), name="", kind=draft.kind.value)
            self._apply_group(row, draft)
            session.add(row)
            self._commit(session, row.name)
            assert row.id is not None
            log.info("group %s created", row.id)
            return row.id

    def update_group(self, group_id: int, draft: GroupDraft) -> None:
        with Session(self._engine) as session:
            row = session.get_one(GroupRow, group_id)
            self._apply_group(row, draft)
            session.add(row)
            self._commit(session, row.name)

    def group_draft(self, group_id: int) -> GroupDraft:
        with Session(self._engine) as session:
            row = session.get_one(GroupRow, group_id)
            return GroupDraft(
                row.name,
                GroupKind(row.kind),
                AgeBand(row.age_band) if row.age_band else None,
                row.language,
                parse_roles(row.keeper_roles),
            )

    # -- people ---------------------------------------------------------------------------

    def add_person(self, group_id: int, draft: PersonDraft) -> int:
        """A new person at the end of the group's seat order."""
        with Session(self._engine) as session:
            person = PersonRow(display_name="", role=draft.role.value, created_at=utcnow())
            self._apply_person(person, draft)
            session.add(person)
            session.flush()
            assert person.id is not None
            session.add(
                MembershipRow(
                    group_id=group_id, person_id=person.id, seat=self._next_seat(session, group_id)
                )
            )
            session.commit()
            log.info("person %s added to group %s", person.id, group_id)
            return person.id

    def add_existing(self, group_id: int, person_id: int) -> None:
        """Someone already known (a staff member in many groups) joins another group."""
        with Session(self._engine) as session:
            session.add(
                MembershipRow(
                    group_id=group_id, person_id=person_id, seat=self._next_seat(session, group_id)
                )
            )
            self._commit(session, "")

    def update_person(self, person_id: int, draft: PersonDraft) -> None:
        with Session(self._engine) as session:
            person = session.get_one(PersonRow, person_id)
            self._apply_person(person, draft)
            session.add(person)
            session.commit()

    def person_draft(self, person_id: int) -> PersonDraft:
        with Session(self._engine) as session:
            person = session.get_one(PersonRow, person_id)
            return PersonDraft(
                person.display_name,
                Role(person.role),
                person.short_name or "",
                person.birth_year,
                AgeBand(person.age_band) if person.age_band else None,
            )

    def group_count(self, person_id: int) -> int:
        """In how many groups the person is."""
        with Session(self._engine) as session:
            return session.exec(
                select(func.count()).where(MembershipRow.person_id == person_id)
            ).one()

    def remove_from_group(self, group_id: int, person_id: int) -> None:
        """Leave the group (the person stays in their other groups and in history)."""
        with Session(self._engine) as session:
            membership = session.exec(
                select(MembershipRow).where(
                    MembershipRow.group_id == group_id, MembershipRow.person_id == person_id
                )
            ).one()
            session.delete(membership)
            session.flush()
            self._renumber(session, group_id)
            session.commit()

    def set_seat_order(self, group_id: int, person_ids: Sequence[int]) -> None:
        """The group's usual seat order, as dragged on the roster screen."""
        with Session(self._engine) as session:
            memberships = {
                m.person_id: m
                for m in session.exec(
                    select(MembershipRow).where(MembershipRow.group_id == group_id)
                ).all()
            }
            if sorted(memberships) != sorted(person_ids):
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "StoreError", "The group changed meanwhile; the seat order was not saved."
                    )
                )
            for seat, person_id in enumerate(person_ids):
                memberships[person_id].seat = seat
                session.add(memberships[person_id])
            session.commit()

    def set_away(self, group_id: int, person_id: int, until: date | None) -> None:
        """Away until a date (inclusive), or back (None)."""
        with Session(self._engine) as session:
            membership = session.exec(
                select(MembershipRow).where(
                    MembershipRow.group_id == group_id, MembershipRow.person_id == person_id
                )
            ).one()
            membership.away_until = until
            session.add(membership)
            session.commit()

    def import_rows(
        self,
        group_name: str,
        rows: Iterable[RosterRow],
        *,
        kind: GroupKind = GroupKind.CLASS,
        language: str = "da",
    ) -> ImportResult:
        """All rows into the group (created if missing) in ONE transaction: all or nothing.

        Batched: every name is checked first, then the people and their seats are written
        with two multi-row INSERTs (ids come back in the rows' order), so 180,000 rows take
        seconds, not minutes (issue 12, finding 12)."""
        rows = list(rows)
        group_name = checked_name(group_name, limit=GROUP_NAME_MAX)
        if not group_name:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "A group needs a name."))
        names = [checked_name(row.display_name) for row in rows]
        if not all(names):
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "A person needs a name."))
        with Session(self._engine) as session:
            group = session.exec(select(GroupRow).where(GroupRow.name == group_name)).first()
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
            seat = self._next_seat(session, group_id)
            person_ids = self._insert_people(session, rows, names)
            marker = "?" if session.get_bind().dialect.paramstyle == "qmark" else "%s"
            cursor = session.connection().connection.cursor()
            try:
                cursor.executemany(
                    "INSERT INTO membership (group_id, person_id, seat) "
                    f"VALUES ({marker}, {marker}, {marker})",
                    [
                        (group_id, person_id, seat + offset)
                        for offset, person_id in enumerate(person_ids)
                    ],
                )
            finally:
                cursor.close()
            self._commit(session, group_name)
            log.info("imported %d people into group %s", len(rows), group_id)
            return ImportResult(group_id, created, len(rows))

    # -- internals ------------------------------------------------------------------------

    @staticmethod
    def _insert_people(
        session: Session, rows: Sequence[RosterRow], names: Sequence[str]
    ) -> list[int]:
        """Insert the people in order, in the session's transaction; their ids in order."""
        table = PersonRow.__table__  # type: ignore[attr-defined]
        dialect = session.get_bind().dialect
        now = utcnow()
        values = [
            (
                name,
                row.short_name or None,
                row.role.value,
                row.birth_year,
                row.age_band.value if row.age_band else None,
            )
            for row, name in zip(rows, names, strict=True)
        ]
        if not values:
            return []
        if dialect.name != "sqlite":  # SQLAlchemy's multi-row INSERT … RETURNING, in order
            keys = ("display_name", "short_name", "role", "birth_year", "age_band")
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
            cursor.executemany(
                "INSERT INTO person (display_name, short_name, role, birth_year, age_band, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
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
        return list(range(first, last + 1))

    @staticmethod
    def _apply_group(row: GroupRow, draft: GroupDraft) -> None:
        if not collapse(draft.name):
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "A group needs a name."))
        row.name = checked_name(draft.name, limit=GROUP_NAME_MAX)
        row.kind = draft.kind.value
        row.age_band = draft.age_band.value if draft.age_band else None
        row.language = draft.language
        row.keeper_roles = format_roles(draft.keeper_roles)

    @staticmethod
    def _apply_person(row: PersonRow, draft: PersonDraft) -> None:
        if not collapse(draft.display_name):
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "A person needs a name."))
        row.display_name = checked_name(draft.display_name)
        row.short_name = draft.short_name.strip() or None
        row.role = draft.role.value
        row.birth_year = draft.birth_year
        row.age_band = draft.age_band.value if draft.age_band else None

    @staticmethod
    def _next_seat(session: Session, group_id: int) -> int:
        highest = session.exec(
            select(func.max(MembershipRow.seat)).where(MembershipRow.group_id == group_id)
        ).one()
        return 0 if highest is None else highest + 1

    @staticmethod
    def _renumber(session: Session, group_id: int) -> None:
        memberships = session.exec(
            select(MembershipRow)
            .where(MembershipRow.group_id == group_id)
            .order_by(col(MembershipRow.seat))
        ).all()
        for seat, membership in enumerate(memberships):
            membership.seat = seat
            session.add(membership)

    @staticmethod
    def _commit(session: Session, name: str) -> None:
        try:
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            if name:
                raise StoreError(
                    QT_TRANSLATE_NOOP("StoreError", "There is already a group called “{name}”."),
                    name=name,
                ) from exc
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "That person is already in the group.")
            ) from exc
