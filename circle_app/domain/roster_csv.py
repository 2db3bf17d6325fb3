"""Rosters from the files school systems export or teachers save from a spreadsheet.

Pure: bytes in, a preview out. CSV (comma, semicolon or tab, read from the header line;
UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252: domain.text_files), Excel
.xlsx (first sheet, or a named one), and Tabulex's header-less Elev.txt. The headers say
which layout it is (roster_layouts): Danish or English names, or a school system's export.
Any malformed line refuses the whole file, each problem as `FILE:LINE: field: message` in
plain words with what to do (roster_problems) — nothing is half-imported. Duplicates are
flagged, not refused: two children may share a name, the teacher decides.

Refused as well (issue 12): a file mixing UTF-8 with another encoding (the first line that
is not UTF-8 is named), a column header given twice, and any name, short name, class or
header holding a control character, a bidi override or a zero-width character, or a name
longer than name_rules.PERSON_NAME_MAX — so nothing raw from the file is ever echoed. A
column that is read and holds CPR numbers refuses the file (issue 17): a CPR number is
never stored. Columns that are not recognised (a CPR column, an e-mail address…) are
never read.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterable, Mapping

from circle_app.domain.csv_safety import restore
from circle_app.domain.enums import Role
from circle_app.domain.name_rules import character_refusal
from circle_app.domain.roster_fields import LineContext, read_line
from circle_app.domain.roster_layouts import (
    HEADERS,
    READ_FIELDS,
    TABULEX_FIELDS,
    TABULEX_SEPARATOR,
    LayoutSpec,
    header_key,
    holds_cpr,
    looks_like_tabulex,
    recognise,
)
from circle_app.domain.roster_model import (
    DUPLICATE_IN_FILE,
    DUPLICATE_IN_GROUP,
    Layout,
    RosterPreview,
    RosterRow,
    age_band_for_class,
    name_key,
)
from circle_app.domain.roster_problems import (
    BROKEN_WORKBOOK,
    CPR_COLUMN,
    EMPTY_FILE,
    HEADER_CHARACTER,
    LAYOUT_WITHOUT_NAMES,
    MIXED,
    NO_NAME_COLUMN,
    NO_PEOPLE,
    NO_SHEET,
    NOT_TEXT,
    NUL,
    SAME_HEADER,
    SAME_MEANING,
    TABULEX_FIELD_COUNT,
    TOO_LARGE,
    TOO_MANY_FIELDS,
    RosterProblem,
    csv_error,
    problem,
)
from circle_app.domain.roster_sds import roles_by_user
from circle_app.domain.roster_xlsx import WorkbookError, is_workbook, read_sheet
from circle_app.domain.text_files import (
    BinaryFileError,
    MixedEncodingError,
    decode_text,
    first_line,
    sniff_separator,
)

MAX_BYTES = 5_000_000
Records = list[tuple[int, list[str]]]

__all__ = [
    "DUPLICATE_IN_FILE",
    "DUPLICATE_IN_GROUP",
    "MAX_BYTES",
    "Layout",
    "RosterPreview",
    "RosterProblem",
    "RosterRow",
    "age_band_for_class",
    "name_key",
    "parse_roster",
]


class _RefusedError(Exception):
    def __init__(self, refusal: RosterProblem) -> None:
        super().__init__(refusal.message)
        self.problem = refusal


def parse_roster(
    data: bytes,
    source: str,
    *,
    default_role: Role = Role.PUPIL,
    existing_names: Iterable[str] = (),
    this_year: int = 2100,
    sheet: str | None = None,
    roles_csv: bytes | None = None,
    pupils_only: bool = True,
) -> RosterPreview:
    """Read a roster file; problems refuse it as a whole, duplicates are flagged.

    `roles_csv` is the School Data Sync v2.1 roles.csv found beside a users.csv (grade and
    role per user). `pupils_only`: of a layout that lists staff and guardians too
    (OneRoster, SDS v2.1), read only the pupils; guardians are kept to link to them."""
    try:
        if len(data) > MAX_BYTES:
            raise _RefusedError(
                problem(source, 1, "file", TOO_LARGE, megabytes=MAX_BYTES // 1_000_000)
            )
        records, delimiter, encoding, tabulex = _records(data, source, sheet)
        return _preview(
            records,
            source,
            delimiter=delimiter,
            encoding=encoding,
            tabulex=tabulex,
            default_role=default_role,
            existing=frozenset(name_key(name) for name in existing_names),
            this_year=this_year,
            roles=roles_by_user(roles_csv) if roles_csv else {},
            pupils_only=pupils_only,
        )
    except _RefusedError as refused:
        return RosterPreview(source, problems=(refused.problem,))


def _records(
    data: bytes, source: str, sheet: str | None
) -> tuple[tuple[Records, RosterProblem | None], str, str, bool]:
    """The file's records (line, cells) and a problem that stopped the reading, if any."""
    if is_workbook(data):
        try:
            return (read_sheet(data, sheet), None), "", "xlsx", False
        except WorkbookError as exc:
            if exc.sheets:
                raise _RefusedError(
                    problem(source, 1, "sheet", NO_SHEET, sheet=sheet, sheets=", ".join(exc.sheets))
                ) from exc
            raise _RefusedError(problem(source, 1, "file", BROKEN_WORKBOOK)) from exc
    try:
        decoded = decode_text(data)
    except MixedEncodingError as exc:
        raise _RefusedError(problem(source, exc.line, "file", MIXED)) from exc
    except BinaryFileError as exc:
        raise _RefusedError(problem(source, 1, "file", NUL)) from exc
    except UnicodeDecodeError as exc:
        raise _RefusedError(problem(source, 1, "file", NOT_TEXT)) from exc
    text = decoded.text
    lines = text.splitlines()
    if not first_line(text):
        raise _RefusedError(problem(source, 1, "file", EMPTY_FILE))
    if looks_like_tabulex(lines):
        return (_tabulex_records(lines, source), None), TABULEX_SEPARATOR, decoded.encoding, True
    delimiter = sniff_separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: Records = []
    line = 1
    quoted = "'" in text  # restore() changes only a cell that starts with a quote
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if quoted and "'" in "".join(record):
                record = [restore(cell) for cell in record]
            records.append((start, record))
    except csv.Error as exc:
        return (records, csv_error(source, line, str(exc))), delimiter, decoded.encoding, False
    return (records, None), delimiter, decoded.encoding, False


