"""Fair drawing: a group does not get a prompt it had before until the filtered pool runs out.

Then the least recently used prompt comes first. The history lives in the store (it survives
restarts and serves back-to-back lessons); the drawer keeps an in-memory copy per group and
reads only the uses written since its last look, so a draw costs one small indexed query.
For each pool it draws from, it keeps the group's standing too (the prompts not had yet, the
others from least to most recently used), moved on use by use, so a draw does not walk the
pool: the same prompts as a walk would give, in a fraction of the time (issue 20).
"""

from __future__ import annotations

import random
from bisect import bisect_left
from collections import OrderedDict
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

    def last_uses_since(
        self, group_id: int | None, after_id: int = ...
    ) -> Sequence[tuple[int, str, str]]: ...

    def favourites(self) -> set[PromptRef]: ...

    def set_favourite(self, ref: PromptRef, favourite: bool) -> None: ...


_PoolKey = tuple[BankKind, str, AgeBand | None, Stage | None, frozenset[str], frozenset[str]]


_Key = tuple[str, str]  # (bank_id, prompt_id): hashed and compared in C, unlike PromptRef


class _Pool:
    """The prompts one filter selects, in bank order, keyed for fast set arithmetic."""

    __slots__ = ("keys", "position", "prompts")

    def __init__(self, prompts: Sequence[Prompt]) -> None:
        self.prompts: dict[_Key, Prompt] = {(p.bank_id, p.id): p for p in prompts}
        self.keys: tuple[_Key, ...] = tuple(self.prompts)
        self.position: dict[_Key, int] = {key: i for i, key in enumerate(self.keys)}


class _Standing:
    """Where one group stands in one pool, kept up to date use by use, so a draw does not
    look at every prompt: the positions (in pool order) of the prompts the group has not had,
    and the others from least to most recently used (ties in pool order, as `min` breaks
    them)."""

    __slots__ = ("fresh", "used")

    def __init__(self, pool: _Pool, last: dict[_Key, int]) -> None:
        use_ids = list(map(last.get, pool.keys))
        self.fresh: list[int] = [i for i, use_id in enumerate(use_ids) if use_id is None]
        had = {i: use_id for i, use_id in enumerate(use_ids) if use_id is not None}
        # sorted is stable: ties stay in pool order
        self.used: OrderedDict[int, None] = OrderedDict.fromkeys(sorted(had, key=had.__getitem__))

    def touch(self, i: int) -> None:
        """The prompt at `i` was just shown: it is the most recently used now."""
        if i in self.used:
            self.used.move_to_end(i)
            return
        del self.fresh[bisect_left(self.fresh, i)]
        self.used[i] = None

    def pick(self, rng: random.Random, excluded: Sequence[int]) -> int:
        """A random fresh position that is not `excluded` (sorted), else the least recently
        used one: what `rng.choice` over the fresh ones in pool order, else `min` by last use,
        would give."""
        fresh = self.fresh
        ranks = []  # where the excluded fresh ones stand among the fresh, in order
        for i in excluded:
            rank = bisect_left(fresh, i)
            if rank < len(fresh) and fresh[rank] == i:
                ranks.append(rank)
        if len(fresh) > len(ranks):
            k = rng.choice(range(len(fresh) - len(ranks)))
            for rank in ranks:  # skip the excluded ones at or before the k-th
                if rank > k:
                    break
                k += 1
            return fresh[k]
        skip = set(excluded)
        return next(i for i in self.used if i not in skip)


