"""Navigation for the method's conflict workflows (M8-M15): the restorative conversation,
the conference and its follow-up, and the key-ring card. The controller owns one of these
and hands it the services; it holds no widgets of its own."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from circle_app.domain.conversation import (
    QUESTION_IDS,
    ConversationSetup,
    Facilitator,
    Party,
    conversation_bank_id,
)
from circle_app.domain.demo_conflicts import (
    DEMO_CONVERSATION_FACILITATOR,
    DEMO_CONVERSATION_PARTIES,
)
from circle_app.domain.prompts import PromptRef
from circle_app.store import StoreError
from circle_app.store.conferences import ConferenceStore, create_demo_case
from circle_app.store.conversations import ConversationStore, RecordedConversation
from circle_app.ui.conference.agreement_document import write_agreement_pdf
from circle_app.ui.conference.case_screen import ConferenceCaseScreen
from circle_app.ui.conference.overview_screen import ConferenceOverviewScreen
from circle_app.ui.conversation.conversation_screen import ConversationScreen
from circle_app.ui.conversation.setup_screen import ConversationSetupScreen
from circle_app.ui.support.errors import error_text
from circle_app.ui.support.translations import ui_language

if TYPE_CHECKING:
    from circle_app.ui.shell.controller import AppController

log = logging.getLogger(__name__)


class ConflictFlows(QObject):
    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self._controller = controller
        self.conversation_screen: ConversationScreen | None = None

    # -- services -------------------------------------------------------------------------

    @property
    def conversations(self) -> ConversationStore:
        return ConversationStore(self._controller._services().engine)

    @property
    def conferences(self) -> ConferenceStore:
        return ConferenceStore(self._controller._services().engine)

    def questions(self, language: str) -> dict[str, str]:
        """The six questions' wording from the conversation bank of a language (M8)."""
        library = self._controller._services().prompts.library
        result: dict[str, str] = {}
        for question in QUESTION_IDS:
            prompt = library.get(PromptRef(conversation_bank_id(language), question))
            if prompt is None and language != "en":
                prompt = library.get(PromptRef(conversation_bank_id("en"), question))
            result[question] = prompt.text if prompt else question
        return result

    def services_ready(self) -> None:
        """Give the key-ring card the questions, in the UI language at the time it opens."""
        self._controller.window.keyring.provider = self.keyring_questions

    def keyring_questions(self) -> tuple[str, ...]:
        questions = self.questions(ui_language(self._controller.settings))
        return tuple(questions[q] for q in QUESTION_IDS)

    def _show(self, screen: object) -> None:
        from PySide6.QtWidgets import QWidget

        assert isinstance(screen, QWidget)
        self._controller.circle_screen = None
        if not isinstance(screen, ConversationScreen):
            self.conversation_screen = None
        self._controller.window.show_screen(screen)

    # -- the key-ring card (M10) ----------------------------------------------------------

    @Slot()
    def show_keyring(self) -> None:
        self._controller.window.show_keyring()

    # -- restorative conversation (M8, M9) ------------------------------------------------

    @Slot()
    def show_conversation_setup(self) -> None:
        screen = ConversationSetupScreen(ui_language(self._controller.settings))
        screen.home_requested.connect(self._controller.go_home)
        screen.start_requested.connect(self._start_from_setup)
        self._show(screen)

    @Slot(object)
    def _start_from_setup(self, setup: object) -> None:
        assert isinstance(setup, ConversationSetup)
        self.start_conversation(setup)

    def start_conversation(self, setup: ConversationSetup, *, is_demo: bool = False) -> None:
        try:
            recorded = RecordedConversation.begin(self.conversations, setup, is_demo=is_demo)
        except StoreError as exc:
            QMessageBox.warning(self._controller.window, self.tr("Not saved"), error_text(exc))
            return
        log.info(
            "conversation %s started (%d parties)", recorded.conversation_id, len(setup.parties)
        )
        self.show_conversation(recorded)

    @Slot()
    def start_demo_conversation(self) -> None:
        name, role = DEMO_CONVERSATION_FACILITATOR
        setup = ConversationSetup(
            parties=tuple(
                Party(index, party, party_role)
                for index, (party, party_role) in enumerate(DEMO_CONVERSATION_PARTIES)
            ),
            facilitator=Facilitator(name, role),
            language=ui_language(self._controller.settings),
        )
        self.start_conversation(setup, is_demo=True)

    @Slot(int)
    def resume_conversation(self, conversation_id: int) -> None:
        self.show_conversation(RecordedConversation.resume(self.conversations, conversation_id))

    def show_conversation(self, recorded: RecordedConversation, case_id: int | None = None) -> None:
        language = recorded.conversation.setup.language
        title = ""
        if case_id is not None:
            title = self.tr("Conference: %1").replace("%1", self.conferences.load(case_id).title)
        screen = ConversationScreen(recorded, self.questions(language), title=title)
        speaker = self._controller.speaker
        if speaker is not None and speaker.available:
            screen.set_speech_available(True)
        else:
            reason = speaker.unavailable_reason if speaker is not None else None
            screen.set_speech_available(False, reason or self.tr("Reading aloud is starting…"))
        screen.read_aloud_requested.connect(self._controller.say)
        screen.keyring_requested.connect(self.show_keyring)
        if case_id is None:
            screen.finished.connect(lambda _id: self._controller.go_home())
            screen.paused.connect(lambda _id: self._controller.go_home())
        else:
            screen.finished.connect(lambda _id: self.open_case(case_id, tab=3))
            screen.paused.connect(lambda _id: self.open_case(case_id))
        self._show(screen)
        self.conversation_screen = screen

    # -- conference (M11-M15) -------------------------------------------------------------

    @Slot()
    def show_conferences(self, follow_up: bool = False) -> None:
        screen = ConferenceOverviewScreen(self.conferences)
        screen.home_requested.connect(self._controller.go_home)
        screen.case_requested.connect(self.open_case)
        screen.new_case_requested.connect(self.new_case)
        if follow_up:
            screen.show_follow_up()
        self._show(screen)

    @Slot()
    def new_case(self) -> None:
        language = ui_language(self._controller.settings)
        try:
            case_id = self.conferences.create_case(
                self.tr("New case"), date.today(), "", language=language
            )
        except StoreError as exc:
            QMessageBox.warning(self._controller.window, self.tr("Not saved"), error_text(exc))
            return
        self.open_case(case_id)

    @Slot(int)
    def open_case(self, case_id: int, tab: int = 0) -> None:
        screen = ConferenceCaseScreen(self.conferences, case_id)
        screen.back_requested.connect(self.show_conferences)
        screen.conference_requested.connect(
            lambda conversation_id: self._show_conference(case_id, conversation_id)
        )
        screen.export_requested.connect(self.export_agreement)
        screen.tabs.setCurrentIndex(tab)
        self._show(screen)

    def _show_conference(self, case_id: int, conversation_id: int) -> None:
        recorded = RecordedConversation.resume(self.conversations, conversation_id)
        self.show_conversation(recorded, case_id)

    @Slot()
    def start_demo_conference(self) -> None:
        try:
            case_id = create_demo_case(
                self.conferences, ui_language(self._controller.settings), date.today()
            )
        except StoreError as exc:
            QMessageBox.warning(self._controller.window, self.tr("Not saved"), error_text(exc))
            return
        self.open_case(case_id, tab=1)

    @Slot(int)
    def export_agreement(self, case_id: int) -> None:
        case = self.conferences.load(case_id)
        suggested = Path.home() / f"agreement-{case_id}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self._controller.window,
            self.tr("Save the agreement as PDF"),
            str(suggested),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return
        try:
            write_agreement_pdf(case, Path(path), self._controller.window.font().family())
        except OSError as exc:
            QMessageBox.warning(self._controller.window, self.tr("Not saved"), error_text(exc))
            return
        log.info("agreement of case %s exported", case_id)
