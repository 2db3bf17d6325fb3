"""The memory a school day frees goes back to the system (issue 20, the soak)."""

from __future__ import annotations

from pathlib import Path

import pytest

from circle_app.heap import give_back_freed_buffers, glibc

SCREEN_BUFFER = 1920 * 1080 * 4  # what a board-sized pixmap holds
MB = 1024 * 1024

pytestmark = pytest.mark.skipif(not glibc(), reason="glibc's malloc is the one that keeps them")


def _resident() -> int:
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Rss:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no Rss in smaps_rollup")


def test_a_freed_board_sized_buffer_goes_back_to_the_system() -> None:
    """issue 20, soak finding 1: glibc raised its threshold after the first screen-sized
    buffer was freed, and from then on kept every freed one resident (7 MB more after the
    third circle, 23 MB freed but resident after the first)."""
    larger = bytearray(2 * SCREEN_BUFFER)  # the first freed one raises glibc's threshold
    del larger
    assert give_back_freed_buffers()
    before = _resident()
    buffer = bytearray(SCREEN_BUFFER)  # filled with zeros: every page touched
    held = _resident()
    del buffer
    after = _resident()
    assert held - before > 7 * MB
    assert held - after > 7 * MB, "the freed buffer stayed resident"
