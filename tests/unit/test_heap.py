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
