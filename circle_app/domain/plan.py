"""Circle plans: a circle with a shape (Circle Forward, IIRP practice).

A plan is a named sequence of rounds. Each round says where its prompt comes from: a
check-in round, a main round (the circle's own bank; in a conflict circle one of the four
stages, M4), a check-out round, or one fixed prompt. Plans are data: shipped ones live in
`question_banks/plans/*.toml`, a teacher's own are kept per group in the database.

The rules a plan must keep are here, once: the TOML checker (`banks/plans.py`) and the
store both build plans through `Plan`, so an impossible plan never reaches a circle.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from circle_app.domain.enums import CONFLICT_STAGES, BankKind, CircleKind, Language, Stage
from circle_app.domain.name_rules import QT_TRANSLATE_NOOP
from circle_app.domain.prompts import DrawRequest, PromptRef

# A board shows at most this many rounds in its tracker; a lesson holds no more.
MAX_PLAN_ROUNDS = 12
# A plan's title is a line in a drop-down and on the board.
MAX_TITLE_LENGTH = 60


class RoundPrompt(StrEnum):
    """Where a planned round's prompt comes from."""

    CHECKIN = "checkin"  # drawn from the check-in banks
    MAIN = "main"  # drawn from the circle's own banks (a conflict circle: its stage)
    CHECKOUT = "checkout"  # drawn from the check-out banks
    FIXED = "fixed"  # one prompt, named by bank and id


# Messages of the rules, translated in the UI (context "PlanProblem") and filled with
# `str.format`; the checker puts them after `FILE:LINE: field:`.
NO_ROUNDS = QT_TRANSLATE_NOOP("PlanProblem", "a plan needs at least one round")
TOO_MANY_ROUNDS = QT_TRANSLATE_NOOP("PlanProblem", "a plan has at most {max} rounds")
NO_TITLE = QT_TRANSLATE_NOOP("PlanProblem", "needs a title in {language}")
TITLE_TOO_LONG = QT_TRANSLATE_NOOP("PlanProblem", "is longer than {max} characters")
STAGE_OUTSIDE_CONFLICT = QT_TRANSLATE_NOOP(
    "PlanProblem", "only a conflict circle's main rounds have a stage"
)
CONFLICT_STAGES_FIXED = QT_TRANSLATE_NOOP(
    "PlanProblem",
    "a conflict circle's main rounds are its four stages in order "
    "(experienced, affected, needs, solutions), between a check-in and a check-out (M4)",
)
FIXED_NEEDS_PROMPT = QT_TRANSLATE_NOOP(
    "PlanProblem", "a fixed round names its prompt as BANK/PROMPT, e.g. checkin/one-word-today"
)
PROMPT_ONLY_FIXED = QT_TRANSLATE_NOOP("PlanProblem", "only a fixed round names a prompt")
BANK_ONLY_MAIN = QT_TRANSLATE_NOOP("PlanProblem", "only a main round names a bank")
UNKNOWN_BANK = QT_TRANSLATE_NOOP("PlanProblem", "no bank {bank} in {language}")
UNKNOWN_PROMPT = QT_TRANSLATE_NOOP("PlanProblem", "no prompt {prompt} in the {language} banks")


class PlanRuleError(ValueError):
    """A plan the method does not allow; `template` is translatable, `params` fill it."""

    def __init__(self, template: str, field: str = "rounds", **params: object) -> None:
        self.template = template
        self.field = field
        self.params = params
        super().__init__(f"{field}: {template.format(**params)}")


@dataclass(frozen=True, slots=True)
class FixedPrompt:
    """One prompt named without its language: `checkin/one-word-today` is `da-checkin`'s
    prompt on a Danish circle and `en-checkin`'s on an English one (the banks are pairs)."""

    bank: str
    prompt_id: str

    @classmethod
    def parse(cls, text: str) -> FixedPrompt:
        bank, _, prompt_id = text.strip().partition("/")
        if not bank or not prompt_id or "/" in prompt_id:
            raise PlanRuleError(FIXED_NEEDS_PROMPT, "prompt")
        return cls(bank, prompt_id)

    def ref(self, language: str) -> PromptRef:
        return PromptRef(f"{language}-{self.bank}", self.prompt_id)

    def __str__(self) -> str:
        return f"{self.bank}/{self.prompt_id}"


