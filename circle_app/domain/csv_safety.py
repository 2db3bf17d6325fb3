"""Cells a spreadsheet would run as a formula are written as text (OWASP's CSV injection rule).

Every CSV circle-app writes passes its cells through `neutralise`: a cell starting with
`=`, `+`, `-`, `@`, a tab or a carriage return gets a single quote in front, so Excel,
LibreOffice and Numbers show it as text and never evaluate it. Every CSV circle-app reads
back passes them through `restore`, which takes exactly that quote away again, so a file
exported and imported holds the same texts.

The rule is exact both ways: a cell whose first character, after any single quotes, is
one of those gets one more quote; on reading, one quote goes from a cell that starts with
quotes followed by one of those. So "'=x", a text that already starts with a quote,
is written "''=x" and read back as "'=x".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]")
_ADDED_QUOTE = re.compile(r"'+[=+\-@\t\r]")


def neutralise(cell: str) -> str:
    """The cell as it is written: a quote in front when a spreadsheet would run it."""
    return "'" + cell if _NEEDS_QUOTE.match(cell) else cell


def restore(cell: str) -> str:
    """The cell as it was before `neutralise`: the one quote it added taken away."""
    return cell[1:] if _ADDED_QUOTE.match(cell) else cell


def neutralise_row(cells: Iterable[object]) -> list[object]:
    """A row for csv.writer: text cells neutralised, numbers left as numbers."""
    return [neutralise(cell) if isinstance(cell, str) else cell for cell in cells]


__all__ = ["TRIGGERS", "neutralise", "neutralise_row", "restore"]
