"""All banks the app knows: the shipped ones and the teacher's own, loaded and indexed.

A malformed file never stops the app: it is skipped whole and its problems are kept in
`BankLibrary.problems`, so the app can say which file was skipped and why.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from pathlib import Path

from circle_app.banks import cache as snapshot
from circle_app.banks.schema import Bank, Problem
from circle_app.domain.enums import AgeBand, BankKind, Stage
from circle_app.domain.prompts import Prompt, PromptRef
from circle_app.paths import question_banks_dir, user_banks_dir

log = logging.getLogger(__name__)


class BankLibrary:
    """Every loaded bank, indexed by id; prompts found by reference or by filter."""

    def __init__(self, banks: Iterable[Bank] = (), problems: Iterable[Problem] = ()) -> None:
        self._banks: dict[str, Bank] = {}
        for bank in banks:
            self._banks.setdefault(bank.id, bank)
        self._problems = tuple(problems)
        #: Bumped whenever the banks change, so caches built on them know to rebuild.
        self.generation = 0
        self._shipped_dir: Path | None = None
        self._user_dir: Path | None = None
        self._cache: Path | None = None

    @classmethod
    def load(
        cls,
        shipped_dir: Path | None = None,
        user_dir: Path | None = None,
        *,
        cache: Path | None = None,
    ) -> BankLibrary:
        """The shipped banks, then the user's (a user bank may not reuse a shipped id).

        With `cache` (the app's start: paths.bank_cache_file()), a parsed snapshot of the
        same files is read instead of the files, and written when there is none."""
        library = cls()
        library._shipped_dir = shipped_dir or question_banks_dir()
        library._user_dir = user_dir or user_banks_dir()
        library._cache = cache
        library.reload()
        return library

    def reload(self) -> None:
        """Read the folders again (after an import or an edit)."""
        if self._shipped_dir is None or self._user_dir is None:
            return
        started = time.perf_counter()
        folders = (self._shipped_dir, self._user_dir)
        key, settled = snapshot.folder_key(folders) if self._cache else ((), False)
        saved = snapshot.read_snapshot(self._cache, key) if self._cache else None
        banks, problems = saved or _read_files(self._shipped_dir, self._user_dir)
        if self._cache is not None and saved is None and settled:
            snapshot.write_snapshot(self._cache, key, (banks, problems))
        self._banks = {bank.id: bank for bank in banks}
        self._problems = problems
        self.generation += 1
        log.info(
            "%s %d banks (%d prompts) in %.0f ms; %d problems",
            "snapshot of" if saved else "loaded",
            len(self._banks),
            sum(len(bank) for bank in self._banks.values()),
            (time.perf_counter() - started) * 1000,
            len(self._problems),
        )

    @property
    def user_dir(self) -> Path:
        return self._user_dir or user_banks_dir()

    @property
    def banks(self) -> tuple[Bank, ...]:
        return tuple(self._banks.values())

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Problems of the files that were skipped (each names file, line and field)."""
        return self._problems

    @property
    def skipped_files(self) -> tuple[Path, ...]:
        return tuple(dict.fromkeys(problem.path for problem in self._problems))

    def bank(self, bank_id: str) -> Bank | None:
        return self._banks.get(bank_id)

    def get(self, ref: PromptRef) -> Prompt | None:
        bank = self._banks.get(ref.bank_id)
        return bank.prompt(ref.prompt_id) if bank else None

    def banks_for(
        self,
        *,
        kind: BankKind | None = None,
        language: str | None = None,
        drawable_only: bool = False,
    ) -> list[Bank]:
        """Banks of a kind and language; `drawable_only` leaves out facilitator-only banks."""
        return [
            bank
            for bank in self._banks.values()
            if (kind is None or bank.kind is kind)
            and (language is None or bank.language == language)
            and (bank.drawable or not drawable_only)
        ]

    def prompts(
        self,
        *,
        kind: BankKind | None = None,
        language: str | None = None,
        age_band: AgeBand | None = None,
        stage: Stage | None = None,
        tags: frozenset[str] = frozenset(),
        bank_ids: frozenset[str] = frozenset(),
        include_facilitator_only: bool = False,
    ) -> list[Prompt]:
        """Prompts matching every filter given; `tags` matches prompts with any of them.

        A random pool is built from these, so facilitator-only banks (e.g. support) are
        left out unless asked for: their prompts are chosen by hand in the bank browser.
        """
        result: list[Prompt] = []
        banks = self.banks_for(
            kind=kind, language=language, drawable_only=not include_facilitator_only
        )
        for bank in banks:
            if bank_ids and bank.id not in bank_ids:
                continue
            for prompt in bank.prompts:
                if age_band is not None and age_band not in prompt.ages:
                    continue
                if stage is not None and prompt.stage is not stage:
                    continue
                if tags and not (tags & prompt.tags):
                    continue
                result.append(prompt)
        return result

    def add(self, bank: Bank) -> None:
        """Make a bank just written (import, editor) known without reading every file again."""
        self._banks[bank.id] = bank
        self.generation += 1

    def remove(self, bank_id: str) -> None:
        if self._banks.pop(bank_id, None) is not None:
            self.generation += 1


def _read_files(shipped_dir: Path, user_dir: Path) -> tuple[tuple[Bank, ...], tuple[Problem, ...]]:
    """Parse and check every bank file: the shipped ones, then the user's. (The checks,
    declared with pydantic, are imported only here: a start from the snapshot needs none.)"""
    from circle_app.banks.validator import check_files

    shipped, problems = check_files([shipped_dir]) if shipped_dir.is_dir() else ([], [])
    known = {bank.id: bank for bank in shipped}
    user: list[Bank] = []
    user_problems: list[Problem] = []
    if user_dir.is_dir():
        user, user_problems = check_files([user_dir], user=True, known=known)
    return (*shipped, *user), (*problems, *user_problems)
