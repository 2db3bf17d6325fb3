"""One line of a class list to one person: name, role, birth year, class, ids, guardians.

Every cell is checked, never changed: a hidden character or a name too long refuses the
line (and so the file) with the column named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from circle_app.domain.enums import AgeBand, Role
from circle_app.domain.name_rules import (
    GROUP_NAME_MAX,
    PERSON_NAME_MAX,
    SHORT_NAME_MAX,
    TOO_LONG,
    NameRefusal,
    character_refusal,
)
from circle_app.domain.roster_model import RosterRow, age_band_for_class
from circle_app.domain.roster_problems import (
    EMPTY_NAME,
    IN_COLUMN,
    NAME_TOO_LONG,
    NOT_A_DATE,
    NOT_A_YEAR,
    SHORT_TOO_LONG,
    UNKNOWN_AGE_BAND,
    UNKNOWN_ROLE,
    RosterProblem,
    problem,
)

MIN_BIRTH_YEAR = 1900
SOURCE_ID_MAX = 120

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
        "administrator",
        "aide",
        "proctor",
        "principal",
        "counselor",
        "districtadministrator",
        "siteadministrator",
        "systemadministrator",
    ),
    Role.PARENT: ("parent", "guardian", "relative", "forælder", "forældre", "værge", "mor", "far"),
    Role.GUEST: ("guest", "gæst", "visitor"),
}.items():
    for _word in _words:
        ROLE_WORDS[_word] = _role

AGE_BAND_WORDS: dict[str, AgeBand] = {band.value: band for band in AgeBand}
AGE_BAND_WORDS.update({"adults": AgeBand.VOKSNE, "adult": AgeBand.VOKSNE})

_DATE = re.compile(r"^(?:(?P<y1>\d{4})-\d{1,2}-\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?P<y2>\d{4}))$")
_LIST = re.compile(r"\s*[,;]\s*")  # OneRoster's lists (grades, agentSourcedIds)
_NAMES = re.compile(r"\s*[;/]\s*")  # "Mette Hansen; Ali Khan" in a Forælder column


@dataclass(frozen=True, slots=True)
class LineContext:
    """What every line of one file shares."""

    source: str
    header: tuple[str, ...]
    columns: Mapping[str, int]  # field -> column index
    default_role: Role
    this_year: int


def class_name_of(texts: Mapping[str, str]) -> str:
    """The class: a class column, else grade and section ("3" + "a" → "3.a"), else the
    last part of a Google org unit path ("/Elever/3a" → "3a")."""
    if texts.get("class"):
        return texts["class"]
    grade = _LIST.split(texts.get("grade", ""))[0]  # OneRoster's grades is a list
    section = texts.get("section", "")
    if grade and section:
        return f"{grade.lstrip('0') or '0'}.{section}"
    if grade:
        return grade
    unit = texts.get("org_unit", "").rstrip("/")
    return unit.rsplit("/", 1)[-1] if "/" in unit else unit


# The cells `check_line` checks for a hidden character (and length, when not 0), by field.
_CHECKED: Mapping[str, int] = {
    "name": PERSON_NAME_MAX,
    "first": PERSON_NAME_MAX,
    "last": PERSON_NAME_MAX,
    "class": GROUP_NAME_MAX,
    "grade": GROUP_NAME_MAX,
    "section": GROUP_NAME_MAX,
    "org_unit": GROUP_NAME_MAX,
    "short": 0,
    "source_id": SOURCE_ID_MAX,
    "guardian_ids": 0,
    "guardian": PERSON_NAME_MAX,
}


def read_line(
    record: list[str], line: int, context: LineContext, problems: list[RosterProblem]
) -> RosterRow | None:
    """The person on this line, or None with the line's problems added.

    Most lines of a school's export hold nothing to refuse: `plain_line` reads those
    without the checks' bookkeeping; any line it is not sure of gets every check
    (`check_line`), which names each problem."""
    row = plain_line(record, line, context)
    return row if row is not None else check_line(record, line, context, problems)


def plain_line(record: list[str], line: int, context: LineContext) -> RosterRow | None:
    """The person on a line `check_line` finds nothing wrong with, as it would read them;
    None when the line may hold a problem (then only `check_line` can say which)."""
    width = len(record)
    texts = {
        key: " ".join(record[index].split())
        for key, index in context.columns.items()
        if index < width
    }
    for key, text in texts.items():
        limit = _CHECKED.get(key)
        if limit is not None and text and (not text.isprintable() or (limit and len(text) > limit)):
            return None
    get = texts.get
    name = get("name") or " ".join(part for part in (get("first"), get("last")) if part)
    if not name or len(name) > PERSON_NAME_MAX:
        return None
    role = context.default_role
    role_text = get("role")
    if role_text:
        found = ROLE_WORDS.get(role_text.casefold())
        if found is None:
            return None
        role = found
    birth_year = None
    if get("birth_year") or get("birth_date"):
        refused: list[object] = []
        birth_year = _birth_year(
            get("birth_year", ""),
            get("birth_date", ""),
            context.this_year,
            lambda *_, **__: refused.append(True),
        )
        if refused:
            return None
    class_name = class_name_of(texts)[:GROUP_NAME_MAX]
    band_text = get("age_band")
    age_band = None
    if band_text:
        age_band = AGE_BAND_WORDS.get(band_text.casefold())
        if age_band is None:
            return None
    if age_band is None and role is Role.PUPIL:
        age_band = age_band_for_class(class_name)
    if age_band is None and role in (Role.STAFF, Role.PARENT):
        age_band = AgeBand.VOKSNE
    short = get("short", "")
    if len(short) > SHORT_NAME_MAX:
        return None
    guardian_ids = get("guardian_ids")
    guardian = get("guardian")
    return RosterRow(
        line,
        name,
        short,
        role,
        birth_year,
        age_band,
        class_name,
        source_id=get("source_id", ""),
        guardian_ids=tuple(i for i in _LIST.split(guardian_ids) if i) if guardian_ids else (),
        guardian_names=tuple(n for n in _NAMES.split(guardian) if n) if guardian else (),
    )


def check_line(
    record: list[str], line: int, context: LineContext, problems: list[RosterProblem]
) -> RosterRow | None:
    """The person on this line, every cell checked: or None with the line's problems added."""
    before = len(problems)
    source, header, columns = context.source, context.header, context.columns

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
    role = context.default_role
    if role_text:
        found = ROLE_WORDS.get(role_text)
        if found is None:
            add("role", UNKNOWN_ROLE, role=repr(cell("role")))
        else:
            role = found
    birth_year = _birth_year(cell("birth_year"), cell("birth_date"), context.this_year, add)
    for key in ("class", "grade", "section", "org_unit"):
        cell(key, "class", GROUP_NAME_MAX)
    class_name = class_name_of(texts) if len(problems) == before else ""
    if len(class_name) > GROUP_NAME_MAX:
        class_name = class_name[:GROUP_NAME_MAX]
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
    source_id = cell("source_id", "id", SOURCE_ID_MAX)
    guardian_ids = tuple(i for i in _LIST.split(cell("guardian_ids", "id")) if i)
    guardian_text = cell("guardian", "guardian", PERSON_NAME_MAX)
    guardian_names = tuple(n for n in _NAMES.split(guardian_text) if n)
    if len(problems) > before:
        return None
    return RosterRow(
        line,
        name,
        short,
        role,
        birth_year,
        age_band,
        class_name,
        source_id=source_id,
        guardian_ids=guardian_ids,
        guardian_names=guardian_names,
    )


def _birth_year(
    year_text: str, date_text: str, this_year: int, report: Callable[..., None]
) -> int | None:
    if year_text:
        if (
            not (year_text.isascii() and year_text.isdigit())
            or not MIN_BIRTH_YEAR <= int(year_text) <= this_year
        ):
            report("birth year", NOT_A_YEAR, value=repr(year_text), first=MIN_BIRTH_YEAR)
            return None
        return int(year_text)
    if date_text:
        match = _DATE.match(date_text)
        year = int(match.group("y1") or match.group("y2")) if match else 0
        if not MIN_BIRTH_YEAR <= year <= this_year:
            report("birth date", NOT_A_DATE, value=repr(date_text))
            return None
        return year
    return None
