"""Import banks from TOML or a spreadsheet's CSV, export banks to both.

CSV: one prompt per row, columns `text;ages;tags` (optionally `stage` for conflict banks and
`id`), with or without a header row. Semicolon (Danish Excel) or comma between columns: when
the first line holds a `;` outside quotes, `;` is the separator, else `,`. UTF-8 with or
without a BOM, or Windows-1252 as Excel writes it. Inside `ages` and `tags`, several values
are separated by `,` or `|` (a comma inside a comma-separated file needs the field in quotes,
so `|` is simpler there). Empty `ages` means every age band. A cell a spreadsheet would
run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is written with a `'` in front, and
that one quote is taken away again on import (circle_app.domain.csv_safety).

Everything imported goes through the same validator as the shipped banks, all or nothing:
one bad row and nothing is written.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from circle_app.banks.loader import BankLibrary
from circle_app.banks.schema import (
    AGE_BANDS,
    FORMAT_VERSION,
    ID_PATTERN,
    KINDS,
    LANGUAGES,
    MAX_TEXT_LENGTH,
    STAGES,
    Bank,
    Problem,
    quoted_choices,
)
from circle_app.banks.validator import check_bytes, check_text
from circle_app.domain.csv_safety import neutralise_row, restore
from circle_app.domain.enums import AgeBand, BankKind, Stage
from circle_app.domain.prompts import Prompt

_HEADER_NAMES = {
    "text": "text",
    "tekst": "text",
    "prompt": "text",
    "question": "text",
    "spørgsmål": "text",
    "ages": "ages",
    "age": "ages",
    "alder": "ages",
    "aldre": "ages",
    "tags": "tags",
    "tag": "tags",
    "emner": "tags",
    "stage": "stage",
    "fase": "stage",
    "id": "id",
}
_POSITIONAL = ("text", "ages", "tags", "stage", "id")
_LIST_SPLIT = re.compile(r"[,|]")
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The bank written (None when anything was wrong) and every problem found."""

    bank: Bank | None
    problems: tuple[Problem, ...]
    written: Path | None = None

    @property
    def ok(self) -> bool:
        return self.bank is not None and not self.problems


# -- writing ------------------------------------------------------------------------------


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = ['"']
    for char in value:
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char == "\r":
            out.append("\\r")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(toml_string(v) for v in values) + "]"


def _ordered_ages(ages: frozenset[AgeBand]) -> list[str]:
    return [band.value for band in AgeBand if band in ages]


def bank_to_toml(bank: Bank) -> str:
    """The bank in the documented format (comments of an imported file are not kept)."""
    lines = [
        "[bank]",
        f"format = {FORMAT_VERSION}",
        f"id = {toml_string(bank.id)}",
        f"language = {toml_string(bank.language)}",
        f"kind = {toml_string(bank.kind.value)}",
        f"title = {toml_string(bank.title)}",
        f"description = {toml_string(bank.description)}",
    ]
    if bank.facilitator_only:
        lines.append("facilitator_only = true")
    if bank.note:
        lines.append(f"note = {toml_string(bank.note)}")
    for prompt in bank.prompts:
        lines += [
            "",
            "[[prompts]]",
            f"id = {toml_string(prompt.id)}",
            f"text = {toml_string(prompt.text)}",
            f"ages = {_toml_list(_ordered_ages(prompt.ages))}",
            f"tags = {_toml_list(sorted(prompt.tags))}",
        ]
        if prompt.stage is not None:
            lines.append(f"stage = {toml_string(prompt.stage.value)}")
        if prompt.only is not None:
            lines.append(f"only = {toml_string(prompt.only)}")
    return "\n".join(lines) + "\n"


