"""The first start's language choice on the home screen: Dansk or English, once.

Shown while no language is saved and the offer was not answered. Each choice is written at
once and the interface switches; "Not now" closes it for good (the settings dialog still
has the language). Both choices are written in their own language, so each reader finds
theirs whatever the interface speaks now.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from circle_app.ui.support.settings import LANGUAGE, LANGUAGE_OFFERED, Settings


def should_offer(settings: Settings) -> bool:
    """No language chosen yet and the offer not answered."""
    return not settings.get(LANGUAGE) and not settings.get(LANGUAGE_OFFERED)


class LanguageOffer(QFrame):
    """Big and dismissible; the answer is remembered in the settings it is bound to."""

    chosen = Signal(str)  # "da" or "en", saved: the controller installs the translators
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageOffer")
        self.setProperty("card", True)
        self._settings: Settings | None = None
        self.question = QLabel()
        self.question.setObjectName("languageQuestion")  # sizes: the app's style sheet
        self.question.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setProperty("muted", True)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("languageHint")
        self.danish = QPushButton("Dansk (D)")  # each in its own language: never translated
        self.english = QPushButton("English (E)")
        self.later = QPushButton()
        for button in (self.danish, self.english, self.later):
            button.setMinimumHeight(64)
        self.danish.setProperty("primary", True)
        self.danish.clicked.connect(lambda: self.choose("da"))
        self.english.clicked.connect(lambda: self.choose("en"))
        self.later.clicked.connect(self.dismiss)
        # D and E while the offer shows, wherever home's focus is (Qt's default context:
        # this window; a hidden offer's keys do nothing).
        for key, language in (("D", "da"), ("E", "en")):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda chosen=language: self.choose(chosen))

        text = QVBoxLayout()
        text.addWidget(self.question)
        text.addWidget(self.hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 20, 28, 20)
        row.setSpacing(18)
        row.addLayout(text, 1)
        row.addWidget(self.danish)
        row.addWidget(self.english)
        row.addWidget(self.later)
        self.retranslate()
        self.hide()

    def bind(self, settings: Settings) -> None:
        """Remember the answer in `settings`; show the offer when it is still open."""
        self._settings = settings
        self.setVisible(should_offer(settings))

    def retranslate(self) -> None:
        self.question.setText(self.tr("Dansk or English?"))
        self.hint.setText(
            self.tr("Choose the language of the app. You can change it later in Settings.")
        )
        self.later.setText(self.tr("Not now"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose(self, language: str) -> None:
        """Save `language` and close the offer for good; the interface follows."""
        if self._settings is not None:
            self._settings.set(LANGUAGE, language)
            self._settings.set(LANGUAGE_OFFERED, True)
        self.hide()
        self.chosen.emit(language)

    @Slot()
    def dismiss(self) -> None:
        if self._settings is not None:
            self._settings.set(LANGUAGE_OFFERED, True)
        self.hide()
        self.dismissed.emit()
