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
    result = subprocess.run(
        [sys.executable, "-c", start + report + "\ncontroller.shutdown()\n", database_url, *args],
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
    found: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return found
