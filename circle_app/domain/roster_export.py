"""A group's list written back as a file the import reads again: CSV or .xlsx.

The same layout as a hand-made list (navn, kaldenavn, rolle, fødselsår, klasse, id), so
export → edit in Excel → import round-trips. Formula-safe: every text cell a spreadsheet
would run (`=`, `+`, `-`, `@` …) gets the quote csv_safety adds, which the import removes.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from circle_app.domain.csv_safety import neutralise_row

HEADER = ("navn", "kaldenavn", "rolle", "fødselsår", "klasse", "id")


@dataclass(frozen=True, slots=True)
class ListedPerson:
    display_name: str
    short_name: str
    role: str  # a Role value, which the import reads back
    birth_year: int | None
    class_name: str
    source_id: str = ""


def _cells(person: ListedPerson) -> list[object]:
    return [
        person.display_name,
        person.short_name,
        person.role,
        person.birth_year if person.birth_year is not None else "",
        person.class_name,
        person.source_id,
    ]


def to_csv(people: Iterable[ListedPerson]) -> bytes:
    """UTF-8 with a BOM and ';' between fields: what Danish Excel opens without asking."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for person in people:
        writer.writerow(neutralise_row(_cells(person)))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(people: Iterable[ListedPerson], *, title: str = "Liste") -> bytes:
    """One sheet, the header row first; text cells stay text, never formulas."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    safe = re.sub(r"[\[\]:*?/\\]", "-", title).strip("'")[:31]  # what Excel allows
    sheet = workbook.create_sheet(title=safe or "Liste")
    sheet.append(list(HEADER))
    for person in people:
        sheet.append(neutralise_row(_cells(person)))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
