"""issue 15, finding 3: every open window and dialog follows a language switch at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from circle_app.domain.enums import BankKind
from circle_app.ui.banks.prompt_dialog import PromptDialog
from circle_app.ui.roster.away_dialog import AwayDialog
from circle_app.ui.roster.group_dialog import GroupDialog
from circle_app.ui.roster.person_dialog import PersonDialog
from circle_app.ui.settings.settings_dialog import SettingsDialog
from circle_app.ui.shell.controller import AppController
from circle_app.ui.support.retranslation import Catalogue, shown_texts
from circle_app.ui.support.settings import LANGUAGE, Settings
from circle_app.ui.support.translations import install_translators


def _english_left(catalogue: Catalogue) -> list[str]:
    """Texts on screen that are English messages with a different Danish translation."""
    return sorted(
        {
            text
            for top in QApplication.topLevelWidgets()
            if top.isVisible()
            for text in shown_texts(top)
            if catalogue.is_untranslated_english(text)
        }
    )


def _switch(qapp: QApplication, settings: Settings, language: str) -> None:
    settings.set(LANGUAGE, language)
    install_translators(qapp, settings)
    qapp.processEvents()


SCREENS: dict[str, Callable[[AppController], object]] = {
    "home": lambda c: None,
    "circle setup": lambda c: c.show_setup(),
    "circle board": lambda c: c.start_demo(),
    "groups and people": lambda c: c.show_roster(),
    "question banks": lambda c: c.show_banks(),
    "dashboard": lambda c: c.show_dashboard(),
    "quick prompt": lambda c: c.show_quick_prompt(),
    "conversation setup": lambda c: c.conflicts.show_conversation_setup(),
    "conversation": lambda c: c.conflicts.start_demo_conversation(),
    "conferences": lambda c: c.conflicts.show_conferences(),
    "conference case": lambda c: c.conflicts.start_demo_conference(),
    "settings dialog": lambda c: c.show_settings(),
}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_issue15_finding3_each_screen_switches_language_while_open(
    screen: str,
    make_app: Callable[..., AppController],
    database_url: str,
    qapp: QApplication,
    settings: Settings,
) -> None:
    """issue 15, finding 3: switched with the screen open, it speaks Danish, then English."""
    controller = make_app(database_url)
    SCREENS[screen](controller)
    qapp.processEvents()
    catalogue = Catalogue()
    try:
        _switch(qapp, settings, "da")
        assert _english_left(catalogue) == []
        _switch(qapp, settings, "en")
        danish = sorted(
            {
                text
                for top in QApplication.topLevelWidgets()
                if top.isVisible()
                for text in shown_texts(top)
                if catalogue.is_danish(text)
            }
        )
        assert danish == []
    finally:
        _switch(qapp, settings, "en")


DIALOGS: dict[str, Callable[[Settings], QDialog]] = {
    "settings": lambda s: SettingsDialog(s),
    "new group": lambda s: GroupDialog(),
    "new person": lambda s: PersonDialog(),
    "away": lambda s: AwayDialog(None, date(2026, 12, 1)),
    "new prompt": lambda s: PromptDialog(BankKind.PEACETIME),
}


@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_issue15_finding3_each_dialog_switches_language_while_open(
    dialog: str, qtbot: QtBot, qapp: QApplication, settings: Settings
) -> None:
    """issue 15, finding 3: the settings dialog (and every other) is Danish at once."""
    window = DIALOGS[dialog](settings)
    qtbot.addWidget(window)
    window.show()
    catalogue = Catalogue()
    try:
        _switch(qapp, settings, "da")
        left = [t for t in shown_texts(window) if catalogue.is_untranslated_english(t)]
        assert left == []
    finally:
        _switch(qapp, settings, "en")


def test_issue15_a_childs_name_is_never_translated(
    qtbot: QtBot, qapp: QApplication, settings: Settings
) -> None:
    """A label holding what a person typed stays as it was, even a word the app translates."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

    window = QWidget()
    layout = QVBoxLayout(window)
    typed = QLineEdit("Settings")
    layout.addWidget(typed)
    layout.addWidget(QLabel("Nørgaard"))
    qtbot.addWidget(window)
    window.show()
    try:
        _switch(qapp, settings, "da")
        assert typed.text() == "Settings"
        assert "Nørgaard" in shown_texts(window)
    finally:
        _switch(qapp, settings, "en")


def test_issue15_finding3_the_settings_dialog_is_danish_as_soon_as_danish_is_chosen(
    make_app: Callable[..., AppController],
    database_url: str,
    qapp: QApplication,
    settings: Settings,
) -> None:
    """issue 15, finding 3: choosing Dansk in the open settings dialog turns the dialog
    itself Danish at once, not only the home screen behind it."""
    controller = make_app(database_url)
    controller.show_settings()
    dialog = controller.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    try:
        dialog.language.setCurrentIndex(dialog.language.findData("da"))
        qapp.processEvents()
        assert dialog.windowTitle() == "Indstillinger"
        assert dialog.timer.itemText(0) == "Fra"
        assert "Diskret taletid pr. person" in shown_texts(dialog)
        assert _english_left(Catalogue()) == []
    finally:
        _switch(qapp, settings, "en")
