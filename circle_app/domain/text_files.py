"""Text files people save from spreadsheets and school systems: decoding and separators.

One module for every import that reads text a person or a school system wrote (class
lists, bank CSVs), so they all accept the same files and refuse the same ones:

- UTF-8 with or without a BOM, UTF-16 with a BOM, else Windows-1252 (Danish Excel's "CSV");
- a file mixing UTF-8 lines with lines in another encoding is refused, naming the first
  line that is not UTF-8 (cp1252 pasted into a UTF-8 file would otherwise turn "Søren"
  into "SÃ¸ren" silently);
- NUL bytes mean a binary file (often an .xlsx saved under a .csv name);
- the separator is read from the first non-empty line, outside quotes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SEPARATORS: tuple[str, ...] = (";", ",", "\t")


class MixedEncodingError(ValueError):
    """Some lines are UTF-8 and `line` (1-based) is not."""

    def __init__(self, line: int) -> None:
        super().__init__(f"line {line} is not UTF-8")
        self.line = line


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
            raise MixedEncodingError(data.count(b"\n", 0, exc.start + 3) + 1) from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if has_utf8_line(data):
            raise MixedEncodingError(data.count(b"\n", 0, exc.start) + 1) from exc
        return data.decode("cp1252"), "cp1252"


def decode_text(data: bytes) -> DecodedText:
    """`decode`, and BinaryFileError for data holding a NUL byte (outside UTF-16)."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
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


def sniff_separator(line: str, candidates: Sequence[str] = SEPARATORS) -> str:
    """The separator used most in `line` outside quotes; ";" wins a tie (Danish Excel),
    "," when none is used."""
    counts = dict.fromkeys(candidates, 0)
    in_quotes = False
    for char in line:
        if char == '"':
            in_quotes = not in_quotes
        elif not in_quotes and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda d: (counts[d], d == ";"))
    return best if counts[best] else ","


__all__ = [
    "SEPARATORS",
    "BinaryFileError",
    "DecodedText",
    "MixedEncodingError",
    "decode",
    "decode_text",
    "first_line",
    "has_utf8_line",
    "sniff_separator",
]
