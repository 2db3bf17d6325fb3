"""The app started as `app.py` starts it (window shown, database open, home on screen), in a
process of its own, for tests that look at what a start has loaded (issue 20)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parents[2]

START = """
import json, sys, threading
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from circle_app.app import build_controller, build_window
window, settings = build_window(app)
window.show()
app.processEvents()
controller = build_controller(window, settings, sys.argv[1], None)
controller.finish_start()
app.processEvents()
"""


def report_of_a_start(
    report: str, database_url: str, tmp_path: Path, *args: str, start: str = START
) -> dict[str, Any]:
    """Start the app on `database_url` (`start`: the start script), then run `report`
    (Python that prints one JSON object as its last line, with `controller` and
    `sys.argv[2:]` = `args` at hand)."""
    script = start + report + "\ncontroller.shutdown()\n"
    found: dict[str, Any] = _last_json(script, tmp_path, database_url, *args)
    return found


WATCHED_RUN = """
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
    controller, window = controllers[0], windows[0]
    at_hand = {"sys": sys, "controller": controller, "window": window}
    now = {
        "read_ahead": controller.read_ahead,
        "store": controller.services is not None,
        "screen": type(controller.navigator.current).__name__,
        **{name: eval(code, at_hand) for name, code in json.loads(sys.argv[2]).items()},
    }
    if not seen or seen[-1] != now:
        seen.append(now)
    if now["store"] and "circle_app.ui.flows.circle" in sys.modules:
        app.exit(0)

timer = QTimer()
timer.timeout.connect(look)
timer.start(0)
QTimer.singleShot(90_000, lambda: app.exit(3))
code = run_gui(sys.argv[1] or None)
print(json.dumps({"code": code, "seen": seen}))
"""


def watch_a_start(database_url: str, tmp_path: Path, **watched: str) -> list[dict[str, Any]]:
    """`circle-app` itself (app.run_gui) on `database_url` ("" for the data folder), watched
    at every turn of its event loop until the store is open and the flows are built: the
    states it went through, each with `read_ahead`, `store`, `screen` and the `watched`
    Python expressions (with `sys`, `controller` and `window` at hand)."""
    report = _last_json(WATCHED_RUN, tmp_path, database_url, json.dumps(watched))
    assert report["code"] == 0, report
    seen: list[dict[str, Any]] = report["seen"]
    return seen


def _last_json(script: str, tmp_path: Path, *args: str) -> Any:
    """Run `script` in a Python of its own, offscreen, with its settings under `tmp_path`;
    the JSON of its last line."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
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
    return json.loads(result.stdout.splitlines()[-1])
