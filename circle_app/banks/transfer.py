"""Import banks from TOML or a spreadsheet's CSV, export banks to both.

CSV: one prompt per row, columns `text;ages;tags` (optionally `stage` for conflict banks and
`id`), with or without a header row. Semicolon (Danish Excel), tab or comma between columns:
the one every row uses as often as the first does, outside quotes (`;` first, then tab, then
`,`), as class lists are read (circle_app.domain.text_files). UTF-8 with or without a BOM,
UTF-16 with a BOM (Excel's "Unicode text"), or Windows-1252 throughout as Excel writes it; a
file mixing UTF-8 lines with other lines is refused at its first such line. Inside `ages`
and `tags`, several values are separated by `,` or `|` (a comma inside a comma-separated
file needs the field in quotes, so `|` is simpler there). Empty `ages` means every age band.
A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is written
with a `'` in front, and that one quote is taken away again on import
(circle_app.domain.csv_safety).

Everything imported goes through the same validator as the shipped banks, all or nothing:
one bad row and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from circle_app.banks.bank_file import BAD_ID, UNKNOWN_KIND, UNKNOWN_LANGUAGE
from circle_app.banks.csv_rows import (
    choice_params,
    prompts_from_csv,
    slug,
    unique_id,
)
from circle_app.banks.export import (
    UNWRITABLE,
    bank_to_csv,
    bank_to_toml,
    disk_full,
    export_bank,
    write_atomically,
)
from circle_app.banks.loader import BankLibrary
from circle_app.banks.schema import (
    ID_PATTERN,
    KINDS,
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    Bank,
    Problem,
    problem,
)
from circle_app.banks.validator import MISSING_FILE, UNREADABLE, check_bytes, check_text
from circle_app.domain.enums import BankKind

ID_TAKEN = QT_TRANSLATE_NOOP("BankProblem", "a bank with id {id} exists already: change the id")
ID_TAKEN_AT = QT_TRANSLATE_NOOP(
    "BankProblem", "a bank with id {id} exists already ({where}); change the id"
)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The bank written (None when anything was wrong) and every problem found."""

    bank: Bank | None
    problems: tuple[Problem, ...]
    written: Path | None = None

    @property
    def ok(self) -> bool:
        return self.bank is not None and not self.problems


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
        return ImportResult(None, (problem(source, None, "file", MISSING_FILE),))
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = getattr(exc, "strerror", None) or exc
        return ImportResult(None, (problem(source, None, "file", UNREADABLE, reason=reason),))
    if source.suffix.lower() == ".csv":
        return _import_csv(
            data, source, library, folder, bank_id, language, kind, title, description
        )
    bank, problems = check_bytes(data, source, user=True)
    if bank is None:
        return ImportResult(None, tuple(problems))
    existing = library.bank(bank.id)
    if existing is not None:
        taken = problem(source, None, "bank.id", ID_TAKEN_AT, id=repr(bank.id), where=existing.path)
        return ImportResult(None, (taken,))
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
            problem(
                source,
                None,
                "language",
                UNKNOWN_LANGUAGE,
                **choice_params(repr(language), LANGUAGES),
            )
        )
    if kind not in KINDS:
        problems.append(
            problem(source, None, "kind", UNKNOWN_KIND, **choice_params(repr(kind), KINDS))
        )
    if problems:
        return ImportResult(None, tuple(problems))
    if bank_id is None:
        base = "user-" + (slug(source.stem) or "bank")
        taken = {bank.id for bank in library.banks}
        bank_id = unique_id(base, taken)
    elif not ID_PATTERN.fullmatch(bank_id):
        return ImportResult(None, (problem(source, None, "id", BAD_ID, value=repr(bank_id)),))
    elif library.bank(bank_id) is not None:
        return ImportResult(None, (problem(source, None, "id", ID_TAKEN, id=repr(bank_id)),))
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
        write_atomically(target, data)
    except OSError as exc:
        if disk_full(exc):
            raise
        refused = problem(target, None, "file", UNWRITABLE, reason=exc.strerror or exc)
        return ImportResult(None, (refused,))
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
        return ImportResult(None, (problem(path, None, "bank.id", ID_TAKEN, id=repr(bank.id)),))
    return _write_and_add(checked, text.encode("utf-8"), path, library)


__all__ = [
    "ImportResult",
    "bank_to_csv",
    "bank_to_toml",
    "export_bank",
    "import_bank",
    "prompts_from_csv",
    "save_user_bank",
    "slug",
]
