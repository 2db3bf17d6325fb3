"""Rosters from CSV files that school systems export or teachers type in a spreadsheet.

Pure: bytes in, a preview out. Comma, semicolon or tab (from the header line); UTF-8 with or
without BOM, UTF-16 with BOM, or Windows-1252 (Danish Excel); a header row with Danish or
English column names; quoted fields. Any malformed line refuses the whole file, each problem
as `FILE:LINE: field: message` — nothing is half-imported. Duplicates are flagged, not
refused: two children may share a name, the teacher decides.

Columns that are not recognised (a CPR number, an e-mail address…) are never read.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from circle_app.domain.enums import AgeBand, Role

MAX_BYTES = 5_000_000
DUPLICATE_IN_FILE = "in the file"
DUPLICATE_IN_GROUP = "in the group"
MIN_BIRTH_YEAR = 1900

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
    "class": ("class", "klasse", "class name", "klassenavn", "hold"),
    "role": ("role", "rolle", "type"),
    "birth_year": ("birth year", "year of birth", "fødselsår", "født", "born"),
    "birth_date": ("birth date", "date of birth", "birthday", "fødselsdato", "fødselsdag"),
    "age_band": ("age band", "alderstrin", "trin"),
}.items():
    for _name in _names:
        HEADERS[_name] = _field

ROLE_WORDS: dict[str, Role] = {}
for _role, _words in {
    Role.PUPIL: ("pupil", "student", "child", "elev", "barn", "skoleelev"),
    Role.STAFF: (
        "staff",
        "teacher",
        "personale",
        "medarbejder",
        "lærer",
        "pædagog",
        "voksen",
        "leder",
    ),
    Role.PARENT: ("parent", "guardian", "forælder", "forældre", "værge", "mor", "far"),
    Role.GUEST: ("guest", "gæst", "visitor"),
}.items():
    for _word in _words:
        ROLE_WORDS[_word] = _role

AGE_BAND_WORDS: dict[str, AgeBand] = {band.value: band for band in AgeBand}
AGE_BAND_WORDS.update({"adults": AgeBand.VOKSNE, "adult": AgeBand.VOKSNE})

_DATE = re.compile(r"^(?:(?P<y1>\d{4})-\d{1,2}-\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?P<y2>\d{4}))$")
_GRADE = re.compile(r"^\s*(?P<grade>\d{1,2})\s*(?:\.|\s|[a-zæøå]|$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RosterProblem:
    source: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.field}: {self.message}"


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
    classes: tuple[str, ...] = field(default=())

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


def name_key(name: str) -> str:
    """Names compared as people read them: case, accents' composition and spacing ignored."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _header_key(text: str) -> str:
    text = unicodedata.normalize("NFC", text).strip().strip('"').casefold()
    text = re.sub(r"[_\-]+", " ", text)
    return " ".join(text.split())


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in; raises UnicodeDecodeError if it is neither."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "cp1252"


def _sniff_delimiter(first_line: str) -> str:
    counts = dict.fromkeys((";", ",", "\t"), 0)
    in_quotes = False
    for char in first_line:
        if char == '"':
            in_quotes = not in_quotes
        elif not in_quotes and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda d: (counts[d], d == ";"))
    return best if counts[best] else ","


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


