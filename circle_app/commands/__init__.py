"""Subcommands of `circle-app`. Each module has `register(subparsers)`; add new ones here."""

from __future__ import annotations

from types import ModuleType

from circle_app.commands import (
    agreements,
    banks,
    db,
    demo,
    groups,
    people,
    prompt,
    report,
    voices,
)

COMMANDS: tuple[ModuleType, ...] = (
    demo,
    prompt,
    banks,
    voices,
    groups,
    people,
    agreements,
    report,
    db,
)
