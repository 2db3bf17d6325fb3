"""Prompts read from a spreadsheet's CSV: the text decoded, the separator found, each row
checked, every problem naming the file, its line and the column (see transfer.py for the
format)."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path

from circle_app.banks.schema import (
    AGE_BANDS,
    ID_PATTERN,
    MAX_TEXT_LENGTH,
    STAGES,
    Problem,
    quoted_choices,
)
from circle_app.domain.csv_safety import restore
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


def unique_id(base: str, taken: set[str]) -> str:
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
        prompt_id = unique_id(slug(text) or f"prompt-{line}", taken)
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
