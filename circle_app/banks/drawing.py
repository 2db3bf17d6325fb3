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
from circle_app.domain.enums import AgeBand, BankKind, Language, Stage
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


_Key = tuple[str, str]  # (bank_id, prompt_id): hashed and compared in C, unlike PromptRef


class _Pool:
    """The prompts one filter selects, in bank order, keyed for fast set arithmetic."""

    __slots__ = ("keys", "prompts")

    def __init__(self, prompts: Sequence[Prompt]) -> None:
        self.prompts: dict[_Key, Prompt] = {(p.bank_id, p.id): p for p in prompts}
        self.keys: tuple[_Key, ...] = tuple(self.prompts)


class _GroupUses:
    """Last use (its id: higher is more recent) of each prompt, for one group."""

    __slots__ = ("last", "seen_up_to")

    def __init__(self) -> None:
        self.last: dict[_Key, int] = {}
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
        self._pools: dict[_PoolKey, _Pool] = {}
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
        keys = pool.keys
        if request.favourites_only:
            favourites = {(ref.bank_id, ref.prompt_id) for ref in self.favourites()}
            keys = tuple(key for key in keys if key in favourites)
        if not keys:
            return None
        if request.exclude:
            excluded = {(ref.bank_id, ref.prompt_id) for ref in request.exclude}
            keys = tuple(key for key in keys if key not in excluded) or keys
        last = self._uses(request.group_id).last
        fresh = [key for key in keys if key not in last]
        if fresh:
            return pool.prompts[self._rng.choice(fresh)]
        return pool.prompts[min(keys, key=last.__getitem__)]

    # -- history --------------------------------------------------------------------------

    def record_use(
        self, ref: PromptRef, *, group_id: int | None = None, circle_id: int | None = None
    ) -> None:
        """Write a use (the quick prompt screen; circles write theirs through the circle store)."""
        self._history.record_use(ref, group_id=group_id, circle_id=circle_id)

    def pool_size(self, request: DrawRequest) -> int:
        return len(self._pool(request).keys)

    def unused_count(self, request: DrawRequest) -> int:
        """How many prompts of the pool the group has not had yet."""
        last = self._uses(request.group_id).last
        return sum(1 for key in self._pool(request).keys if key not in last)

    def _uses(self, group_id: int | None) -> _GroupUses:
        uses = self._groups.get(group_id)
        if uses is None:
            uses = self._groups[group_id] = _GroupUses()
        for use_id, ref in self._history.uses_since(group_id, uses.seen_up_to):
            uses.last[ref.bank_id, ref.prompt_id] = use_id
            for other in self._counterparts(ref.bank_id):  # the same prompt, other language
                uses.last[other, ref.prompt_id] = use_id
            uses.seen_up_to = max(uses.seen_up_to, use_id)
        return uses

    def _counterparts(self, bank_id: str) -> tuple[str, ...]:
        """The same bank in the other languages: `da-NAME` and `en-NAME` are one bank whose
        prompts share their ids (question_banks/README.md), so a group switching language
        keeps its no-repeat history."""
        language, dash, name = bank_id.partition("-")
        if not dash or language not in {lang.value for lang in Language}:
            return ()
        return tuple(
            f"{other.value}-{name}"
            for other in Language
            if other.value != language and self._library.bank(f"{other.value}-{name}") is not None
        )

    def _pool(self, request: DrawRequest) -> _Pool:
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
            pool = self._pools[key] = _Pool(prompts)
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