class _GroupUses:
    """Last use (its id: higher is more recent) of each prompt, for one group, and the
    group's standing in each pool drawn from."""

    __slots__ = ("last", "seen_up_to", "standings")

    def __init__(self) -> None:
        self.last: dict[_Key, int] = {}
        self.seen_up_to = 0
        self.standings: dict[_PoolKey, tuple[_Pool, _Standing]] = {}


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
        self._counterparts_of: dict[str, tuple[str, ...]] = {}
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
        pool, standing = self._standing(request)
        if request.favourites_only:
            return self._draw_favourite(pool, request, self._groups[request.group_id].last)
        if not pool.keys:
            return None
        excluded = sorted(
            i
            for i in (pool.position.get((r.bank_id, r.prompt_id)) for r in request.exclude)
            if i is not None
        )
        if len(excluded) == len(pool.keys):  # every card is on screen: draw from them all
            excluded = []
        return pool.prompts[pool.keys[standing.pick(self._rng, excluded)]]

    def _draw_favourite(
        self, pool: _Pool, request: DrawRequest, last: dict[_Key, int]
    ) -> Prompt | None:
        """The same rule over the (few) starred prompts of the pool, in pool order."""
        position = pool.position
        starred = (position.get((ref.bank_id, ref.prompt_id)) for ref in self.favourites())
        keys = [pool.keys[i] for i in sorted(i for i in starred if i is not None)]
        if not keys:
            return None
        if request.exclude:
            excluded = {(ref.bank_id, ref.prompt_id) for ref in request.exclude}
            keys = [key for key in keys if key not in excluded] or keys
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
        return len(self._standing(request)[1].fresh)

    def _standing(self, request: DrawRequest) -> tuple[_Pool, _Standing]:
        """The request's pool and the group's standing in it, with every use written since
        the last look applied."""
        key, pool = self._pool_and_key(request)
        uses = self._uses(request.group_id)
        found = uses.standings.get(key)
        if found is None or found[0] is not pool:
            found = uses.standings[key] = (pool, _Standing(pool, uses.last))
        return found

    def _uses(self, group_id: int | None) -> _GroupUses:
        uses = self._groups.get(group_id)
        if uses is None:
            uses = self._groups[group_id] = _GroupUses()
        new = self._history.last_uses_since(group_id, uses.seen_up_to)
        if not new:
            return uses
        last, standings = uses.last, list(uses.standings.values())
        if not standings:  # the first look (a class's first draw): no standing to move yet
            counterparts = self._counterparts
            for use_id, bank_id, prompt_id in new:
                last[bank_id, prompt_id] = use_id
                for other in counterparts(bank_id):
                    last[other, prompt_id] = use_id
            uses.seen_up_to = max(uses.seen_up_to, new[-1][0])
            return uses
        for use_id, bank_id, prompt_id in new:
            keys = [(bank_id, prompt_id)]
            keys += [(other, prompt_id) for other in self._counterparts(bank_id)]
            for key in keys:
                last[key] = use_id
            for pool, standing in standings:
                found = (pool.position.get(key) for key in keys)
                for i in sorted(i for i in found if i is not None):
                    standing.touch(i)
        uses.seen_up_to = max(uses.seen_up_to, new[-1][0])
        return uses

    def _counterparts(self, bank_id: str) -> tuple[str, ...]:
        """The same bank in the other languages: `da-NAME` and `en-NAME` are one bank whose
        prompts share their ids (question_banks/README.md), so a group switching language
        keeps its no-repeat history."""
        found = self._counterparts_of.get(bank_id)
        if found is not None:
            return found
        language, dash, name = bank_id.partition("-")
        if not dash or language not in {lang.value for lang in Language}:
            found = ()
        else:
            found = tuple(
                f"{other.value}-{name}"
                for other in Language
                if other.value != language
                and self._library.bank(f"{other.value}-{name}") is not None
            )
        self._counterparts_of[bank_id] = found
        return found

    def _pool(self, request: DrawRequest) -> _Pool:
        return self._pool_and_key(request)[1]

    def _pool_and_key(self, request: DrawRequest) -> tuple[_PoolKey, _Pool]:
        if self._pools_generation != self._library.generation:
            self._pools.clear()
            self._counterparts_of.clear()
            for uses in self._groups.values():
                uses.standings.clear()
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
        return key, pool

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
