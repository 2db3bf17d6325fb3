"""Where in a bank file a problem is: line numbers for tables and keys, found by scanning
the text (tomllib gives values, not positions). Only a file with a problem pays for it."""

from __future__ import annotations

import datetime as dt
import re

from circle_app.banks.schema import QT_TRANSLATE_NOOP, Words

_HEADER = re.compile(r"^\s*\[")
_BANK_HEADER = re.compile(r"^\s*\[\s*bank\s*\]\s*(#.*)?$")
_PROMPTS_HEADER = re.compile(r"^\s*\[\[\s*prompts\s*\]\]\s*(#.*)?$")


def kind_of(value: object) -> str:
    """How a TOML value is called in messages for curators (translated with the message)."""
    if isinstance(value, bool):
        return Words(QT_TRANSLATE_NOOP("BankProblem", "true/false"))
    if isinstance(value, int | float):
        return Words(QT_TRANSLATE_NOOP("BankProblem", "a number"))
    if isinstance(value, str):
        return Words(QT_TRANSLATE_NOOP("BankProblem", "text"))
    if isinstance(value, list):
        return Words(QT_TRANSLATE_NOOP("BankProblem", "a list"))
    if isinstance(value, dict):
        return Words(QT_TRANSLATE_NOOP("BankProblem", "a table"))
    if isinstance(value, dt.date | dt.time):
        return Words(QT_TRANSLATE_NOOP("BankProblem", "a date or time"))
    return type(value).__name__


class SourceLines:
    """Best-effort line numbers for tables and keys, found by scanning the text."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._scanned = False
        self._lines: list[str] = []
        self._bank: tuple[int, int] | None = None
        self._prompts: list[tuple[int, int]] = []

    def _scan(self) -> None:
        """Only when a problem needs a line: valid files never pay for it."""
        if self._scanned:
            return
        self._scanned = True
        self._lines = self._text.split("\n")
        headers = [i for i, line in enumerate(self._lines) if _HEADER.match(line)]
        ends = [*headers[1:], len(self._lines)] if headers else []
        for start, end in zip(headers, ends, strict=True):
            line = self._lines[start]
            if _PROMPTS_HEADER.match(line):
                self._prompts.append((start, end))
            elif _BANK_HEADER.match(line) and self._bank is None:
                self._bank = (start, end)

    @property
    def last(self) -> int:
        self._scan()
        return max(1, len(self._lines))

    def _key_in(self, span: tuple[int, int], key: str) -> int | None:
        pattern = re.compile(
            rf"^\s*(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')\s*="
        )
        for i in range(span[0], span[1]):
            if pattern.match(self._lines[i]):
                return i + 1
        return None

    def bank(self) -> int | None:
        self._scan()
        return self._bank[0] + 1 if self._bank else None

    def bank_key(self, key: str) -> int | None:
        """The key's line in [bank], or the table's own line when the key is not there."""
        self._scan()
        if self._bank is None:
            return None
        return self._key_in(self._bank, key) or self._bank[0] + 1

    def prompt(self, index: int) -> int | None:
        self._scan()
        if index < len(self._prompts):
            return self._prompts[index][0] + 1
        return None

    def prompt_key(self, index: int, key: str) -> int | None:
        """The key's line in the index-th [[prompts]], or that table's line without it."""
        self._scan()
        if index >= len(self._prompts):
            return None
        span = self._prompts[index]
        return self._key_in(span, key) or span[0] + 1

    def top_key(self, key: str) -> int | None:
        """A key before the first table header (e.g. `prompts = [...]` written inline)."""
        self._scan()
        first = min([s for s, _ in self._prompts] + ([self._bank[0]] if self._bank else []) or [0])
        end = first if first else len(self._lines)
        return self._key_in((0, end), key)


def deepest_line(text: str) -> int:
    """The line where lists and inline tables first reach their deepest nesting (strings
    and comments skipped): where a parser gives up on a too deeply nested value."""
    depth = deepest = 0
    line = where = 1
    i, size = 0, len(text)
    while i < size:
        char = text[i]
        if char == "\n":
            line += 1
        elif char == "#":
            end = text.find("\n", i)
            i = size if end < 0 else end
            continue
        elif char in "\"'":
            quote = text[i : i + 3] if text[i : i + 3] in ('"""', "'''") else char
            i += len(quote)
            while i < size and not text.startswith(quote, i):
                if text[i] == "\\" and quote[0] == '"':
                    i += 1
                elif text[i] == "\n":
                    if len(quote) == 1:
                        break  # an unclosed one-line string: the parser says so itself
                    line += 1
                i += 1
            i += len(quote)
            continue
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest, where = depth, line
        elif char in "]}":
            depth = max(0, depth - 1)
        i += 1
    return where
