"""Persistence (SQLAlchemy + Alembic). No Qt; the UI gets domain objects, never rows.

What is named here is imported when first asked for: a start that reads home ahead
(store/start_read.py) imports the store's plain-Python parts without SQLAlchemy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from circle_app.store.errors import StoreError

if TYPE_CHECKING:
    from circle_app.store.engine import make_engine, open_store, resolve_database_url
    from circle_app.store.faults import DiskFullError

_LAZY = {
    "DiskFullError": "circle_app.store.faults",
    "make_engine": "circle_app.store.engine",
    "open_store": "circle_app.store.engine",
    "resolve_database_url": "circle_app.store.engine",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DiskFullError", "StoreError", "make_engine", "open_store", "resolve_database_url"]
