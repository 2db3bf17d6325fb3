"""What the roster screen may do, and nothing more: read groups, change them, export and
erase. The screen gets this instead of an engine, so it builds no store and writes no file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from circle_app.store import privacy
from circle_app.store.groups import GroupStore
from circle_app.store.privacy import Erasure
from circle_app.store.roster import RosterStore
from circle_app.store.roster_lists import write_group_list


class RosterPrivacy:
    """Export and erasure of the roster's people (store.privacy, store.roster_lists)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def erase_person(self, person_id: int) -> Erasure:
        return privacy.erase_person(self._engine, person_id)

    def erase_group(self, group_id: int) -> Erasure:
        return privacy.erase_group(self._engine, group_id)

    def export_person(self, person_id: int, path: Path) -> None:
        """Everything stored about the person, as JSON (0600, all or nothing)."""
        privacy.write_person_export(self._engine, person_id, path)

    def export_group(self, group_id: int, path: Path) -> int:
        """The group's list as .xlsx or .csv (0600, all or nothing); how many people."""
        return write_group_list(self._engine, group_id, path)


@dataclass(frozen=True, slots=True)
class RosterServices:
    groups: GroupStore
    roster: RosterStore
    privacy: RosterPrivacy

    @classmethod
    def for_engine(cls, engine: Engine) -> RosterServices:
        return cls(GroupStore(engine), RosterStore(engine), RosterPrivacy(engine))
