"""Two-screen scenarios, each in a process of its own (the suite's QApplication has one
screen): `python -m tests.ui.presenter.two_screens SCENARIO`, with QT_QPA_PLATFORM naming
an offscreen config of two screens (offscreen_screens.py). It builds the real app on the
data folder its environment names, runs the scenario and prints what it saw as JSON; the
tests in test_two_screens.py assert on it."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from circle_app.domain.circle_events import TurnTaken
from circle_app.domain.enums import Outcome
from circle_app.speech import Pyttsx3Speaker, SpeechCallbacks
from circle_app.ui.shell.board_window import BoardWindow
from circle_app.ui.shell.controller import AppController
from circle_app.ui.support.qt_speaker import QtSpeaker
from circle_app.ui.support.screen_setup import ONE_WINDOW
from circle_app.ui.support.settings import LANGUAGE, Settings
from circle_app.ui.widgets.presenting import presentable
from tests.ui.presenter.offscreen_screens import BOARD, LAPTOP, set_screens
from tests.ui.presenter.screens import KEEPER_ONLY, RecordingScreen
from tests.unit.speech.fakes import FakeEngine

KEYS = {
    "PageDown": Qt.Key.Key_PageDown,
    "PageUp": Qt.Key.Key_PageUp,
    "Right": Qt.Key.Key_Right,
    "Left": Qt.Key.Key_Left,
    "Space": Qt.Key.Key_Space,
    "P": Qt.Key.Key_P,
    "N": Qt.Key.Key_N,
    "R": Qt.Key.Key_R,
    "O": Qt.Key.Key_O,
    "H": Qt.Key.Key_H,
    "L": Qt.Key.Key_L,
    "A": Qt.Key.Key_A,
}


def wait_for(condition: Callable[[], object], ms: int = 5000) -> None:
    """Run the event loop until `condition` holds (a scenario has no qtbot)."""
    deadline = time.monotonic() + ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the condition did not come true")
        QTest.qWait(10)


def build(app: QApplication, choice: str | None = None) -> AppController:
    from circle_app.app import build_controller
    from circle_app.ui.shell.main_window import MainWindow
    from circle_app.ui.support.translations import install_translators

    settings = Settings(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "t", "t"))
    settings.set(LANGUAGE, "en")
    if choice is not None:
        settings.set_board_screen("Laptop\nSmartboard", choice)
    install_translators(app, settings)

    def speaker(parent: QObject) -> QtSpeaker:
        def factory(callbacks: SpeechCallbacks) -> Pyttsx3Speaker:
            return Pyttsx3Speaker(callbacks, engine_factory=FakeEngine, render=False)

        return QtSpeaker(factory, parent)

    window = MainWindow(settings)
    controller = build_controller(window, settings, None, None, speaker_factory=speaker)
    window.show()
    controller.finish_start()
    wait_for(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    return controller


def screen_name(widget: QWidget | None) -> str | None:
    screen = widget.screen() if widget is not None else None
    return screen.name() if screen is not None else None


def board_state(controller: AppController) -> dict[str, Any]:
    board = controller.window.presenter.board_window
    if board is None:
        return {"open": False}
    shown = board.shown_widget
    buttons = board.findChildren(QAbstractButton)
    return {
        "open": True,
        "screen": screen_name(board),
        "full_screen": board.isFullScreen(),
        "fills_screen": board.screen() is not None
        and board.geometry() == board.screen().geometry(),
        "dpr": board.devicePixelRatioF(),
        "grab_dpr": board.grab().devicePixelRatio(),
        "calm": shown is None and board.calm.isVisible(),
        "texts": sorted(
            label.text()
            for label in board.findChildren(QLabel)
            if label.text() and label.isVisibleTo(board)
        ),
        "screen_dpr": board.screen().devicePixelRatio() if board.screen() else None,
        # every button on the board belongs to the class's view (touch Next/Pass)
        "stray_buttons": sum(
            1
            for button in buttons
            if shown is None or not (shown is button or shown.isAncestorOf(button))
        ),
    }


def keeper_state(controller: AppController) -> dict[str, Any]:
    window = controller.window
    return {
        "screen": screen_name(window),
        "dpr": window.devicePixelRatioF(),
        "focus_is_keeper": QGuiApplication.focusWindow() is window.windowHandle(),
    }


def circle_record(controller: AppController) -> dict[str, Any]:
    screen = controller.circle_screen
    assert screen is not None
    assert controller.services is not None
    events = controller.services.circles.load(screen.circle_id).events
    last = events[-1] if events else None
    return {
        "circle_id": screen.circle_id,
        "screen_object": id(screen),
        "events": [repr(event) for event in events],
        "last_is_pass": isinstance(last, TurnTaken) and last.outcome is Outcome.PASSED,
    }


def press_on_board(controller: AppController, key: Qt.Key) -> None:
    board = controller.window.presenter.board_window
    assert isinstance(board, BoardWindow)
    handle = board.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, key)


def board_up(controller: AppController) -> Callable[[], bool]:
    def check() -> bool:
        board = controller.window.presenter.board_window
        handle = board.windowHandle() if board is not None else None
        return (
            handle is not None and handle.isExposed() and board is not None and board.isFullScreen()
        )

    return check


def presenter(app: QApplication) -> dict[str, Any]:
    """Start with two screens, show a test screen, then a demo circle; pull the board's
    cable mid-circle and plug it in again."""
    controller = build(app)
    out: dict[str, Any] = {"screens": [s.name() for s in QGuiApplication.screens()]}
    wait_for(board_up(controller))
    out["start"] = {"board": board_state(controller), "keeper": keeper_state(controller)}

    screen = RecordingScreen()
    controller.navigator.show(screen)
    out["test_screen"] = board_state(controller)
    out["keeper_only_text"] = KEEPER_ONLY
    for key in KEYS.values():
        press_on_board(controller, key)
    out["keys_recorded"] = [name for name, key in KEYS.items() if key in screen.keys]
    set_screens([LAPTOP])
    wait_for(lambda: controller.window.presenter.board_window is None)
    out["test_screen_unplugged"] = {
        "board_widget_in_keeper": controller.window.isAncestorOf(screen.board_widget()),
        "presenting_calls": screen.presenting_calls,
        "keeper": keeper_state(controller),
    }
    set_screens([LAPTOP, BOARD])
    wait_for(board_up(controller))
    out["test_screen_plugged"] = board_state(controller)

    controller.start_demo()
    circle = controller.circle_screen
    assert circle is not None
    out["circle"] = board_state(controller)
    board = controller.window.presenter.board_window
    keeper_controls = (circle.controls.back_button, circle.controls.more_button)
    out["keeper_controls_on_board"] = board is not None and any(
        board.isAncestorOf(button) for button in keeper_controls
    )
    out["circle_presentable"] = presentable(circle) is not None
    out["ring_on_board"] = board is not None and board.isAncestorOf(circle.board_widget())
    keeper_view = circle.keeper_view
    out["keeper_ring_shown"] = keeper_view is not None and keeper_view.isVisible()
    press_on_board(controller, Qt.Key.Key_Space)  # the first holder spoke
    press_on_board(controller, Qt.Key.Key_P)  # the next one passes, from the board window
    before = circle_record(controller)
    out["before_unplug"] = before
    set_screens([LAPTOP])
    wait_for(lambda: controller.window.presenter.board_window is None)
    after = circle_record(controller)
    out["after_unplug"] = after
    out["after_unplug_keeper"] = keeper_state(controller)
    out["circle_widget_in_keeper"] = (
        controller.window.isAncestorOf(circle.board_widget())  # type: ignore[attr-defined]
        if presentable(circle)
        else None
    )
    set_screens([LAPTOP, BOARD])
    wait_for(board_up(controller))
    out["plugged_again"] = board_state(controller)
    out["circle_after_plug"] = circle_record(controller)
    controller.window.close()
    controller.shutdown()
    return out


def one_window(app: QApplication) -> dict[str, Any]:
    """The settings chose one window for this set-up; then the board screen."""
    controller = build(app, ONE_WINDOW)
    out: dict[str, Any] = {"start": board_state(controller)}
    controller.settings.set_board_screen(controller.window.presenter.setup(), "Smartboard")
    controller.window.presenter.refresh()
    wait_for(board_up(controller))
    out["chosen"] = board_state(controller)
    controller.window.close()
    controller.shutdown()
    return out


def keeper_screen_chosen(app: QApplication) -> dict[str, Any]:
    """The settings chose the keeper's own screen as the board: the keeper's window moves."""
    controller = build(app, "Laptop")
    wait_for(board_up(controller))
    out = {"board": board_state(controller), "keeper": keeper_state(controller)}
    controller.window.close()
    controller.shutdown()
    return out


def settings_dialog(app: QApplication) -> dict[str, Any]:
    """The settings dialog lists the screens as the OS names them, and One window."""
    controller = build(app)
    wait_for(board_up(controller))
    controller.show_settings()
    dialog = controller.settings_dialog
    assert dialog is not None
    combo = dialog.board_screen
    out: dict[str, Any] = {
        "items": [combo.itemText(i) for i in range(combo.count())],
        "enabled": combo.isEnabled(),
        "current": combo.currentText(),
    }
    combo.setCurrentIndex(combo.findData(ONE_WINDOW))
    wait_for(lambda: controller.window.presenter.board_window is None)
    out["one_window"] = board_state(controller)
    out["saved"] = controller.settings.board_screen(controller.window.presenter.setup())
    combo.setCurrentIndex(combo.findData("Smartboard"))
    wait_for(board_up(controller))
    out["smartboard"] = board_state(controller)
    dialog.close()
    controller.window.close()
    controller.shutdown()
    return out


SCENARIOS: dict[str, Callable[[QApplication], dict[str, Any]]] = {
    "presenter": presenter,
    "one-window": one_window,
    "keeper-screen-chosen": keeper_screen_chosen,
    "settings-dialog": settings_dialog,
}


def main() -> None:
    app = QApplication(sys.argv[:1])
    from circle_app.ui.support.theme import apply_board_look

    apply_board_look(app)
    result = SCENARIOS[sys.argv[1]](app)
    print(json.dumps(result))  # noqa: T201 - the test reads it


if __name__ == "__main__":
    main()
