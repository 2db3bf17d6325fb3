"""The app's non-Qt services, opened once after the first frame and handed to the UI."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from circle_app.domain.prompts import PromptSource
from circle_app.store import open_store
from circle_app.store.circles import CircleStore
from circle_app.store.groups import GroupStore


@dataclass
class Services:
    engine: Engine
    circles: CircleStore
    groups: GroupStore
    prompts: PromptSource | None = None

    @classmethod
    def open(cls, database_url: str | None) -> Services:
        """Open the database (raises StoreError with a message fit for the user)."""
        engine = open_store(database_url)
        return cls(engine=engine, circles=CircleStore(engine), groups=GroupStore(engine))

    def close(self) -> None:
        self.engine.dispose()
