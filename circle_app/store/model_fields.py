"""Column helpers shared by the table modules (`models`, `models_conflict`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field


def fk(target: str, *, ondelete: str, nullable: bool = True, index: bool = True) -> Column[int]:
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


#: Ids that are never handed out twice (SQLite's AUTOINCREMENT; PostgreSQL's sequences never
#: reuse): `people delete 12` typed from an old note must never reach someone else.
NEVER_REUSED: dict[str, Any] = {"sqlite_autoincrement": True}


def person_link() -> Any:
    """Who a typed name is: the person row export and erasure find (issue 12)."""
    return Field(default=None, sa_column=fk("person.id", ondelete="SET NULL"))
