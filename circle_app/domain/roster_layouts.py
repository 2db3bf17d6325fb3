"""Which columns of a class list mean what: Danish/English headers and the school systems'
export layouts, recognised by their header names (never by position), and CPR numbers.

Known layouts, from their published descriptions, with headers matched exactly as the
format spells them:

- Microsoft School Data Sync v1 `Student.csv` (`SIS ID`, `School SIS ID`, `First Name`,
  `Last Name`, `Grade`, …);
- Microsoft School Data Sync v2.1 `users.csv` (`sourcedId`, `username`, `givenName`,
  `familyName`, …), with grade and role from the `roles.csv` beside it;
- 1EdTech OneRoster 1.1 `users.csv` (`sourcedId`, `role`, `givenName`, `familyName`,
  `grades`, `agentSourcedIds`, …);
- the Google Workspace admin user export (`First Name [Required]`, `Last Name
  [Required]`, `Org Unit Path [Required]`, `Employee ID`, …);
- Tabulex/TEA `Elev.txt`, which has no header: its documented field order is below.

Any other file is read by its Danish or English headers (`HEADERS`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from circle_app.domain.roster_model import Layout


@dataclass(frozen=True, slots=True)
class LayoutSpec:
    layout: Layout
    signature: frozenset[str]  # headers that all appear in this layout's files
    absent: frozenset[str]  # headers that tell it apart from a look-alike
    columns: Mapping[str, str]  # exact header -> field
    name_column: str  # named when a file of this layout carries no name at all
    pupils_only: bool = False  # the file lists staff and guardians too


LAYOUTS: tuple[LayoutSpec, ...] = (
    LayoutSpec(
        Layout.ONEROSTER,
        frozenset({"sourcedId", "role", "username"}),
        frozenset(),
        {
            "sourcedId": "source_id",
            "role": "role",
            "givenName": "first",
            "familyName": "last",
            "grades": "grade",
            "agentSourcedIds": "guardian_ids",
        },
        "givenName",
        pupils_only=True,
    ),
    LayoutSpec(
        Layout.SDS_V2,
        frozenset({"sourcedId", "username"}),
        frozenset({"role"}),
        {"sourcedId": "source_id", "givenName": "first", "familyName": "last"},
        "givenName",
        pupils_only=True,
    ),
    LayoutSpec(
        Layout.SDS_V1,
        frozenset({"SIS ID", "School SIS ID"}),
        frozenset(),
        {"SIS ID": "source_id", "First Name": "first", "Last Name": "last", "Grade": "grade"},
        "First Name",
    ),
    LayoutSpec(
        Layout.GOOGLE,
        frozenset({"Email Address [Required]"}),
        frozenset(),
        {
            "First Name [Required]": "first",
            "Last Name [Required]": "last",
            "Org Unit Path [Required]": "org_unit",
            "Employee ID": "source_id",
        },
        "First Name [Required]",
    ),
)

#: Tabulex/TEA Elev.txt: no header row; the first line is the school year; then one pupil
#: per line, fields separated by "¤" in this order (CPR is never read).
TABULEX_FIELDS: tuple[tuple[str, str], ...] = (
    ("ElevID", "source_id"),
    ("Skolekode", ""),
    ("Skolenavn", ""),
    ("Fornavn", "first"),
    ("Efternavn", "last"),
    ("CPR", ""),
    ("Adresse", ""),
    ("Område", ""),
    ("Postnummer", ""),
    ("By", ""),
    ("Klassetrin", "grade"),
    ("Klassespor", "section"),
    ("Elevens første skoleår", ""),
    ("Stamklasse", "class"),
)
TABULEX_SEPARATOR = "¤"
_SCHOOL_YEAR = re.compile(r"^\s*\d{4}(?:\s*[/-]\s*\d{2,4})?\s*$")

# Normalised header text -> field. Danish and English, as school systems and people write them.
HEADERS: dict[str, str] = {}
for _field, _names in {
    "name": (
        "name",
        "navn",
        "full name",
        "fullname",
        "fulde navn",
        "fuldt navn",
        "display name",
        "visningsnavn",
        "elevnavn",
        "elev navn",
        "pupil",
        "student",
        "elev",
    ),
    "first": ("first name", "firstname", "given name", "fornavn", "fornavne"),
    "last": ("last name", "lastname", "surname", "family name", "efternavn", "efternavne"),
    "short": ("short name", "shortname", "short", "initials", "initialer", "kaldenavn", "nickname"),
    "class": ("class", "klasse", "class name", "klassenavn", "hold", "stamklasse", "home class"),
    "grade": ("grade", "klassetrin", "årgang"),
    "section": ("section", "spor", "klassespor"),
    "role": ("role", "rolle", "type"),
    "birth_year": ("birth year", "year of birth", "fødselsår", "født", "born"),
    "birth_date": ("birth date", "date of birth", "birthday", "fødselsdato", "fødselsdag"),
    "age_band": ("age band", "alderstrin", "trin"),
    "source_id": (
        "id",
        "elevid",
        "elev id",
        "elevnummer",
        "elevnr",
        "student id",
        "sis id",
        "unilogin",
        "uni login",
        "uni-login",
    ),
    "guardian": (
        "forælder",
        "forældre",
        "værge",
        "værger",
        "guardian",
        "guardians",
        "parent",
        "parents",
    ),
}.items():
    for _name in _names:
        HEADERS[_name] = _field

#: Fields whose cells are read, and so are checked for CPR numbers.
READ_FIELDS = frozenset(HEADERS.values()) | {"guardian_ids", "org_unit"}


def header_key(text: str) -> str:
    """A header as the Danish/English table knows it: case, spacing, '_' and '-' ignored."""
    text = unicodedata.normalize("NFC", text).strip().strip('"').casefold()
    text = re.sub(r"[_\-]+", " ", text)
    return " ".join(text.split())


def recognise(header: Sequence[str]) -> LayoutSpec | None:
    """The known export layout whose headers these are, if any."""
    cells = {cell.strip().lstrip("\ufeff") for cell in header}
    for spec in LAYOUTS:
        if spec.signature <= cells and not spec.absent & cells:
            return spec
    return None


def looks_like_tabulex(lines: Sequence[str]) -> bool:
    """A school year alone on the first line, then lines of ¤-separated fields."""
    filled = [line for line in lines if line.strip()]
    return (
        len(filled) >= 2
        and bool(_SCHOOL_YEAR.match(filled[0]))
        and filled[1].count(TABULEX_SEPARATOR) >= 4
    )


_CPR_DASHED = re.compile(r"^(\d{2})(\d{2})(\d{2})-\d{4}$")
_CPR_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{2})\d{4}$")


def _valid_date(day: str, month: str, year: str) -> bool:
    for century in (1900, 2000):
        try:
            date(century + int(year), int(month), int(day))
        except ValueError:
            continue
        return True
    return False


def is_cpr(text: str, *, dashed_only: bool = False) -> bool:
    """A Danish CPR number: DDMMYY-XXXX, or 10 digits starting with a valid date."""
    text = text.strip()
    match = _CPR_DASHED.match(text) or (None if dashed_only else _CPR_DIGITS.match(text))
    return bool(match) and _valid_date(*match.groups())  # type: ignore[union-attr]


def holds_cpr(cells: Sequence[str]) -> bool:
    """A column holds CPR numbers: one written DDMMYY-XXXX, or every filled cell 10 digits
    starting with a valid date (a numeric pupil id does that only by chance, cell by cell)."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    if any(is_cpr(cell, dashed_only=True) for cell in filled):
        return True
    return bool(filled) and all(is_cpr(cell) for cell in filled)
