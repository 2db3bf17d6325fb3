"""A re-import: who in the file is new, who is gone from the group, who changed (issue 17).

People are matched by the school system's id when both the file and the group have one
(SIS ID, sourcedId, ElevID, UNI-login), else by their name as people read it. Each person
in the group is matched at most once, so nobody is duplicated, and two children who share
a name stay two. Pure: the store applies the plan in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from circle_app.domain.roster_model import RosterRow, name_key


@dataclass(frozen=True, slots=True)
class Known:
    """Someone the group has (or had: `left`)."""

    person_id: int
    display_name: str
    source_id: str = ""
    short_name: str = ""
    birth_year: int | None = None
    left: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """A row that is someone the group knows; `changes` names what the file changes."""

    person_id: int
    row: RosterRow
    before: Known
    changes: tuple[str, ...] = ()  # "name", "short name", "birth year", "id"

    @property
    def returning(self) -> bool:
        return self.before.left


@dataclass(frozen=True, slots=True)
class ImportPlan:
    new: tuple[RosterRow, ...] = ()
    matched: tuple[Match, ...] = ()
    gone: tuple[Known, ...] = ()  # in the group, not in the file

    @property
    def changed(self) -> tuple[Match, ...]:
        return tuple(match for match in self.matched if match.changes)

    @property
    def returning(self) -> tuple[Match, ...]:
        return tuple(match for match in self.matched if match.returning)


def _changes(known: Known, row: RosterRow) -> tuple[str, ...]:
    changes = []
    if row.display_name != known.display_name:
        changes.append("name")
    if row.short_name and row.short_name != known.short_name:
        changes.append("short name")
    if row.birth_year is not None and row.birth_year != known.birth_year:
        changes.append("birth year")
    if row.source_id and row.source_id != known.source_id:
        changes.append("id")
    return tuple(changes)


def plan_import(known: Iterable[Known], rows: Iterable[RosterRow]) -> ImportPlan:
    """Match the file's rows to the group's people: by id first, then by name."""
    people = list(known)
    rows = list(rows)
    by_id = {person.source_id: person for person in people if person.source_id}
    taken: set[int] = set()
    found: dict[int, Known] = {}  # row index -> person
    for index, row in enumerate(rows):
        person = by_id.get(row.source_id) if row.source_id else None
        if person is not None and person.person_id not in taken:
            found[index] = person
            taken.add(person.person_id)
    by_name: dict[str, list[Known]] = {}
    for person in people:
        by_name.setdefault(name_key(person.display_name), []).append(person)
    for index, row in enumerate(rows):
        if index in found:
            continue
        for person in by_name.get(name_key(row.display_name), ()):
            if person.person_id in taken:
                continue
            if row.source_id and person.source_id and row.source_id != person.source_id:
                continue  # two people with one name: the ids tell them apart
            found[index] = person
            taken.add(person.person_id)
            break
    new = tuple(row for index, row in enumerate(rows) if index not in found)
    matched = tuple(
        Match(found[index].person_id, row, found[index], _changes(found[index], row))
        for index, row in enumerate(rows)
        if index in found
    )
    gone = tuple(p for p in people if p.person_id not in taken and not p.left)
    return ImportPlan(new, matched, gone)
