"""Prompts read from a spreadsheet's CSV: the text decoded, the separator found, each row
checked, every problem naming the file, its line and the column (see transfer.py for the
format)."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path

from circle_app.banks.bank_file import (
    BAD_ID,
    NEEDS_STAGE,
    STAGE_NOT_HERE,
    UNKNOWN_AGE_BAND,
    UNKNOWN_STAGE,
)
from circle_app.banks.decoding import SPREADSHEET, decode_file_text
from circle_app.banks.schema import (
    AGE_BANDS,
    ID_PATTERN,
    MAX_TEXT_LENGTH,
    QT_TRANSLATE_NOOP,
    STAGES,
    Problem,
    problem,
    quoted_choices,
)
from circle_app.domain.csv_safety import restore
from circle_app.domain.enums import AgeBand, BankKind, Stage
from circle_app.domain.prompts import Prompt
from circle_app.domain.text_files import sniff_separator

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
OPEN_QUOTE = QT_TRANSLATE_NOOP(
    "BankProblem", "a quotation mark is not closed: close it, or remove it"
)
NOT_CSV = QT_TRANSLATE_NOOP(
    "BankProblem",
    "cannot be read as a spreadsheet ({reason}); save it again as CSV from the spreadsheet",
)
NO_ROWS = QT_TRANSLATE_NOOP("BankProblem", "holds no rows: write one question per row")
NO_PROMPTS = QT_TRANSLATE_NOOP("BankProblem", "holds no prompts: write one question per row")
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "BankProblem",
    "has {count} columns; expected text;ages;tags: put a text with ; or , in quotes",
)
EMPTY_TEXT = QT_TRANSLATE_NOOP("BankProblem", "is empty")
TOO_LONG = QT_TRANSLATE_NOOP(
    "BankProblem", "is {length} characters; at most {limit}, so shorten it"
)
DUPLICATE_ID = QT_TRANSLATE_NOOP(
    "BankProblem", "duplicate prompt id {id}: give each row an id of its own"
)
_POSITIONAL = ("text", "ages", "tags", "stage", "id")
_LIST_SPLIT = re.compile(r"[,|]")
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


def choice_params(value: str, choices: tuple[str, ...]) -> dict[str, str]:
    return {"value": value, "choices": quoted_choices(choices), "names": ", ".join(choices)}


def unclosed_quote_line(text: str) -> int | None:
    """The line of a quoted cell that is never closed (the rest of the file would become
    its text), or None. A quote inside a cell that does not start with one is text."""
    line, opened_at, quoted, cell_start = 1, 0, False, True
    separator = sniff_separator(text)
    i = 0
    while i < len(text):
        char = text[i]
        if quoted:
            if char == '"':
                if text.startswith('""', i):
                    i += 1
                else:
                    quoted = False
            elif char == "\n":
                line += 1
        elif char == '"' and cell_start:
            quoted, opened_at = True, line
        elif char == "\n":
            line += 1
        cell_start = not quoted and char in (separator, "\n", "\r")
        i += 1
    return opened_at if quoted else None


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
    text, problems = decode_file_text(data, path, SPREADSHEET)
    if text is None:
        return [], problems
    open_quote = unclosed_quote_line(text)
    if open_quote is not None:
        return [], [problem(path, open_quote, "text", OPEN_QUOTE)]
    try:
        rows = _read_rows(text)
    except csv.Error as exc:
        return [], [problem(path, None, "csv", NOT_CSV, reason=exc)]
    if not rows:
        return [], [problem(path, None, "file", NO_ROWS)]
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
            problems.append(problem(path, line, "row", TOO_MANY_COLUMNS, count=len(cells)))
        prompt = _row_prompt(values, path, line, bank_id, language, kind, taken, problems)
        if prompt is not None:
            prompts.append(prompt)
    if not prompts and not problems:
        problems.append(problem(path, first_line, "file", NO_PROMPTS))
    return prompts, problems


def _read_rows(text: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_separator(text))
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
        problems.append(problem(path, line, "text", EMPTY_TEXT))
    elif len(text) > MAX_TEXT_LENGTH:
        problems.append(
            problem(path, line, "text", TOO_LONG, length=len(text), limit=MAX_TEXT_LENGTH)
        )
    ages: set[AgeBand] = set()
    for age in (a.strip().lower() for a in _LIST_SPLIT.split(values.get("ages", ""))):
        if not age:
            continue
        if age not in AGE_BANDS:
            problems.append(
                problem(path, line, "ages", UNKNOWN_AGE_BAND, **choice_params(repr(age), AGE_BANDS))
            )
        else:
            ages.add(AgeBand(age))
    tags = frozenset(t.strip() for t in _LIST_SPLIT.split(values.get("tags", "")) if t.strip())
    stage: Stage | None = None
    stage_text = values.get("stage", "").lower()
    if kind is BankKind.CONFLICT:
        if stage_text not in STAGES:
            problems.append(
                problem(
                    path,
                    line,
                    "stage",
                    UNKNOWN_STAGE if stage_text else NEEDS_STAGE,
                    **choice_params(repr(stage_text), STAGES),
                )
            )
        else:
            stage = Stage(stage_text)
    elif stage_text:
        problems.append(problem(path, line, "stage", STAGE_NOT_HERE, kind=kind.value))
    given_id = values.get("id", "")
    if given_id:
        if not ID_PATTERN.fullmatch(given_id):
            problems.append(problem(path, line, "id", BAD_ID, value=repr(given_id)))
        elif given_id in taken:
            problems.append(problem(path, line, "id", DUPLICATE_ID, id=repr(given_id)))
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
