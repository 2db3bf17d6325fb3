"""Check bank files and turn them into `Bank` objects; every problem names file, line, field.

Never raises on any input: unreadable, binary, non-UTF-8, broken TOML and wrong shapes all
come back as `Problem`s. A file with any problem yields no bank at all (no half-loaded bank).
The shape and rules of a bank file are declared in bank_file.py; here pydantic's errors
become messages in plain words, placed on the file's lines (lines.py).
"""

from __future__ import annotations

import errno
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from circle_app.banks.bank_file import RULE, BankTable, PromptEntry
from circle_app.banks.decoding import decode_file_text, file_text
from circle_app.banks.lines import SourceLines, deepest_line, kind_of
from circle_app.banks.pairs import check_pairs
from circle_app.banks.schema import (
    ID_PATTERN,
    KINDS,
    PLANS_FOLDER,
    QT_TRANSLATE_NOOP,
    Bank,
    Problem,
    problem,
)
from circle_app.banks.walk import files_below
from circle_app.domain.enums import AgeBand, BankKind, Stage
from circle_app.domain.prompts import Prompt

M = TypeVar("M", bound=BaseModel)

_SYNTAX_AT = re.compile(r"at line (\d+), column (\d+)")

NOT_TOML = QT_TRANSLATE_NOOP(
    "BankProblem",
    "not valid TOML: {reason}. Look on this line for a missing quote, bracket, comma or =",
)
TOO_DEEP = QT_TRANSLATE_NOOP("BankProblem", "not valid TOML: lists or tables are nested too deeply")
NO_BANK_TABLE = QT_TRANSLATE_NOOP(
    "BankProblem", "missing the [bank] table (id, language, kind, title)"
)
NOT_BANK_TABLE = QT_TRANSLATE_NOOP("BankProblem", "must be a [bank] table")
NO_PROMPTS = QT_TRANSLATE_NOOP("BankProblem", "the bank has no prompts (add [[prompts]])")
EMPTY_PROMPTS = QT_TRANSLATE_NOOP("BankProblem", "the bank has no prompts")
NOT_PROMPT_TABLES = QT_TRANSLATE_NOOP("BankProblem", "must be [[prompts]] tables")
DUPLICATE_PROMPT = QT_TRANSLATE_NOOP(
    "BankProblem", "duplicate prompt id {id} (first at line {first}): give each prompt its own id"
)
DUPLICATE_PROMPT_INLINE = QT_TRANSLATE_NOOP(
    "BankProblem", "duplicate prompt id {id}: give each prompt its own id"
)
MISSING_BANK_KEY = QT_TRANSLATE_NOOP("BankProblem", "missing: add {key} = … under [bank]")
MISSING_PROMPT_KEY = QT_TRANSLATE_NOOP(
    "BankProblem", "missing: add {key} = … to this [[prompts]] table"
)
NOT_TEXT = QT_TRANSLATE_NOOP("BankProblem", 'must be text in quotes, not {kind}: write {key} = "…"')
NOT_WHOLE_NUMBER = QT_TRANSLATE_NOOP(
    "BankProblem", "must be a whole number, not {kind}: write {key} = 1"
)
NOT_TRUE_FALSE = QT_TRANSLATE_NOOP(
    "BankProblem", "must be true or false, not {kind}: write {key} = true or {key} = false"
)
NOT_TEXT_LIST = QT_TRANSLATE_NOOP(
    "BankProblem", 'must be a list of texts in quotes, like ["a", "b"], not {kind}'
)
NOT_TEXTS_IN_LIST = QT_TRANSLATE_NOOP(
    "BankProblem", 'must be a list of texts in quotes, like ["a", "b"]'
)
UNREADABLE = QT_TRANSLATE_NOOP("BankProblem", "cannot be read: {reason}")
A_FOLDER = QT_TRANSLATE_NOOP("BankProblem", "is a folder, not a bank file")
BAD_NAME = QT_TRANSLATE_NOOP("BankProblem", "is not a valid file name")
LINK_LOOP = QT_TRANSLATE_NOOP("BankProblem", "is a symbolic link loop")
LINK_TO_NOTHING = QT_TRANSLATE_NOOP(
    "BankProblem", "is a symbolic link to {target}, which does not exist"
)
MISSING_FILE = QT_TRANSLATE_NOOP("BankProblem", "does not exist")
DUPLICATE_BANK = QT_TRANSLATE_NOOP(
    "BankProblem",
    "duplicate bank id {id} (already used by {first}); this file was skipped",
)

