"""Issue 20, first start: on a fresh machine (no database file yet) the database is made at
head, home is shown and ready, and only then are the banks parsed and the store opened, in
the order of any later start (app.py's wire, controller.read_home_first)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from circle_app.paths import default_database_path
from circle_app.store.start_read import read_home

ROOT = Path(__file__).parents[2]

RUN_GUI = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from circle_app.app import run_gui
from circle_app.ui.shell.controller import AppController
from circle_app.ui.shell.main_window import MainWindow
seen = []

def look():  # every turn of the event loop: what the running app has and shows
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    controllers = windows[0].findChildren(AppController) if windows else []
    if not controllers:
        return
    controller = controllers[0]
    now = {
        "read_ahead": controller.read_ahead,
        "banks_parsed": "circle_app.banks.loader" in sys.modules,
        "alembic": "alembic" in sys.modules,
        "store": controller.services is not None,
        "screen": type(controller.navigator.current).__name__,
        "visible": windows[0].home.isVisible(),
    }
    if not seen or seen[-1] != now:
        seen.append(now)
    if now["store"] and "circle_app.ui.flows.circle" in sys.modules:
        app.exit(0)

timer = QTimer()
timer.timeout.connect(look)
timer.start(0)
QTimer.singleShot(90_000, lambda: app.exit(3))
code = run_gui(sys.argv[1])
print(json.dumps({"code": code, "seen": seen}))
"""


@pytest.mark.parametrize("named", [True, False], ids=["url", "data-folder"])
def test_issue_20_a_first_start_is_ready_on_home_before_the_banks_are_parsed(
    tmp_path: Path, named: bool
) -> None:
    """issue 20, first start: the new database is made (without Alembic here; in the data
    folder by a process of its own while the first frame is built) and home shown with the
    store not yet opened and no bank parsed; then the banks and the store follow, home
    staying on screen; the file is 0600 and at head for the next start's read-ahead."""
    path = tmp_path / "data" / "circle-app.sqlite3" if named else default_database_path()
    url = f"sqlite:///{path}"
    assert not path.exists()
    result = subprocess.run(
        [sys.executable, "-c", RUN_GUI, url if named else ""],
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["code"] == 0
    first, last = report["seen"][0], report["seen"][-1]
    assert first == {
        "read_ahead": True,
        "banks_parsed": False,
        "alembic": False,
        "store": False,
        "screen": "HomeScreen",
        "visible": True,
    }
    assert last == {**first, "banks_parsed": True, "store": True}
    assert path.stat().st_mode & 0o777 == 0o600
    assert read_home(url) is not None
