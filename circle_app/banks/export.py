"""Banks written out: TOML in the documented format (tomli_w does the escaping) and CSV that
opens in Danish Excel as it is. Every file is written whole or not at all."""

from __future__ import annotations

import csv
import errno
import io
import os
import tempfile
from pathlib import Path
from typing import Any

import tomli_w

from circle_app.banks.schema import FORMAT_VERSION, QT_TRANSLATE_NOOP, Bank, Problem, problem
from circle_app.domain.csv_safety import neutralise_row
from circle_app.domain.enums import AgeBand, BankKind

WRONG_SUFFIX = QT_TRANSLATE_NOOP("BankProblem", "export to a .toml or a .csv file")
UNWRITABLE = QT_TRANSLATE_NOOP(
    "BankProblem", "cannot be written: {reason}; choose another folder or file name"
)


def _ordered_ages(ages: frozenset[AgeBand]) -> list[str]:
    return [band.value for band in AgeBand if band in ages]


def bank_to_toml(bank: Bank) -> str:
    """The bank in the documented format (comments of an imported file are not kept)."""
    head: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "id": bank.id,
        "language": bank.language,
        "kind": bank.kind.value,
        "title": bank.title,
        "description": bank.description,
    }
    if bank.facilitator_only:
        head["facilitator_only"] = True
    if bank.note:
        head["note"] = bank.note
    prompts: list[dict[str, Any]] = []
    for prompt in bank.prompts:
        entry: dict[str, Any] = {
            "id": prompt.id,
            "text": prompt.text,
            "ages": _ordered_ages(prompt.ages),
            "tags": sorted(prompt.tags),
        }
        if prompt.stage is not None:
            entry["stage"] = prompt.stage.value
        if prompt.only is not None:
            entry["only"] = prompt.only
        prompts.append(entry)
    return tomli_w.dumps({"bank": head, "prompts": prompts} if prompts else {"bank": head})


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


def disk_full(exc: OSError) -> bool:
    """A full disk is not a problem with the bank: the caller tells it as one sentence."""
    return exc.errno in (errno.ENOSPC, errno.EDQUOT)


def write_atomically(target: Path, data: bytes) -> None:
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
        return [problem(target, None, "file", WRONG_SUFFIX)]
    try:
        write_atomically(target, data)
    except OSError as exc:
        if disk_full(exc):
            raise
        return [problem(target, None, "file", UNWRITABLE, reason=exc.strerror or exc)]
    return []
