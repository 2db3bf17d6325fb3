"""Check bank files and turn them into `Bank` objects; every problem names file, line, field.

Never raises on any input: unreadable, binary, non-UTF-8, broken TOML and wrong shapes all
come back as `Problem`s. A file with any problem yields no bank at all (no half-loaded bank).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from circle_app.banks.schema import (
    AGE_BANDS,
    FACILITATOR_ONLY_KINDS,
    FORMAT_VERSION,
    ID_PATTERN,
    KINDS,
    LANGUAGES,
    MAX_NOTE_LENGTH,
    MAX_TEXT_LENGTH,
    STAGES,
    Bank,
    Problem,
    quoted_choices,
)
from circle_app.domain.enums import AgeBand, BankKind, Stage
from circle_app.domain.prompts import Prompt

_SYNTAX_AT = re.compile(r"at line (\d+), column (\d+)")
_HEADER = re.compile(r"^\s*\[")
_BANK_HEADER = re.compile(r"^\s*\[\s*bank\s*\]\s*(#.*)?$")
_PROMPTS_HEADER = re.compile(r"^\s*\[\[\s*prompts\s*\]\]\s*(#.*)?$")


def _kind_of(value: object) -> str:
    """How a TOML value is called in messages for curators."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, dt.date | dt.time):
        return "a date or time"
    return type(value).__name__


class _Lines:
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


def decode_text(data: bytes, path: Path) -> tuple[str | None, list[Problem]]:
    """UTF-8 text (a BOM is allowed), or a problem saying why the file is not text."""
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return None, [
            Problem(path, line, "file", "is not a text file (it holds binary data, NUL bytes)")
        ]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 1].hex().upper()
        return None, [
            Problem(
                path,
                line,
                "file",
                f"is not UTF-8 text (byte 0x{bad}); save it as UTF-8",
            )
        ]
    return text, []


def _syntax_problem(exc: Exception, path: Path, lines: _Lines) -> Problem:
    message = str(exc)
    match = _SYNTAX_AT.search(message)
    if match:
        line: int | None = int(match.group(1))
        message = message[: match.start()].rstrip(" (") or message
    elif "end of document" in message:
        line = lines.last
        message = message.replace("(at end of document)", "").strip() or message
    else:
        line = None
    return Problem(path, line, "toml", f"not valid TOML: {message}")


class _BankMeta(NamedTuple):
    id: str
    language: str
    kind: BankKind | None
    title: str
    description: str
    format: int
    facilitator_only: bool = False
    note: str = ""


