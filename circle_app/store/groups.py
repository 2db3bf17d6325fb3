"""Groups and their people, read for the circle setup; the demo group is made here."""

from __future__ import annotations

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from circle_app.domain.enums import AgeBand, GroupKind, Role
from circle_app.domain.keepers import KeeperRecord
from circle_app.domain.name_rules import GROUP_NAME_MAX
from circle_app.domain.people import Group, Member, Person
from circle_app.store.clock import as_utc, utcnow
from circle_app.store.models import CircleRow, GroupRow, MembershipRow, PersonRow
from circle_app.store.roster import checked_name
from circle_app.store.start_read import GROUPS_SQL, groups_from

DEMO_GROUP_NAME = "Demo"


class GroupStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def list_groups(self) -> list[Group]:
        """Every group by name, with its present members counted (home reads the same text
        ahead at start, store/start_read.py)."""
        with Session(self._engine) as session:
            return groups_from(session.execute(text(GROUPS_SQL)))

    def members(self, group_id: int) -> list[Member]:
        with Session(self._engine) as session:
            rows = session.execute(
                select(MembershipRow, PersonRow)
                .join(PersonRow, PersonRow.id == MembershipRow.person_id)
                .where(MembershipRow.group_id == group_id, MembershipRow.left_on.is_(None))
                .order_by(MembershipRow.seat)
            ).all()
            return [
                Member(
                    Person(
                        id=person.id if person.id is not None else -1,
                        display_name=person.display_name,
                        short_name=person.short_name or "",
                        role=Role(person.role),
                        birth_year=person.birth_year,
                        age_band=AgeBand(person.age_band) if person.age_band else None,
                    ),
                    seat=membership.seat,
                    away_until=membership.away_until,
                )
                for membership, person in rows
            ]

    def create_group(
        self,
        name: str,
        kind: GroupKind,
        people: list[tuple[str, Role]],
        *,
        age_band: AgeBand | None = None,
        language: str = "da",
    ) -> int:
        """A group with its people in seat order, in one transaction."""
        name = checked_name(name, limit=GROUP_NAME_MAX)
        people = [(checked_name(display_name), role) for display_name, role in people]
        with Session(self._engine) as session:
            group = GroupRow(
                name=name,
                kind=kind.value,
                age_band=age_band.value if age_band else None,
                language=language,
                created_at=utcnow(),
            )
            session.add(group)
            session.flush()
            assert group.id is not None
            for seat, (display_name, role) in enumerate(people):
                person = PersonRow(display_name=display_name, role=role.value, created_at=utcnow())
                session.add(person)
                session.flush()
                assert person.id is not None
                session.add(MembershipRow(group_id=group.id, person_id=person.id, seat=seat))
            session.commit()
            return group.id

    def set_board_controls(self, group_id: int, *, shown: bool) -> None:
        """Pass and Next on the board for the group's children to tap (issue 18)."""
        with Session(self._engine) as session:
            row = session.get_one(GroupRow, group_id)
            if row.board_controls != shown:
                row.board_controls = shown
                session.commit()

    def find_group(self, name: str) -> int | None:
        with Session(self._engine) as session:
            return session.scalars(select(GroupRow.id).where(GroupRow.name == name)).first()

    def keeper_history(self, group_id: int) -> list[KeeperRecord]:
        """Who kept the group's past circles, oldest first (M6 rotation)."""
        with Session(self._engine) as session:
            rows = session.execute(
                select(CircleRow.keeper_person_id, CircleRow.keeper_role, CircleRow.started_at)
                .where(CircleRow.group_id == group_id)
                .order_by(CircleRow.started_at)
            ).all()
            return [
                KeeperRecord(person_id, Role(role) if role else None, as_utc(started_at))
                for person_id, role, started_at in rows
            ]
