"""Plan files (`question_banks/plans/*.toml`): checked like banks, every problem named
`FILE:LINE: field: message`. The rules of a plan are the domain's (`domain/plan.py`);
this module reads the file, places each problem on its line, and checks that the prompts
and banks a plan names exist in both languages.

```toml
[plan]
id = "peacetime-open-close"
kind = "peacetime"                   # peacetime | academic | parents | conflict
title = { da = "…", en = "…" }       # both languages

[[rounds]]
from = "checkin"                     # checkin | main | checkout | fixed
[[rounds]]
from = "main"                        # bank = "peacetime-memories": the topic's bank
[[rounds]]
from = "fixed"
prompt = "checkout/one-word"         # BANK/PROMPT, the bank named without its language
```
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from circle_app.banks.decoding import decode_file_text, file_text
from circle_app.banks.schema import ID_PATTERN, PLANS_FOLDER, Bank, Problem, quoted_choices
from circle_app.banks.walk import folders_below
from circle_app.domain.enums import CircleKind, Language, Stage
from circle_app.domain.name_rules import QT_TRANSLATE_NOOP
from circle_app.domain.plan import (
    UNKNOWN_BANK,
    UNKNOWN_PROMPT,
    FixedPrompt,
    Plan,
    PlannedRound,
    PlanRuleError,
    RoundPrompt,
)
from circle_app.domain.text_files import peek

_E = TypeVar("_E", CircleKind, RoundPrompt, Stage)

FORMAT_VERSION = 1
_HEADER = re.compile(r"^\s*\[")
_PLAN_HEADER = re.compile(r"^\s*\[\s*plan\s*\]\s*(#.*)?$", re.MULTILINE)
_ROUNDS_HEADER = re.compile(r"^\s*\[\[\s*rounds\s*\]\]\s*(#.*)?$")
_SYNTAX_AT = re.compile(r"at line (\d+), column (\d+)")

NOT_TOML = QT_TRANSLATE_NOOP("PlanProblem", "not valid TOML: {error}")
MISSING = QT_TRANSLATE_NOOP("PlanProblem", "is missing")
NOT_TEXT = QT_TRANSLATE_NOOP("PlanProblem", "must be text")
BAD_ID = QT_TRANSLATE_NOOP(
    "PlanProblem", "must be letters, digits, '-', '_' or '.' (at most 100), not {value}"
)
BAD_CHOICE = QT_TRANSLATE_NOOP("PlanProblem", "must be one of {choices}, not {value}")
BAD_FORMAT = QT_TRANSLATE_NOOP("PlanProblem", "this app reads format {format} and older")
TITLE_TABLE = QT_TRANSLATE_NOOP(
    "PlanProblem", 'must be a table of both languages: {{ da = "…", en = "…" }}'
)
DUPLICATE = QT_TRANSLATE_NOOP(
    "PlanProblem", "duplicate plan id {id} (already used by {other}); this file was skipped"
)
UNREADABLE = QT_TRANSLATE_NOOP("PlanProblem", "cannot be read: {error}")


@dataclass(frozen=True, slots=True)
class PlanProblem(Problem):
    """A plan file's `Problem`: its template translates in context "PlanProblem"."""

    def in_words(self, translate: Callable[[str, str], str] | None = None) -> str:
        if translate is None:
            return Problem.in_words(self)
        return problem_text(self, lambda text: translate("PlanProblem", text))


def _problem(path: Path, line: int | None, where: str, template: str, **params: object) -> Problem:
    text = {key: str(value) for key, value in params.items()}
    return PlanProblem(path, line, where, template.format(**text), template, dict(text))


def is_plan_file(path: Path, *, sniff: bool = True) -> bool:
    """A plan lives in a `plans` folder, or (`sniff`: a file given by name) says `[plan]`."""
    if path.parent.name == PLANS_FOLDER:
        return True
    if not sniff:
        return False
    try:
        with path.open("rb") as file:
            head = peek(file.read(4096))
    except OSError:
        return False
    return _PLAN_HEADER.search(head) is not None


class _Lines:
    """Line numbers of `[plan]`, each `[[rounds]]` and their keys, found by scanning."""

    def __init__(self, text: str) -> None:
        self._lines = text.split("\n")
        headers = [i for i, line in enumerate(self._lines) if _HEADER.match(line)]
        spans = zip(headers, [*headers[1:], len(self._lines)], strict=True)
        self._plan: tuple[int, int] | None = None
        self._rounds: list[tuple[int, int]] = []
        for start, end in spans:
            if _ROUNDS_HEADER.match(self._lines[start]):
                self._rounds.append((start, end))
            elif _PLAN_HEADER.match(self._lines[start]) and self._plan is None:
                self._plan = (start, end)

    def _key(self, span: tuple[int, int] | None, key: str) -> int | None:
        if span is None:
            return None
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for i in range(*span):
            if pattern.match(self._lines[i]):
                return i + 1
        return span[0] + 1

    def plan(self, key: str | None = None) -> int | None:
        if key is None:
            return self._plan[0] + 1 if self._plan else None
        return self._key(self._plan, key)

    def round(self, index: int, key: str | None = None) -> int | None:
        if index >= len(self._rounds):
            return self.plan()
        span = self._rounds[index]
        return span[0] + 1 if key is None else self._key(span, key)


