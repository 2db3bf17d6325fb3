"""Moves between screens and connects them to the services. Holds no widgets of its own."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.demo import DEMO_PUPILS, demo_people
from circle_app.domain.enums import AgeBand, CircleKind, GroupKind, Role
from circle_app.domain.keepers import suggest_keeper
from circle_app.domain.prompts import Prompt
from circle_app.services import Services
from circle_app.store import StoreError
from circle_app.store.circles import RecordedCircle
from circle_app.store.groups import DEMO_GROUP_NAME
from circle_app.store.reports import ReportStore
from circle_app.ui.banks.browser_screen import BankBrowserScreen
from circle_app.ui.circle.circle_screen import CircleScreen
from circle_app.ui.circle.quick_prompt_screen import QuickPromptScreen
from circle_app.ui.circle.setup_screen import CircleSetupScreen
from circle_app.ui.circle.summary_screen import SummaryScreen
from circle_app.ui.flows.conflict import ConflictFlows
from circle_app.ui.roster.roster_screen import RosterScreen
from circle_app.ui.settings.settings_dialog import SettingsDialog
from circle_app.ui.shell.home_screen import HomeScreen
from circle_app.ui.shell.main_window import MainWindow
from circle_app.ui.support.errors import error_text
from circle_app.ui.support.icons import set_icon_color
from circle_app.ui.support.qt_speaker import QtSpeaker, create_speaker
from circle_app.ui.support.settings import (
    ANNOUNCE_TURNS,
    HIDE_NAMES,
    SPEAKER_TIMER_SECONDS,
    SPEECH_RATE,
    SPEECH_VOLUME,
    Settings,
)
from circle_app.ui.support.theme import LIGHT, THEMES, Theme
from circle_app.ui.support.translations import install_translators, ui_language

log = logging.getLogger(__name__)


class AppController(QObject):
    start_failed = Signal(str)  # the database was refused; the app should close

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        database_url: str | None,
        *,
        start: str | None = None,
        speaker_factory: Callable[[QObject], QtSpeaker] | None = None,
    ) -> None:
        super().__init__(window)
        self._speaker_factory = speaker_factory or (lambda parent: create_speaker(parent=parent))
        self.speaker: QtSpeaker | None = None
        self.window = window
        self.settings = settings
        self._database_url = database_url
        self._start = start
        self.services: Services | None = None
        self.theme: Theme = LIGHT
        self.failed: str | None = None
        self.circle_screen: CircleScreen | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.conflicts = ConflictFlows(self)  # conversation, conference, key-ring card
        self._connect_home(window.home)

    def _connect_home(self, home: HomeScreen) -> None:
        home.start_circle_requested.connect(self.show_setup)
        home.demo_requested.connect(self.start_demo)
        home.conversation_requested.connect(self.conflicts.show_conversation_setup)
        home.conferences_requested.connect(self.conflicts.show_conferences)
        home.keyring_requested.connect(self.conflicts.show_keyring)
        home.roster_requested.connect(self.show_roster)
        home.banks_requested.connect(self.show_banks)
        home.dashboard_requested.connect(self.show_dashboard)
        home.quick_prompt_requested.connect(self.show_quick_prompt)
        home.settings_requested.connect(self.show_settings)
        home.resume_requested.connect(self.resume_circle)
        home.resume_conversation_requested.connect(self.conflicts.resume_conversation)
        home.dismiss_conversation_requested.connect(self._end_conversation)
        home.dismiss_resume_requested.connect(self.end_unfinished)

    def _new_home(self) -> HomeScreen:
        home = HomeScreen()
        self._connect_home(home)
        home.refresh_icons(self.theme.text, self.theme.accent_text)
        return home

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        set_icon_color(theme.text)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(theme.palette())
            app.setStyleSheet(theme.stylesheet())
        self.window.home.refresh_icons(theme.text, theme.accent_text)
        if self.circle_screen is not None:
            self.circle_screen.set_theme(theme)

    @Slot()
    def finish_start(self) -> None:
        """After the first frame: open the database, then offer an interrupted circle."""
        try:
            self.services = Services.open(self._database_url)
        except StoreError as exc:
            log.error("database refused: %s", type(exc).__name__)
            self.failed = error_text(exc)
            from circle_app import app

            app.show_fatal(error_text(exc))
            self.start_failed.emit(error_text(exc))
            return
        self._start_speaker()
        self.conflicts.services_ready()
        skipped = self.services.prompts.library.problems
        if skipped:
            log.warning("%d problem(s) in bank files; those files were skipped", len(skipped))
            self.window.home.set_status(
                self.tr("Some question bank files were skipped:")
                + "\n"
                + "\n".join(str(problem) for problem in skipped[:5])
            )
        if self._start == "demo":
            self.start_demo()
        elif self._start == "prompt":
            self.show_quick_prompt()
        elif self._start == "demo-conversation":
            self.conflicts.start_demo_conversation()
        elif self._start == "demo-conference":
            self.conflicts.start_demo_conference()
        else:
            self.go_home()

    def _start_speaker(self) -> None:
        """pyttsx3 starts on its own thread; the read-aloud buttons light up when it is ready."""
        speaker = self._speaker_factory(self)
        speaker.availability_changed.connect(self._on_speech_availability)
        self.speaker = speaker
        self._apply_speech_settings()

    @Slot(bool)
    def _on_speech_availability(self, _available: bool) -> None:
        if self.circle_screen is not None:
            self._offer_speech(self.circle_screen)

    def _offer_speech(self, screen: CircleScreen) -> None:
        speaker = self.speaker
        if speaker is not None and speaker.available:
            screen.set_speech_available(True)
        else:
            reason = speaker.unavailable_reason if speaker is not None else None
            screen.set_speech_available(False, reason or self.tr("Reading aloud is starting…"))

    @Slot(str, str)
    def say(self, text: str, language: str) -> None:
        """Read aloud in the prompt's language, or the UI language for the app's own text."""
        if self.speaker is not None:
            self.speaker.say(text, language or ui_language(self.settings))

    def shutdown(self) -> None:
        if self.speaker is not None:
            self.speaker.close()
            self.speaker = None
        if self.services is not None:
            self.services.close()
            self.services = None

    # -- navigation -----------------------------------------------------------------------

    @Slot()
    def go_home(self) -> None:
        self.circle_screen = None
        self.window.show_screen(self.window.home)
        if self.services is not None:
            unfinished = self.services.circles.unfinished()
            self.window.home.show_unfinished(unfinished[0] if unfinished else None)
            if not unfinished:
                talks = [c for c in self.conflicts.conversations.unfinished() if c.turns]
                plain = [c for c in talks if c.case_id is None]
                if plain:
                    self.window.home.show_unfinished_conversation(plain[0])

    @Slot()
    def show_setup(self) -> None:
        services = self._services()
        screen = CircleSetupScreen(services.groups.list_groups(), ui_language(self.settings))
        screen.home_requested.connect(self.go_home)
        screen.group_changed.connect(lambda group_id: self._fill_setup(screen, group_id))
        screen.start_requested.connect(self._start_from_setup)
        self.window.show_screen(screen)

    def _fill_setup(self, screen: CircleSetupScreen, group_id: int) -> None:
        """The group's people, and whose turn it is to keep the circle (M6)."""
        groups = self._services().groups
        members = groups.members(group_id)
        screen.set_members(members)
        group = next((g for g in groups.list_groups() if g.id == group_id), None)
        if group is not None:
            suggestion = suggest_keeper(
                members, groups.keeper_history(group_id), group.keeper_roles, date.today()
            )
            if suggestion is not None:
                screen.suggest_keeper(suggestion.person_id, suggestion.role)

    @Slot()
    def show_roster(self) -> None:
        """Groups and people: the staff's roster editor."""
        screen = RosterScreen(self._services().engine, ui_language(self.settings))
        screen.home_requested.connect(self.go_home)
        self.window.show_screen(screen)

    @Slot()
    def show_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.window)
        speaker = self.speaker
        dialog.set_speech_available(
            speaker is not None and speaker.available,
            (speaker.unavailable_reason if speaker else None) or "",
        )
        dialog.theme_changed.connect(lambda name: self.apply_theme(THEMES[name]))
        dialog.language_changed.connect(lambda _code: self.apply_language())
        dialog.speech_changed.connect(self._apply_speech_settings)
        dialog.test_voice_requested.connect(
            lambda: self.say(self.tr("This is how the questions will sound."), "")
        )
        self.settings_dialog = dialog
        dialog.open()

    def apply_language(self) -> None:
        """Switch the interface language at once: new translators, a fresh home screen."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translators(app, self.settings)
        self.window.replace_home(self._new_home())
        self.go_home()

    @Slot()
    def _apply_speech_settings(self) -> None:
        if self.speaker is not None:
            self.speaker.set_rate(self.settings.get(SPEECH_RATE))
            self.speaker.set_volume(self.settings.get(SPEECH_VOLUME))

    @Slot()
    def show_banks(self) -> None:
        screen = BankBrowserScreen(self._services().prompts.library, ui_language(self.settings))
        screen.home_requested.connect(self.go_home)
        screen.prompt_chosen.connect(self.show_chosen_prompt)
        self.window.show_screen(screen)

    @Slot()
    def show_dashboard(self) -> None:
        # QtCharts: only when asked
        from circle_app.ui.dashboard.dashboard_screen import DashboardScreen

        screen = DashboardScreen(ReportStore(self._services().engine), self.theme)
        screen.home_requested.connect(self.go_home)
        self.window.show_screen(screen)

    @Slot()
    def show_quick_prompt(self) -> None:
        """One big low-stakes card for SFO staff: no group, no seats."""
        self._open_quick_prompt()

    @Slot(object)
    def show_chosen_prompt(self, prompt: Prompt) -> None:
        """A prompt picked in the bank browser (also a facilitator-only one), on the card."""
        self._open_quick_prompt(prompt)

    def _open_quick_prompt(self, chosen: Prompt | None = None) -> None:
        language = chosen.language if chosen is not None else ui_language(self.settings)
        screen = QuickPromptScreen(self._services().prompts, language, theme=self.theme)
        screen.home_requested.connect(self.go_home)
        screen.read_aloud_requested.connect(self.say)
        if chosen is not None:
            screen.show_chosen(chosen)
        self.window.show_screen(screen)

    @Slot(object, str)
    def _start_from_setup(self, setup: CircleSetup, title: str) -> None:
        self.start_circle(setup, title)

    def start_circle(self, setup: CircleSetup, title: str = "", *, is_demo: bool = False) -> None:
        services = self._services()
        try:
            recorded = RecordedCircle.begin(services.circles, setup, is_demo=is_demo)
        except StoreError as exc:
            QMessageBox.warning(self.window, self.tr("Not saved"), error_text(exc))
            return
        log.info(
            "circle %s started (%s, %d seats)", recorded.circle_id, setup.kind, len(setup.seats)
        )
        self._show_circle(recorded, title)

    @Slot()
    def start_demo(self) -> None:
        """Twelve sample pupils and a staff keeper, recorded like any circle."""
        services = self._services()
        groups = services.groups
        try:
            group_id = groups.find_group(DEMO_GROUP_NAME)
            if group_id is None:
                group_id = groups.create_group(
                    DEMO_GROUP_NAME,
                    GroupKind.CLASS,
                    demo_people(),
                    age_band=AgeBand.MELLEMTRIN,
                    language=ui_language(self.settings),
                )
            members = groups.members(group_id)
        except StoreError as exc:  # a full disk, a read-only folder: nothing was made
            QMessageBox.warning(self.window, self.tr("Not saved"), error_text(exc))
            self.go_home()
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
            language=ui_language(self.settings),
            age_band=AgeBand.MELLEMTRIN.value,
            group_id=group_id,
            keeper_person_id=keeper.person.id if keeper else None,
            keeper_role=Role.STAFF,
        )
        self.start_circle(setup, self.tr("Demo"), is_demo=True)

    @Slot(int)
    def resume_circle(self, circle_id: int) -> None:
        services = self._services()
        recorded = RecordedCircle.resume(services.circles, circle_id)
        log.info("circle %s resumed", circle_id)
        self._show_circle(recorded, "")

    @Slot(int)
    def _end_conversation(self, conversation_id: int) -> None:
        self.conflicts.conversations.end(conversation_id)
        self.go_home()

    @Slot(int)
    def end_unfinished(self, circle_id: int) -> None:
        self._services().circles.end(circle_id)
        self.go_home()

    def _show_circle(self, recorded: RecordedCircle, title: str) -> None:
        """The circle screen; a resumed or reopened circle is titled by its group again."""
        services = self._services()
        group_id = recorded.circle.setup.group_id
        if not title and group_id is not None:
            names = {group.id: group.name for group in services.groups.list_groups()}
            title = names.get(group_id, "")
        screen = CircleScreen(
            recorded,
            services.prompts,
            self.theme,
            title=title,
            hide_names=self.settings.get(HIDE_NAMES),
            timer_seconds=self.settings.get(SPEAKER_TIMER_SECONDS),
            announce_turns=self.settings.get(ANNOUNCE_TURNS),
        )
        self._offer_speech(screen)
        screen.read_aloud_requested.connect(self.say)
        screen.finished.connect(lambda _id: self._show_summary(recorded, title))
        screen.paused.connect(lambda _id: self.go_home())
        self.circle_screen = screen
        self.window.show_screen(screen)

    def _show_summary(self, recorded: RecordedCircle, title: str) -> None:
        summary = SummaryScreen(recorded.circle.summary(), hide_names=self.settings.get(HIDE_NAMES))
        summary.close_requested.connect(self.go_home)

        def reopen() -> None:
            recorded.reopen()
            self._show_circle(recorded, title)

        summary.reopen_requested.connect(reopen)
        self.circle_screen = None
        self.window.show_screen(summary)

    def _services(self) -> Services:
        if self.services is None:
            raise RuntimeError("services are opened in finish_start()")
        return self.services
