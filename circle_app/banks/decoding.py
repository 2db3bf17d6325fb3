"""Bank, plan and spreadsheet files decoded as class lists are (circle_app.domain.text_files):
UTF-8 with or without a BOM, UTF-16 with a BOM, else Windows-1252 throughout. What cannot be
read comes back as a `Problem` naming the file and its first bad line, never as an exception.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from circle_app.banks.schema import QT_TRANSLATE_NOOP, Problem, problem
from circle_app.domain.text_files import (
    BinaryFileError,
    MixedEncodingError,
    decode_text,
    error_line,
)

NOT_TEXT_FILE = QT_TRANSLATE_NOOP(
    "BankProblem", "is not a text file (it holds binary data, NUL bytes)"
)
NOT_UTF8 = QT_TRANSLATE_NOOP("BankProblem", "is not UTF-8 text (byte 0x{byte}); save it as UTF-8")
NOT_TEXT = QT_TRANSLATE_NOOP("BankProblem", "is not a text file (it holds binary data)")
NOT_UTF8_OR_1252 = QT_TRANSLATE_NOOP(
    "BankProblem", "is neither UTF-8 nor Windows-1252 text; save it as UTF-8"
)


@dataclass(frozen=True, slots=True)
class Refusals:
    """How a kind of file says it is not text: binary data, or bytes in no encoding we read.
    A file mixing UTF-8 lines with others is always NOT_UTF8, at its first such line."""

    binary: str
    undecodable: str


TOML_FILE = Refusals(NOT_TEXT_FILE, NOT_UTF8)  # a bank or plan file
SPREADSHEET = Refusals(NOT_TEXT, NOT_UTF8_OR_1252)  # a CSV made in a spreadsheet


def decode_file_text(
    data: bytes, path: Path, refusals: Refusals = TOML_FILE
) -> tuple[str | None, list[Problem]]:
    """The text of `data`, or None and the problem saying why it is not text."""
    try:
        return decode_text(data).text, []
    except BinaryFileError as exc:
        return None, [problem(path, exc.line, "file", refusals.binary)]
    except MixedEncodingError as exc:
        return None, [problem(path, exc.line, "file", NOT_UTF8, byte=exc.byte)]
    except UnicodeDecodeError as exc:
        template = refusals.undecodable
        params = {"byte": data[exc.start : exc.start + 1].hex().upper()}
        params = params if "{byte}" in template else {}
        return None, [problem(path, error_line(data, exc), "file", template, **params)]


def file_text(path: Path) -> str | None:
    """The text of the file at `path` read the same way, or None if it cannot be (to place
    a problem found earlier on its line: nothing to report twice)."""
    try:
        return decode_text(path.read_bytes()).text
    except (OSError, ValueError):  # UnicodeDecodeError and the text_files errors included
        return None


__all__ = [
    "NOT_TEXT",
    "NOT_TEXT_FILE",
    "NOT_UTF8",
    "NOT_UTF8_OR_1252",
    "SPREADSHEET",
    "TOML_FILE",
    "Refusals",
    "decode_file_text",
    "file_text",
]
