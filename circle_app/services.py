"""The app's non-Qt services, opened once after the first frame and handed to the UI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from circle_app.banks.drawing import PromptDrawer
from circle_app.banks.loader import BankLibrary
from circle_app.banks.plans import PlanLibrary
from circle_app.paths import bank_cache_file
from circle_app.store import open_store
from circle_app.store.circles import CircleStore
from circle_app.store.groups import GroupStore
from circle_app.store.plans import PlanStore
from circle_app.store.prompt_history import PromptHistory

if TYPE_CHECKING:
    from circle_app.store.migrate import UpgradeWatch


@dataclass
class Services:
    engine: Engine
    circles: CircleStore
    groups: GroupStore
    prompts: PromptDrawer
    plans: PlanLibrary  # the shipped circle plans and the teacher's own plan files
    group_plans: PlanStore  # plans kept per group, and the groups used lately

    @classmethod
    def open(
        cls,
        database_url: str | None,
        *,
        upgrade: UpgradeWatch | None = None,
        intact_checked: bool = False,
    ) -> Services:
        """Open the database and the banks (raises StoreError with a message for the user).

        A schema upgrade, when one is due, is run and shown by `upgrade` (the window's
        progress dialog, ui/shell/upgrade_progress.py). A malformed bank never stops the app:
        it is skipped and listed in `prompts.library.problems`. A normal start reads the
        banks' snapshot instead of parsing every file (banks/cache.py). `intact_checked`:
        home was just read ahead from a sound file (store/start_read.py), checked once.
        """
        engine = open_store(
            database_url,
            progress=upgrade.report if upgrade else None,
            runner=upgrade.run if upgrade else None,
            intact_checked=intact_checked,
        )
        # The banks from their parsed snapshot when no file changed (banks/cache.py).
        library = BankLibrary.load(cache=bank_cache_file())
        drawer = PromptDrawer(library, PromptHistory(engine))
        return cls(
            engine=engine,
            circles=CircleStore(engine),
            groups=GroupStore(engine),
            prompts=drawer,
            plans=PlanLibrary.load_default(drawer.library.banks),
            group_plans=PlanStore(engine),
        )

    def close(self) -> None:
        self.engine.dispose()