_TYPE_MESSAGES = {
    "string_type": NOT_TEXT,
    "int_type": NOT_WHOLE_NUMBER,
    "bool_type": NOT_TRUE_FALSE,
    "list_type": NOT_TEXT_LIST,
}


def _syntax_problem(exc: Exception, path: Path, lines: SourceLines) -> Problem:
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
    return problem(path, line, "toml", NOT_TOML, reason=message)


def _problems(
    error: ValidationError, path: Path, prefix: str, line_of: Any, missing: str
) -> list[Problem]:
    """pydantic's errors in plain words: one per key (a list's items count as its key)."""
    found: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for detail in error.errors():
        key = str(detail["loc"][0])
        kind, ctx = detail["type"], detail.get("ctx") or {}
        if kind == "missing":
            template, params = missing, {"key": key}
        elif kind == RULE:
            template = ctx["template"]
            params = {name: value for name, value in ctx.items() if name != "template"}
        elif kind == "string_type" and len(detail["loc"]) > 1:
            template, params = NOT_TEXTS_IN_LIST, {}
        else:
            template = _TYPE_MESSAGES.get(kind, NOT_TEXT)
            params = {"kind": kind_of(detail["input"]), "key": key}
        if (key, template) in seen:
            continue
        seen.add((key, template))
        found.append(problem(path, line_of(key), f"{prefix}{key}", template, **params))
    return found


def _validated(
    model: type[M], raw: Mapping[str, object], problems: list[Problem], **where: Any
) -> M | None:
    context = where.pop("context", None)
    try:
        return model.model_validate(raw, context=context)
    except ValidationError as error:
        problems.extend(_problems(error, **where))
        return None


def _known_kind(table: Mapping[str, object]) -> BankKind | None:
    """The bank's kind when it is right, even if another key of [bank] is not."""
    value = table.get("kind")
    if isinstance(value, str) and value.strip() in KINDS:
        return BankKind(value.strip())
    return None


def check_text(text: str, path: Path, *, user: bool = False) -> tuple[Bank | None, list[Problem]]:
    lines = SourceLines(text)
    try:
        doc = tomllib.loads(text)
    except RecursionError:
        return None, [problem(path, deepest_line(text), "toml", TOO_DEEP)]
    except (tomllib.TOMLDecodeError, ValueError) as exc:
        return None, [_syntax_problem(exc, path, lines)]
    problems: list[Problem] = []
    raw_bank = doc.get("bank")
    table: BankTable | None = None
    kind: BankKind | None = None
    if raw_bank is None:
        problems.append(problem(path, 1, "bank", NO_BANK_TABLE))
    elif not isinstance(raw_bank, dict):
        problems.append(problem(path, lines.top_key("bank") or 1, "bank", NOT_BANK_TABLE))
    else:
        kind = _known_kind(raw_bank)
        table = _validated(
            BankTable,
            raw_bank,
            problems,
            path=path,
            prefix="bank.",
            line_of=lines.bank_key,
            missing=MISSING_BANK_KEY,
        )
    prompts = _check_prompts(doc.get("prompts"), table, kind, path, lines, problems)
    if problems or table is None:
        return None, problems
    bank = Bank(
        id=table.id,
        language=table.language,
        kind=BankKind(table.kind),
        title=table.title,
        description=table.description,
        path=path,
        prompts=tuple(prompts),
        format=table.format,
        user=user,
        facilitator_only=table.facilitator_only,
        note=table.note or "",
    )
    return bank, []


