"""Issue 20, ready: the database and home do not wait for the workflows' screens; they are
built right after home's ready frame (or at the first press), and every action on home
opens the same screen as before."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from circle_app.ui.shell.controller import AppController
from tests.ui.started_app import report_of_a_start, watch_a_start
from tests.unit.store.home_data import fill_home

SCREEN_MODULES = (  # the screens, and what only they need (dates and numbers on screen)
    "circle_app.ui.support.labels",
    "circle_app.ui.circle.circle_screen",
    "circle_app.ui.conference.overview_screen",
    "circle_app.ui.flows.conflict",
    "circle_app.ui.flows.staff",
    "circle_app.ui.settings.settings_dialog",
)

REPORT = """
modules = json.loads(sys.argv[2])
ready = sorted(m for m in modules if m in sys.modules)
home = type(controller.navigator.current).__name__
controller.prepare_flows()
print(json.dumps({
    "at_ready": ready,
    "home": home,
    "after": sorted(m for m in modules if m in sys.modules),
}))
"""


def test_issue_20_home_is_ready_before_the_screens_are_built_and_they_follow(
    database_url: str, tmp_path: Path
) -> None:
    """issue 20, ready: at home's ready frame (database open, home shown) no workflow's
    screen module is imported yet; prepare_flows (run after that frame) imports them all."""
    report = report_of_a_start(REPORT, database_url, tmp_path, json.dumps(SCREEN_MODULES))
    assert report["home"] == "HomeScreen"
    assert report["at_ready"] == []
    assert report["after"] == sorted(SCREEN_MODULES)


TILES = {
    "start_button": "CircleSetupScreen",
    "prompt_button": "QuickPromptScreen",
    "demo_button": "CircleScreen",
    "conversation_button": "ConversationSetupScreen",
    "conferences_button": "ConferenceOverviewScreen",
    "roster_button": "RosterScreen",
    "banks_button": "BankBrowserScreen",
    "dashboard_button": "DashboardScreen",
}


@pytest.mark.parametrize("prepared", [False, True], ids=["first-press", "prepared"])
def test_issue_20_every_home_tile_opens_its_screen_whether_or_not_the_flows_are_built(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot, prepared: bool
) -> None:
    """issue 20, ready: each of home's actions shows what it showed before the flows were
    built lazily, pressed before prepare_flows ran or after."""
    controller = make_app(database_url)
    if prepared:
        controller.prepare_flows()
    home = controller.window.home
    for button, screen in TILES.items():
        qtbot.mouseClick(getattr(home, button), Qt.MouseButton.LeftButton)
        assert type(controller.navigator.current).__name__ == screen, button
        controller.go_home()
        assert controller.navigator.current is home
    qtbot.mouseClick(home.keyring_button, Qt.MouseButton.LeftButton)
    assert controller.window.keyring.isVisible()
    assert controller.window.keyring.questions  # the six questions, from the banks


READ_AHEAD_START = """
import json, sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
from circle_app.app import build_controller, build_window
window, settings = build_window(app)
window.show()
app.processEvents()
controller = build_controller(window, settings, sys.argv[1], None)
read_ahead = controller.read_home_first()
app.processEvents()

def seen():
    home = controller.window.home
    return {
        "screen": type(controller.navigator.current).__name__,
        "tiles": [tile.text() for tile in home.recent_group_buttons],
        "texts": sorted(
            label.text() for label in home.findChildren(QLabel) if label.isVisible()
        ),
        "resume": home.resume_button.isVisible(),
    }

