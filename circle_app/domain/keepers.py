"""Who keeps the next circle (M6: anyone can keep the circle, in turn).

The group's setting says which roles take turns (staff, pupils, parents). The suggestion is
fair in two steps, using the keepers recorded when past circles started:

1. the *role* whose turn it is: among the rotating roles with someone available, the one
   that kept least recently (a role that never kept comes first, in the order staff,
   pupils, parents);
2. the *person* within that role: fewest circles kept in this group, then least recently,
   then seat order.

A past keeper who was erased still counts for their role (the circle keeps keeper_role).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from circle_app.domain.enums import Role
from circle_app.domain.people import Member

ROTATING_ROLES: tuple[Role, ...] = (Role.STAFF, Role.PUPIL, Role.PARENT)


@dataclass(frozen=True, slots=True)
class KeeperRecord:
    """Who kept one past circle of the group."""

    person_id: int | None
    role: Role | None
    started_at: datetime


@dataclass(frozen=True, slots=True)
class KeeperSuggestion:
    """A person from the group, or only a role ("a parent not on the list")."""

    role: Role
    person_id: int | None = None


def parse_roles(text: str) -> frozenset[Role]:
    """The stored setting ("staff,pupil") as roles; unknown words are ignored."""
    known = {role.value: role for role in ROTATING_ROLES}
    roles = frozenset(known[word.strip()] for word in text.split(",") if word.strip() in known)
    return roles or frozenset({Role.STAFF})


def format_roles(roles: Iterable[Role]) -> str:
    chosen = set(roles) & set(ROTATING_ROLES)
    return ",".join(role.value for role in ROTATING_ROLES if role in chosen) or Role.STAFF.value


def suggest_keeper(
    members: Sequence[Member],
    history: Iterable[KeeperRecord],
    rotating_roles: Iterable[Role],
    today: date,
) -> KeeperSuggestion | None:
    """The fair next keeper among the members not away today, or None if nobody rotates."""
    roles = [role for role in ROTATING_ROLES if role in set(rotating_roles)]
    if not roles:
        return None
    records = sorted(history, key=lambda record: record.started_at)
    available = [m for m in members if m.person.role in roles and not m.is_away(today)]

    last_for_role: dict[Role, int] = {}
    kept: dict[int, int] = {}
    last_for_person: dict[int, int] = {}
    for index, record in enumerate(records):
        if record.role is not None:
            last_for_role[record.role] = index
        if record.person_id is not None:
            kept[record.person_id] = kept.get(record.person_id, 0) + 1
            last_for_person[record.person_id] = index

    roles_with_people = [role for role in roles if any(m.person.role is role for m in available)]
    # Without anyone on the list, the turn still rotates between roles (a parent not listed).
    candidates_roles = roles_with_people or roles
    role = min(
        candidates_roles,
        key=lambda r: (last_for_role.get(r, -1), roles.index(r)),
    )
    people = [m for m in available if m.person.role is role]
    if not people:
        return KeeperSuggestion(role)
    chosen = min(
        people,
        key=lambda m: (
            kept.get(m.person.id, 0),
            last_for_person.get(m.person.id, -1),
            m.seat,
        ),
    )
    return KeeperSuggestion(role, chosen.person.id)
