"""The bank file format (`question_banks/<lang>/*.toml`): its vocabulary and loaded shape.

A bank file has one `[bank]` table and one `[[prompts]]` table per prompt; see
`question_banks/README.md` for the curators' description. This module holds what the
validator checks against and what it returns; it never touches the file system.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path

from circle_app.domain.enums import AgeBand, BankKind, Language, Stage
from circle_app.domain.prompts import Prompt

#: Circle plans live in a folder of this name beside the banks.
PLANS_FOLDER = "plans"

#: The newest `format = N` this app reads. A missing `format` means 1.
FORMAT_VERSION = 1

#: Bank and prompt ids: what the history refers to for ever, so kept plain.
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")

#: Longer than this does not fit the prompt card readably from the back of a room.
MAX_TEXT_LENGTH = 400

#: A bank's note (e.g. how to prepare a support circle) is one or two lines in the browser.
MAX_NOTE_LENGTH = 300

#: Kinds whose banks must be `facilitator_only = true` and carry a `note`.
FACILITATOR_ONLY_KINDS: frozenset[BankKind] = frozenset({BankKind.SUPPORT})

LANGUAGES: tuple[str, ...] = tuple(language.value for language in Language)
KINDS: tuple[str, ...] = tuple(kind.value for kind in BankKind)
AGE_BANDS: tuple[str, ...] = tuple(band.value for band in AgeBand)
STAGES: tuple[str, ...] = tuple(stage.value for stage in Stage)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's name)
    """Marks a message for Qt's lupdate; the UI and the command line translate it."""
    return text


class Words(str):
    """A blank's value that is itself a message (context "BankProblem"), translated with it."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a bank file, rendered `FILE:LINE: field: message`.

    `message` is English. `template` is the same with {named} blanks (context "BankProblem")
    and `params` fill them, so a caller can show it in the user's language: `in_words()`.
    The field (`bank.id`, `prompts[2].text`) is the file's own key and is never translated.
    """

    path: Path
    line: int | None
    field: str
    message: str
    template: str = dataclass_field(default="", compare=False)
    params: dict[str, object] = dataclass_field(default_factory=dict, compare=False, hash=False)

    def in_words(self, translate: Callable[[str, str], str] | None = None) -> str:
        """`FILE:LINE: field: message`, the message through `translate(context, text)`."""
        message = self.message
        if translate is not None and self.template:
            params = {
                name: translate("BankProblem", value) if isinstance(value, Words) else value
                for name, value in self.params.items()
            }
            message = translate("BankProblem", self.template).format(**params)
        where = f"{self.path}:{self.line}" if self.line is not None else f"{self.path}"
        return f"{where}: {self.field}: {message}"

    def __str__(self) -> str:
        return self.in_words()


def problem(
    path: Path, line: int | None, where: str, template: str, /, **params: object
) -> Problem:
    """A problem whose message is `template` (marked with QT_TRANSLATE_NOOP) filled in."""
    return Problem(path, line, where, template.format(**params), template, params)


@dataclass(frozen=True, slots=True)
class Bank:
    """A valid bank file, loaded whole."""

    id: str
    language: str
    kind: BankKind
    title: str
    description: str
    path: Path
    prompts: tuple[Prompt, ...]
    format: int = FORMAT_VERSION
    user: bool = False  # added by the teacher (user data folder), not shipped
    facilitator_only: bool = False  # shown in the browser, never in a random pool
    note: str = ""  # a line for the facilitator, shown with the bank
    _by_id: dict[str, Prompt] = dataclass_field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {prompt.id: prompt for prompt in self.prompts})

    @property
    def drawable(self) -> bool:
        """May its prompts come up at random (a circle, the quick prompt, favourites)?"""
        return not self.facilitator_only and self.kind not in FACILITATOR_ONLY_KINDS

    def prompt(self, prompt_id: str) -> Prompt | None:
        return self._by_id.get(prompt_id)

    def __len__(self) -> int:
        return len(self.prompts)


def quoted_choices(choices: tuple[str, ...]) -> str:
    """`a, b or c` for messages."""
    if len(choices) == 1:
        return choices[0]
    return ", ".join(choices[:-1]) + " or " + choices[-1]
