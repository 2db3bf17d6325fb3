"""Typing or importing a name with hidden characters: refused, and the dialog says why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from circle_app.domain.enums import GroupKind
from circle_app.domain.roster_csv import parse_roster
from circle_app.store.roster import GroupDraft
from circle_app.ui.roster.group_dialog import GroupDialog
from circle_app.ui.roster.import_dialog import RosterImportDialog
from circle_app.ui.roster.person_dialog import PersonDialog
from circle_app.ui.support.settings import LANGUAGE, Settings
from circle_app.ui.support.translations import install_translators

HIDDEN = set("\x1b\x07\u202e\u2066\u200b\ufeff")
HOSTILE = b'navn;klasse\nAsta;4.a\n"Bo\x1b]0;owned\x07\x1b[2J";4.a\n'


@pytest.fixture
def danish(qapp: QApplication, settings: Settings) -> Iterator[None]:
    settings.set(LANGUAGE, "da")
    install_translators(qapp, settings)
    yield
    settings.set(LANGUAGE, "en")
    install_translators(qapp, settings)


def test_finding_10_the_person_dialog_refuses_a_hidden_character_and_says_where(
    qtbot: QtBot, settings: Settings
) -> None:
    """issue 12, finding 10: a name typed with an escape or U+202E cannot be saved."""
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Asta\x1b[2J")
    assert not dialog.ok_button.isEnabled()
    assert dialog.error.text() == (
        "Name: contains a control character (U+001B) at character 5, such as a terminal "
        "escape; retype it without."
    )
    dialog.name.setText("Asta \u202enesnaH")
    assert not dialog.ok_button.isEnabled()
    assert "U+202E" in dialog.error.text()
    dialog.name.setText("Asta Hansen")
    assert dialog.ok_button.isEnabled()
    assert dialog.error.text() == ""
    assert dialog.name.maxLength() == 100


def test_finding_10_the_group_dialog_refuses_a_hidden_character(
    qtbot: QtBot, settings: Settings
) -> None:
    """issue 12, finding 10: a group name holds no zero-width character, at most 80."""
    dialog = GroupDialog(GroupDraft("4.a", GroupKind.CLASS))
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()
    dialog.name.setText("4.\u200ba")
    assert not dialog.ok_button.isEnabled()
    assert "U+200B" in dialog.error.text()
    assert dialog.name.maxLength() == 80


def test_finding_10_the_import_preview_names_line_and_column_and_echoes_nothing_raw(
    qtbot: QtBot, settings: Settings
) -> None:
    """issue 12, finding 10: the refused file's problems say where, without the raw text,
    and the preview says names are refused, not changed."""
    dialog = RosterImportDialog(parse_roster(HOSTILE, "klasse.csv"), "4.a")
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isVisibleTo(dialog)
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert texts == [
        "klasse.csv, line 3, name: column 1 (navn) contains a control character (U+001B) at "
        "character 3, such as a terminal escape; retype it without"
    ]
    assert not set("".join(texts)) & HIDDEN
    assert "never changed" in dialog.rule.text()
    assert "100 characters" in dialog.rule.text()


def test_finding_10_the_import_preview_says_it_in_danish(
    qtbot: QtBot, settings: Settings, danish: None
) -> None:
    """issue 12, finding 10: every refusal is translated."""
    dialog = RosterImportDialog(parse_roster(HOSTILE, "klasse.csv"), "4.a")
    qtbot.addWidget(dialog)
    assert dialog.problems.item(0).text() == (
        "klasse.csv, linje 3, navn: kolonne 1 (navn) indeholder et kontroltegn (U+001B) på "
        "tegn nr. 3, fx en terminal-escape; skriv det igen uden"
    )
    mixed = "navn\nSøren\n".encode() + "Åse\n".encode("cp1252")
    dialog = RosterImportDialog(parse_roster(mixed, "klasse.csv"), "4.a")
    qtbot.addWidget(dialog)
    assert dialog.problems.item(0).text() == (
        "klasse.csv, linje 3: linjen er ikke UTF-8, men andre linjer er: filen blander "
        "to tegnsæt; gem den igen som CSV UTF-8"
    )