def check_plan_text(
    text: str, path: Path, banks: Iterable[Bank] | None = None
) -> tuple[Plan | None, list[Problem]]:
    """The plan in `text`, or None and every problem found. With `banks`, the prompts and
    banks the plan names must exist in every language the app speaks."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _SYNTAX_AT.search(message)
        line = int(match.group(1)) if match else None
        error = message[: match.start()].rstrip(" (") if match else message
        return None, [_problem(path, line, "toml", NOT_TOML, error=error)]
    lines = _Lines(text)
    problems: list[Problem] = []

    def add(line: int | None, where: str, template: str, **params: object) -> None:
        problems.append(_problem(path, line, where, template, **params))

    table = doc.get("plan")
    if not isinstance(table, Mapping):
        add(lines.plan() or 1, "plan", MISSING)
        return None, problems
    fmt = table.get("format", FORMAT_VERSION)
    if not isinstance(fmt, int) or isinstance(fmt, bool) or not 1 <= fmt <= FORMAT_VERSION:
        add(lines.plan("format"), "plan.format", BAD_FORMAT, format=FORMAT_VERSION)
    plan_id = _text(table, "id", "plan.id", lines.plan("id"), add)
    if plan_id is not None and not ID_PATTERN.fullmatch(plan_id):
        add(lines.plan("id"), "plan.id", BAD_ID, value=repr(plan_id))
        plan_id = None
    kind = _choice(table, "kind", CircleKind, "plan.kind", lines.plan("kind"), add)
    titles = _titles(table.get("title"), lines.plan("title"), add)
    rounds: list[PlannedRound] = []
    raw_rounds = doc.get("rounds")
    if not isinstance(raw_rounds, list) or not raw_rounds:
        raw_rounds = []
    for index, raw in enumerate(raw_rounds):
        planned = _round(raw, index, lines, add)
        if planned is not None:
            rounds.append(planned)
    if problems or plan_id is None or kind is None or titles is None:
        return None, problems
    try:
        plan = Plan(plan_id, kind, titles, tuple(rounds))
    except PlanRuleError as exc:
        line = lines.plan("title") if exc.field == "title" else lines.round(0)
        where = "plan.title" if exc.field == "title" else "rounds"
        add(line, where, exc.template, **exc.params)
        return None, problems
    if banks is not None:
        _check_references(plan, banks, lines, add)
    return (None if problems else plan), problems


def _text(
    table: Mapping[str, object], key: str, where: str, line: int | None, add: _Add
) -> str | None:
    value = table.get(key)
    if value is None:
        add(line, where, MISSING)
        return None
    if not isinstance(value, str):
        add(line, where, NOT_TEXT)
        return None
    return value


def _choice(
    table: Mapping[str, object], key: str, enum: type[_E], where: str, line: int | None, add: _Add
) -> _E | None:
    value = _text(table, key, where, line, add)
    if value is None:
        return None
    choices = tuple(member.value for member in enum)
    if value not in choices:
        add(line, where, BAD_CHOICE, choices=quoted_choices(choices), value=repr(value))
        return None
    return enum(value)


def _titles(value: object, line: int | None, add: _Add) -> tuple[tuple[str, str], ...] | None:
    if not isinstance(value, Mapping):
        add(line, "plan.title", TITLE_TABLE)
        return None
    titles = []
    for language in Language:
        title = value.get(language.value)
        if not isinstance(title, str):
            add(line, f"plan.title.{language.value}", MISSING if title is None else NOT_TEXT)
            continue
        titles.append((language.value, title))
    return tuple(titles) if len(titles) == len(Language) else None


def _round(raw: object, index: int, lines: _Lines, add: _Add) -> PlannedRound | None:
    where = f"rounds[{index + 1}]"
    if not isinstance(raw, Mapping):
        add(lines.round(index), where, TITLE_TABLE)
        return None
    source = _choice(raw, "from", RoundPrompt, f"{where}.from", lines.round(index, "from"), add)
    stage = None
    if "stage" in raw:
        stage = _choice(raw, "stage", Stage, f"{where}.stage", lines.round(index, "stage"), add)
    fixed, bank = None, None
    try:
        if "prompt" in raw:
            text = _text(raw, "prompt", f"{where}.prompt", lines.round(index, "prompt"), add)
            fixed = FixedPrompt.parse(text) if text is not None else None
        if "bank" in raw:
            bank = _text(raw, "bank", f"{where}.bank", lines.round(index, "bank"), add)
        if source is None:
            return None
        return PlannedRound(source, stage, fixed, bank)
    except PlanRuleError as exc:
        add(lines.round(index, exc.field), f"{where}.{exc.field}", exc.template, **exc.params)
        return None


def _check_references(plan: Plan, banks: Iterable[Bank], lines: _Lines, add: _Add) -> None:
    by_id = {bank.id: bank for bank in banks}
    for index, planned in enumerate(plan.rounds):
        for language in Language:
            if planned.fixed is not None:
                ref = planned.fixed.ref(language.value)
                bank = by_id.get(ref.bank_id)
                if bank is None or bank.prompt(ref.prompt_id) is None:
                    line = lines.round(index, "prompt")
                    add(
                        line,
                        f"rounds[{index + 1}].prompt",
                        UNKNOWN_PROMPT,
                        prompt=planned.fixed,
                        language=language.value,
                    )
            if planned.bank is not None and f"{language.value}-{planned.bank}" not in by_id:
                line = lines.round(index, "bank")
                add(
                    line,
                    f"rounds[{index + 1}].bank",
                    UNKNOWN_BANK,
                    bank=planned.bank,
                    language=language.value,
                )


class _Add(Protocol):  # the signature of the `add` callback, for the type checker
    def __call__(self, line: int | None, where: str, template: str, **params: object) -> None: ...


def check_plan_file(
    path: Path, banks: Iterable[Bank] | None = None
) -> tuple[Plan | None, list[Problem]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [_problem(path, None, "file", UNREADABLE, error=exc.strerror or exc)]
    text, problems = decode_file_text(data, path)
    if text is None:
        return None, problems
    return check_plan_text(text, path, banks)


def plan_files(paths: Iterable[Path]) -> list[Path]:
    """Plan files among `paths`: files as given (if they are plans), and every `*.toml`
    in a `plans` folder below the folders given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            candidates = [path / PLANS_FOLDER] if path.name != PLANS_FOLDER else [path]
            candidates += folders_below(path, PLANS_FOLDER)
            for folder in dict.fromkeys(candidates):
                if folder.is_dir():
                    found.extend(sorted(p for p in folder.glob("*.toml") if p.is_file()))
        elif path.is_file() and path.suffix == ".toml" and is_plan_file(path):
            found.append(path)
    return list(dict.fromkeys(found))