def parse_roster(
    data: bytes,
    source: str,
    *,
    default_role: Role = Role.PUPIL,
    existing_names: Iterable[str] = (),
    this_year: int = 2100,
) -> RosterPreview:
    """Read a roster file; problems refuse it as a whole, duplicates are flagged."""

    def refuse(line: int, where: str, message: str) -> RosterPreview:
        return RosterPreview(source, problems=(RosterProblem(source, line, where, message),))

    if len(data) > MAX_BYTES:
        return refuse(1, "file", f"larger than {MAX_BYTES // 1_000_000} MB; is it a roster?")
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError:
        return refuse(1, "file", "not UTF-8 or Windows-1252 text")
    if "\x00" in text:
        return refuse(1, "file", "contains NUL bytes; is it a spreadsheet (.xlsx) file?")
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not first:
        return refuse(1, "file", "empty; expected a header row and one person per line")
    delimiter = _sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)

    problems: list[RosterProblem] = []
    header: list[str] | None = None
    header_line = 0
    columns: dict[str, int] = {}
    ignored: list[str] = []
    rows: list[RosterRow] = []
    seen: dict[str, int] = {}
    existing = {name_key(name) for name in existing_names}
    line = 1
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header, header_line = record, start
                for index, cell in enumerate(record):
                    key = HEADERS.get(_header_key(cell))
                    if key is None or key in columns:
                        if cell.strip():
                            ignored.append(cell.strip())
                        continue
                    columns[key] = index
                if "name" not in columns and "first" not in columns:
                    return refuse(
                        start,
                        "header",
                        "no name column (expected name/navn, or first name/fornavn "
                        "and last name/efternavn)",
                    )
                continue
            if len(record) > len(header):
                problems.append(
                    RosterProblem(
                        source,
                        start,
                        "line",
                        f"{len(record)} fields but the header has {len(header)} "
                        f"(a '{delimiter}' inside a name needs quotes)",
                    )
                )
                continue
            row = _row(record, columns, start, source, default_role, this_year, problems)
            if row is None:
                continue
            duplicate = ""
            if row.key in existing:
                duplicate = DUPLICATE_IN_GROUP
            elif row.key in seen:
                duplicate = DUPLICATE_IN_FILE
            seen.setdefault(row.key, start)
            rows.append(
                RosterRow(
                    row.line,
                    row.display_name,
                    row.short_name,
                    row.role,
                    row.birth_year,
                    row.age_band,
                    row.class_name,
                    duplicate,
                )
            )
    except csv.Error as exc:
        problems.append(RosterProblem(source, line, "line", f"malformed CSV: {exc}"))
    if header is None:
        return refuse(1, "file", "empty; expected a header row and one person per line")
    if not rows and not problems:
        problems.append(RosterProblem(source, header_line, "file", "no people below the header"))
    ordered = sorted(columns, key=lambda key: columns[key])
    return RosterPreview(
        source,
        rows=tuple(rows) if not problems else (),
        problems=tuple(problems),
        delimiter=delimiter,
        encoding=encoding,
        columns=tuple(ordered),
        ignored_columns=tuple(ignored),
        classes=tuple(sorted({row.class_name for row in rows if row.class_name})),
    )


def _row(
    record: list[str],
    columns: dict[str, int],
    line: int,
    source: str,
    default_role: Role,
    this_year: int,
    problems: list[RosterProblem],
) -> RosterRow | None:
    def cell(key: str) -> str:
        index = columns.get(key)
        if index is None or index >= len(record):
            return ""
        return " ".join(record[index].split())

    def problem(where: str, message: str) -> None:
        problems.append(RosterProblem(source, line, where, message))

    before = len(problems)
    name = cell("name") or " ".join(part for part in (cell("first"), cell("last")) if part)
    if not name:
        problem("name", "empty")
    elif len(name) > 200:
        problem("name", "longer than 200 characters")
    role_text = cell("role").casefold()
    role = default_role
    if role_text:
        found = ROLE_WORDS.get(role_text)
        if found is None:
            problem(
                "role",
                f"unknown role {cell('role')!r} "
                "(expected pupil/elev, staff/personale, parent/forælder or guest/gæst)",
            )
        else:
            role = found
    birth_year: int | None = None
    year_text = cell("birth_year")
    date_text = cell("birth_date")
    if year_text:
        if (
            not (year_text.isascii() and year_text.isdigit())
            or not MIN_BIRTH_YEAR <= int(year_text) <= this_year
        ):
            problem("birth year", f"{year_text!r} is not a year between {MIN_BIRTH_YEAR} and now")
        else:
            birth_year = int(year_text)
    elif date_text:
        match = _DATE.match(date_text)
        year = int(match.group("y1") or match.group("y2")) if match else 0
        if not MIN_BIRTH_YEAR <= year <= this_year:
            problem("birth date", f"{date_text!r} is not a date like 2015-03-24 or 24-03-2015")
        else:
            birth_year = year
    class_name = cell("class")
    band_text = cell("age_band").casefold()
    age_band = AGE_BAND_WORDS.get(band_text) if band_text else None
    if band_text and age_band is None:
        problem("age band", f"unknown age band {cell('age_band')!r}")
    if age_band is None and role is Role.PUPIL:
        age_band = age_band_for_class(class_name)
    if age_band is None and role in (Role.STAFF, Role.PARENT):
        age_band = AgeBand.VOKSNE
    short = cell("short")
    if len(short) > 12:
        problem("short name", "longer than 12 characters")
    if len(problems) > before:
        return None
    return RosterRow(line, name, short, role, birth_year, age_band, class_name)
