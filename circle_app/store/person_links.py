"""Every name typed into a conversation or a conference is a person the store knows.

A party, a participant, a facilitator or whoever carries out or follows up an action is
linked to the person whose name it is (spelling as `domain.names.name_key` reads it), or,
when nobody has that name, to a new person the roster does not show (`listed` false).
Export and erasure then find the records by id, whatever was typed. An unlisted person
no record points at any more (a typo corrected, a case deleted) is deleted with it.
"""

from __future__ import annotations

from sqlalchemy import delete, select, union_all
from sqlalchemy import select as table_select
from sqlalchemy.orm import Session

from circle_app.domain.enums import Role
from circle_app.domain.names import name_key
from circle_app.store.clock import utcnow
from circle_app.store.models import Base, PersonRow


def person_for(session: Session, name: str, role: Role) -> int | None:
    """The id of the person called `name` (a listed one first), creating an unlisted one
    if there is none; None for a blank name."""
    key = name_key(name)
    if not key:
        return None
    people = session.execute(
        select(PersonRow.id, PersonRow.display_name).order_by(PersonRow.listed.desc(), PersonRow.id)
    ).all()
    for person_id, display_name in people:
        if name_key(display_name) == key:
            return person_id
    row = PersonRow(display_name=name.strip(), role=role.value, created_at=utcnow(), listed=False)
    session.add(row)
    session.flush()
    return row.id


def drop_unreferenced(session: Session) -> None:
    """Delete unlisted people that no row points at any more."""
    session.flush()
    pointing = [
        table_select(column).where(column.is_not(None))
        for table in Base.metadata.sorted_tables
        if table.name != PersonRow.__tablename__
        for column in table.columns
        if any(fk.column.table.name == PersonRow.__tablename__ for fk in column.foreign_keys)
    ]
    session.execute(
        delete(PersonRow).where(
            PersonRow.listed.is_(False), PersonRow.id.not_in(union_all(*pointing))
        )
    )
