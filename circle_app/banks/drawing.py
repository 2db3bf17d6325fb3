"""Fair drawing: a group does not get a prompt it had before until the filtered pool runs out.

Then the least recently used prompt comes first. The history lives in the store (it survives
restarts and serves back-to-back lessons); the drawer keeps an in-memory copy per group and
reads only the uses written since its last look, so a draw costs one small indexed query.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Protocol

from circle_app.banks.loader import BankLibrary
from circle_app.domain.enums import AgeBand, BankKind, Stage
from circle_app.domain.prompts import DrawRequest, Prompt, PromptRef


class UseHistory(Protocol):
    """What the drawer needs from the store (`circle_app.store.prompt_history.PromptHistory`)."""

    def record_use(
        self, ref: PromptRef, *, group_id: int | None = ..., circle_id: int | None = ...
    ) -> int: ...

    def uses_since(
        self, group_id: int | None, after_id: int = ...
    ) -> Sequence[tuple[int, PromptRef]]: ...

    def favourites(self) -> set[PromptRef]: ...

    def set_favourite(self, ref: PromptRef, favourite: bool) -> None: ...


_PoolKey = tuple[BankKind, str, AgeBand | None, Stage | None, frozenset[str], frozenset[str]]


class _GroupUses:
    """Last use (its id: higher is more recent) of each prompt, for one group."""

    __slots__ = ("last", "seen_up_to")

    def __init__(self) -> None:
        self.last: dict[PromptRef, int] = {}
        self.seen_up_to = 0


class PromptDrawer:
    """Implements `PromptSource` for the circle and the quick prompt screen.

    `rng` is injectable so tests can draw deterministically.
    """

    def __init__(
        self, library: BankLibrary, history: UseHistory, *, rng: random.Random | None = None
    ) -> None:
        self._library = library
        self._history = history
        self._rng = rng or random.Random()
        self._pools: dict[_PoolKey, tuple[tuple[PromptRef, Prompt], ...]] = {}
        self._pools_generation = library.generation
        self._groups: dict[int | None, _GroupUses] = {}
        self._favourites: set[PromptRef] | None = None

    @property
    def library(self) -> BankLibrary:
        return self._library

    # -- PromptSource ---------------------------------------------------------------------

    def get(self, ref: PromptRef) -> Prompt | None:
        return self._library.get(ref)

    def draw(self, request: DrawRequest) -> Prompt | None:
        """A prompt the group has not had (random among them), else the least recently used."""
        if request.pinned is not None:
            pinned = self._library.get(request.pinned)
            if pinned is not None:
                return pinned
        pool = self._pool(request)
        if request.favourites_only:
            favourites = self.favourites()
            pool = tuple(entry for entry in pool if entry[0] in favourites)
        if not pool:
            return None
        candidates = pool
        if request.exclude:
            candidates = tuple(entry for entry in pool if entry[0] not in request.exclude) or pool
        last = self._uses(request.group_id).last
        fresh = [prompt for ref, prompt in candidates if ref not in last]
        if fresh:
            return self._rng.choice(fresh)
        _, oldest = min(candidates, key=lambda entry: last[entry[0]])
        return oldest

    # -- history --------------------------------------------------------------------------

    def record_use(
        self, ref: PromptRef, *, group_id: int | None = None, circle_id: int | None = None
    ) -> None:
        """Write a use (the quick prompt screen; circles write theirs through the circle store)."""
        self._history.record_use(ref, group_id=group_id, circle_id=circle_id)

    def pool_size(self, request: DrawRequest) -> int:
        return len(self._pool(request))

    def unused_count(self, request: DrawRequest) -> int:
        """How many prompts of the pool the group has not had yet."""
        last = self._uses(request.group_id).last
        return sum(1 for ref, _ in self._pool(request) if ref not in last)

    def _uses(self, group_id: int | None) -> _GroupUses:
        uses = self._groups.get(group_id)
        if uses is None:
            uses = self._groups[group_id] = _GroupUses()
        for use_id, ref in self._history.uses_since(group_id, uses.seen_up_to):
            uses.last[ref] = use_id
            uses.seen_up_to = max(uses.seen_up_to, use_id)
        return uses

    def _pool(self, request: DrawRequest) -> tuple[tuple[PromptRef, Prompt], ...]:
        if self._pools_generation != self._library.generation:
            self._pools.clear()
            self._pools_generation = self._library.generation
        key: _PoolKey = (
            request.kind,
            request.language,
            request.age_band,
            request.stage,
            request.tags,
            request.bank_ids,
        )
        pool = self._pools.get(key)
        if pool is None:
            prompts = self._library.prompts(
                kind=request.kind,
                language=request.language,
                age_band=request.age_band,
                stage=request.stage,
                tags=request.tags,
                bank_ids=request.bank_ids,
            )
            pool = self._pools[key] = tuple((prompt.ref, prompt) for prompt in prompts)
        return pool

    # -- favourites -----------------------------------------------------------------------

    def favourites(self) -> frozenset[PromptRef]:
        if self._favourites is None:
            self._favourites = set(self._history.favourites())
        return frozenset(self._favourites)

    def is_favourite(self, ref: PromptRef) -> bool:
        return ref in self.favourites()

    def set_favourite(self, ref: PromptRef, favourite: bool) -> None:
        self._history.set_favourite(ref, favourite)
        if self._favourites is not None:
            if favourite:
                self._favourites.add(ref)
            else:
                self._favourites.discard(ref)
