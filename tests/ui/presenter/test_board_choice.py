"""Issue 18, finding 1, on one screen: the settings have nothing to choose, and say F6."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from circle_app.ui.settings.settings_dialog import SettingsDialog
from circle_app.ui.support.settings import Settings


def test_one_screen_has_no_board_to_choose_and_names_f6(qtbot: QtBot, settings: Settings) -> None:
    """issue 18, finding 6: one screen attached: the choice is off, the note says F6."""
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.board_screen.isEnabled()
    assert "F6" in dialog.board_note.text()
