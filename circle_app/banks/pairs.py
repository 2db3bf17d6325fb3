"""One bank in two languages: `<root>/da/NAME.toml` and `<root>/en/NAME.toml` kept in step.

Every problem names the file and line to change and says what to make equal.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from circle_app.banks.decoding import file_text
from circle_app.banks.lines import SourceLines
from circle_app.banks.schema import LANGUAGES, QT_TRANSLATE_NOOP, Bank, Problem, problem
from circle_app.domain.enums import AgeBand, BankKind

NO_COUNTERPART_FILE = QT_TRANSLATE_NOOP(
    "BankProblem",
    "has no counterpart in {language}: add {missing} "
    "(every bank file exists in both languages, with the same ids)",
)
KIND_DIFFERS = QT_TRANSLATE_NOOP(
    "BankProblem",
    "is {kind}, but its counterpart {other} is {other_kind}: give both files the same kind",
)
FACILITATOR_DIFFERS = QT_TRANSLATE_NOOP(
    "BankProblem",
    "is {value}, but its counterpart {other} has {other_value}: give both files the same value",
)
NO_COUNTERPART_PROMPT = QT_TRANSLATE_NOOP(
    "BankProblem",
    'prompt {id} has no counterpart in {other}: add it there, or mark it only = "{language}"',
)
ONLY_BUT_COUNTERPART = QT_TRANSLATE_NOOP(
    "BankProblem",
    "prompt {id} is marked only = {only}, but {other} has it too: "
    "remove the mark or the counterpart",
)
AGES_DIFFER = QT_TRANSLATE_NOOP(
    "BankProblem",
    "prompt {id}: ages differ from its counterpart in {other}: {here} here, {there} there; "
    "give both the same ages",
)
STAGE_DIFFERS = QT_TRANSLATE_NOOP(
    "BankProblem",
    "prompt {id}: stage differs from its counterpart in {other}: {stage} here, "
    "{other_stage} there; give both the same stage",
)
TAGS_DIFFER = QT_TRANSLATE_NOOP(
    "BankProblem",
    "prompt {id}: the number of tags differs from its counterpart in {other}: {count} here, "
    "{other_count} there; give both as many tags",
)
POSITION_DIFFERS = QT_TRANSLATE_NOOP(
    "BankProblem",
    "prompt {id} is at position {here} here but at position {there} in {other}: "
    "a conversation's questions keep their order, so move one of them",
)


class _PairLines:
    """Line numbers in the files of a pair, read only when there is a problem to place."""

    def __init__(self) -> None:
        self._lines: dict[Path, SourceLines | None] = {}

    def _of(self, path: Path) -> SourceLines | None:
        if path not in self._lines:
            text = file_text(path)
            self._lines[path] = SourceLines(text) if text is not None else None
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
                        problem(
                            bank.path,
                            lines.bank_key(bank.path, "id"),
                            "bank",
                            NO_COUNTERPART_FILE,
                            language=language,
                            missing=root / language / name,
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

    def add(bank: Bank, line: int | None, field: str, template: str, **params: object) -> None:
        problems.append(problem(bank.path, line, field, template, **params))

    def where(bank: Bank) -> str:
        return f"{bank.id} ({bank.path})"

    if first.kind is not second.kind:
        add(
            second,
            lines.bank_key(second.path, "kind"),
            "bank.kind",
            KIND_DIFFERS,
            kind=second.kind.value,
            other=where(first),
            other_kind=first.kind.value,
        )
    if first.facilitator_only != second.facilitator_only:
        add(
            second,
            lines.bank_key(second.path, "facilitator_only"),
            "bank.facilitator_only",
            FACILITATOR_DIFFERS,
            value=str(second.facilitator_only).lower(),
            other=where(first),
            other_value=str(first.facilitator_only).lower(),
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
                        NO_COUNTERPART_PROMPT,
                        id=repr(prompt.id),
                        other=where(other),
                        language=bank.language,
                    )
                continue
            if prompt.only is not None:
                add(
                    bank,
                    lines.prompt_key(bank.path, index, "only"),
                    f"{name}.only",
                    ONLY_BUT_COUNTERPART,
                    id=repr(prompt.id),
                    only=repr(prompt.only),
                    other=where(other),
                )
            if bank is first:
                continue  # the rest is compared once, and named in the second file
            if prompt.ages != counterpart.ages:
                add(
                    bank,
                    lines.prompt_key(bank.path, index, "ages"),
                    f"{name}.ages",
                    AGES_DIFFER,
                    id=repr(prompt.id),
                    other=where(other),
                    here=_ages_text(prompt.ages),
                    there=_ages_text(counterpart.ages),
                )
            if prompt.stage is not counterpart.stage:
                add(
                    bank,
                    lines.prompt_key(bank.path, index, "stage"),
                    f"{name}.stage",
                    STAGE_DIFFERS,
                    id=repr(prompt.id),
                    stage=prompt.stage.value if prompt.stage else "-",
                    other=where(other),
                    other_stage=counterpart.stage.value if counterpart.stage else "-",
                )
            if len(prompt.tags) != len(counterpart.tags):
                add(
                    bank,
                    lines.prompt_key(bank.path, index, "tags"),
                    f"{name}.tags",
                    TAGS_DIFFER,
                    id=repr(prompt.id),
                    count=len(prompt.tags),
                    other=where(other),
                    other_count=len(counterpart.tags),
                )
            there = index_of[other.id][prompt.id]
            if BankKind.CONVERSATION in (bank.kind, other.kind) and there != index:
                add(
                    bank,
                    lines.prompt_key(bank.path, index, "id"),
                    f"{name}.id",
                    POSITION_DIFFERS,
                    id=repr(prompt.id),
                    here=index + 1,
                    there=there + 1,
                    other=where(other),
                )
    return problems
