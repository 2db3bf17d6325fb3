"""The shell: opens the services after the first frame, gives each workflow its context, and
connects the home screen to them. Flows never reach back into it.

The flows (and the screens, stores and domain modules they import) are built once home is
ready and painted (`prepare_flows`, called by app.py), or at once when something asks
for one first: the database and home do not wait for them (issue 20)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

from circle_app.store.errors import StoreError
from circle_app.ui.shell.home_screen import HomeScreen
from circle_app.ui.shell.main_window import MainWindow
from circle_app.ui.shell.navigator import Navigator
from circle_app.ui.shell.upgrade_progress import UpgradeProgress
from circle_app.ui.support.icons import set_icon_color
from circle_app.ui.support.settings import SPEECH_RATE, SPEECH_VOLUME, Settings
from circle_app.ui.support.theme import LIGHT, THEMES, Theme
from circle_app.ui.support.translations import install_translators, ui_language

if TYPE_CHECKING:
    from circle_app.domain.circle import CircleSetup
    from circle_app.domain.people import Group
    from circle_app.services import Services
    from circle_app.store.start_read import UnfinishedCircle, UnfinishedConversation
    from circle_app.ui.circle.circle_screen import CircleScreen
    from circle_app.ui.flows.circle import CircleFlow
    from circle_app.ui.flows.conflict import ConflictFlows
    from circle_app.ui.flows.speech import SpeechOffer
    from circle_app.ui.flows.staff import StaffFlow
    from circle_app.ui.settings.settings_dialog import SettingsDialog
    from circle_app.ui.support.qt_speaker import QtSpeaker

log = logging.getLogger(__name__)


def _default_speaker(parent: QObject) -> QtSpeaker:
    """The speech engine's wrapper, imported with the store (after home's ready frame)."""
    from circle_app.ui.support.qt_speaker import create_speaker

    return create_speaker(parent=parent)


@dataclass(frozen=True)
class Flows:
    circle: CircleFlow
    conflicts: ConflictFlows
    staff: StaffFlow


class AppController(QObject):
    start_failed = Signal(str)  # the database was refused (app.py shows why and closes)

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
        self._speaker_factory = speaker_factory or _default_speaker
        self.window = window
        self.settings = settings
        self._database_url = database_url
        self._start = start
        self.navigator = Navigator(window)
        self.navigator.home_requested.connect(self.go_home)
        # The first start's Dansk / English offer on home (issue 15), bound in MainWindow.
        window.home.language_offer.chosen.connect(lambda _code: self.apply_language())
        self.services: Services | None = None
        self.speech: SpeechOffer | None = None
        self._built: Flows | None = None
        self.theme: Theme = LIGHT
        self.failed: str | None = None
        self.read_ahead = False  # home's data was read before the store was opened
        self._home_connected = False
        self.settings_dialog: SettingsDialog | None = None

    # -- start and stop -------------------------------------------------------------------

    def read_home_first(self) -> bool:
        """Before the store is opened: home and its data, read read-only without SQLAlchemy
        (store/start_read.py), and home's actions connected; a tile pressed before
        finish_start opens the store first. False: the start goes the present way (an
        upgrade due, a damaged, foreign or shared file, PostgreSQL, a --start)."""
        if self._start is not None or self.services is not None:
            return False
        from circle_app.store.create import create_if_new
        from circle_app.store.start_read import read_home

        create_if_new(self._database_url)  # a first start: the new file made at head first
        data = read_home(self._database_url)
        if data is None:
            return False
        self.read_ahead = True
        self._connect_home(self.window.home)
        self.navigator.show(self.window.home)
        self._show_home_data(
            data.groups,
            data.recent_groups,
            data.unfinished_circles,
            lambda: data.unfinished_conversations,
        )
        return True

    @Slot()
    def finish_start(self) -> None:
        """After the first frame: open the database, then offer an interrupted circle (after
        read_home_first: home shows it already, so only the store is opened)."""
        if self.services is not None or self.failed is not None:
            return  # opened already, by a press on home that came first
        if not self._open_services():
            return
        if self.read_ahead:
            return
        starts: dict[str | None, Callable[[], None]] = {
            "demo": lambda: self.flows.circle.start_demo(),
            "prompt": lambda: self.flows.circle.show_quick_prompt(),
            "demo-conversation": lambda: self.flows.conflicts.start_demo_conversation(),
            "demo-conference": lambda: self.flows.conflicts.start_demo_conference(),
        }
        starts.get(self._start, self.go_home)()

    def _open_services(self) -> bool:
        """The store (with its start-up checks and any upgrade), the banks and the speaker;
        False when the database was refused (start_failed says why)."""
        from circle_app.services import Services
        from circle_app.ui.flows.speech import SpeechOffer

        try:
            self.services = Services.open(
                self._database_url,
                upgrade=UpgradeProgress(self.window),
                intact_checked=self.read_ahead,
            )
        except StoreError as exc:
            from circle_app.ui.support.errors import error_text

            log.error("database refused: %s", type(exc).__name__)
            self.failed = error_text(exc)
            self.start_failed.emit(self.failed)
            return False
        speaker = self._speaker_factory(self)
        self.speech = SpeechOffer(
            speaker, lambda: ui_language(self.settings), lambda: self.navigator.current, self
        )
        self._apply_speech_settings()
        self.window.keyring.provider = lambda: self.flows.conflicts.keyring_questions()
        self._connect_home(self.window.home)
        self._show_skipped_files()
        return True

    @property
    def flows(self) -> Flows:
        """The workflows, built on first use (or by `prepare_flows` once home is ready)."""
        if self._built is None:
            if self.services is None and self.read_ahead and self.failed is None:
                self._open_services()  # a press on home before finish_start: it waits
            if self.services is None or self.speech is None:
                raise RuntimeError("the flows are made once finish_start() opened the services")
            from circle_app.ui.flows.circle import CircleFlow
            from circle_app.ui.flows.conflict import ConflictFlows
            from circle_app.ui.flows.context import FlowContext
            from circle_app.ui.flows.staff import StaffFlow

            context = FlowContext(
                services=self.services,
                settings=self.settings,
                navigation=self.navigator,
                speech=self.speech,
                theme=lambda: self.theme,
            )
            circle = CircleFlow(context, self)
            self._built = Flows(
                circle=circle,
                conflicts=ConflictFlows(context, circle.start_circle, self),
                staff=StaffFlow(context, circle.show_chosen_prompt, self),
            )
        return self._built

    @Slot()
    def prepare_flows(self) -> None:
        """Build the workflows now (after home's ready frame), so the first tile pressed
        opens its screen at once; nothing when the database was refused."""
        if self.services is not None and self.speech is not None:
            self.flows  # noqa: B018 - built on first use
            # The settings dialog's module too: it was part of the start before, and a
            # school day's first visit to settings should not be its memory's first use.
            import circle_app.ui.settings.settings_dialog  # noqa: F401

    def _show_skipped_files(self) -> None:
        """Bank and plan files that could not be read were skipped: say which, and why."""
        assert self.services is not None
        banks = self.services.prompts.library.problems
        plans = self.services.plans.problems
        if not banks and not plans:
            return
        log.warning("%d problem(s) in bank and plan files; skipped", len(banks) + len(plans))
        lines = [p.in_words(QCoreApplication.translate) for p in (*banks, *plans)]
        self.window.home.set_status(
            self.tr("Some question bank files were skipped:") + "\n" + "\n".join(lines[:5])
        )

    def shutdown(self) -> None:
        speaker = self.speaker
        if speaker is not None:
            speaker.close()
        self.speech = None
        if self.services is not None:
            self.services.close()
            self.services = None

    def _connect_home(self, home: HomeScreen) -> None:
        """Each of home's actions goes to its flow (built by then, or at that press); once."""
        if self._home_connected:
            return
        self._home_connected = True

        def flows(action: Callable[[Flows], object]) -> Callable[..., None]:
            def run(*_args: object) -> None:
                if self.services is not None or (self.read_ahead and self._open_services()):
                    action(self.flows)

            return run

        home.start_circle_requested.connect(flows(lambda f: f.circle.show_setup()))
        home.group_circle_requested.connect(
            lambda gid: flows(lambda f: f.circle.show_setup_for(gid))()
        )
        home.demo_requested.connect(flows(lambda f: f.circle.start_demo()))
        home.quick_prompt_requested.connect(flows(lambda f: f.circle.show_quick_prompt()))
        home.resume_requested.connect(lambda cid: flows(lambda f: f.circle.resume_circle(cid))())
        home.dismiss_resume_requested.connect(
            lambda cid: flows(lambda f: f.circle.end_unfinished(cid))()
        )
        home.conversation_requested.connect(flows(lambda f: f.conflicts.show_conversation_setup()))
        home.conferences_requested.connect(flows(lambda f: f.conflicts.show_conferences()))
        home.keyring_requested.connect(flows(lambda f: f.conflicts.show_keyring()))
        home.resume_conversation_requested.connect(
            lambda cid: flows(lambda f: f.conflicts.resume_conversation(cid))()
        )
        home.dismiss_conversation_requested.connect(
            lambda cid: flows(lambda _f: self._end_conversation(cid))()
        )
        home.roster_requested.connect(flows(lambda f: f.staff.show_roster()))
        home.banks_requested.connect(flows(lambda f: f.staff.show_banks()))
        home.dashboard_requested.connect(flows(lambda f: f.staff.show_dashboard()))
        home.settings_requested.connect(self.show_settings)

    # -- what the shell itself owns: home, theme, language, speech settings ----------------

    @property
    def speaker(self) -> QtSpeaker | None:
        return self.speech.speaker if self.speech is not None else None

    @property
    def circle_screen(self) -> CircleScreen | None:
        if self._built is None:  # no flow yet, so no circle on screen
            return None
        from circle_app.ui.circle.circle_screen import CircleScreen

        current = self.navigator.current
        return current if isinstance(current, CircleScreen) else None

    @property
    def conflicts(self) -> ConflictFlows:
        return self.flows.conflicts

    @Slot()
    def go_home(self) -> None:
        """Home, with the offer to resume an interrupted circle or conversation."""
        home = self.window.home
        self.navigator.show(home)
        if self.services is None:
            return
        from circle_app.store.conversations import ConversationStore

        engine = self.services.engine
        self._show_home_data(
            self.services.groups.list_groups(),
            self.services.group_plans.recent_groups(),
            self.services.circles.unfinished(),
            lambda: ConversationStore(engine).unfinished(),  # not the flow's: not yet
        )

    def _show_home_data(
        self,
        groups: list[Group],
        recent: list[int],
        unfinished: list[UnfinishedCircle],
        conversations: Callable[[], list[UnfinishedConversation]],
    ) -> None:
        home = self.window.home
        names = {group.id: group.name for group in groups}
        home.set_recent_groups([(gid, names[gid]) for gid in recent if gid in names])
        home.show_unfinished(unfinished[0] if unfinished else None)
        if not unfinished:
            talks = [c for c in conversations() if c.turns]
            plain = [c for c in talks if c.case_id is None]
            if plain:
                home.show_unfinished_conversation(plain[0])

    @Slot(int)
    def _end_conversation(self, conversation_id: int) -> None:
        self.flows.conflicts.conversations.end(conversation_id)
        self.go_home()

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        set_icon_color(theme.text, theme.accent_text)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Restyling walks every widget: only when the theme really changes (the window
            # already has it from its first frame, app.build_window).
            palette, sheet = theme.palette(), theme.stylesheet()
            if app.palette() != palette:
                app.setPalette(palette)
            if app.styleSheet() != sheet:
                app.setStyleSheet(sheet)
        self.window.home.refresh_icons(theme.text, theme.accent_text)
        self.window.presenter.set_theme(theme)
        if self.circle_screen is not None:
            self.circle_screen.set_theme(theme)

    @Slot()
    def show_settings(self) -> None:
        from circle_app.ui.settings.settings_dialog import SettingsDialog

        if self.services is None and self.read_ahead and self.failed is None:
            self._open_services()  # the speech engine comes with the store: it waits

        dialog = SettingsDialog(self.settings, self.window)
        speaker = self.speaker
        dialog.set_speech_available(
            speaker is not None and speaker.available,
            (speaker.unavailable_reason if speaker else None) or "",
        )
        dialog.theme_changed.connect(lambda name: self.apply_theme(THEMES[name]))
        dialog.language_changed.connect(lambda _code: self.apply_language())
        dialog.speech_changed.connect(self._apply_speech_settings)
        dialog.board_screen_changed.connect(self.window.presenter.choice_changed)
        dialog.test_voice_requested.connect(
            lambda: self.say(self.tr("This is how the questions will sound."), "")
        )
        self.settings_dialog = dialog
        dialog.open()

    def apply_language(self) -> None:
        """Switch the interface language at once: new translators carry every open window
        into it (ui/support/retranslation.py)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translators(app, self.settings)
        self.go_home()

    @Slot()
    def _apply_speech_settings(self) -> None:
        speaker = self.speaker
        if speaker is not None:
            speaker.set_rate(self.settings.get(SPEECH_RATE))
            speaker.set_volume(self.settings.get(SPEECH_VOLUME))

    @Slot(str, str)
    def say(self, text: str, language: str) -> None:
        if self.speech is not None:
            self.speech.say(text, language)

    # -- entry points kept for the command line's --start and for scripts ------------------

    def show_setup(self) -> None:
        self.flows.circle.show_setup()

    def start_circle(self, setup: CircleSetup, title: str = "", *, is_demo: bool = False) -> None:
        self.flows.circle.start_circle(setup, title, is_demo=is_demo)

    def start_demo(self) -> None:
        self.flows.circle.start_demo()

    def show_quick_prompt(self) -> None:
        self.flows.circle.show_quick_prompt()

    def show_roster(self) -> None:
        self.flows.staff.show_roster()

    def show_banks(self) -> None:
        self.flows.staff.show_banks()

    def show_dashboard(self) -> None:
        self.flows.staff.show_dashboard()
