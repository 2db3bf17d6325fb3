"""UI fixtures: the real window and controller on a throw-away database, never a real dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from circle_app.domain.circle import CircleSetup
from circle_app.speech import Pyttsx3Speaker, SpeechCallbacks
from circle_app.ui.circle.circle_screen import CircleScreen
from circle_app.ui.shell.controller import AppController
from circle_app.ui.shell.main_window import MainWindow
from circle_app.ui.support.qt_speaker import QtSpeaker
from circle_app.ui.support.settings import Settings
from tests.unit.speech.fakes import FakeEngine


@pytest.fixture(scope="session", autouse=True)
def board_look(qapp: QApplication) -> Iterator[str]:
    """Every UI test sees the app's own font (IBM Plex Sans, 14 pt) and style, as the board
    does, not the machine's default (DejaVu Sans): sizes and fits are measured in it."""
    from circle_app.ui.support.theme import apply_board_look

    font, style = qapp.font(), qapp.style().name()
    family = apply_board_look(qapp)
    yield family
    qapp.setFont(font)
    qapp.setStyle(style)


@pytest.fixture
def settings(qapp: QApplication, tmp_path: Path) -> Settings:
    """Throw-away preferences, English UI (tests read English text) with its translator."""
    from circle_app.ui.support.settings import LANGUAGE
    from circle_app.ui.support.translations import install_translators

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(LANGUAGE, "en")
    install_translators(qapp, settings)
    return settings


@pytest.fixture
def fatal_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr("circle_app.app.show_fatal", shown.append)
    return shown


@pytest.fixture
def speech_engine() -> FakeEngine:
    """The engine behind the app's speaker in UI tests: a fake that takes real time."""
    return FakeEngine(words=4, word_seconds=0.25)


@pytest.fixture
def make_app(
    qapp: QApplication,
    qtbot: QtBot,
    settings: Settings,
    fatal_messages: list[str],
    speech_engine: FakeEngine,
) -> Iterator[object]:
    """Build the real window + controller for a database URL, as `circle-app` does."""
    controllers: list[AppController] = []

    def speaker(parent: QObject) -> QtSpeaker:
        def factory(callbacks: SpeechCallbacks) -> Pyttsx3Speaker:
            return Pyttsx3Speaker(callbacks, engine_factory=lambda: speech_engine, render=False)

        return QtSpeaker(factory, parent)

    def build(
        database_url: str, start: str | None = None, *, read_ahead: bool = False
    ) -> AppController:
        """`read_ahead`: as app.py starts: home read ahead (controller.read_home_first),
        the store not opened yet (finish_start is the test's to call)."""
        from circle_app.app import build_controller
        from circle_app.ui.support import theme

        window = MainWindow(settings)
        qtbot.addWidget(window)
        controller = build_controller(
            window, settings, database_url, start, speaker_factory=speaker
        )  # as circle-app builds it: a refused database goes to the fatal dialog
        controller.apply_theme(theme.LIGHT)
        window.show()
        controllers.append(controller)
        if read_ahead:
            assert controller.read_home_first(), "a private SQLite file at head is read ahead"
        else:
            controller.finish_start()
        return controller

    yield build
    for controller in controllers:
        controller.shutdown()


@pytest.fixture
def start(make_app: Callable[..., AppController], database_url: str) -> Callable[..., CircleScreen]:
    """Start a circle on the real window and database; the circle screen it shows."""

    def begin(setup: CircleSetup) -> CircleScreen:
        controller = make_app(database_url)
        controller.start_circle(setup)
        screen = controller.circle_screen
        assert screen is not None
        assert controller.window.stack.currentWidget() is screen
        return screen

    return begin