def bank_to_csv(bank: Bank, *, delimiter: str = ";") -> str:
    """`text;ages;tags[;stage];id` with a header row; opens in Danish Excel as it is."""
    has_stage = bank.kind is BankKind.CONFLICT
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["text", "ages", "tags", *(["stage"] if has_stage else []), "id"])
    for prompt in bank.prompts:
        row = [prompt.text, ",".join(_ordered_ages(prompt.ages)), ",".join(sorted(prompt.tags))]
        if has_stage:
            row.append(prompt.stage.value if prompt.stage else "")
        row.append(prompt.id)
        writer.writerow(neutralise_row(row))  # "=…" opens as text, never as a formula
    return buffer.getvalue()


def _disk_full(exc: OSError) -> bool:
    """A full disk is not a problem with the bank: the caller tells it as one sentence."""
    return exc.errno in (errno.ENOSPC, errno.EDQUOT)


def _write_atomically(target: Path, data: bytes) -> None:
    if target.exists() and not target.is_file():  # a device or a pipe: nothing to replace
        with target.open("wb") as handle:
            handle.write(data)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_bank(bank: Bank, target: Path) -> list[Problem]:
    """Write `bank` to `target` as TOML or CSV (by its suffix); problems instead of errors."""
    suffix = target.suffix.lower()
    if suffix == ".toml":
        data = bank_to_toml(bank).encode("utf-8")
    elif suffix == ".csv":
        data = bank_to_csv(bank).encode("utf-8-sig")  # the BOM tells Excel it is UTF-8
    else:
        return [Problem(target, None, "file", "export to a .toml or a .csv file")]
    try:
        _write_atomically(target, data)
    except OSError as exc:
        if _disk_full(exc):
            raise
        return [Problem(target, None, "file", f"cannot be written: {exc.strerror or exc}")]
    return []


# -- reading CSV ---------------------------------------------------------------------------


def decode_spreadsheet_text(data: bytes, path: Path) -> tuple[str | None, list[Problem]]:
    """UTF-8 (BOM or not), else Windows-1252; binary files are refused."""
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return None, [Problem(path, line, "file", "is not a text file (it holds binary data)")]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [
            Problem(path, line, "file", "is neither UTF-8 nor Windows-1252 text; save it as UTF-8")
        ]


