"""Rosters from CSV files that school systems export or teachers type in a spreadsheet.

Pure: bytes in, a preview out. Comma, semicolon or tab (from the header line); UTF-8 with or
without BOM, UTF-16 with BOM, or Windows-1252 (Danish Excel); a header row with Danish or
English column names; quoted fields. Any malformed line refuses the whole file, each problem
as `FILE:LINE: field: message` — nothing is half-imported. Duplicates are flagged, not
refused: two children may share a name, the teacher decides.

Refused as well (issue 12): a file mixing UTF-8 with another encoding (the first line that
is not UTF-8 is named), a column header given twice, and any name, short name, class or
header holding a control character, a bidi override or a zero-width character, or a name
longer than name_rules.PERSON_NAME_MAX — so nothing raw from the file is ever echoed.
Every message is an English template (context "RosterProblem") with its blanks, so the
preview can show it in Danish.

Columns that are not recognised (a CPR number, an e-mail address…) are never read.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from circle_app.domain.enums import AgeBand, Role
from circle_app.domain.name_rules import (
    GROUP_NAME_MAX,
    PERSON_NAME_MAX,
    QT_TRANSLATE_NOOP,
    SHORT_NAME_MAX,
    TOO_LONG,
    NameRefusal,
    character_refusal,
)

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


# Where a problem is, as the preview names it (translated by the UI, context "RosterProblem").
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("RosterProblem", "file"),
    QT_TRANSLATE_NOOP("RosterProblem", "header"),
    QT_TRANSLATE_NOOP("RosterProblem", "line"),
    QT_TRANSLATE_NOOP("RosterProblem", "name"),
    QT_TRANSLATE_NOOP("RosterProblem", "short name"),
    QT_TRANSLATE_NOOP("RosterProblem", "class"),
    QT_TRANSLATE_NOOP("RosterProblem", "role"),
    QT_TRANSLATE_NOOP("RosterProblem", "birth year"),
    QT_TRANSLATE_NOOP("RosterProblem", "birth date"),
    QT_TRANSLATE_NOOP("RosterProblem", "age band"),
)

TOO_LARGE = QT_TRANSLATE_NOOP("RosterProblem", "larger than {megabytes} MB; is it a roster?")
NOT_TEXT = QT_TRANSLATE_NOOP("RosterProblem", "not UTF-8 or Windows-1252 text")
MIXED = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "this line is not UTF-8 but other lines are: the file mixes two encodings; save it "
    "again as CSV UTF-8",
)
NUL = QT_TRANSLATE_NOOP("RosterProblem", "contains NUL bytes; is it a spreadsheet (.xlsx) file?")
EMPTY_FILE = QT_TRANSLATE_NOOP(
    "RosterProblem", "empty; expected a header row and one person per line"
)
NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "no name column (expected name/navn, or first name/fornavn and last name/efternavn)",
)
SAME_HEADER = QT_TRANSLATE_NOOP(
    "RosterProblem", "columns {first} and {second} are both “{header}”; keep one of them"
)
SAME_MEANING = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "columns {first} and {second} ({headers}) mean the same thing; keep one of them",
)
HEADER_CHARACTER = QT_TRANSLATE_NOOP("RosterProblem", "column {column} {reason}")
TOO_MANY_FIELDS = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "{count} fields but the header has {expected} (a '{delimiter}' inside a name needs quotes)",
)
MALFORMED = QT_TRANSLATE_NOOP("RosterProblem", "malformed CSV: {reason}")
NO_PEOPLE = QT_TRANSLATE_NOOP("RosterProblem", "no people below the header")
EMPTY_NAME = QT_TRANSLATE_NOOP("RosterProblem", "empty")
IN_COLUMN = QT_TRANSLATE_NOOP("RosterProblem", "column {column} ({header}) {reason}")
NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "columns {first} and {second} ({headers}) together are {length} characters long; at "
    "most {limit} are allowed",
)
UNKNOWN_ROLE = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "unknown role {role} (expected pupil/elev, staff/personale, parent/forælder or guest/gæst)",
)
NOT_A_YEAR = QT_TRANSLATE_NOOP("RosterProblem", "{value} is not a year between {first} and now")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "RosterProblem", "{value} is not a date like 2015-03-24 or 24-03-2015"
)
UNKNOWN_AGE_BAND = QT_TRANSLATE_NOOP("RosterProblem", "unknown age band {value}")
SHORT_TOO_LONG = QT_TRANSLATE_NOOP("RosterProblem", "longer than {limit} characters")


@dataclass(frozen=True, slots=True)
class RosterProblem:
    """Where and why a file is refused. `template` (context "RosterProblem") and `params`
    let the UI translate it; a param may be a NameRefusal (context "NameRules")."""

    source: str
    line: int
    field: str
    message: str
    template: str = ""
    params: dict[str, object] = dataclass_field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.field}: {self.message}"


def problem(source: str, line: int, where: str, template: str, **params: object) -> RosterProblem:
    """A problem whose message is `template` filled with `params`."""
    return RosterProblem(source, line, where, template.format(**params), template, params)


class MixedEncodingError(ValueError):
    """Some lines are UTF-8 and `line` (1-based) is not."""

    def __init__(self, line: int) -> None:
        super().__init__(f"line {line} is not UTF-8")
        self.line = line


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
    classes: tuple[str, ...] = ()

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
    """Text and the encoding it was in; raises UnicodeDecodeError if it is neither, and
    MixedEncodingError if some lines are UTF-8 and others are not (cp1252 pasted into UTF-8)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise MixedEncodingError(data.count(b"\n", 0, exc.start + 3) + 1) from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _has_utf8_line(data):
            raise MixedEncodingError(data.count(b"\n", 0, exc.start) + 1) from exc
        return data.decode("cp1252"), "cp1252"


