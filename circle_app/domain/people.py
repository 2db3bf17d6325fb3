"""Groups and the people in them, as the screens see them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from circle_app.domain.enums import AgeBand, GroupKind, Role


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    display_name: str
    short_name: str
    role: Role
    birth_year: int | None = None  # the under-18 rule of conferences needs it (M13)
    age_band: AgeBand | None = None

    @property
    def initials(self) -> str:
        """Short name if given, else the initials of the display name."""
        if self.short_name:
            return self.short_name
        parts = [part for part in self.display_name.split() if part]
        return "".join(part[0] for part in parts[:2]).upper()


@dataclass(frozen=True, slots=True)
class Member:
    person: Person
    seat: int
    away_until: date | None = None

    def is_away(self, today: date) -> bool:
        return self.away_until is not None and today <= self.away_until


@dataclass(frozen=True, slots=True)
class Group:
    id: int
    name: str
    kind: GroupKind
    age_band: AgeBand | None
    language: str
    size: int
    keeper_roles: frozenset[Role] = frozenset({Role.STAFF})  # M6: who takes turns keeping
    board_controls: bool = True  # Pass and Next on the board for children to tap (issue 18)
