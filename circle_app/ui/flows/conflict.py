"""Navigation for the method's conflict workflows (M8-M15): the restorative conversation,
the conference and its follow-up, and the key-ring card. It is given its context and holds
no widgets of its own."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from circle_app.domain.circle import CircleSetup
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
from circle_app.ui.flows.context import FlowContext
from circle_app.ui.support.errors import warn_unsaved

log = logging.getLogger(__name__)


class ConflictFlows(QObject):
    def __init__(
        self,
        context: FlowContext,
        start_circle: Callable[[CircleSetup, str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = context
        self._start_circle = start_circle  # a follow-up circle is a circle like any other

    @property
    def conversation_screen(self) -> ConversationScreen | None:
        current = self._ctx.navigation.current
        return current if isinstance(current, ConversationScreen) else None

    # -- services -------------------------------------------------------------------------

    @property
    def conversations(self) -> ConversationStore:
        return ConversationStore(self._ctx.services.engine)

    @property
    def conferences(self) -> ConferenceStore:
        return ConferenceStore(self._ctx.services.engine)

    def questions(self, language: str) -> dict[str, str]:
        """The six questions' wording from the conversation bank of a language (M8)."""
        library = self._ctx.services.prompts.library
        result: dict[str, str] = {}
        for question in QUESTION_IDS:
            prompt = library.get(PromptRef(conversation_bank_id(language), question))
            if prompt is None and language != "en":
                prompt = library.get(PromptRef(conversation_bank_id("en"), question))
            result[question] = prompt.text if prompt else question
        return result

    def keyring_questions(self) -> tuple[str, ...]:
        """The key-ring card's questions, in the interface language at the time it opens."""
        questions = self.questions(self._ctx.language)
        return tuple(questions[q] for q in QUESTION_IDS)

    def _show(self, screen: QWidget) -> None:
        self._ctx.navigation.show(screen)

    # -- the key-ring card (M10) ----------------------------------------------------------

    @Slot()
    def show_keyring(self) -> None:
        self._ctx.navigation.show_keyring()

    # -- restorative conversation (M8, M9) ------------------------------------------------

    @Slot()
    def show_conversation_setup(self) -> None:
        screen = ConversationSetupScreen(self._ctx.language)
        screen.home_requested.connect(self._ctx.navigation.home)
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
            warn_unsaved(self._ctx.navigation.parent_widget, exc)
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
            language=self._ctx.language,
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
        self._ctx.speech.attach(screen)
        screen.keyring_requested.connect(self.show_keyring)
        if case_id is None:
            screen.finished.connect(lambda _id: self._ctx.navigation.home())
            screen.paused.connect(lambda _id: self._ctx.navigation.home())
        else:
            screen.finished.connect(lambda _id: self.open_case(case_id, tab=3))
            screen.paused.connect(lambda _id: self.open_case(case_id))
        self._show(screen)

    # -- conference (M11-M15) -------------------------------------------------------------

    @Slot()
    def show_conferences(self, follow_up: bool = False) -> None:
        screen = ConferenceOverviewScreen(self.conferences, theme=self._ctx.theme())
        screen.home_requested.connect(self._ctx.navigation.home)
        screen.case_requested.connect(self.open_case)
        screen.new_case_requested.connect(self.new_case)
        screen.follow_up_meeting_requested.connect(self.open_follow_up)
        if follow_up:
            screen.show_follow_up()
        self._show(screen)

    @Slot()
    def new_case(self) -> None:
        language = self._ctx.language
        try:
            case_id = self.conferences.create_case(
                self.tr("New case"), date.today(), "", language=language
            )
        except StoreError as exc:
            warn_unsaved(self._ctx.navigation.parent_widget, exc)
            return
        self.open_case(case_id)

    @Slot(int)
    def open_case(self, case_id: int, tab: int = 0) -> ConferenceCaseScreen:
        screen = ConferenceCaseScreen(self.conferences, case_id)
        screen.back_requested.connect(self.show_conferences)
        screen.conference_requested.connect(
            lambda conversation_id: self._show_conference(case_id, conversation_id)
        )
        screen.export_requested.connect(self.export_agreement)
        screen.follow_up_circle_requested.connect(
            lambda setup: self._start_circle(setup, screen.case.title)
        )
        screen.tabs.setCurrentIndex(tab)
        self._show(screen)
        return screen

    @Slot(int)
    def open_follow_up(self, case_id: int) -> None:
        """The overview's "Follow-up meeting": the case, on its Follow-up tab (M14)."""
        self.open_case(case_id).show_follow_up()

    def _show_conference(self, case_id: int, conversation_id: int) -> None:
        recorded = RecordedConversation.resume(self.conversations, conversation_id)
        self.show_conversation(recorded, case_id)

    @Slot()
    def start_demo_conference(self) -> None:
        try:
            case_id = create_demo_case(self.conferences, self._ctx.language, date.today())
        except StoreError as exc:
            warn_unsaved(self._ctx.navigation.parent_widget, exc)
            return
        self.open_case(case_id, tab=1)

    @Slot(int)
    def export_agreement(self, case_id: int) -> None:
        case = self.conferences.load(case_id)
        suggested = Path.home() / f"agreement-{case_id}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self._ctx.navigation.parent_widget,
            self.tr("Save the agreement as PDF"),
            str(suggested),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return
        try:
            write_agreement_pdf(
                case, Path(path), self._ctx.navigation.parent_widget.font().family()
            )
        except OSError as exc:
            warn_unsaved(self._ctx.navigation.parent_widget, exc)
            return
        log.info("agreement of case %s exported", case_id)
