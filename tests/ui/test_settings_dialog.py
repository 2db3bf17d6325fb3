"""Settings take effect at once and are kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from circle_app.ui.shell.controller import AppController
from circle_app.ui.support.settings import HIDE_NAMES, SPEAKER_TIMER_SECONDS, SPEECH_RATE, THEME
from circle_app.ui.support.theme import DARK


def open_settings(controller: AppController, qtbot: QtBot) -> object:
    qtbot.mouseClick(controller.window.home.settings_button, Qt.MouseButton.LeftButton)
    dialog = controller.settings_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_dark_theme_applies_at_once_and_is_kept(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot, qapp: QApplication
) -> None:
    controller = make_app(database_url)
    dialog = open_settings(controller, qtbot)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))  # type: ignore[attr-defined]
    assert controller.theme is DARK
    assert DARK.background_top.name() in qapp.styleSheet()
    assert controller.settings.get(THEME) == "dark"


def test_hide_names_and_timer_are_used_by_the_next_circle(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    controller = make_app(database_url)
    dialog = open_settings(controller, qtbot)
    dialog.hide_names.setChecked(True)  # type: ignore[attr-defined]
    dialog.timer.setCurrentIndex(dialog.timer.findData(30))  # type: ignore[attr-defined]
    dialog.close()  # type: ignore[attr-defined]
    assert controller.settings.get(HIDE_NAMES)
    assert controller.settings.get(SPEAKER_TIMER_SECONDS) == 30
    controller.start_demo()
    screen = controller.circle_screen
    assert screen is not None
    assert all(seat.label == "" for seat in screen.ring.state.seats)
    assert screen.ring.state.timer_fraction is not None


def test_reading_speed_reaches_the_speaker(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot, speech_engine: object
) -> None:
    controller = make_app(database_url)
    speaker = controller.speaker
    assert speaker is not None
    qtbot.waitUntil(lambda: speaker.available, timeout=5000)
    dialog = open_settings(controller, qtbot)
    dialog.rate.setValue(110)  # type: ignore[attr-defined]
    assert controller.settings.get(SPEECH_RATE) == 110
    with qtbot.waitSignal(speaker.started, timeout=5000):
        dialog.test_voice.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: speech_engine.properties.get("rate") == 110,  # type: ignore[attr-defined]
        timeout=5000,
    )


def test_switching_language_turns_the_home_screen_at_once(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    controller = make_app(database_url)
    dialog = open_settings(controller, qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("da"))  # type: ignore[attr-defined]
    assert controller.window.stack.currentWidget() is controller.window.home
    assert controller.window.home.start_button.text().startswith("Start en cirkel")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # type: ignore[attr-defined]
    assert controller.window.home.start_button.text().startswith("Start a circle")
