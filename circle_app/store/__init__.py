"""Persistence (SQLAlchemy + Alembic). No Qt; the UI gets domain objects, never rows."""

from circle_app.store.engine import make_engine, open_store, resolve_database_url
from circle_app.store.errors import StoreError
from circle_app.store.faults import DiskFullError

__all__ = ["DiskFullError", "StoreError", "make_engine", "open_store", "resolve_database_url"]