def check_plans(
    paths: Iterable[Path], banks: Iterable[Bank] | None = None, known: Iterable[Plan] = ()
) -> tuple[list[Plan], list[Problem]]:
    """Every plan file below `paths`; a plan id seen before (in `known`) is skipped."""
    banks = list(banks) if banks is not None else None
    seen: dict[str, Path | None] = {plan.id: None for plan in known}
    plans: list[Plan] = []
    problems: list[Problem] = []
    for path in plan_files(paths):
        plan, file_problems = check_plan_file(path, banks)
        problems.extend(file_problems)
        if plan is None:
            continue
        if plan.id in seen:
            other = seen[plan.id]
            text = file_text(path)  # read whole a moment ago
            line = _Lines(text).plan("id") if text is not None else None
            add_other = str(other) if other else "a shipped plan"
            problems.append(
                _problem(path, line, "plan.id", DUPLICATE, id=repr(plan.id), other=add_other)
            )
            continue
        seen[plan.id] = path
        plans.append(plan)
    return plans, problems


class PlanLibrary:
    """The shipped plans and the teacher's own plan files, by kind of circle."""

    def __init__(self, plans: Iterable[Plan] = (), problems: Iterable[Problem] = ()) -> None:
        self.plans = tuple(plans)
        self.problems = tuple(problems)

    @classmethod
    def load(cls, shipped: Path, user: Path | None, banks: Iterable[Bank]) -> PlanLibrary:
        banks = list(banks)
        plans, problems = check_plans([shipped / PLANS_FOLDER], banks)
        if user is not None and (user / PLANS_FOLDER).is_dir():
            mine, user_problems = check_plans([user / PLANS_FOLDER], banks, known=plans)
            plans, problems = [*plans, *mine], [*problems, *user_problems]
        return cls(plans, problems)

    @classmethod
    def load_default(cls, banks: Iterable[Bank]) -> PlanLibrary:
        """The shipped plans and the user's (`<user banks folder>/plans/`)."""
        from circle_app.paths import question_banks_dir, user_banks_dir

        return cls.load(question_banks_dir(), user_banks_dir(), banks)

    def for_kind(self, kind: CircleKind) -> list[Plan]:
        return [plan for plan in self.plans if plan.kind is kind]

    def get(self, plan_id: str) -> Plan | None:
        return next((plan for plan in self.plans if plan.id == plan_id), None)


def problem_text(problem: Problem, translate: Callable[[str], str]) -> str:
    """`FILE:LINE: field: message` with a plan problem's message in another language:
    `translate` maps a template (context "PlanProblem") to its translation."""
    if not isinstance(problem, PlanProblem) or not problem.template:
        return str(problem)
    try:
        message = translate(problem.template).format(**dict(problem.params))
    except (KeyError, IndexError, ValueError):  # a translation with broken blanks
        message = problem.message
    where = f"{problem.path}:{problem.line}" if problem.line is not None else f"{problem.path}"
    return f"{where}: {problem.field}: {message}"