@dataclass(frozen=True, slots=True)
class PlannedRound:
    prompt: RoundPrompt
    stage: Stage | None = None  # a conflict circle's main rounds
    fixed: FixedPrompt | None = None  # RoundPrompt.FIXED only
    bank: str | None = None  # a main round's topic: one bank, named without its language

    def __post_init__(self) -> None:
        if self.bank is not None and self.prompt is not RoundPrompt.MAIN:
            raise PlanRuleError(BANK_ONLY_MAIN, "bank")
        if self.prompt is RoundPrompt.FIXED and self.fixed is None:
            raise PlanRuleError(FIXED_NEEDS_PROMPT, "prompt")
        if self.prompt is not RoundPrompt.FIXED and self.fixed is not None:
            raise PlanRuleError(PROMPT_ONLY_FIXED, "prompt")
        if self.stage is not None and self.prompt is not RoundPrompt.MAIN:
            raise PlanRuleError(STAGE_OUTSIDE_CONFLICT, "stage")

    @property
    def bank_kind(self) -> BankKind | None:
        """The bank kind a drawn prompt comes from (None: the circle's own kind, or fixed)."""
        return {
            RoundPrompt.CHECKIN: BankKind.CHECKIN,
            RoundPrompt.CHECKOUT: BankKind.CHECKOUT,
        }.get(self.prompt)


@dataclass(frozen=True, slots=True)
class Plan:
    """A named sequence of rounds for one kind of circle; `group_id` None: shipped."""

    id: str
    kind: CircleKind
    titles: tuple[tuple[str, str], ...]  # (language, title), every language the app speaks
    rounds: tuple[PlannedRound, ...]
    group_id: int | None = None

    def __post_init__(self) -> None:
        problem = rounds_problem(self.kind, self.rounds)
        if problem is not None:
            raise problem
        given = dict(self.titles)
        for language in Language:
            title = given.get(language.value, "").strip()
            if not title:
                raise PlanRuleError(NO_TITLE, "title", language=language.value)
            if len(title) > MAX_TITLE_LENGTH:
                raise PlanRuleError(TITLE_TOO_LONG, "title", max=MAX_TITLE_LENGTH)

    def title(self, language: str) -> str:
        given = dict(self.titles)
        return given.get(language) or given.get(Language.EN.value) or self.id

    @property
    def stages(self) -> tuple[Stage | None, ...]:
        return tuple(planned.stage for planned in self.rounds)

    def draw_request(
        self, index: int, base: DrawRequest, *, exclude: frozenset[PromptRef] = frozenset()
    ) -> DrawRequest:
        """What to draw for round `index` (0-based), from the circle's own request `base`:
        the round's bank kind and stage; a fixed round pins its prompt in the circle's
        language, so it is drawn as it is (and `exclude` cannot swap it for another)."""
        planned = self.rounds[index]
        kind = planned.bank_kind or base.kind
        pinned = planned.fixed.ref(base.language) if planned.fixed else None
        stage = planned.stage if kind is BankKind.CONFLICT else None
        banks = frozenset({f"{base.language}-{planned.bank}"}) if planned.bank else base.bank_ids
        return DrawRequest(
            kind=kind,
            language=base.language,
            age_band=base.age_band,
            stage=stage,
            tags=base.tags,
            group_id=base.group_id,
            exclude=exclude if pinned is None else frozenset(),
            bank_ids=banks if planned.bank_kind is None else frozenset(),
            pinned=pinned,
        )

    def to_data(self) -> dict[str, object]:
        """Plain data (for the store's JSON), read back by `Plan.from_data`."""
        return {
            "id": self.id,
            "kind": self.kind.value,
            **({"group_id": self.group_id} if self.group_id is not None else {}),
            "titles": dict(self.titles),
            "rounds": [
                {
                    "prompt": planned.prompt.value,
                    **({"stage": planned.stage.value} if planned.stage else {}),
                    **({"fixed": str(planned.fixed)} if planned.fixed else {}),
                    **({"bank": planned.bank} if planned.bank else {}),
                }
                for planned in self.rounds
            ],
        }

    @classmethod
    def from_data(cls, data: Mapping[str, object], group_id: int | None = None) -> Plan:
        """The plan `to_data` wrote; raises PlanRuleError (or ValueError) on anything else."""
        if group_id is None and isinstance(data.get("group_id"), int):
            group_id = int(str(data["group_id"]))
        titles = data.get("titles")
        rounds = data.get("rounds")
        if not isinstance(titles, Mapping) or not isinstance(rounds, list):
            raise PlanRuleError(NO_ROUNDS)
        planned = []
        for item in rounds:
            if not isinstance(item, Mapping):
                raise PlanRuleError(NO_ROUNDS)
            stage = item.get("stage")
            fixed = item.get("fixed")
            bank = item.get("bank")
            planned.append(
                PlannedRound(
                    RoundPrompt(str(item.get("prompt"))),
                    Stage(str(stage)) if stage else None,
                    FixedPrompt.parse(str(fixed)) if fixed else None,
                    str(bank) if bank else None,
                )
            )
        return cls(
            id=str(data.get("id")),
            kind=CircleKind(str(data.get("kind"))),
            titles=tuple((str(k), str(v)) for k, v in titles.items()),
            rounds=tuple(planned),
            group_id=group_id,
        )


