"""The memory a school day frees goes back to the system (issue 20, the soak)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from circle_app.heap import glibc

SCREEN_BUFFER = 1920 * 1080 * 4  # what a board-sized pixmap holds
MB = 1024 * 1024
ROOT = Path(__file__).parents[2]

pytestmark = pytest.mark.skipif(not glibc(), reason="glibc's malloc is the one that keeps them")


# In a process of its own: in the test process, a board-sized hole left in the heap by an
# earlier test (the ring's pictures) would be reused, resident already, and prove nothing.
FREED_BUFFER = f"""
import json
from pathlib import Path
from circle_app.heap import give_back_freed_buffers

def resident():
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Rss:"):
            return int(line.split()[1]) * 1024

larger = bytearray(2 * {SCREEN_BUFFER})  # the first freed one raises glibc's threshold
del larger
fixed = give_back_freed_buffers()
before = resident()
buffer = bytearray({SCREEN_BUFFER})  # filled with zeros: every page touched
held = resident()
del buffer
print(json.dumps([fixed, before, held, resident()]))
"""


def test_a_freed_board_sized_buffer_goes_back_to_the_system() -> None:
    """issue 20, soak finding 1: glibc raised its threshold after the first screen-sized
    buffer was freed, and from then on kept every freed one resident (7 MB more after the
    third circle, 23 MB freed but resident after the first)."""
    result = subprocess.run(
        [sys.executable, "-c", FREED_BUFFER],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    fixed, before, held, after = json.loads(result.stdout.splitlines()[-1])
    assert fixed
    assert held - before > 7 * MB
    assert held - after > 7 * MB, "the freed buffer stayed resident"


def test_a_module_imported_later_keeps_no_lines_and_its_traceback_still_shows_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 20, memory finding 1: with PySide6's check replaced, a module imported later
    leaves no copy of its source in memory, a traceback through it still shows its line,
    and lines registered for generated code (no file to read again) are kept."""
    import linecache
    import traceback

    import PySide6.QtCore  # noqa: F401 - its import hook is the one that read every source

    from circle_app.heap import keep_no_module_sources

    generated = ["def made():\n", "    return 1\n"]
    linecache.cache["<generated seat label>"] = (24, None, generated, "<generated seat label>")
    source = tmp_path / "pupil_module_for_heap_test.py"
    source.write_text("# PySide6 named here\ndef fail():\n    raise ValueError('the line shown')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert keep_no_module_sources()
    import pupil_module_for_heap_test as module  # type: ignore[import-not-found]

    assert str(source) not in linecache.cache
    with pytest.raises(ValueError, match="the line shown") as raised:
        module.fail()
    shown = "".join(traceback.format_exception(raised.value))
    assert "raise ValueError('the line shown')" in shown
    assert linecache.getlines("<generated seat label>") == generated
