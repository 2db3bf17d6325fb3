"""Excel class lists (.xlsx): the first sheet (or a named one) as rows of text.

openpyxl in read-only mode, cached values only (a formula is never evaluated). A cell our
own export protected against spreadsheet formulas (csv_safety) reads back as it was.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

from circle_app.domain.csv_safety import restore

XLSX_MAGIC = b"PK\x03\x04"


class WorkbookError(ValueError):
    """The workbook cannot be read; `sheets` lists its sheets when one was not found."""

    def __init__(self, reason: str, sheets: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.sheets = sheets


def is_workbook(data: bytes) -> bool:
    return data.startswith(XLSX_MAGIC)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return restore(value)
    return str(value)


def read_sheet(data: bytes, sheet: str | None = None) -> list[tuple[int, list[str]]]:
    """(row number, cells as text) for every row of the sheet, blank rows included."""
    from openpyxl import load_workbook  # a few hundred ms: only when a workbook is read

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise WorkbookError(type(exc).__name__) from exc
    try:
        names = tuple(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise WorkbookError("no such sheet", names)
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            cells = [_text(value) for value in values]
            while cells and not cells[-1]:
                cells.pop()
            rows.append((number, cells))
        return rows
    finally:
        workbook.close()