def rounds_problem(kind: CircleKind, rounds: Iterable[PlannedRound]) -> PlanRuleError | None:
    """The first rule the rounds break, or None. A conflict circle's plan keeps its four
    stages, in order, one after the other (M4); before them only check-ins (or fixed
    openings), after them only check-outs (or fixed closings)."""
    rounds = tuple(rounds)
    if not rounds:
        return PlanRuleError(NO_ROUNDS)
    if len(rounds) > MAX_PLAN_ROUNDS:
        return PlanRuleError(TOO_MANY_ROUNDS, max=MAX_PLAN_ROUNDS)
    if kind is not CircleKind.CONFLICT:
        if any(planned.stage is not None for planned in rounds):
            return PlanRuleError(STAGE_OUTSIDE_CONFLICT, "stage")
        return None
    main = [i for i, planned in enumerate(rounds) if planned.prompt is RoundPrompt.MAIN]
    stages = tuple(rounds[i].stage for i in main)
    contiguous = bool(main) and main == list(range(main[0], main[0] + len(main)))
    if stages != CONFLICT_STAGES or not contiguous:
        return PlanRuleError(CONFLICT_STAGES_FIXED)
    before, after = rounds[: main[0]], rounds[main[-1] + 1 :]
    if any(planned.prompt is RoundPrompt.CHECKOUT for planned in before) or any(
        planned.prompt is RoundPrompt.CHECKIN for planned in after
    ):
        return PlanRuleError(CONFLICT_STAGES_FIXED)
    return None


def conflict_rounds() -> tuple[PlannedRound, ...]:
    """The four stages of a conflict circle, as planned rounds (M4)."""
    return tuple(PlannedRound(RoundPrompt.MAIN, stage) for stage in CONFLICT_STAGES)


def simple_plan(
    kind: CircleKind,
    titles: Mapping[str, str],
    *,
    checkin: bool,
    main_rounds: int,
    checkout: bool,
    plan_id: str = "own",
    group_id: int | None = None,
) -> Plan:
    """A teacher's plan as the setup screen composes it: an optional check-in, the main
    rounds (a conflict circle: its four stages, whatever `main_rounds` says), an optional
    check-out."""
    main = (
        conflict_rounds()
        if kind is CircleKind.CONFLICT
        else (PlannedRound(RoundPrompt.MAIN),) * main_rounds
    )
    rounds = (
        *((PlannedRound(RoundPrompt.CHECKIN),) if checkin else ()),
        *main,
        *((PlannedRound(RoundPrompt.CHECKOUT),) if checkout else ()),
    )
    return Plan(plan_id, kind, tuple(titles.items()), rounds, group_id)