def _has_utf8_line(data: bytes) -> bool:
    """Whether some line holds non-ASCII text that is valid UTF-8."""
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        return True
    return False


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

    def refuse(line: int, where: str, template: str, **params: object) -> RosterPreview:
        return RosterPreview(source, problems=(problem(source, line, where, template, **params),))

    if len(data) > MAX_BYTES:
        return refuse(1, "file", TOO_LARGE, megabytes=MAX_BYTES // 1_000_000)
    try:
        text, encoding = decode(data)
    except MixedEncodingError as exc:
        return refuse(exc.line, "file", MIXED)
    except UnicodeDecodeError:
        return refuse(1, "file", NOT_TEXT)
    if "\x00" in text:
        return refuse(1, "file", NUL)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not first:
        return refuse(1, "file", EMPTY_FILE)
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
            if not "".join(record).strip():
                continue
            if header is None:
                header, header_line = record, start
                refusal = _header_problem(record, source, start)
                if refusal is not None:
                    return RosterPreview(source, problems=(refusal,))
                for index, cell in enumerate(record):
                    key = HEADERS.get(_header_key(cell))
                    if key is None:
                        if cell.strip():
                            ignored.append(cell.strip())
                        continue
                    columns[key] = index
                if "name" not in columns and "first" not in columns:
                    return refuse(start, "header", NO_NAME_COLUMN)
                continue
            if len(record) > len(header):
                problems.append(
                    problem(
                        source,
                        start,
                        "line",
                        TOO_MANY_FIELDS,
                        count=len(record),
                        expected=len(header),
                        delimiter=delimiter,
                    )
                )
                continue
            row = _row(record, header, columns, start, source, default_role, this_year, problems)
            if row is None:
                continue
            duplicate = ""
            key = row.key
            if key in existing:
                duplicate = DUPLICATE_IN_GROUP
            elif key in seen:
                duplicate = DUPLICATE_IN_FILE
            seen.setdefault(key, start)
            rows.append(dataclasses.replace(row, duplicate=duplicate) if duplicate else row)
    except csv.Error as exc:
        problems.append(problem(source, line, "line", MALFORMED, reason=str(exc)))
    if header is None:
        return refuse(1, "file", EMPTY_FILE)
    if not rows and not problems:
        problems.append(problem(source, header_line, "file", NO_PEOPLE))
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


def _header_problem(record: list[str], source: str, line: int) -> RosterProblem | None:
    """A header cell that holds a hidden character, or a column given twice."""
    for index, cell in enumerate(record):
        refusal = character_refusal(" ".join(cell.split()))
        if refusal is not None:
            return problem(
                source, line, "header", HEADER_CHARACTER, column=index + 1, reason=refusal
            )
    texts: dict[str, int] = {}
    fields: dict[str, int] = {}
    for index, cell in enumerate(record):
        key = _header_key(cell)
        if not key:
            continue
        if key in texts:
            return problem(
                source,
                line,
                "header",
                SAME_HEADER,
                first=texts[key] + 1,
                second=index + 1,
                header=record[texts[key]].strip(),
            )
        texts[key] = index
        name = HEADERS.get(key)
        if name is None:
            continue
        if name in fields:
            other = fields[name]
            return problem(
                source,
                line,
                "header",
                SAME_MEANING,
                first=other + 1,
                second=index + 1,
                headers=f"{record[other].strip()}, {cell.strip()}",
            )
        fields[name] = index
    return None


def _row(
    record: list[str],
    header: list[str],
    columns: dict[str, int],
    line: int,
    source: str,
    default_role: Role,
    this_year: int,
    problems: list[RosterProblem],
) -> RosterRow | None:
    before = len(problems)

    def add(where: str, template: str, **params: object) -> None:
        problems.append(problem(source, line, where, template, **params))

    width = len(record)
    texts = {
        key: " ".join(record[index].split()) for key, index in columns.items() if index < width
    }

    def cell(key: str, where: str = "", limit: int = 0) -> str:
        """The cell's text, spacing collapsed; a hidden character or too long is a problem."""
        text = texts.get(key, "")
        if where and text and (not text.isprintable() or (limit and len(text) > limit)):
            refusal = character_refusal(text)
            if refusal is None and limit and len(text) > limit:
                refusal = NameRefusal(TOO_LONG, {"length": len(text), "limit": limit})
            if refusal is not None:
                index = columns[key]
                add(
                    where, IN_COLUMN, column=index + 1, header=header[index].strip(), reason=refusal
                )
                return ""
        return text

    whole = cell("name", "name", PERSON_NAME_MAX)
    first, last = cell("first", "name", PERSON_NAME_MAX), cell("last", "name", PERSON_NAME_MAX)
    name = whole or " ".join(part for part in (first, last) if part)
    if len(problems) > before:
        pass  # a cell was refused: said once
    elif not name:
        add("name", EMPTY_NAME)
    elif len(name) > PERSON_NAME_MAX:
        add(
            "name",
            NAME_TOO_LONG,
            first=columns["first"] + 1,
            second=columns["last"] + 1,
            headers=f"{header[columns['first']].strip()}, {header[columns['last']].strip()}",
            length=len(name),
            limit=PERSON_NAME_MAX,
        )
    role_text = cell("role").casefold()
    role = default_role
    if role_text:
        found = ROLE_WORDS.get(role_text)
        if found is None:
            add("role", UNKNOWN_ROLE, role=repr(cell("role")))
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
            add("birth year", NOT_A_YEAR, value=repr(year_text), first=MIN_BIRTH_YEAR)
        else:
            birth_year = int(year_text)
    elif date_text:
        match = _DATE.match(date_text)
        year = int(match.group("y1") or match.group("y2")) if match else 0
        if not MIN_BIRTH_YEAR <= year <= this_year:
            add("birth date", NOT_A_DATE, value=repr(date_text))
        else:
            birth_year = year
    class_name = cell("class", "class", GROUP_NAME_MAX)
    band_text = cell("age_band").casefold()
    age_band = AGE_BAND_WORDS.get(band_text) if band_text else None
    if band_text and age_band is None:
        add("age band", UNKNOWN_AGE_BAND, value=repr(cell("age_band")))
    if age_band is None and role is Role.PUPIL:
        age_band = age_band_for_class(class_name)
    if age_band is None and role in (Role.STAFF, Role.PARENT):
        age_band = AgeBand.VOKSNE
    short = cell("short", "short name")
    if len(short) > SHORT_NAME_MAX:
        add("short name", SHORT_TOO_LONG, limit=SHORT_NAME_MAX)
    if len(problems) > before:
        return None
    return RosterRow(line, name, short, role, birth_year, age_band, class_name)
