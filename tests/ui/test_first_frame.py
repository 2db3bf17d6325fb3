"""The board shows its first frame before the heavy modules load (issue 9: start-up)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parents[2]
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "qtawesome", "pyttsx3", "PySide6.QtCharts")


def test_what_the_first_frame_needs_imports_none_of_the_heavy_modules() -> None:
    code = (
        "import sys\n"
        "import circle_app.cli, circle_app.app\n"
        "from circle_app.ui.shell import main_window\n"
        "from circle_app.ui.support import frame_report, settings, theme, translations\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"


def test_the_app_reports_its_first_frame_and_then_opens_the_database(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CIRCLE_APP_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "CIRCLE_APP_REPORT_FIRST_FRAME": "circle",  # waits for the demo circle on screen
    }
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "circle_app", "demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    [line] = [ln for ln in result.stdout.splitlines() if ln.startswith("first-frame ")]
    _, stamp, _, rss = line.split()
    assert started < float(stamp) < time.time()
    assert int(rss) > 0
    assert (tmp_path / "data" / "circle-app.sqlite3").exists()  # opened after the frame
