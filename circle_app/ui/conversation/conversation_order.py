"""The order of asking, for the keeper's eyes only (M9, issue 18).

Each party's questions 1-5 in turn, then question 6 to each: every turn on one line with
the party's name and whether it is done, now or next (in words, not by colour alone).
Shown on the laptop while the questions are on the board; never on the board itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.conversation import Conversation, Step


class ConversationOrder(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationOrder")
        self.setProperty("card", True)
        self.setMinimumWidth(400)
        title = QLabel(self.tr("Order of asking"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.turns = QListWidget()
        self.turns.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the screen
        self.turns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.turns.setStyleSheet("font-size: 14pt;")
        self.turns.setAccessibleName(self.tr("Order of asking"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.turns, 1)
        self._conversation: Conversation | None = None

    def show_order(self, conversation: Conversation) -> None:
        self._conversation = conversation
        parties = conversation.setup.parties
        had = len(conversation.events)
        self.turns.clear()
        for index, turn in enumerate(conversation.order):
            name = parties[turn.party].name
            if turn.step is Step.STORY:
                line = self.tr("%1: questions 1–5").replace("%1", name)
            else:
                line = self.tr("%1: question 6").replace("%1", name)
            if index < had:
                state = self.tr("done")
            elif index == had:
                state = self.tr("now")
            elif index == had + 1:
                state = self.tr("next")
            else:
                state = ""
            item = QListWidgetItem(f"{index + 1}. {line}" + (f"  ·  {state}" if state else ""))
            if index == had:
                font = QFont(self.turns.font())
                font.setBold(True)
                item.setFont(font)
            self.turns.addItem(item)
        current = self.turns.item(had)
        if current is not None:
            self.turns.scrollToItem(current, QAbstractItemView.ScrollHint.PositionAtCenter)

    def changeEvent(self, event: QEvent) -> None:
        """A language switch: the lines again, in the new language (names stay as they are)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._conversation is not None:
            self.show_order(self._conversation)

    def lines(self) -> list[str]:
        """What each line says, first turn first."""
        return [self.turns.item(row).text() for row in range(self.turns.count())]
