"""A circle's events: each action a keeper takes, small and immutable (docs/method.md M1-M7).

Nothing anyone says is part of any event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from circle_app.domain.enums import Offer, Outcome, RoundMode, Stage
from circle_app.domain.prompts import PromptRef


@dataclass(frozen=True, slots=True)
class RoundStarted:
    number: int
    mode: RoundMode
    stage: Stage | None
    prompt: PromptRef | None
    at: datetime


@dataclass(frozen=True, slots=True)
class TurnTaken:
    round_number: int
    seat: int
    outcome: Outcome
    offer: Offer  # the piece came round, or it was offered again after a pass
    started_at: datetime
    at: datetime


@dataclass(frozen=True, slots=True)
class PieceGiven:
    """Open round: the keeper gave the piece to whoever asked to speak."""

    seat: int
    at: datetime


@dataclass(frozen=True, slots=True)
class Arrived:
    seat: int
    at: datetime


@dataclass(frozen=True, slots=True)
class Left:
    seat: int
    at: datetime


@dataclass(frozen=True, slots=True)
class PromptChanged:
    prompt: PromptRef | None
    at: datetime


@dataclass(frozen=True, slots=True)
class ModeChanged:
    """The round not yet begun goes seat by seat, or open, after all (M2)."""

    mode: RoundMode
    at: datetime


@dataclass(frozen=True, slots=True)
class NextModeChosen:
    """Mid-round, the keeper chose how the *next* round goes (M2); stored like any action."""

    mode: RoundMode
    at: datetime


@dataclass(frozen=True, slots=True)
class SeatAdded:
    """Someone arrived who has no seat: a new seat `seat` next to seat `beside`, present.

    `seat` is the next free position (seats are numbered as they were added); the ring
    places it after `beside` in the clockwise order."""

    seat: int
    beside: int
    at: datetime


CircleEvent = (
    RoundStarted
    | TurnTaken
    | PieceGiven
    | Arrived
    | Left
    | PromptChanged
    | ModeChanged
    | NextModeChosen
    | SeatAdded
)
E = TypeVar(
    "E",
    RoundStarted,
    TurnTaken,
    PieceGiven,
    Arrived,
    Left,
    PromptChanged,
    ModeChanged,
    NextModeChosen,
    SeatAdded,
)
