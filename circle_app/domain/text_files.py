"""Text files people save from spreadsheets and school systems: decoding and separators.

One module for every import that reads text a person or a school system wrote (class
lists, bank CSVs), so they all accept the same files and refuse the same ones:

- UTF-8 with or without a BOM, UTF-16 with a BOM, else Windows-1252 (Danish Excel's "CSV");
- a file mixing UTF-8 lines with lines in another encoding is refused, naming the first
  line that is not UTF-8 (cp1252 pasted into a UTF-8 file would otherwise turn "Søren"
  into "SÃ¸ren" silently);
- NUL bytes mean a binary file (often an .xlsx saved under a .csv name);
- the separator (`;`, `,` or tab) is the one every row uses as often as the first row does,
  outside quotes (`;` first, then tab, then `,`: prose has commas, Danish Excel writes `;`);
  when no separator is used evenly, the one the first row uses most.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SEPARATORS: tuple[str, ...] = (";", ",", "\t")
_PREFERRED = (";", "\t", ",")  # among separators every row uses evenly
_SAMPLE_ROWS = 20  # rows looked at to find the separator
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class MixedEncodingError(ValueError):
    """Some lines are UTF-8 and `line` (1-based) is not; `byte` is its first bad byte (hex)."""

    def __init__(self, line: int, byte: str = "") -> None:
        super().__init__(f"line {line} is not UTF-8")
        self.line = line
        self.byte = byte


class BinaryFileError(ValueError):
    """The data holds a NUL byte on `line` (1-based): not a text file."""

    def __init__(self, line: int) -> None:
        super().__init__(f"line {line} holds a NUL byte")
        self.line = line


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16" or "cp1252"


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in.

    Raises UnicodeDecodeError if it is none of them, MixedEncodingError if some lines are
    UTF-8 and others are not. NUL bytes are left in (see `decode_text` to refuse them)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise _mixed(data, exc.start + 3) from exc
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if has_utf8_line(data):
            raise _mixed(data, exc.start) from exc
        return data.decode("cp1252"), "cp1252"


def _mixed(data: bytes, at: int) -> MixedEncodingError:
    return MixedEncodingError(data.count(b"\n", 0, at) + 1, data[at : at + 1].hex().upper())


def error_line(data: bytes, error: UnicodeDecodeError) -> int:
    """The line (1-based) of `data` where `decode` found `error`, counted in the file's own
    encoding (a UTF-16 line ends in two bytes)."""
    if data.startswith(_UTF16_BOMS):
        before = data[: error.start - error.start % 2].decode("utf-16", errors="replace")
        return before.count("\n") + 1
    return data.count(b"\n", 0, error.start) + 1


def peek(data: bytes) -> str:
    """As much of `data` as reads as text, for a glance at a header; never raises. The rest
    of a line or a character cut off at the end of `data` comes out as U+FFFD."""
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


def decode_text(data: bytes) -> DecodedText:
    """`decode`, and BinaryFileError for data holding a NUL byte (outside UTF-16)."""
    if b"\x00" in data and not data.startswith(_UTF16_BOMS):
        raise BinaryFileError(data.count(b"\n", 0, data.index(b"\x00")) + 1)
    text, encoding = decode(data)
    if "\x00" in text:
        raise BinaryFileError(text.count("\n", 0, text.index("\x00")) + 1)
    return DecodedText(text, encoding)


def has_utf8_line(data: bytes) -> bool:
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


def first_line(text: str) -> str:
    """The first line that is not blank ("" if there is none)."""
    return next((line for line in text.splitlines() if line.strip()), "")


def sniff_separator(text: str, candidates: Sequence[str] = SEPARATORS) -> str:
    """The separator of `text` (a whole file, or only its first line): of those the first
    row uses outside quotes, the one every row of the first few uses as often (";", then
    tab, then "," if several do); if none does, the one the first row uses most (";" wins a
    tie); "," when the first row uses none."""
    rows = _rows_counted(text, candidates)
    if not rows:
        return ","
    first = rows[0]
    used = [sep for sep in candidates if first[sep]]
    if not used:
        return ","
    even = [sep for sep in used if all(row[sep] == first[sep] for row in rows)]
    if even:
        return min(even, key=lambda sep: _PREFERRED.index(sep) if sep in _PREFERRED else 99)
    return max(used, key=lambda sep: (first[sep], sep == ";"))


def _rows_counted(text: str, candidates: Sequence[str]) -> list[dict[str, int]]:
    """For the first non-blank rows (a quoted cell may hold line breaks), how often each
    candidate occurs outside quotes."""
    rows: list[dict[str, int]] = []
    counts = dict.fromkeys(candidates, 0)
    in_quotes, blank = False, True
    for char in text:
        if char == '"':
            in_quotes = not in_quotes
        elif not in_quotes and char in "\r\n":
            if not blank:
                rows.append(counts)
                if len(rows) == _SAMPLE_ROWS:
                    return rows
            counts, blank = dict.fromkeys(candidates, 0), True
            continue
        elif not in_quotes and char in counts:
            counts[char] += 1
        if not char.isspace() or char in counts:
            blank = False
    if not blank:
        rows.append(counts)
    return rows


__all__ = [
    "SEPARATORS",
    "BinaryFileError",
    "DecodedText",
    "MixedEncodingError",
    "decode",
    "decode_text",
    "error_line",
    "first_line",
    "has_utf8_line",
    "peek",
    "sniff_separator",
]