def _separator(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            return ";"
    return ","


def slug(text: str, *, limit: int = 40) -> str:
    """A readable id from text: `Hvad drømmer du om?` -> `hvad-droemmer-du-om`."""
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    result = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return result[:limit].rstrip("-")


def _unique(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


def prompts_from_csv(
    data: bytes, path: Path, *, bank_id: str, language: str, kind: BankKind
) -> tuple[list[Prompt], list[Problem]]:
    """Rows to prompts; each problem names the CSV file, its line and the column."""
    text, problems = decode_spreadsheet_text(data, path)
    if text is None:
        return [], problems
    try:
        rows = _read_rows(text)
    except csv.Error as exc:
        return [], [Problem(path, None, "csv", f"cannot be read as CSV: {exc}")]
    if not rows:
        return [], [Problem(path, None, "file", "holds no rows")]
    first_line, first = rows[0]
    names = [cell.strip().lower() for cell in first]
    if any(_HEADER_NAMES.get(name) == "text" for name in names):
        columns = [_HEADER_NAMES.get(name, "") for name in names]
        rows = rows[1:]
    else:
        columns = list(_POSITIONAL)
    prompts: list[Prompt] = []
    taken: set[str] = set()
    for line, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue
        values: dict[str, str] = {}
        for column, cell in zip(columns, cells, strict=False):
            if column and column not in values:
                values[column] = restore(cell.strip())  # the quote bank_to_csv put in front
        extra = [c for c in cells[len(columns) :] if c.strip()]
        if extra:
            problems.append(
                Problem(path, line, "row", f"has {len(cells)} columns; expected text;ages;tags")
            )
        prompt = _row_prompt(values, path, line, bank_id, language, kind, taken, problems)
        if prompt is not None:
            prompts.append(prompt)
    if not prompts and not problems:
        problems.append(Problem(path, first_line, "file", "holds no prompts"))
    return prompts, problems


def _read_rows(text: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    rows: list[tuple[int, list[str]]] = []
    previous_end = 0
    for cells in reader:
        rows.append((previous_end + 1, cells))
        previous_end = reader.line_num
    return rows


def _row_prompt(
    values: dict[str, str],
    path: Path,
    line: int,
    bank_id: str,
    language: str,
    kind: BankKind,
    taken: set[str],
    problems: list[Problem],
) -> Prompt | None:
    before = len(problems)
    text = values.get("text", "")
    if not text:
        problems.append(Problem(path, line, "text", "is empty"))
    elif len(text) > MAX_TEXT_LENGTH:
        problems.append(
            Problem(path, line, "text", f"is {len(text)} characters; at most {MAX_TEXT_LENGTH}")
        )
    ages: set[AgeBand] = set()
    for age in (a.strip().lower() for a in _LIST_SPLIT.split(values.get("ages", ""))):
        if not age:
            continue
        if age not in AGE_BANDS:
            problems.append(
                Problem(
                    path,
                    line,
                    "ages",
                    f"unknown age band {age!r} (expected {quoted_choices(AGE_BANDS)})",
                )
            )
        else:
            ages.add(AgeBand(age))
    tags = frozenset(t.strip() for t in _LIST_SPLIT.split(values.get("tags", "")) if t.strip())
    stage: Stage | None = None
    stage_text = values.get("stage", "").lower()
    if kind is BankKind.CONFLICT:
        if stage_text not in STAGES:
            problems.append(
                Problem(
                    path,
                    line,
                    "stage",
                    f"a conflict prompt needs a stage ({quoted_choices(STAGES)})"
                    if not stage_text
                    else f"unknown stage {stage_text!r} (expected {quoted_choices(STAGES)})",
                )
            )
        else:
            stage = Stage(stage_text)
    elif stage_text:
        problems.append(
            Problem(path, line, "stage", f"only conflict prompts have a stage (kind {kind.value})")
        )
    given_id = values.get("id", "")
    if given_id:
        if not ID_PATTERN.fullmatch(given_id):
            problems.append(Problem(path, line, "id", f"{given_id!r} is not a valid id"))
        elif given_id in taken:
            problems.append(Problem(path, line, "id", f"duplicate prompt id {given_id!r}"))
        taken.add(given_id)
        prompt_id = given_id
    else:
        prompt_id = _unique(slug(text) or f"prompt-{line}", taken)
    if len(problems) > before:
        return None
    return Prompt(
        bank_id=bank_id,
        id=prompt_id,
        text=text,
        language=language,
        kind=kind,
        ages=frozenset(ages or AgeBand),
        tags=tags,
        stage=stage,
    )


# -- importing ------------------------------------------------------------------------------


def _free_file(folder: Path, stem: str) -> Path:
    candidate, number = folder / f"{stem}.toml", 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.toml"
        number += 1
    return candidate


def import_bank(
    source: Path,
    library: BankLibrary,
    *,
    target_dir: Path | None = None,
    bank_id: str | None = None,
    language: str = "da",
    kind: str = BankKind.PEACETIME.value,
    title: str | None = None,
    description: str = "",
) -> ImportResult:
    """Check `source` (TOML or CSV) whole, then write it into the user's banks folder.

    For a CSV, the bank's id, language, kind and title come from the arguments (id and title
    default to the file's name). Nothing is written when anything is wrong.
    """
    folder = target_dir or library.user_dir
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        return ImportResult(None, (Problem(source, None, "file", "does not exist"),))
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        problem = Problem(
            source, None, "file", f"cannot be read: {getattr(exc, 'strerror', None) or exc}"
        )
        return ImportResult(None, (problem,))
    if source.suffix.lower() == ".csv":
        return _import_csv(
            data, source, library, folder, bank_id, language, kind, title, description
        )
    bank, problems = check_bytes(data, source, user=True)
    if bank is None:
        return ImportResult(None, tuple(problems))
    existing = library.bank(bank.id)
    if existing is not None:
        problem = Problem(
            source,
            None,
            "bank.id",
            f"a bank with id {bank.id!r} exists already ({existing.path}); change the id",
        )
        return ImportResult(None, (problem,))
    target = _free_file(folder, bank.id)
    return _write_and_add(bank, data, target, library)


def _import_csv(
    data: bytes,
    source: Path,
    library: BankLibrary,
    folder: Path,
    bank_id: str | None,
    language: str,
    kind: str,
    title: str | None,
    description: str,
) -> ImportResult:
    problems: list[Problem] = []
    if language not in LANGUAGES:
        problems.append(
            Problem(
                source,
                None,
                "language",
                f"unknown language {language!r} ({quoted_choices(LANGUAGES)})",
            )
        )
    if kind not in KINDS:
        problems.append(
            Problem(source, None, "kind", f"unknown kind {kind!r} ({quoted_choices(KINDS)})")
        )
    if problems:
        return ImportResult(None, tuple(problems))
    if bank_id is None:
        base = "user-" + (slug(source.stem) or "bank")
        taken = {bank.id for bank in library.banks}
        bank_id = _unique(base, taken)
    elif not ID_PATTERN.fullmatch(bank_id):
        return ImportResult(None, (Problem(source, None, "id", f"{bank_id!r} is not a valid id"),))
    elif library.bank(bank_id) is not None:
        problem = Problem(source, None, "id", f"a bank with id {bank_id!r} exists already")
        return ImportResult(None, (problem,))
    bank_kind = BankKind(kind)
    prompts, problems = prompts_from_csv(
        data, source, bank_id=bank_id, language=language, kind=bank_kind
    )
    if problems:
        return ImportResult(None, tuple(problems))
    target = _free_file(folder, bank_id)
    bank = Bank(
        id=bank_id,
        language=language,
        kind=bank_kind,
        title=(title or source.stem).strip() or bank_id,
        description=description,
        path=target,
        prompts=tuple(prompts),
        user=True,
    )
    text = bank_to_toml(bank)
    # The same gate as every bank file: what is written is exactly what the app will load.
    checked, gate_problems = check_text(text, target, user=True)
    if checked is None:
        return ImportResult(None, tuple(gate_problems))
    return _write_and_add(checked, text.encode("utf-8"), target, library)


def _write_and_add(bank: Bank, data: bytes, target: Path, library: BankLibrary) -> ImportResult:
    try:
        _write_atomically(target, data)
    except OSError as exc:
        if _disk_full(exc):
            raise
        problem = Problem(target, None, "file", f"cannot be written: {exc.strerror or exc}")
        return ImportResult(None, (problem,))
    written, problems = check_bytes(data, target, user=True)
    if written is None:  # pragma: no cover - checked before writing
        target.unlink(missing_ok=True)
        return ImportResult(None, tuple(problems))
    library.add(written)
    return ImportResult(written, (), target)


def save_user_bank(bank: Bank, library: BankLibrary, *, target: Path | None = None) -> ImportResult:
    """Write a bank made in the app (the editor) into the user's folder, through the validator."""
    path = target or (bank.path if bank.user and bank.path.suffix == ".toml" else None)
    path = path or _free_file(library.user_dir, bank.id)
    text = bank_to_toml(bank)
    checked, problems = check_text(text, path, user=True)
    if checked is None:
        return ImportResult(None, tuple(problems))
    existing = library.bank(bank.id)
    if existing is not None and existing.path != path:
        problem = Problem(path, None, "bank.id", f"a bank with id {bank.id!r} exists already")
        return ImportResult(None, (problem,))
    return _write_and_add(checked, text.encode("utf-8"), path, library)
