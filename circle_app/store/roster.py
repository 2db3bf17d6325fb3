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

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from circle_app.domain.enums import AgeBand, GroupKind, Role
from circle_app.domain.keepers import format_roles, parse_roles
from circle_app.domain.name_rules import GROUP_NAME_MAX, collapse
from circle_app.domain.roster_model import RosterRow
from circle_app.domain.roster_sync import ImportPlan
from circle_app.store.clock import utcnow
from circle_app.store.engine import QT_TRANSLATE_NOOP, StoreError
from circle_app.store.models import GroupRow, MembershipRow, PersonRow
from circle_app.store.roster_import import ImportResult, import_groups, import_rows, plan_for
from circle_app.store.roster_names import checked_name, commit_named, next_seat, renumber

__all__ = ["GroupDraft", "ImportResult", "PersonDraft", "RosterStore", "checked_name"]

log = logging.getLogger(__name__)


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


class RosterStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- groups ---------------------------------------------------------------------------

    def create_group(self, draft: GroupDraft) -> int:
        with Session(self._engine) as session:
            row = GroupRow(created_at=utcnow(), name="", kind=draft.kind.value)
            self._apply_group(row, draft)
            session.add(row)
            commit_named(session, row.name)
            assert row.id is not None
            log.info("group %s created", row.id)
            return row.id

    def update_group(self, group_id: int, draft: GroupDraft) -> None:
        with Session(self._engine) as session:
            row = session.get_one(GroupRow, group_id)
            self._apply_group(row, draft)
            session.add(row)
            commit_named(session, row.name)

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
                    group_id=group_id, person_id=person.id, seat=next_seat(session, group_id)
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
                    group_id=group_id, person_id=person_id, seat=next_seat(session, group_id)
                )
            )
            commit_named(session, "")

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
            return session.scalars(
                select(func.count()).where(
                    MembershipRow.person_id == person_id, MembershipRow.left_on.is_(None)
                )
            ).one()

    def remove_from_group(self, group_id: int, person_id: int) -> None:
        """Leave the group (the person stays in their other groups and in history)."""
        with Session(self._engine) as session:
            membership = session.scalars(
                select(MembershipRow).where(
                    MembershipRow.group_id == group_id, MembershipRow.person_id == person_id
                )
            ).one()
            session.delete(membership)
            session.flush()
            renumber(session, group_id)
            session.commit()

    def set_seat_order(self, group_id: int, person_ids: Sequence[int]) -> None:
        """The group's usual seat order, as dragged on the roster screen."""
        with Session(self._engine) as session:
            memberships = {
                m.person_id: m
                for m in session.scalars(
                    select(MembershipRow).where(
                        MembershipRow.group_id == group_id, MembershipRow.left_on.is_(None)
                    )
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
            membership = session.scalars(
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
        mark_gone: bool = False,
        guardians: Iterable[RosterRow] = (),
        today: date | None = None,
    ) -> ImportResult:
        """All rows into the group (created if missing) in ONE transaction: all or nothing.
        See store.roster_import: people already in the group are matched, not added again."""
        return import_rows(
            self._engine,
            group_name,
            rows,
            kind=kind,
            language=language,
            mark_gone=mark_gone,
            guardians=guardians,
            today=today,
        )

    def import_groups(
        self,
        lists: Iterable[tuple[str, Iterable[RosterRow]]],
        *,
        kind: GroupKind = GroupKind.CLASS,
        language: str = "da",
        mark_gone: bool = False,
        guardians: Iterable[RosterRow] = (),
        today: date | None = None,
    ) -> list[ImportResult]:
        """One group per class (a whole school), all in ONE transaction."""
        return import_groups(
            self._engine,
            lists,
            kind=kind,
            language=language,
            mark_gone=mark_gone,
            guardians=guardians,
            today=today,
        )

    def plan_import(self, group_name: str, rows: Iterable[RosterRow]) -> ImportPlan:
        """Who in `rows` is new to the group, who is gone, who changed (nothing written)."""
        return plan_for(self._engine, group_name, rows)

    # -- internals ------------------------------------------------------------------------

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
