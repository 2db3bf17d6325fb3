"""A prompt as the rest of the app sees it: loaded from a bank, shown on the card."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from circle_app.domain.enums import AgeBand, BankKind, Stage


@dataclass(frozen=True, slots=True)
class PromptRef:
    """Points at one prompt for ever: history stores this, never the text."""

    bank_id: str
    prompt_id: str

    def __str__(self) -> str:
        return f"{self.bank_id}/{self.prompt_id}"


@dataclass(frozen=True, slots=True)
class Prompt:
    bank_id: str
    id: str
    text: str
    language: str
    kind: BankKind
    ages: frozenset[AgeBand]
    tags: frozenset[str] = field(default_factory=frozenset)
    stage: Stage | None = None
    only: str | None = None  # belongs to one culture ("da"): needs no counterpart in the pair

    @property
    def ref(self) -> PromptRef:
        return PromptRef(self.bank_id, self.id)


class PromptSource(Protocol):
    """What the circle and prompt screens need from the banks (implemented in `banks/`)."""

    def get(self, ref: PromptRef) -> Prompt | None:
        """The prompt behind a stored reference, or None if its bank is gone."""
        ...

    def draw(self, request: DrawRequest) -> Prompt | None:
        """A fair prompt for the request (no repeats per group), or None if none fits."""
        ...


@dataclass(frozen=True, slots=True)
class DrawRequest:
    kind: BankKind
    language: str
    age_band: AgeBand | None = None
    stage: Stage | None = None
    tags: frozenset[str] = field(default_factory=frozenset)
    group_id: int | None = None
    favourites_only: bool = False
    exclude: frozenset[PromptRef] = field(default_factory=frozenset)  # e.g. the card shown now
    bank_ids: frozenset[str] = field(default_factory=frozenset)  # only these banks (empty: all)
    pinned: PromptRef | None = None  # the teacher chose this prompt: it is drawn as it is
