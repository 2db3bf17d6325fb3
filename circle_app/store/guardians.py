"""Children and their parents or guardians (M13), linked when a class list names them.

A guardian the school system lists (OneRoster's agentSourcedIds) or a name in a
Forælder/Værge column becomes a person the roster does not show (`listed` false) unless
they are on a list themselves; export and erasure find them like anyone else, and one
linked to nobody any more is erased with the last child (person_links.drop_unreferenced).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from circle_app.domain.enums import AgeBand, Role
from circle_app.domain.people import Person
from circle_app.domain.roster_model import RosterRow
from circle_app.store.clock import utcnow
from circle_app.store.models import PersonGuardianRow, PersonRow
from circle_app.store.person_links import person_for
from circle_app.store.roster_names import checked_name


def _guardian_by_source(session: Session, row: RosterRow) -> int:
    found = session.scalars(
        select(PersonRow.id).where(PersonRow.source_id == row.source_id).order_by(PersonRow.id)
    ).first()
    if found is not None:
        return found
    person = PersonRow(
        display_name=checked_name(row.display_name),
        role=Role.PARENT.value,
        age_band=AgeBand.VOKSNE.value,
        source_id=row.source_id,
        created_at=utcnow(),
        listed=False,
    )
    session.add(person)
    session.flush()
    assert person.id is not None
    return person.id


def link_guardians(
    session: Session,
    child_id: int,
    row: RosterRow,
    guardians: Mapping[str, RosterRow],
) -> int:
    """Link the child on `row` to the guardians it names, in the session's transaction;
    how many links are new."""
    ids: list[int] = []
    for source_id in row.guardian_ids:
        guardian = guardians.get(source_id)
        if guardian is not None:
            ids.append(_guardian_by_source(session, guardian))
    for name in row.guardian_names:
        found = person_for(session, checked_name(name), Role.PARENT)
        if found is not None:
            ids.append(found)
    known = set(
        session.scalars(
            select(PersonGuardianRow.guardian_id).where(PersonGuardianRow.child_id == child_id)
        ).all()
    )
    added = 0
    for guardian_id in dict.fromkeys(ids):
        if guardian_id != child_id and guardian_id not in known:
            session.add(PersonGuardianRow(child_id=child_id, guardian_id=guardian_id))
            known.add(guardian_id)
            added += 1
    return added


def link_all(
    session: Session, children: Iterable[tuple[int, RosterRow]], guardians: Iterable[RosterRow]
) -> int:
    by_source = {row.source_id: row for row in guardians if row.source_id}
    return sum(
        link_guardians(session, child_id, row, by_source)
        for child_id, row in children
        if row.guardian_ids or row.guardian_names
    )


def guardians_of(engine: Engine, child_id: int) -> list[Person]:
    """The parents and guardians linked to a child, for the conference's under-18 rule
    (M13: a child under 18 takes part with a parent or guardian): suggest these."""
    with Session(engine) as session:
        rows = session.scalars(
            select(PersonRow)
            .join(PersonGuardianRow, PersonGuardianRow.guardian_id == PersonRow.id)
            .where(PersonGuardianRow.child_id == child_id)
            .order_by(PersonGuardianRow.id)
        ).all()
        return [
            Person(
                id=row.id if row.id is not None else -1,
                display_name=row.display_name,
                short_name=row.short_name or "",
                role=Role(row.role),
                birth_year=row.birth_year,
                age_band=AgeBand(row.age_band) if row.age_band else None,
            )
            for row in rows
        ]
