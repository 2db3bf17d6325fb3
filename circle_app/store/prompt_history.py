"""Which prompts a group has had (the no-repeat history) and which prompts are favourites.

The circle store writes a use whenever a round shows a prompt; the quick prompt screen
writes one through `record_use`. A group of None is the quick circles and quick prompts.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, delete, func, select

from circle_app.domain.prompts import PromptRef
from circle_app.store.clock import utcnow
from circle_app.store.models import FavouritePromptRow, PromptUseRow


class PromptHistory:
    """Reads and writes `prompt_use` and `favourite_prompt`, each call its own transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def record_use(
        self,
        ref: PromptRef,
        *,
        group_id: int | None = None,
        circle_id: int | None = None,
        at: datetime | None = None,
    ) -> int:
        """Write that `ref` was shown to `group_id` (None: no group); return the use's id."""
        table = PromptUseRow.__table__
        with self._engine.begin() as connection:
            result = connection.execute(
                table.insert().values(
                    group_id=group_id,
                    circle_id=circle_id,
                    bank_id=ref.bank_id,
                    prompt_id=ref.prompt_id,
                    used_at=at or utcnow(),
                )
            )
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def uses_since(self, group_id: int | None, after_id: int = 0) -> list[tuple[int, PromptRef]]:
        """The group's uses with an id above `after_id`, oldest first, as (id, prompt)."""
        table = PromptUseRow.__table__
        group_filter = (
            table.c.group_id.is_(None) if group_id is None else table.c.group_id == group_id
        )
        query = (
            select(table.c.id, table.c.bank_id, table.c.prompt_id)
            .where(group_filter, table.c.id > after_id)
            .order_by(table.c.id)
        )
        with self._engine.connect() as connection:
            return [
                (use_id, PromptRef(bank_id, prompt_id))
                for use_id, bank_id, prompt_id in connection.execute(query)
            ]

    def last_uses_since(
        self, group_id: int | None, after_id: int = 0
    ) -> list[tuple[int, str, str]]:
        """The group's latest use of each prompt among its uses with an id above `after_id`,
        as (id, bank id, prompt id), oldest first: all a no-repeat draw needs, one row a
        prompt however often it was shown.

        A class's first draw after a start (`after_id` 0) reads its whole history: the
        database groups it in `ix_prompt_use_last_use` (migration 0014), without the table.
        A later draw reads the few uses written since, along the group's id range, and
        keeps the latest of each here; grouped in SQL, that read would be drawn to the new
        index and scan the whole history again (issue 20)."""
        table = PromptUseRow.__table__
        group_filter = (
            table.c.group_id.is_(None) if group_id is None else table.c.group_id == group_id
        )
        if after_id:
            query = (
                select(table.c.id, table.c.bank_id, table.c.prompt_id)
                .where(group_filter, table.c.id > after_id)
                .order_by(table.c.id)
            )
            latest: dict[tuple[str, str], int] = {}
            with self._engine.connect() as connection:
                for use_id, bank_id, prompt_id in connection.execute(query):
                    latest.pop((bank_id, prompt_id), None)  # a later use: to the end
                    latest[bank_id, prompt_id] = use_id
            return [(use_id, bank, prompt) for (bank, prompt), use_id in latest.items()]
        last = func.max(table.c.id)
        grouped = (
            select(last, table.c.bank_id, table.c.prompt_id)
            .where(group_filter)
            .group_by(table.c.bank_id, table.c.prompt_id)
            .order_by(last)
        )
        with self._engine.connect() as connection:
            rows = connection.execute(grouped).all()
        return list(map(tuple, rows))

    def count(self, group_id: int | None) -> int:
        """How many prompts the group has been shown, all time."""
        table = PromptUseRow.__table__
        group_filter = (
            table.c.group_id.is_(None) if group_id is None else table.c.group_id == group_id
        )
        with self._engine.connect() as connection:
            return int(
                connection.execute(
                    select(func.count()).select_from(table).where(group_filter)
                ).scalar_one()
            )

    # -- favourites -----------------------------------------------------------------------

    def favourites(self) -> set[PromptRef]:
        table = FavouritePromptRow.__table__
        with self._engine.connect() as connection:
            rows = connection.execute(select(table.c.bank_id, table.c.prompt_id))
            return {PromptRef(bank_id, prompt_id) for bank_id, prompt_id in rows}

    def set_favourite(self, ref: PromptRef, favourite: bool) -> None:
        """Star or unstar a prompt; doing it twice changes nothing."""
        table = FavouritePromptRow.__table__
        with self._engine.begin() as connection:
            connection.execute(
                delete(table).where(
                    table.c.bank_id == ref.bank_id, table.c.prompt_id == ref.prompt_id
                )
            )
            if favourite:
                connection.execute(
                    table.insert().values(
                        bank_id=ref.bank_id, prompt_id=ref.prompt_id, created_at=utcnow()
                    )
                )