def _tabulex_records(lines: list[str], source: str) -> Records:
    """A header made from the documented field order, then the pupils (the year skipped)."""
    header = [name for name, _ in TABULEX_FIELDS]
    records: Records = [(1, header)]
    year_seen = False
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        if not year_seen:
            year_seen = True
            continue
        fields = text.split(TABULEX_SEPARATOR)
        if len(fields) < len(TABULEX_FIELDS):
            raise _RefusedError(
                problem(
                    source,
                    number,
                    "line",
                    TABULEX_FIELD_COUNT,
                    count=len(fields),
                    expected=len(TABULEX_FIELDS),
                )
            )
        records.append((number, fields[: len(TABULEX_FIELDS)]))
    return records


def _columns(
    header: list[str], spec: LayoutSpec | None, tabulex: bool
) -> tuple[dict[str, int], list[str]]:
    """Field -> column index, and the headers that are not read."""
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, cell in enumerate(header):
        if tabulex:
            key = TABULEX_FIELDS[index][1] if index < len(TABULEX_FIELDS) else ""
        elif spec is not None:
            key = spec.columns.get(cell.strip().lstrip("\ufeff"), "")
        else:
            key = HEADERS.get(header_key(cell), "")
        if key:
            columns[key] = index
        elif cell.strip():
            ignored.append(cell.strip())
    return columns, ignored