class _Checker:
    """Walks one parsed document, collecting problems; builds the bank only if there are none."""

    def __init__(self, doc: Mapping[str, object], path: Path, lines: _Lines, user: bool) -> None:
        self._doc = doc
        self._path = path
        self._lines = lines
        self._user = user
        self.problems: list[Problem] = []

    def _add(self, line: int | None, field: str, message: str) -> None:
        self.problems.append(Problem(self._path, line, field, message))

    # -- [bank] ---------------------------------------------------------------------------

    def _bank_string(
        self, table: Mapping[str, object], key: str, *, required: bool = True
    ) -> str | None:
        line = self._lines.bank_key(key)
        if key not in table:
            if required:
                self._add(self._lines.bank(), f"bank.{key}", "missing")
            return None
        value = table[key]
        if not isinstance(value, str):
            self._add(line, f"bank.{key}", f"must be text in quotes, not {_kind_of(value)}")
            return None
        if required and not value.strip():
            self._add(line, f"bank.{key}", "is empty")
            return None
        return value.strip()

    def _choice(
        self, value: str | None, choices: tuple[str, ...], line: int | None, field: str, what: str
    ) -> str | None:
        if value is None:
            return None
        if value not in choices:
            self._add(line, field, f"unknown {what} {value!r} (expected {quoted_choices(choices)})")
            return None
        return value

    def check(self) -> Bank | None:
        table = self._doc.get("bank")
        if table is None:
            self._add(1, "bank", "missing the [bank] table (id, language, kind, title)")
            bank_meta = None
        elif not isinstance(table, dict):
            self._add(self._lines.top_key("bank") or 1, "bank", "must be a [bank] table")
            bank_meta = None
        else:
            bank_meta = self._check_bank(table)
        kind = bank_meta.kind if bank_meta else None
        prompts = self._check_prompts(bank_meta.id if bank_meta else "", bank_meta, kind)
        if self.problems or bank_meta is None:
            return None
        assert kind is not None
        return Bank(
            id=bank_meta.id,
            language=bank_meta.language,
            kind=kind,
            title=bank_meta.title,
            description=bank_meta.description,
            path=self._path,
            prompts=tuple(prompts),
            format=bank_meta.format,
            user=self._user,
            facilitator_only=bank_meta.facilitator_only,
            note=bank_meta.note,
        )

    def _check_bank(self, table: Mapping[str, object]) -> _BankMeta | None:
        before = len(self.problems)
        version = FORMAT_VERSION
        if "format" in table:
            raw = table["format"]
            line = self._lines.bank_key("format")
            if not isinstance(raw, int) or isinstance(raw, bool):
                self._add(line, "bank.format", f"must be a whole number, not {_kind_of(raw)}")
            elif raw < 1 or raw > FORMAT_VERSION:
                self._add(
                    line,
                    "bank.format",
                    f"format {raw} is not one this app reads (it reads 1 to {FORMAT_VERSION}); "
                    "update circle-app",
                )
            else:
                version = raw
        bank_id = self._bank_string(table, "id")
        if bank_id is not None and not ID_PATTERN.fullmatch(bank_id):
            self._add(
                self._lines.bank_key("id"),
                "bank.id",
                f"{bank_id!r} is not a valid id (letters, digits, '-', '_' and '.', "
                "starting with a letter or digit, at most 100)",
            )
        language = self._choice(
            self._bank_string(table, "language"),
            LANGUAGES,
            self._lines.bank_key("language"),
            "bank.language",
            "language",
        )
        kind_text = self._choice(
            self._bank_string(table, "kind"),
            KINDS,
            self._lines.bank_key("kind"),
            "bank.kind",
            "kind",
        )
        kind = BankKind(kind_text) if kind_text else None
        title = self._bank_string(table, "title")
        description = self._bank_string(table, "description", required=False) or ""
        facilitator_only, note = self._check_facilitator(table, kind)
        if len(self.problems) > before:
            # Still check prompts against the kind, when the kind itself was fine.
            return _BankMeta("", "", kind, "", "", version) if kind else None
        assert bank_id is not None
        assert language is not None
        assert title is not None
        return _BankMeta(
            bank_id, language, kind, title, description, version, facilitator_only, note
        )

    def _check_facilitator(
        self, table: Mapping[str, object], kind: BankKind | None
    ) -> tuple[bool, str]:
        """`facilitator_only` (true/false) and `note` (at most 300 characters)."""
        facilitator_only = False
        if "facilitator_only" in table:
            raw = table["facilitator_only"]
            if isinstance(raw, bool):
                facilitator_only = raw
            else:
                self._add(
                    self._lines.bank_key("facilitator_only"),
                    "bank.facilitator_only",
                    f"must be true or false, not {_kind_of(raw)}",
                )
                facilitator_only = True  # not reported twice for a support bank
        note = ""
        has_note = "note" in table
        if has_note:
            line = self._lines.bank_key("note")
            raw_note = table["note"]
            if not isinstance(raw_note, str):
                self._add(line, "bank.note", f"must be text in quotes, not {_kind_of(raw_note)}")
            elif not raw_note.strip():
                self._add(line, "bank.note", "is empty (write the note, or leave the key out)")
            elif len(raw_note.strip()) > MAX_NOTE_LENGTH:
                self._add(
                    line,
                    "bank.note",
                    f"is {len(raw_note.strip())} characters; at most {MAX_NOTE_LENGTH} "
                    "(one or two lines)",
                )
            else:
                note = raw_note.strip()
        if kind in FACILITATOR_ONLY_KINDS:
            assert kind is not None
            if not facilitator_only:
                self._add(
                    self._lines.bank_key("facilitator_only"),
                    "bank.facilitator_only",
                    f"a {kind.value} bank must have facilitator_only = true "
                    "(its prompts are never drawn at random)",
                )
            if not has_note:
                self._add(
                    self._lines.bank(),
                    "bank.note",
                    f"a {kind.value} bank needs a note for the facilitator "
                    '(e.g. note = "Prepare such a circle with the school\'s resource people.")',
                )
        return facilitator_only, note

    # -- [[prompts]] ----------------------------------------------------------------------

    def _check_prompts(
        self,
        bank_id: str,
        bank_meta: _BankMeta | None,
        kind: BankKind | None,
    ) -> list[Prompt]:
        raw = self._doc.get("prompts")
        if raw is None:
            self._add(self._lines.bank(), "prompts", "the bank has no prompts (add [[prompts]])")
            return []
        if not isinstance(raw, list) or not all(isinstance(p, dict) for p in raw):
            where = self._lines.top_key("prompts") or self._lines.prompt(0)
            self._add(where, "prompts", "must be [[prompts]] tables")
            return []
        if not raw:
            self._add(self._lines.top_key("prompts"), "prompts", "the bank has no prompts")
            return []
        language = bank_meta.language if bank_meta else ""
        seen: dict[str, int] = {}
        prompts: list[Prompt] = []
        for index, entry in enumerate(raw):
            prompt = self._check_prompt(index, entry, bank_id, language, kind, seen)
            if prompt is not None:
                prompts.append(prompt)
        return prompts

    def _check_prompt(
        self,
        index: int,
        entry: Mapping[str, object],
        bank_id: str,
        language: str,
        kind: BankKind | None,
        seen: dict[str, int],
    ) -> Prompt | None:
        name = f"prompts[{index + 1}]"
        before = len(self.problems)

        def line(key: str) -> int | None:
            return self._lines.prompt_key(index, key)

        def required_text(key: str) -> str | None:
            if key not in entry:
                self._add(self._lines.prompt(index), f"{name}.{key}", "missing")
                return None
            value = entry[key]
            if not isinstance(value, str):
                self._add(
                    line(key), f"{name}.{key}", f"must be text in quotes, not {_kind_of(value)}"
                )
                return None
            if not value.strip():
                self._add(line(key), f"{name}.{key}", "is empty")
                return None
            return value.strip()

        prompt_id = required_text("id")
        if prompt_id is not None:
            if not ID_PATTERN.fullmatch(prompt_id):
                self._add(
                    line("id"),
                    f"{name}.id",
                    f"{prompt_id!r} is not a valid id (letters, digits, '-', '_' and '.', "
                    "starting with a letter or digit, at most 100)",
                )
            elif prompt_id in seen:
                first = self._lines.prompt_key(seen[prompt_id], "id")
                at = f" (first at line {first})" if first else ""
                self._add(line("id"), f"{name}.id", f"duplicate prompt id {prompt_id!r}{at}")
            else:
                seen[prompt_id] = index

        text = required_text("text")
        if text is not None and len(text) > MAX_TEXT_LENGTH:
            self._add(
                line("text"),
                f"{name}.text",
                f"is {len(text)} characters; at most {MAX_TEXT_LENGTH} fit the prompt card",
            )

        ages = self._string_list(entry, "ages", name, lambda: line("ages"), required=True)
        bands: set[AgeBand] = set()
        for age in ages or []:
            if age not in AGE_BANDS:
                self._add(
                    line("ages"),
                    f"{name}.ages",
                    f"unknown age band {age!r} (expected {quoted_choices(AGE_BANDS)})",
                )
            else:
                bands.add(AgeBand(age))

        tags = self._string_list(entry, "tags", name, lambda: line("tags"), required=False) or []

        stage: Stage | None = None
        if "stage" in entry:
            raw_stage = entry["stage"]
            if kind is not None and kind is not BankKind.CONFLICT:
                self._add(
                    line("stage"),
                    f"{name}.stage",
                    f"only conflict prompts have a stage (this bank's kind is {kind.value})",
                )
            elif not isinstance(raw_stage, str):
                self._add(
                    line("stage"),
                    f"{name}.stage",
                    f"must be text in quotes, not {_kind_of(raw_stage)}",
                )
            elif raw_stage.strip() not in STAGES:
                self._add(
                    line("stage"),
                    f"{name}.stage",
                    f"unknown stage {raw_stage!r} (expected {quoted_choices(STAGES)})",
                )
            else:
                stage = Stage(raw_stage.strip())
        elif kind is BankKind.CONFLICT:
            self._add(
                self._lines.prompt(index),
                f"{name}.stage",
                f"a conflict prompt needs a stage ({quoted_choices(STAGES)})",
            )

        only: str | None = None
        if "only" in entry:
            raw_only = entry["only"]
            if not isinstance(raw_only, str):
                self._add(
                    line("only"),
                    f"{name}.only",
                    f"must be text in quotes, not {_kind_of(raw_only)}",
                )
            elif raw_only.strip() not in LANGUAGES:
                self._add(
                    line("only"),
                    f"{name}.only",
                    f"unknown language {raw_only!r} (expected {quoted_choices(LANGUAGES)})",
                )
            elif language and raw_only.strip() != language:
                self._add(
                    line("only"),
                    f"{name}.only",
                    f"{raw_only.strip()!r} is not this bank's language ({language}): "
                    "a one-culture prompt lives in its own language's bank",
                )
            else:
                only = raw_only.strip()

        if len(self.problems) > before or kind is None:
            return None
        assert prompt_id is not None
        assert text is not None
        return Prompt(
            bank_id=bank_id,
            id=prompt_id,
            text=text,
            language=language,
            kind=kind,
            ages=frozenset(bands),
            tags=frozenset(tags),
            stage=stage,
            only=only,
        )

    def _string_list(
        self,
        entry: Mapping[str, object],
        key: str,
        name: str,
        where: Callable[[], int | None],
        *,
        required: bool,
    ) -> list[str] | None:
        """A list of texts; `where` finds the line only when there is something to report."""
        if key not in entry:
            if required:
                self._add(where(), f"{name}.{key}", "missing")
            return None
        value = entry[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self._add(
                where(),
                f"{name}.{key}",
                f'must be a list of texts in quotes, like ["a", "b"], not {_kind_of(value)}'
                if not isinstance(value, list)
                else 'must be a list of texts in quotes, like ["a", "b"]',
            )
            return None
        items = [v.strip() for v in value if isinstance(v, str)]
        if any(not item for item in items):
            self._add(where(), f"{name}.{key}", "holds an empty entry")
            return None
        if required and not items:
            self._add(where(), f"{name}.{key}", "is empty: name at least one")
            return None
        return items


def check_bytes(
    data: bytes, path: Path, *, user: bool = False
) -> tuple[Bank | None, list[Problem]]:
    """Check one bank file's content; the bank only when there is no problem at all."""
    text, problems = decode_text(data, path)
    if text is None:
        return None, problems
    return check_text(text, path, user=user)


def _deepest_line(text: str) -> int:
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


def check_text(text: str, path: Path, *, user: bool = False) -> tuple[Bank | None, list[Problem]]:
    lines = _Lines(text)
    try:
        doc = tomllib.loads(text)
    except RecursionError:
        message = "not valid TOML: lists or tables are nested too deeply"
        return None, [Problem(path, _deepest_line(text), "toml", message)]
    except (tomllib.TOMLDecodeError, ValueError) as exc:
        return None, [_syntax_problem(exc, path, lines)]
    checker = _Checker(doc, path, lines, user)
    bank = checker.check()
    return bank, checker.problems


def check_file(path: Path, *, user: bool = False) -> tuple[Bank | None, list[Problem]]:
    """Read and check one file; unreadable files are a problem, not an exception."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        return None, [Problem(path, None, "file", "is a folder, not a bank file")]
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ELOOP):
            return None, [_missing(path)]
        return None, [Problem(path, None, "file", f"cannot be read: {exc.strerror or exc}")]
    return check_bytes(data, path, user=user)


def _missing(path: Path) -> Problem:
    """Why `path` cannot be opened: a symbolic link loop, a link to nothing, or nothing."""
    try:
        os.stat(path)
    except ValueError:  # a NUL byte: no file system can hold such a name
        return Problem(path, None, "file", "is not a valid file name")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Problem(path, None, "file", "is a symbolic link loop")
        if path.is_symlink():
            target = os.readlink(path)
            return Problem(
                path, None, "file", f"is a symbolic link to {target}, which does not exist"
            )
    return Problem(path, None, "file", "does not exist")


def folders_without_banks(paths: Iterable[Path]) -> list[Path]:
    """The folders among `paths` with no `*.toml` anywhere below them."""
    return [
        path for path in paths if path.is_dir() and next(iter(path.rglob("*.toml")), None) is None
    ]


def bank_files(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Files as given, and every `*.toml` below folders (sorted); missing paths are problems."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            if path.is_dir():
                from circle_app.banks.plans import is_plan_file  # plans are not banks

                found = [
                    p for p in sorted(path.rglob("*.toml")) if not is_plan_file(p, sniff=False)
                ]
                files.extend(p for p in found if p.is_file())
                problems.extend(_missing(p) for p in found if p.is_symlink() and not p.exists())
            elif path.exists():
                files.append(path)
            else:
                problems.append(_missing(path))
        except OSError as exc:
            problems.append(Problem(path, None, "file", f"cannot be read: {exc.strerror or exc}"))
    return files, problems


def duplicate_problem(bank: Bank, first: Bank) -> Problem:
    line = bank_id_line(bank.path)
    return Problem(
        bank.path,
        line,
        "bank.id",
        f"duplicate bank id {bank.id!r} (already used by {first.path}); this file was skipped",
    )


def bank_id_line(path: Path) -> int | None:
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    return _Lines(text).bank_key("id")


def check_files(
    paths: Iterable[Path], *, user: bool = False, known: Mapping[str, Bank] | None = None
) -> tuple[list[Bank], list[Problem]]:
    """Check many files; a bank id seen before (in `known` or an earlier file) is skipped."""
    files, problems = bank_files(paths)
    banks: list[Bank] = []
    by_id: dict[str, Bank] = dict(known or {})
    for path in files:
        bank, file_problems = check_file(path, user=user)
        problems.extend(file_problems)
        if bank is None:
            continue
        if bank.id in by_id:
            problems.append(duplicate_problem(bank, by_id[bank.id]))
            continue
        by_id[bank.id] = bank
        banks.append(bank)
    return banks, problems


# -- pairs: one bank in two languages -------------------------------------------------------


class _PairLines:
    """Line numbers in the files of a pair, read only when there is a problem to place."""

    def __init__(self) -> None:
        self._lines: dict[Path, _Lines | None] = {}

    def _of(self, path: Path) -> _Lines | None:
        if path not in self._lines:
            try:
                self._lines[path] = _Lines(path.read_text("utf-8-sig"))
            except (OSError, UnicodeDecodeError):
                self._lines[path] = None
        return self._lines[path]

    def bank_key(self, path: Path, key: str) -> int | None:
        lines = self._of(path)
        return lines.bank_key(key) if lines else None

    def prompt_key(self, path: Path, index: int, key: str) -> int | None:
        lines = self._of(path)
        return lines.prompt_key(index, key) if lines else None


def _pair_key(bank: Bank) -> tuple[Path, str] | None:
    """(root, file name) for a bank in `<root>/<its language>/NAME.toml`, else None."""
    folder = bank.path.parent
    if folder.name != bank.language or bank.language not in LANGUAGES:
        return None
    return folder.parent, bank.path.name


def _ages_text(ages: Iterable[AgeBand]) -> str:
    wanted = set(ages)
    return "[" + ", ".join(band.value for band in AgeBand if band in wanted) + "]"


def _tags_text(count: int) -> str:
    return f"{count} tag" if count == 1 else f"{count} tags"


def check_pairs(banks: Iterable[Bank]) -> list[Problem]:
    """Parity of the banks kept as `<root>/da/NAME.toml` and `<root>/en/NAME.toml`.

    The two files are one bank in two languages: a file in one language folder exists in
    the other; every prompt id of one exists in the other with the same ages (as a set),
    stage, number of tags and `only`, and in conversation banks at the same position —
    unless the prompt is marked `only = "<its language>"` (one culture, no counterpart).
    The two banks have the same kind and the same `facilitator_only`. Banks outside such
    language folders (most user banks) have no pair and are not checked.
    """
    groups: dict[tuple[Path, str], dict[str, Bank]] = {}
    languages_of_root: dict[Path, set[str]] = {}
    for bank in banks:
        key = _pair_key(bank)
        if key is None:
            continue
        groups.setdefault(key, {}).setdefault(bank.language, bank)
        languages_of_root.setdefault(key[0], set()).add(bank.language)
    lines = _PairLines()
    problems: list[Problem] = []
    for (root, name), by_language in sorted(groups.items()):
        present = [lang for lang in LANGUAGES if lang in by_language]
        for language in LANGUAGES:
            if language in languages_of_root[root] and language not in by_language:
                for bank in (by_language[lang] for lang in present):
                    problems.append(
                        Problem(
                            bank.path,
                            lines.bank_key(bank.path, "id"),
                            "bank",
                            f"has no counterpart in {language}: add {root / language / name} "
                            "(every bank file exists in both languages, with the same ids)",
                        )
                    )
        if len(present) < 2:
            continue
        reference = by_language[present[0]]
        for language in present[1:]:
            problems.extend(_pair_problems(reference, by_language[language], lines))
    return problems


def _pair_problems(first: Bank, second: Bank, lines: _PairLines) -> list[Problem]:
    problems: list[Problem] = []

    def add(bank: Bank, line: int | None, field: str, message: str) -> None:
        problems.append(Problem(bank.path, line, field, message))

    def where(bank: Bank) -> str:
        return f"{bank.id} ({bank.path})"

    if first.kind is not second.kind:
        add(
            second,
            lines.bank_key(second.path, "kind"),
            "bank.kind",
            f"is {second.kind.value}, but its counterpart {where(first)} is {first.kind.value}",
        )
    if first.facilitator_only != second.facilitator_only:
        add(
            second,
            lines.bank_key(second.path, "facilitator_only"),
            "bank.facilitator_only",
            f"is {str(second.facilitator_only).lower()}, but its counterpart {where(first)} "
            f"has {str(first.facilitator_only).lower()}",
        )
    index_of = {
        bank.id: {prompt.id: index for index, prompt in enumerate(bank.prompts)}
        for bank in (first, second)
    }
    for bank, other in ((first, second), (second, first)):
        for index, prompt in enumerate(bank.prompts):
            name = f"prompts[{index + 1}]"
            counterpart = other.prompt(prompt.id)
            if counterpart is None:
                if prompt.only is None:
                    add(
                        bank,
                        lines.prompt_key(bank.path, index, "id"),
                        f"{name}.id",
                        f"{prompt.id!r} has no counterpart in {where(other)}: add it there, "
                        f'or mark it only = "{bank.language}"',
                    )
                continue
            if prompt.only is not None:
                add(
                    bank,
                    lines.prompt_key(bank.path, index, "only"),
                    f"{name}.only",
                    f"{prompt.id!r} is marked only = {prompt.only!r}, but {where(other)} "
                    "has it too: remove the mark or the counterpart",
                )
            if bank is first:
                continue  # the rest is compared once, and named in the second file
            if prompt.ages != counterpart.ages:
                add(
                    bank,
                    lines.prompt_key(bank.path, index, "ages"),
                    f"{name}.ages",
                    f"{prompt.id!r}: ages differ from its counterpart in {where(other)}: "
                    f"{_ages_text(prompt.ages)} here, {_ages_text(counterpart.ages)} there",
                )
            if prompt.stage is not counterpart.stage:
                add(
                    bank,
                    lines.prompt_key(bank.path, index, "stage"),
                    f"{name}.stage",
                    f"{prompt.id!r} is in stage {prompt.stage.value if prompt.stage else '-'}, "
                    f"its counterpart in {where(other)} in "
                    f"{counterpart.stage.value if counterpart.stage else '-'}",
                )
            if len(prompt.tags) != len(counterpart.tags):
                add(
                    bank,
                    lines.prompt_key(bank.path, index, "tags"),
                    f"{name}.tags",
                    f"{prompt.id!r} has {_tags_text(len(prompt.tags))}; its counterpart in "
                    f"{where(other)} has {_tags_text(len(counterpart.tags))}",
                )
            there = index_of[other.id][prompt.id]
            if BankKind.CONVERSATION in (bank.kind, other.kind) and there != index:
                add(
                    bank,
                    lines.prompt_key(bank.path, index, "id"),
                    f"{name}.id",
                    f"{prompt.id!r} is at position {index + 1} here but at position "
                    f"{there + 1} in {where(other)}: the questions keep their order",
                )
    return problems
