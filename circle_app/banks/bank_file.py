"""The bank file declared: what `[bank]` and each `[[prompts]]` table hold (pydantic).

The models say each key's type, whether it is required and the rules on its value; the
validator turns pydantic's errors into `Problem`s with the file's line numbers. A rule
that depends on the bank as a whole (a conflict prompt needs a stage, a support bank a
note) reads the bank's kind and language from the validation context or the fields
validated before it. Keys this app does not know are allowed (a newer format's).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictStr, ValidationInfo
from pydantic import field_validator as checks
from pydantic_core import PydanticCustomError

from circle_app.banks.schema import (
    AGE_BANDS,
    FACILITATOR_ONLY_KINDS,
    FORMAT_VERSION,
    ID_PATTERN,
    KINDS,
    LANGUAGES,
    MAX_NOTE_LENGTH,
    MAX_TEXT_LENGTH,
    QT_TRANSLATE_NOOP,
    STAGES,
    quoted_choices,
)
from circle_app.domain.enums import BankKind

RULE = "bank_rule"

EMPTY = QT_TRANSLATE_NOOP("BankProblem", "is empty: write it between the quotes")
BAD_ID = QT_TRANSLATE_NOOP(
    "BankProblem",
    "{value} is not a valid id: use letters, digits, '-', '_' and '.', starting with a "
    "letter or digit, at most 100",
)
UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP("BankProblem", "unknown language {value} (expected {choices})")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("BankProblem", "unknown kind {value} (expected {choices})")
UNKNOWN_AGE_BAND = QT_TRANSLATE_NOOP("BankProblem", "unknown age band {value} (expected {choices})")
UNKNOWN_STAGE = QT_TRANSLATE_NOOP("BankProblem", "unknown stage {value} (expected {choices})")
FORMAT_TOO_NEW = QT_TRANSLATE_NOOP(
    "BankProblem",
    "format {value} is not one this app reads (it reads 1 to {newest}); update circle-app",
)
TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "BankProblem",
    "is {length} characters; at most {limit} fit the prompt card, so shorten it",
)
NOTE_EMPTY = QT_TRANSLATE_NOOP("BankProblem", "is empty (write the note, or leave the key out)")
NOTE_TOO_LONG = QT_TRANSLATE_NOOP(
    "BankProblem", "is {length} characters; at most {limit} (one or two lines), so shorten it"
)
NEEDS_FACILITATOR_ONLY = QT_TRANSLATE_NOOP(
    "BankProblem",
    "a {kind} bank must have facilitator_only = true (its prompts are never drawn at random)",
)
NEEDS_NOTE = QT_TRANSLATE_NOOP(
    "BankProblem",
    "a {kind} bank needs a note for the facilitator "
    '(e.g. note = "Prepare such a circle with the school\'s resource people.")',
)
EMPTY_ENTRY = QT_TRANSLATE_NOOP("BankProblem", 'holds an empty entry: remove the ""')
NO_AGES = QT_TRANSLATE_NOOP(
    "BankProblem", 'is empty: name at least one age band, like ["mellemtrin"]'
)
STAGE_NOT_HERE = QT_TRANSLATE_NOOP(
    "BankProblem",
    "only conflict prompts have a stage (this bank's kind is {kind}): remove the stage line",
)
NEEDS_STAGE = QT_TRANSLATE_NOOP("BankProblem", "a conflict prompt needs a stage ({choices})")
ONLY_OTHER_LANGUAGE = QT_TRANSLATE_NOOP(
    "BankProblem",
    "{value} is not this bank's language ({language}): "
    "a one-culture prompt lives in its own language's bank",
)


def rule(template: str, **params: object) -> PydanticCustomError:
    """A broken rule, as pydantic carries it: the template and its blanks in the context."""
    return PydanticCustomError(RULE, template, {"template": template, **params})


def unknown(template: str, value: str, choices: tuple[str, ...]) -> PydanticCustomError:
    """`{choices}` is "a, b or c" in English; `{names}` "a, b, c" for other languages."""
    return rule(template, value=value, choices=quoted_choices(choices), names=", ".join(choices))


def _filled(value: str) -> str:
    if not value.strip():
        raise rule(EMPTY)
    return value.strip()


def _an_id(value: str) -> str:
    if not ID_PATTERN.fullmatch(value):
        raise rule(BAD_ID, value=repr(value))
    return value


def _one_of(choices: tuple[str, ...], template: str) -> AfterValidator:
    def check(value: str) -> str:
        if value not in choices:
            raise unknown(template, repr(value), choices)
        return value

    return AfterValidator(check)


def _card_text(value: str) -> str:
    if len(value) > MAX_TEXT_LENGTH:
        raise rule(TEXT_TOO_LONG, length=len(value), limit=MAX_TEXT_LENGTH)
    return value


def _entries(values: list[str]) -> list[str]:
    items = [value.strip() for value in values]
    if any(not item for item in items):
        raise rule(EMPTY_ENTRY)
    return items


def _age_bands(values: list[str]) -> list[str]:
    if not values:
        raise rule(NO_AGES)
    wrong = [value for value in values if value not in AGE_BANDS]
    if wrong:
        raise unknown(UNKNOWN_AGE_BAND, ", ".join(repr(value) for value in wrong), AGE_BANDS)
    return values


Filled = Annotated[StrictStr, AfterValidator(_filled)]
Id = Annotated[Filled, AfterValidator(_an_id)]
Entries = Annotated[list[StrictStr], AfterValidator(_entries)]


class BankTable(BaseModel):
    """`[bank]`: what the bank is. The order of the fields is the order of the checks."""

    model_config = ConfigDict(strict=True, extra="allow")

    format: int = FORMAT_VERSION
    id: Id
    language: Annotated[Filled, _one_of(LANGUAGES, UNKNOWN_LANGUAGE)]
    kind: Annotated[Filled, _one_of(KINDS, UNKNOWN_KIND)]
    title: Filled
    description: StrictStr = ""
    facilitator_only: bool = Field(default=False, validate_default=True)
    note: StrictStr | None = Field(default=None, validate_default=True)

    @checks("format")
    @classmethod
    def _readable(cls, value: int) -> int:
        if value < 1 or value > FORMAT_VERSION:
            raise rule(FORMAT_TOO_NEW, value=value, newest=FORMAT_VERSION)
        return value

    @checks("description")
    @classmethod
    def _stripped(cls, value: str) -> str:
        return value.strip()

    @checks("facilitator_only")
    @classmethod
    def _support_is_facilitator_only(cls, value: bool, info: ValidationInfo) -> bool:
        kind = info.data.get("kind")
        if kind is not None and BankKind(kind) in FACILITATOR_ONLY_KINDS and not value:
            raise rule(NEEDS_FACILITATOR_ONLY, kind=kind)
        return value

    @checks("note")
    @classmethod
    def _a_short_note(cls, value: str | None, info: ValidationInfo) -> str | None:
        kind = info.data.get("kind")
        if value is None:
            if kind is not None and BankKind(kind) in FACILITATOR_ONLY_KINDS:
                raise rule(NEEDS_NOTE, kind=kind)
            return None
        if not value.strip():
            raise rule(NOTE_EMPTY)
        if len(value.strip()) > MAX_NOTE_LENGTH:
            raise rule(NOTE_TOO_LONG, length=len(value.strip()), limit=MAX_NOTE_LENGTH)
        return value.strip()


class PromptEntry(BaseModel):
    """One `[[prompts]]` table. Validated with context {"kind": BankKind | None,
    "language": str} of its bank (None and "" when the bank's own table is wrong)."""

    model_config = ConfigDict(strict=True, extra="allow")

    id: Id
    text: Annotated[Filled, AfterValidator(_card_text)]
    ages: Annotated[Entries, AfterValidator(_age_bands)]
    tags: Entries = Field(default_factory=list)
    stage: StrictStr | None = Field(default=None, validate_default=True)
    only: StrictStr | None = None

    @checks("stage")
    @classmethod
    def _a_stage_where_one_belongs(cls, value: str | None, info: ValidationInfo) -> str | None:
        kind = (info.context or {}).get("kind")
        if value is None:
            if kind is BankKind.CONFLICT:
                raise rule(NEEDS_STAGE, choices=quoted_choices(STAGES), names=", ".join(STAGES))
            return None
        if kind is not None and kind is not BankKind.CONFLICT:
            raise rule(STAGE_NOT_HERE, kind=kind.value)
        if value.strip() not in STAGES:
            raise unknown(UNKNOWN_STAGE, repr(value), STAGES)
        return value.strip()

    @checks("only")
    @classmethod
    def _only_its_own_language(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        if value.strip() not in LANGUAGES:
            raise unknown(UNKNOWN_LANGUAGE, repr(value), LANGUAGES)
        language = (info.context or {}).get("language")
        if language and value.strip() != language:
            raise rule(ONLY_OTHER_LANGUAGE, value=repr(value.strip()), language=language)
        return value.strip()
