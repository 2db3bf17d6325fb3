"""One clock for the store: aware UTC timestamps, stored as such."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite hands naive datetimes back; they were written as UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)