def _check_prompts(
    raw: object,
    table: BankTable | None,
    kind: BankKind | None,
    path: Path,
    lines: SourceLines,
    problems: list[Problem],
) -> list[Prompt]:
    if raw is None:
        problems.append(problem(path, lines.bank(), "prompts", NO_PROMPTS))
        return []
    if not isinstance(raw, list) or not all(isinstance(p, dict) for p in raw):
        where = lines.top_key("prompts") or lines.prompt(0)
        problems.append(problem(path, where, "prompts", NOT_PROMPT_TABLES))
        return []
    if not raw:
        problems.append(problem(path, lines.top_key("prompts"), "prompts", EMPTY_PROMPTS))
        return []
    bank_id, language = (table.id, table.language) if table else ("", "")
    seen: dict[str, int] = {}
    prompts: list[Prompt] = []
    for index, entry in enumerate(raw):
        name = f"prompts[{index + 1}]"
        before = len(problems)
        checked = _validated(
            PromptEntry,
            entry,
            problems,
            context={"kind": kind, "language": language},
            path=path,
            prefix=f"{name}.",
            line_of=lambda key, index=index: lines.prompt_key(index, key),
            missing=MISSING_PROMPT_KEY,
        )
        raw_id = entry.get("id")
        prompt_id = raw_id.strip() if isinstance(raw_id, str) else ""
        if ID_PATTERN.fullmatch(prompt_id):
            if prompt_id in seen:
                first = lines.prompt_key(seen[prompt_id], "id")
                problems.insert(
                    before,
                    problem(
                        path,
                        lines.prompt_key(index, "id"),
                        f"{name}.id",
                        DUPLICATE_PROMPT if first else DUPLICATE_PROMPT_INLINE,
                        id=repr(prompt_id),
                        first=first,
                    ),
                )
                checked = None
            else:
                seen[prompt_id] = index
        if checked is None or kind is None:
            continue
        prompts.append(
            Prompt(
                bank_id=bank_id,
                id=checked.id,
                text=checked.text,
                language=language,
                kind=kind,
                ages=frozenset(AgeBand(age) for age in checked.ages),
                tags=frozenset(checked.tags),
                stage=Stage(checked.stage) if checked.stage else None,
                only=checked.only,
            )
        )
    return prompts


def check_bytes(
    data: bytes, path: Path, *, user: bool = False
) -> tuple[Bank | None, list[Problem]]:
    """Check one bank file's content; the bank only when there is no problem at all."""
    text, problems = decode_file_text(data, path)
    if text is None:
        return None, problems
    return check_text(text, path, user=user)


def check_file(path: Path, *, user: bool = False) -> tuple[Bank | None, list[Problem]]:
    """Read and check one file; unreadable files are a problem, not an exception."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        return None, [problem(path, None, "file", A_FOLDER)]
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ELOOP):
            return None, [_missing(path)]
        return None, [problem(path, None, "file", UNREADABLE, reason=exc.strerror or exc)]
    return check_bytes(data, path, user=user)


def _missing(path: Path) -> Problem:
    """Why `path` cannot be opened: a symbolic link loop, a link to nothing, or nothing."""
    try:
        os.stat(path)
    except ValueError:  # a NUL byte: no file system can hold such a name
        return problem(path, None, "file", BAD_NAME)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return problem(path, None, "file", LINK_LOOP)
        if path.is_symlink():
            target = os.readlink(path)
            return problem(path, None, "file", LINK_TO_NOTHING, target=target)
    return problem(path, None, "file", MISSING_FILE)


def folders_without_banks(paths: Iterable[Path]) -> list[Path]:
    """The folders among `paths` with no `*.toml` anywhere below them."""
    return [path for path in paths if path.is_dir() and not files_below(path)]


def bank_files(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Files as given, and every `*.toml` below folders (sorted); missing paths are problems."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            if path.is_dir():
                found = [  # a plan file (banks/plans.py) is not a bank
                    p for p in files_below(path) if p.parent.name != PLANS_FOLDER
                ]
                files.extend(p for p in found if p.is_file())
                problems.extend(_missing(p) for p in found if p.is_symlink() and not p.exists())
            elif path.exists():
                files.append(path)
            else:
                problems.append(_missing(path))
        except OSError as exc:
            problems.append(problem(path, None, "file", UNREADABLE, reason=exc.strerror or exc))
    return files, problems


def duplicate_problem(bank: Bank, first: Bank) -> Problem:
    line = bank_id_line(bank.path)
    return problem(bank.path, line, "bank.id", DUPLICATE_BANK, id=repr(bank.id), first=first.path)


def bank_id_line(path: Path) -> int | None:
    text = file_text(path)
    return SourceLines(text).bank_key("id") if text is not None else None


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


__all__ = [
    "bank_files",
    "check_bytes",
    "check_file",
    "check_files",
    "check_pairs",
    "check_text",
    "duplicate_problem",
    "folders_without_banks",
]
