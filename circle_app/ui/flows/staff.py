"""The staff's own screens: the roster, the question banks and the dashboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from circle_app.domain.prompts import Prompt
from circle_app.store.reports import ReportStore
from circle_app.store.roster_services import RosterServices
from circle_app.ui.banks.browser_screen import BankBrowserScreen
from circle_app.ui.flows.context import FlowContext
from circle_app.ui.roster.roster_screen import RosterScreen


class StaffFlow(QObject):
    def __init__(
        self,
        context: FlowContext,
        show_prompt: Callable[[Prompt], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = context
        self._show_prompt = show_prompt  # a prompt chosen in the bank browser, on the card

    @Slot()
    def show_roster(self) -> None:
        """Groups and people: the staff's roster editor."""
        screen = RosterScreen(
            RosterServices.for_engine(self._ctx.services.engine), self._ctx.language
        )
        screen.home_requested.connect(self._ctx.navigation.home)
        self._ctx.navigation.show(screen)

    @Slot()
    def show_banks(self) -> None:
        screen = BankBrowserScreen(self._ctx.services.prompts.library, self._ctx.language)
        screen.home_requested.connect(self._ctx.navigation.home)
        screen.prompt_chosen.connect(self._show_prompt)
        self._ctx.navigation.show(screen)

    @Slot()
    def show_dashboard(self) -> None:
        # the dashboard: only when asked
        from circle_app.ui.dashboard.dashboard_screen import DashboardScreen

        screen = DashboardScreen(ReportStore(self._ctx.services.engine), self._ctx.theme())
        screen.home_requested.connect(self._ctx.navigation.home)
        self._ctx.navigation.show(screen)