ahead = seen()
loaded_ahead = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
controller.finish_start()
controller.go_home()  # what home showed when it read through the store
app.processEvents()
"""

SEEN = """
print(json.dumps({
    "read_ahead": read_ahead,
    "ahead": ahead,
    "loaded_ahead": loaded_ahead,
    "store": seen(),
    "opened": controller.services is not None,
}))
"""


@pytest.mark.parametrize("interrupted", ["circle", "conversation"])
def test_issue_20_ready_home_shows_its_data_before_sqlalchemy_is_imported(
    tmp_path: Path, interrupted: str
) -> None:
    """issue 20, ready: a normal start shows the recent groups and the offer to continue
    the interrupted circle or conversation before SQLAlchemy (or Alembic) is imported,
    exactly as home shows them once the store is open."""
    url = f"sqlite:///{tmp_path / 'circle-app.sqlite3'}"
    fill_home(url, circle=interrupted == "circle", conversation=interrupted == "conversation")
    report = report_of_a_start(SEEN, url, tmp_path, start=READ_AHEAD_START)
    assert report["read_ahead"]
    assert report["loaded_ahead"] == []
    ahead = report["ahead"]
    assert ahead["screen"] == "HomeScreen"
    assert ahead["tiles"] == ["5.A", "6.B"]
    assert ahead["resume"]
    offer = "Continue the circle with 5.A" if interrupted == "circle" else "Continue the restor"
    assert any(text.startswith(offer) for text in ahead["texts"]), ahead["texts"]
    assert report["opened"]
    assert report["store"] == ahead


@pytest.fixture
def read_ahead_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'school' / 'circle-app.sqlite3'}"
    fill_home(url, circle=True)
    return url


@pytest.mark.parametrize("prepared", [False, True], ids=["first-press", "prepared"])
def test_issue_20_after_a_read_ahead_every_home_tile_opens_its_screen(
    make_app: Callable[..., AppController], read_ahead_url: str, qtbot: QtBot, prepared: bool
) -> None:
    """issue 20, ready: home read ahead, then each action opens what it opened before,
    pressed before the store was opened (the press waits for it) or after finish_start and
    prepare_flows (what app.py runs after home's ready frame)."""
    controller = make_app(read_ahead_url, read_ahead=True)
    assert controller.services is None
    if prepared:
        controller.finish_start()
        controller.prepare_flows()
        assert controller.navigator.current is controller.window.home
    home = controller.window.home
    for button, screen in TILES.items():
        qtbot.mouseClick(getattr(home, button), Qt.MouseButton.LeftButton)
        assert type(controller.navigator.current).__name__ == screen, button
        controller.finish_start()  # app.py's idle open, after a press: it stays put
        assert type(controller.navigator.current).__name__ == screen, button
        controller.go_home()
    qtbot.mouseClick(home.recent_group_buttons[0], Qt.MouseButton.LeftButton)
    assert type(controller.navigator.current).__name__ == "CircleSetupScreen"
    controller.go_home()
    qtbot.mouseClick(home.keyring_button, Qt.MouseButton.LeftButton)
    assert controller.window.keyring.isVisible()
    assert controller.window.keyring.questions


def test_issue_20_continue_pressed_before_the_store_is_open_resumes_the_circle(
    make_app: Callable[..., AppController], read_ahead_url: str, qtbot: QtBot
) -> None:
    """issue 20, ready: the resume offer read ahead works at once: Continue opens the
    interrupted circle where it stopped."""
    controller = make_app(read_ahead_url, read_ahead=True)
    home = controller.window.home
    assert home.resume_button.isVisible()
    qtbot.mouseClick(home.resume_button, Qt.MouseButton.LeftButton)
    screen = controller.circle_screen
    assert screen is not None
    assert screen.circle.round is not None
    assert len(screen.circle.events) == 3  # the round, one turn spoken, one passed


def test_issue_20_the_app_reads_home_ahead_then_opens_the_store_and_the_flows(
    tmp_path: Path,
) -> None:
    """issue 20, ready: `circle-app` (app.py's wire) shows home's data with SQLAlchemy not
    imported, then, in idle time after that frame, opens the store and builds the flows,
    home staying on screen with the same tiles."""
    url = f"sqlite:///{tmp_path / 'circle-app.sqlite3'}"
    fill_home(url, circle=True)
    seen = watch_a_start(
        url,
        tmp_path,
        sqlalchemy='"sqlalchemy" in sys.modules',
        flows='"circle_app.ui.flows.circle" in sys.modules',
        tiles="[tile.text() for tile in window.home.recent_group_buttons]",
    )
    first, last = seen[0], seen[-1]
    assert first == {
        "read_ahead": True,
        "sqlalchemy": False,
        "store": False,
        "flows": False,
        "screen": "HomeScreen",
        "tiles": ["5.A", "6.B"],
    }
    assert last == {**first, "sqlalchemy": True, "store": True, "flows": True}


def test_issue_20_settings_opened_before_the_store_offers_the_voice_test(
    make_app: Callable[..., AppController], read_ahead_url: str, qtbot: QtBot
) -> None:
    """issue 20, ready: settings pressed right after a read-ahead start waits for the
    speech engine like every other tile, so "Test the voice" is offered as on any start."""
    controller = make_app(read_ahead_url, read_ahead=True)
    qtbot.mouseClick(controller.window.home.settings_button, Qt.MouseButton.LeftButton)
    dialog = controller.settings_dialog
    assert dialog is not None
    assert dialog.test_voice.isEnabled()
    dialog.reject()
