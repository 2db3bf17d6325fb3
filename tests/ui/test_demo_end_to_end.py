"""`circle-app demo` in a real X server: key presses are on disk at once and survive kill -9."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _wait(condition, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def xserver() -> Iterator[str]:
    """A private Xvfb display (CI installs xvfb and xdotool)."""
    assert shutil.which("Xvfb"), "Xvfb is needed: apt-get install xvfb"
    assert shutil.which("xdotool"), "xdotool is needed: apt-get install xdotool"
    for number in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            break
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _wait(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10, "Xvfb")
    yield display
    server.terminate()
    server.wait(10)


def _turns(database: Path) -> int:
    if not database.exists():
        return 0
    with sqlite3.connect(database) as connection:
        try:
            return int(connection.execute("SELECT count(*) FROM turn").fetchone()[0])
        except sqlite3.OperationalError:
            return 0


@pytest.mark.slow
def test_demo_seven_presses_are_seven_turns_that_survive_kill_9(
    xserver: str, tmp_path: Path
) -> None:
    env = dict(os.environ)
    env.update(
        DISPLAY=xserver,
        QT_QPA_PLATFORM="xcb",
        CIRCLE_APP_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    database = tmp_path / "data" / "circle-app.sqlite3"
    app = subprocess.Popen(
        [sys.executable, "-m", "circle_app", "demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:

        def window_id() -> str:
            found = subprocess.run(
                ["xdotool", "search", "--name", "circle-app"],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            return found.stdout.split()[0] if found.stdout.split() else ""

        _wait(lambda: bool(window_id()), 30, "the demo window")
        wid = window_id()
        _wait(lambda: database.exists(), 15, "the database")
        time.sleep(1.0)  # the demo circle opens right after the first frame
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=env, check=False)
        keys = ["Next", "Next", "p", "Next", "Next", "p", "Next"]  # Next = PageDown
        for key in keys:
            subprocess.run(["xdotool", "key", key], env=env, check=True)
            time.sleep(0.15)
        _wait(lambda: _turns(database) == 7, 10, "seven recorded turns")
    finally:
        app.send_signal(signal.SIGKILL)
        _, stderr = app.communicate(timeout=10)
    assert b"Traceback" not in stderr

    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        outcomes = [row[0] for row in connection.execute("SELECT outcome FROM turn ORDER BY seq")]
    assert outcomes == ["spoke", "spoke", "passed", "spoke", "spoke", "passed", "spoke"]

    again = subprocess.Popen(
        [sys.executable, "-m", "circle_app"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        time.sleep(4)
        assert again.poll() is None, "the app must start again after kill -9"
    finally:
        again.terminate()
        _, stderr = again.communicate(timeout=10)
    assert b"Traceback" not in stderr
    assert _turns(database) == 7