def _preview(
    read: tuple[Records, RosterProblem | None],
    source: str,
    *,
    delimiter: str,
    encoding: str,
    tabulex: bool,
    default_role: Role,
    existing: frozenset[str],
    this_year: int,
    roles: Mapping[str, tuple[str, str]],
    pupils_only: bool,
) -> RosterPreview:
    records, stopped = read
    filled = [(line, record) for line, record in records if "".join(record).strip()]
    if not filled:
        if stopped is not None:
            return RosterPreview(source, problems=(stopped,))
        raise _RefusedError(problem(source, 1, "file", EMPTY_FILE))
    header_line, header = filled[0]
    refusal = _header_problem(header, source, header_line)
    if refusal is not None:
        raise _RefusedError(refusal)
    spec = None if tabulex else recognise(header)
    layout = Layout.TABULEX if tabulex else spec.layout if spec else Layout.PLAIN
    columns, ignored = _columns(header, spec, tabulex)
    if "name" not in columns and "first" not in columns:
        if spec is not None:
            raise _RefusedError(
                problem(
                    source,
                    header_line,
                    "header",
                    LAYOUT_WITHOUT_NAMES,
                    layout=spec.layout.value,
                    column=spec.name_column,
                )
            )
        found = ", ".join(cell.strip() for cell in header if cell.strip())
        raise _RefusedError(problem(source, header_line, "header", NO_NAME_COLUMN, headers=found))
    body = filled[1:]
    for key, index in columns.items():
        if key in READ_FIELDS and holds_cpr([r[index] for _, r in body if index < len(r)]):
            raise _RefusedError(
                problem(
                    source,
                    header_line,
                    "column",
                    CPR_COLUMN,
                    column=index + 1,
                    header=header[index].strip(),
                )
            )
    if roles and layout is Layout.SDS_V2 and "source_id" in columns:  # grade, role beside
        width = len(header)
        body = [(line, _with_role(record, width, columns, roles)) for line, record in body]
        header = [*header, "role", "grade"]
        columns = {**columns, "role": len(header) - 2, "grade": len(header) - 1}
    context = LineContext(source, tuple(header), columns, default_role, this_year)
    problems: list[RosterProblem] = []
    rows: list[RosterRow] = []
    guardians: list[RosterRow] = []
    other_roles = 0
    seen: set[str] = set()
    for line, record in body:
        if len(record) > len(header):
            problems.append(
                problem(
                    source,
                    line,
                    "line",
                    TOO_MANY_FIELDS,
                    count=len(record),
                    expected=len(header),
                    delimiter=delimiter,
                )
            )
            continue
        row = read_line(record, line, context, problems)
        if row is None:
            continue
        if spec is not None and spec.pupils_only and pupils_only and row.role is not Role.PUPIL:
            if row.role is Role.PARENT:
                guardians.append(row)
            else:
                other_roles += 1
            continue
        duplicate = ""
        key = row.key  # once: it normalises the name
        if key in existing:
            duplicate = DUPLICATE_IN_GROUP
        elif key in seen:
            duplicate = DUPLICATE_IN_FILE
        seen.add(key)
        rows.append(dataclasses.replace(row, duplicate=duplicate) if duplicate else row)
    if stopped is not None:
        problems.append(stopped)
    if not rows and not problems:
        problems.append(problem(source, header_line, "file", NO_PEOPLE))
    return RosterPreview(
        source,
        rows=tuple(rows) if not problems else (),
        problems=tuple(problems),
        delimiter=delimiter,
        encoding=encoding,
        columns=tuple(sorted(columns, key=lambda key: columns[key])),
        ignored_columns=tuple(ignored),
        classes=tuple(sorted({row.class_name for row in rows if row.class_name})),
        layout=layout,
        guardians=tuple(guardians) if not problems else (),
        other_roles=other_roles,
    )


def _with_role(
    record: list[str],
    width: int,
    columns: Mapping[str, int],
    roles: Mapping[str, tuple[str, str]],
) -> list[str]:
    index = columns["source_id"]
    role, grade = roles.get(record[index].strip() if index < len(record) else "", ("", ""))
    return [*record, *[""] * (width - len(record)), role, grade]


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
        key = header_key(cell)
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
