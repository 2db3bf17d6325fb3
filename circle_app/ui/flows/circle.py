"""The circle's workflow: setup, the circle screen, its summary, resuming an interrupted
circle, the demo, and the quick prompt."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, Slot

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.demo import DEMO_PUPILS, demo_people
from circle_app.domain.enums import AgeBand, CircleKind, GroupKind, Role
from circle_app.domain.keepers import suggest_keeper
from circle_app.domain.plan import Plan
from circle_app.domain.prompts import Prompt
from circle_app.store import StoreError
from circle_app.store.circles import RecordedCircle
from circle_app.store.groups import DEMO_GROUP_NAME
from circle_app.ui.circle.circle_screen import CircleScreen
from circle_app.ui.circle.quick_prompt_screen import QuickPromptScreen
from circle_app.ui.circle.setup_screen import CircleSetupScreen
from circle_app.ui.circle.summary_screen import SummaryScreen
from circle_app.ui.flows.context import FlowContext
from circle_app.ui.support.errors import warn_unsaved
from circle_app.ui.support.settings import ANNOUNCE_TURNS, HIDE_NAMES, SPEAKER_TIMER_SECONDS

log = logging.getLogger(__name__)


class CircleFlow(QObject):
    def __init__(self, context: FlowContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = context

    @property
    def circle_screen(self) -> CircleScreen | None:
        current = self._ctx.navigation.current
        return current if isinstance(current, CircleScreen) else None

    # -- setup ----------------------------------------------------------------------------

    @Slot()
    def show_setup(self, group_id: int | None = None) -> None:
        """Setup, starting from `group_id`, else the group used last (issue 14, finding 9)."""
        services = self._ctx.services
        if group_id is None:
            group_id = next(iter(services.group_plans.recent_groups(1)), None)
        screen = CircleSetupScreen(
            services.groups.list_groups(),
            self._ctx.language,
            plans=services.plans.plans,
            group_id=group_id,
        )
        screen.home_requested.connect(self._ctx.navigation.home)
        screen.group_changed.connect(lambda chosen: self._fill_setup(screen, chosen))
        screen.plan_saved.connect(lambda chosen, plan: self._keep_plan(screen, chosen, plan))
        screen.start_requested.connect(
            lambda setup, title: self._start_from_setup(screen, setup, title)
        )
        self._ctx.navigation.show(screen)

    @Slot(int)
    def show_setup_for(self, group_id: int) -> None:
        """A recent group's tile on home: setup with that group chosen."""
        self.show_setup(group_id)

    def _fill_setup(self, screen: CircleSetupScreen, group_id: int) -> None:
        """The group's people, its own plans, and whose turn it is to keep the circle (M6)."""
        services = self._ctx.services
        groups = services.groups
        members = groups.members(group_id)
        screen.set_members(members)
        screen.set_group_plans(services.group_plans.for_group(group_id))
        group = next((g for g in groups.list_groups() if g.id == group_id), None)
        if group is not None:
            screen.set_board_controls(group.board_controls)
            suggestion = suggest_keeper(
                members, groups.keeper_history(group_id), group.keeper_roles, date.today()
            )
            if suggestion is not None:
                screen.suggest_keeper(suggestion.person_id, suggestion.role)

    def _keep_plan(self, screen: CircleSetupScreen, group_id: int, plan: Plan) -> None:
        """Keep the rounds the teacher composed as the group's own plan."""
        store = self._ctx.services.group_plans
        try:
            saved = store.save(group_id, plan)
        except StoreError as exc:
            warn_unsaved(self._ctx.navigation.parent_widget, exc)
            return
        screen.set_group_plans(store.for_group(group_id))
        screen.plans.choose(saved.id)

    def _start_from_setup(self, screen: CircleSetupScreen, setup: CircleSetup, title: str) -> None:
        """Start the circle; the group keeps the teacher's choice of Pass and Next on the
        board (issue 18) for its next circle."""
        if setup.group_id is not None:
            try:
                self._ctx.services.groups.set_board_controls(
                    setup.group_id, shown=screen.shows_board_controls()
                )
            except StoreError as exc:
                warn_unsaved(self._ctx.navigation.parent_widget, exc)
                return
        self.start_circle(setup, title)

    # -- the circle -----------------------------------------------------------------------

    def start_circle(self, setup: CircleSetup, title: str = "", *, is_demo: bool = False) -> None:
        try:
            recorded = RecordedCircle.begin(self._ctx.services.circles, setup, is_demo=is_demo)
        except StoreError as exc:
            warn_unsaved(self._ctx.navigation.parent_widget, exc)
            return
        log.info(
            "circle %s started (%s, %d seats)", recorded.circle_id, setup.kind, len(setup.seats)
        )
        self.show_circle(recorded, title)

    @Slot()
    def start_demo(self) -> None:
        """Twelve sample pupils and a staff keeper, recorded like any circle."""
        groups = self._ctx.services.groups
        language = self._ctx.language
        try:
            group_id = groups.find_group(DEMO_GROUP_NAME)
            if group_id is None:
                group_id = groups.create_group(
                    DEMO_GROUP_NAME,
                    GroupKind.CLASS,
                    demo_people(),
                    age_band=AgeBand.MELLEMTRIN,
                    language=language,
                )
            members = groups.members(group_id)
        except StoreError as exc:  # a full disk, a read-only folder: nothing was made
            warn_unsaved(self._ctx.navigation.parent_widget, exc)
            self._ctx.navigation.home()
            return
        pupils = [m for m in members if m.person.role is Role.PUPIL][: len(DEMO_PUPILS)]
        keeper = next((m for m in members if m.person.role is Role.STAFF), None)
        seats = tuple(
            Seat(index, m.person.id, m.person.display_name, m.person.short_name, m.person.role)
            for index, m in enumerate(pupils)
        )
        setup = CircleSetup(
            kind=CircleKind.PEACETIME,
            seats=seats,
            present=frozenset(range(len(seats))),
            start_seat=0,
            planned_rounds=3,
            language=language,
            age_band=AgeBand.MELLEMTRIN.value,
            group_id=group_id,
            keeper_person_id=keeper.person.id if keeper else None,
            keeper_role=Role.STAFF,
        )
        self.start_circle(setup, self.tr("Demo"), is_demo=True)

    @Slot(int)
    def resume_circle(self, circle_id: int) -> None:
        recorded = RecordedCircle.resume(self._ctx.services.circles, circle_id)
        log.info("circle %s resumed", circle_id)
        self.show_circle(recorded, "")

    @Slot(int)
    def end_unfinished(self, circle_id: int) -> None:
        self._ctx.services.circles.end(circle_id)
        self._ctx.navigation.home()

    def show_circle(self, recorded: RecordedCircle, title: str) -> None:
        """The circle screen; a resumed or reopened circle is titled by its group again."""
        services = self._ctx.services
        settings = self._ctx.settings
        group_id = recorded.circle.setup.group_id
        group = None
        if group_id is not None:
            group = next((g for g in services.groups.list_groups() if g.id == group_id), None)
        if not title and group is not None:
            title = group.name
        screen = CircleScreen(
            recorded,
            services.prompts,
            self._ctx.theme(),
            title=title,
            hide_names=settings.get(HIDE_NAMES),
            timer_seconds=settings.get(SPEAKER_TIMER_SECONDS),
            announce_turns=settings.get(ANNOUNCE_TURNS),
            board_controls=group.board_controls if group is not None else True,
        )
        self._ctx.speech.attach(screen)
        screen.finished.connect(lambda _id: self._show_summary(recorded, title))
        screen.paused.connect(lambda _id: self._ctx.navigation.home())
        self._ctx.navigation.show(screen)

    def _show_summary(self, recorded: RecordedCircle, title: str) -> None:
        summary = SummaryScreen(
            recorded.circle.summary(), hide_names=self._ctx.settings.get(HIDE_NAMES)
        )
        summary.close_requested.connect(self._ctx.navigation.home)

        def reopen() -> None:
            recorded.reopen()
            self.show_circle(recorded, title)

        summary.reopen_requested.connect(reopen)
        self._ctx.navigation.show(summary)

    # -- the quick prompt -----------------------------------------------------------------

    @Slot()
    def show_quick_prompt(self) -> None:
        """One big low-stakes card for SFO staff: no group, no seats."""
        self._open_quick_prompt()

    @Slot(object)
    def show_chosen_prompt(self, prompt: Prompt) -> None:
        """A prompt picked in the bank browser (also a facilitator-only one), on the card."""
        self._open_quick_prompt(prompt)

    def _open_quick_prompt(self, chosen: Prompt | None = None) -> None:
        language = chosen.language if chosen is not None else self._ctx.language
        screen = QuickPromptScreen(self._ctx.services.prompts, language, theme=self._ctx.theme())
        screen.home_requested.connect(self._ctx.navigation.home)
        self._ctx.speech.attach(screen)
        if chosen is not None:
            screen.show_chosen(chosen)
        self._ctx.navigation.show(screen)
