"""A group's list written to a file the import reads back (`groups export`, the roster
screen): .xlsx or .csv by the file's ending, formula-safe, all or nothing, 0600."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from circle_app.domain.roster_export import ListedPerson, to_csv, to_xlsx
from circle_app.store.engine import QT_TRANSLATE_NOOP, StoreError
from circle_app.store.faults import write_file_whole
from circle_app.store.groups import GroupStore
from circle_app.store.models import GroupRow, PersonRow

log = logging.getLogger(__name__)
FORMATS = (".xlsx", ".csv")


def group_list(engine: Engine, group_id: int) -> tuple[str, list[ListedPerson]]:
    """The group's name and its people in seat order, as the list file holds them."""
    with Session(engine) as session:
        group = session.get(GroupRow, group_id)
        if group is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "No group with id {id}."), id=group_id)
        name = group.name
        members = GroupStore(engine).members(group_id)
        sources = {
            member.person.id: (session.get_one(PersonRow, member.person.id).source_id or "")
            for member in members
        }
    return name, [
        ListedPerson(
            m.person.display_name,
            m.person.short_name,
            m.person.role.value,
            m.person.birth_year,
            name,
            sources[m.person.id],
        )
        for m in members
    ]


def write_group_list(engine: Engine, group_id: int, path: Path) -> int:
    """Write the list; how many people it holds. StoreError for an ending it cannot write."""
    suffix = path.suffix.casefold()
    if suffix not in FORMATS:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError", "The list was not saved: give the file the ending .xlsx or .csv."
            )
        )
    name, people = group_list(engine, group_id)
    data = to_xlsx(people, title=name) if suffix == ".xlsx" else to_csv(people)
    write_file_whole(path, data)
    log.info("group %s exported (%d people)", group_id, len(people))
    return len(people)
