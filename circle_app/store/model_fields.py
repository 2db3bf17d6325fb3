"""The tables' base and column helpers shared by the table modules (`models`, `models_conflict`).

Plain SQLAlchemy 2.0 declarative models (`Mapped[...]`, `mapped_column`): no pydantic model
is built per table (issue 20: SQLModel and pydantic were about 20 MB of an open circle).
What SQLModel gave the tables is kept, column for column and row for row:

- `str` is VARCHAR without a length, `datetime` is `UTCDateTime` (TIMESTAMP WITH TIME ZONE,
  aware datetimes in, UTC out), `x: T | None` is nullable and `x: T` is NOT NULL;
- a column's Python default is set on the row when it is made, as SQLModel's constructor
  did (`CircleTallyRow(...).circles == 0` before any flush), not only at INSERT.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from sqlalchemy import ForeignKey, Integer, Table, inspect, types
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.orm import DeclarativeBase, MappedColumn, mapped_column
from sqlalchemy.sql.operators import OperatorType


class UTCDateTime(types.TypeDecorator[datetime]):
    """Aware datetimes stored as TIMESTAMP WITH TIME ZONE and read back in UTC (the type
    SQLModel gave every `datetime` field; a naive datetime is refused, never guessed)."""

    impl = types.DateTime
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(timezone=True)

    def __repr__(self) -> str:
        return "UTCDateTime()"

    def coerce_compared_value(self, op: OperatorType | None, value: Any) -> types.TypeEngine[Any]:
        if isinstance(value, timedelta):
            return types.Interval()
        return self

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError("Datetime values must have timezone information.")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:  # SQLite keeps no offset: what it holds is UTC
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    """Every table's base: `Base.metadata` is what Alembic compares the migrations with."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {str: types.String(), datetime: UTCDateTime()}
    __table__: ClassVar[Table]  # every model here is one table

    def __init__(self, **values: Any) -> None:
        """SQLAlchemy's keyword constructor, with the columns' defaults filled in first."""
        model = type(self)
        for key, value in {**_defaults(model), **values}.items():
            if not hasattr(model, key):
                raise TypeError(f"{key!r} is an invalid keyword argument for {model.__name__}")
            setattr(self, key, value)


_DEFAULTS: dict[type[Base], dict[str, Any]] = {}


def _defaults(model: type[Base]) -> dict[str, Any]:
    """The scalar Python defaults of a table's columns, by attribute (worked out once)."""
    found = _DEFAULTS.get(model)
    if found is None:
        found = {}
        for attribute in inspect(model).column_attrs:
            default = attribute.columns[0].default
            if default is not None and default.is_scalar:
                found[attribute.key] = default.arg
        _DEFAULTS[model] = found
    return found


def fk(
    target: str, *, ondelete: str, nullable: bool = True, index: bool = True
) -> MappedColumn[Any]:
    return mapped_column(
        Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index
    )


#: Ids that are never handed out twice (SQLite's AUTOINCREMENT; PostgreSQL's sequences never
#: reuse): `people delete 12` typed from an old note must never reach someone else.
NEVER_REUSED: dict[str, Any] = {"sqlite_autoincrement": True}


def person_link() -> MappedColumn[Any]:
    """Who a typed name is: the person row export and erasure find (issue 12)."""
    return fk("person.id", ondelete="SET NULL")
