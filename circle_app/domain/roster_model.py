"""What a class-list import yields: the rows, the layout it was recognised as, the preview."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from circle_app.domain.enums import AgeBand, Role
from circle_app.domain.name_rules import QT_TRANSLATE_NOOP
from circle_app.domain.roster_problems import RosterProblem

DUPLICATE_IN_FILE = "in the file"
DUPLICATE_IN_GROUP = "in the group"

_GRADE = re.compile(r"^\s*(?P<grade>\d{1,2})\s*(?:\.|\s|[a-zæøå]|$)", re.IGNORECASE)


class Layout(StrEnum):
    """The export a file was recognised as (by its headers, or Tabulex's by its shape)."""

    PLAIN = "plain"  # a spreadsheet with Danish or English headers
    SDS_V1 = "sds-v1"
    SDS_V2 = "sds-v2.1"
    ONEROSTER = "oneroster-1.1"
    GOOGLE = "google-workspace"
    TABULEX = "tabulex"


LAYOUT_NAMES: Mapping[Layout, str] = {
    Layout.PLAIN: QT_TRANSLATE_NOOP("RosterLayout", "a spreadsheet with a header row"),
    Layout.SDS_V1: QT_TRANSLATE_NOOP("RosterLayout", "Microsoft School Data Sync v1 (Student.csv)"),
    Layout.SDS_V2: QT_TRANSLATE_NOOP("RosterLayout", "Microsoft School Data Sync v2.1 (users.csv)"),
    Layout.ONEROSTER: QT_TRANSLATE_NOOP("RosterLayout", "OneRoster 1.1 (users.csv)"),
    Layout.GOOGLE: QT_TRANSLATE_NOOP("RosterLayout", "Google Workspace user export"),
    Layout.TABULEX: QT_TRANSLATE_NOOP("RosterLayout", "Tabulex/TEA Elev.txt"),
}


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One person the file would add, with where they came from."""

    line: int
    display_name: str
    short_name: str
    role: Role
    birth_year: int | None
    age_band: AgeBand | None
    class_name: str
    duplicate: str = ""  # why it is flagged: "" | "in the file" | "in the group"
    source_id: str = ""  # the school system's id (SIS ID, sourcedId, ElevID, UNI-login)
    guardian_ids: tuple[str, ...] = ()  # the source ids of their guardians (OneRoster)
    guardian_names: tuple[str, ...] = ()  # names in a Forælder/Værge column

    @property
    def key(self) -> str:
        return name_key(self.display_name)


@dataclass(frozen=True, slots=True)
class RosterPreview:
    source: str
    rows: tuple[RosterRow, ...] = ()
    problems: tuple[RosterProblem, ...] = ()
    delimiter: str = ","
    encoding: str = "utf-8"
    columns: tuple[str, ...] = ()  # recognised fields, in file order
    ignored_columns: tuple[str, ...] = ()  # headers we do not read
    classes: tuple[str, ...] = ()
    layout: Layout = Layout.PLAIN
    guardians: tuple[RosterRow, ...] = ()  # guardians the rows link to, not group members
    other_roles: int = 0  # rows left out because only pupils are read (teachers, aides…)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def duplicates(self) -> tuple[RosterRow, ...]:
        return tuple(row for row in self.rows if row.duplicate)

    def to_import(self, *, skip_duplicates: bool = True) -> tuple[RosterRow, ...]:
        if not self.ok:
            return ()
        return tuple(row for row in self.rows if not (skip_duplicates and row.duplicate))

    def by_class(self) -> dict[str, tuple[RosterRow, ...]]:
        """The rows per class, in the order the classes first appear ("" for no class)."""
        groups: dict[str, list[RosterRow]] = {}
        for row in self.rows:
            groups.setdefault(row.class_name, []).append(row)
        return {name: tuple(rows) for name, rows in groups.items()}


def name_key(name: str) -> str:
    """Names compared as people read them: case, accents' composition and spacing ignored."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


@lru_cache(maxsize=4096)  # a school's file names its few classes thousands of times
def age_band_for_class(class_name: str) -> AgeBand | None:
    """'0.a'…'3.b' → indskoling, '4.'…'6.' → mellemtrin, '7.'…'9.' → udskoling."""
    match = _GRADE.match(class_name)
    if not match:
        return None
    grade = int(match.group("grade"))
    if grade <= 3:
        return AgeBand.INDSKOLING
    if grade <= 6:
        return AgeBand.MELLEMTRIN
    if grade <= 10:
        return AgeBand.UDSKOLING
    return None
