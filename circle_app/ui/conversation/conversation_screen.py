"""The restorative conversation on the board (M8-M10): one party at a time.

A party's turn shows questions 1-5 together on one big card; when every party has told
their story, question 6 goes to each party in order. Past, present and future are shown
as a three-step progress. Keys (and a presenter remote): PageDown, Right, Down or Space =
the party has answered, next; PageUp, Left or Up = back; R = read aloud; K = key-ring card.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.conversation import (
    Conversation,
    ConversationRuleError,
    Step,
)
from circle_app.store import StoreError
from circle_app.store.conversations import RecordedConversation
from circle_app.ui.conversation.conversation_board import ConversationBoard, phase_style
from circle_app.ui.conversation.conversation_order import ConversationOrder
from circle_app.ui.support import labels
from circle_app.ui.support.errors import warn_unsaved
from circle_app.ui.widgets.board_button import BoardButton
from circle_app.ui.widgets.board_preview import BoardPreview

log = logging.getLogger(__name__)


class ConversationScreen(QWidget):
    finished = Signal(int)  # conversation id
    paused = Signal(int)  # conversation id: home, to continue later
    read_aloud_requested = Signal(str, str)  # text, language
    keyring_requested = Signal()

    def __init__(
        self,
        recorded: RecordedConversation,
        questions: dict[str, str],
        *,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._recorded = recorded
        self._questions = questions
        self._title = title

        self.info_label = QLabel()
        self.info_label.setProperty("muted", True)
        self.info_label.setStyleSheet("font-size: 15pt;")
        self.phase_labels: list[QLabel] = []
        phases = QHBoxLayout()
        phases.setSpacing(8)
        for _ in range(3):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumWidth(130)
            self.phase_labels.append(label)
            phases.addWidget(label)
        self.keyring_button = BoardButton("mdi6.key-chain-variant", self.tr("Key-ring card"))
        self.keyring_button.setToolTip(self.tr("The six questions on one card (K)"))
        self.keyring_button.clicked.connect(self.keyring_requested)
        top = QHBoxLayout()
        top.addWidget(self.info_label, 1)
        top.addLayout(phases)
        top.addSpacing(16)
        top.addWidget(self.keyring_button)

        self._card = QFrame()
        self._card.setProperty("card", True)
        self._card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.party_label = QLabel()
        self.party_label.setObjectName("conversationParty")
        self.party_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.party_label.setStyleSheet("font-size: 30pt; font-weight: bold;")
        self.board = ConversationBoard()  # the questions: what the parties see
        self.step_label = self.board.step_label
        self.questions_label = self.board.questions_label
        self.preview = BoardPreview()  # the keeper's copy while the board has them
        self.preview.hide()
        self.footer_label = QLabel()
        self.footer_label.setProperty("muted", True)
        self.footer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.footer_label.setStyleSheet("font-size: 15pt;")
        self._card_layout = QVBoxLayout(self._card)
        self._card_layout.setContentsMargins(48, 20, 48, 20)
        self._card_layout.setSpacing(8)
        self._card_layout.addWidget(self.party_label)
        self._card_layout.addWidget(self.board, 1)
        self._card_layout.addWidget(self.preview, 1)
        self._card_layout.addWidget(self.footer_label)
        self.order = ConversationOrder()  # for the keeper: who, in which order, who is next
        self.order.hide()
        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(self._card, 3)
        middle.addWidget(self.order, 2)

        self.home_button = BoardButton("mdi6.pause", self.tr("Pause"))
        self.home_button.setToolTip(self.tr("Home; the conversation can be continued later"))
        self.home_button.clicked.connect(lambda: self.paused.emit(self.conversation_id))
        self.back_button = BoardButton("mdi6.undo-variant", self.tr("Back"))
        self.back_button.clicked.connect(self.undo)
        self.next_button = BoardButton("mdi6.arrow-right-bold", self.tr("Next"), primary=True)
        self.next_button.clicked.connect(self.advance)
        self.read_button = BoardButton("mdi6.volume-high", self.tr("Read aloud"))
        self.read_button.clicked.connect(self.read_aloud)
        controls = QHBoxLayout()
        controls.setSpacing(16)
        controls.addWidget(self.home_button)
        controls.addStretch(1)
        controls.addWidget(self.back_button)
        controls.addWidget(self.next_button)
        controls.addWidget(self.read_button)
        controls.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 18, 32, 20)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(controls)
        self._presenting = False
        self._refresh()

    # -- read-only views ------------------------------------------------------------------

    @property
    def conversation(self) -> Conversation:
        return self._recorded.conversation

    @property
    def conversation_id(self) -> int:
        return self._recorded.conversation_id

    def card_questions(self) -> list[str]:
        """The questions on the card now, in the conversation's language (the bank's words)."""
        turn = self.conversation.current
        if turn is None:
            return []
        return [self._questions.get(question, question) for question in turn.questions]

    # -- two screens (issue 18) -----------------------------------------------------------

    def board_widget(self) -> QWidget:
        """What the parties see: the questions of the turn, never who answers or who is next."""
        return self.board

    def set_presenting(self, presenting: bool) -> None:
        """True: the questions are on the board; the laptop shows the party, the order of
        asking and the questions small. False: the questions are back on the one card."""
        self._presenting = presenting
        self.board.set_on_board(presenting)
        if not presenting and self._card_layout.indexOf(self.board) < 0:
            self._card_layout.insertWidget(1, self.board, 1)
            self.board.show()
        self.preview.setVisible(presenting)
        self.order.setVisible(presenting)
        self._refresh()

    # -- actions --------------------------------------------------------------------------

    @Slot()
    def advance(self) -> None:
        """The party has answered: the turn passes on (M9); after the last turn, finish."""
        if self.conversation.finished:
            try:
                self._recorded.end()
            except StoreError as exc:
                warn_unsaved(self, exc)
                return
            self.finished.emit(self.conversation_id)
            return
        self._act(self._recorded.done)

    @Slot()
    def undo(self) -> None:
        if self.conversation.events:
            self._act(self._recorded.undo)

    @Slot()
    def read_aloud(self) -> None:
        questions = self.card_questions()
        if questions:
            self.read_aloud_requested.emit(" ".join(questions), self.conversation.setup.language)

    def set_speech_available(self, available: bool, reason: str = "") -> None:
        self.read_button.setEnabled(available)
        self.read_button.setToolTip("" if available else reason)

    # -- Qt overrides ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Down):
            self.advance()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.undo()
        elif key == Qt.Key.Key_R:
            self.read_aloud()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- internals ------------------------------------------------------------------------

    def _act(self, action: object) -> None:
        assert callable(action)
        try:
            action()
        except ConversationRuleError as exc:
            log.info("action refused: %s", exc)
        except StoreError as exc:
            log.error("action not saved: %s", type(exc).__name__)
            warn_unsaved(self, exc)
        self._refresh()

    def _refresh(self) -> None:
        conversation = self.conversation
        setup = conversation.setup
        parties = setup.parties
        info = [self.tr("Restorative conversation")]
        if self._title:
            info.append(self._title)
        info.append(self.tr("Facilitator: %1").replace("%1", setup.facilitator.name))
        self.info_label.setText(" · ".join(info))
        for label, view in zip(self.phase_labels, conversation.phases(), strict=True):
            label.setText(labels.phase(view.phase))
            label.setProperty("phaseState", view.state)
            label.setStyleSheet(phase_style(view.state))
        self.board.show_phases(conversation.phases())
        turn = conversation.current
        had, total = conversation.progress()
        if turn is None:
            done = self.tr("Every party has answered")
            self.party_label.setText(done)
            self.board.show_questions(
                done if self._presenting else "",  # on the board, where the name is not
                self.tr("Write down what the parties agree should happen now."),
            )
            self.footer_label.setText(
                self.tr("%1 of %2 turns").replace("%1", str(had)).replace("%2", str(total))
            )
            self.next_button.setText(self.tr("Finish"))
        else:
            self.party_label.setText(parties[turn.party].name)
            questions = self.card_questions()
            if turn.step is Step.STORY:
                self.board.show_questions(
                    self.tr("Questions 1–5, all in one go"),
                    "\n".join(f"{n}. {text}" for n, text in enumerate(questions, start=1)),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                )
            else:
                self.board.show_questions(
                    self.tr("Question 6, to every party in turn"), questions[0]
                )
            upcoming = conversation.next
            parts = [self.tr("Turn %1 of %2").replace("%1", str(had + 1)).replace("%2", str(total))]
            if upcoming is not None:
                parts.append(self.tr("next: %1").replace("%1", parties[upcoming.party].name))
            self.footer_label.setText("  ·  ".join(parts))
            self.next_button.setText(self.tr("Next"))
        self.preview.set_text(self.questions_label.text())
        if self._presenting:
            self.order.show_order(conversation)
        self.back_button.setEnabled(bool(conversation.events))
        self.read_button.setVisible(turn is not None)
