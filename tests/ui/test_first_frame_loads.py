"""Issue 20, start-up: what the first frame loads. `circle-app` is started as the class
starts it (no arguments) up to the main window's first painted frame, and the modules
loaded by then are listed: the first frame pays only for what it shows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]

# frame_report writes "first-frame ..." to stdout at the first frame: the modules loaded
# then are written right after it, whether PySide6 has built its `Qt` namespace (its
# module dict holds `Qt` once any of its enums has been used), and whether Python's cycle
# collector is on.
AT_FIRST_FRAME = """
import json, sys
class Out:
    def __init__(self, out):
        self.out = out
    def write(self, text):
        self.out.write(text)
        if text.startswith("first-frame "):
            self.out.write(json.dumps(sorted(sys.modules)) + "\\n")
            core = sys.modules["PySide6.QtCore"].__dict__
            self.out.write(json.dumps("Qt" in core) + "\\n")
            import gc
            self.out.write(json.dumps(gc.isenabled()) + "\\n")
    def flush(self):
        self.out.flush()
sys.stdout = Out(sys.stdout)
from circle_app.cli import main
sys.exit(main([]))
"""


def _lines_at(mode: str, data: Path) -> list[str]:
    """What AT_FIRST_FRAME writes at the frame CIRCLE_APP_REPORT_FIRST_FRAME=`mode` reports."""
    result = subprocess.run(
        [sys.executable, "-c", AT_FIRST_FRAME],
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "CIRCLE_APP_DATA_DIR": str(data / "data"),
            "XDG_CONFIG_HOME": str(data / "config"),
            "CIRCLE_APP_REPORT_FIRST_FRAME": mode,
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("first-frame "))
    return lines[index + 1 : index + 4]


@pytest.fixture(scope="module")
def first_frame_lines(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return _lines_at("1", tmp_path_factory.mktemp("first-frame"))


@pytest.fixture(scope="module")
def at_first_frame(first_frame_lines: list[str]) -> list[str]:
    modules: list[str] = json.loads(first_frame_lines[0])
    return modules


def test_issue_20_a_start_without_arguments_loads_no_subcommand(at_first_frame: list[str]) -> None:
    """issue 20, startup: `circle-app` alone opens the window without building the command
    line's parser, so no subcommand's module (nor what only they need) is loaded."""
    assert [m for m in at_first_frame if m.startswith("circle_app.commands")] == []
    assert "csv" not in at_first_frame


def test_issue_20_the_first_frame_builds_no_overlay_it_does_not_show(
    at_first_frame: list[str],
) -> None:
    """issue 20, startup: the key-ring card, the blank screen and the board window are not
    on the first frame; their modules load when K, B or a second screen first needs them."""
    later = {
        "circle_app.ui.shell.keyring_card",
        "circle_app.ui.shell.blank_overlay",
        "circle_app.ui.shell.board_window",
    }
    assert sorted(later.intersection(at_first_frame)) == []


def test_issue_20_home_draws_its_icons_and_dates_after_the_first_frame(
    at_first_frame: list[str],
) -> None:
    """issue 20, startup: home's first frame has no icons (they follow at once) and no
    unfinished circle's date, so the icon module and datetime are not loaded for it."""
    assert sorted({"circle_app.ui.support.icons", "datetime"}.intersection(at_first_frame)) == []


def test_issue_20_the_board_style_and_accessible_names_follow_the_first_frame(
    at_first_frame: list[str],
) -> None:
    """issue 20, startup: home's first frame is painted on plain Fusion (the same picture,
    tests/ui/test_first_frame_look.py); the board's style, whose Python overrides every
    drawing calls, and the accessible names' event filter are installed right after it."""
    later = {"circle_app.ui.support.board_style", "circle_app.ui.support.accessible"}
    assert sorted(later.intersection(at_first_frame)) == []


def test_issue_20_the_first_frame_uses_no_qt_namespace_enum(first_frame_lines: list[str]) -> None:
    """issue 20, startup: the first use of any enum of PySide6's `Qt` namespace (an
    alignment, a key, a tool button's style) builds all of its enums as Python classes,
    about 45 ms, which the bare window never pays. The first frame uses none: home's
    alignments and tile style are in the style sheet, and keys are read once pressed."""
    assert json.loads(first_frame_lines[1]) is False


def test_issue_20_no_cycle_collection_runs_before_the_first_frame(
    first_frame_lines: list[str], tmp_path: Path
) -> None:
    """issue 20, startup: importing PySide6 and building home make many objects and no
    garbage cycles, and the collector would walk them all about 60 times (11 ms) before the
    first frame. It is paused for the start and on again right after that frame (home's
    ready frame has it on): memory freed later in the day is collected as ever."""
    assert json.loads(first_frame_lines[2]) is False
    ready = _lines_at("ready", tmp_path)
    assert json.loads(ready[2]) is True
