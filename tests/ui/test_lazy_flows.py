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
from tests.ui.started_app import report_of_a_start

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
