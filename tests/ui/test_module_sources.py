"""Issue 20, memory: an open app keeps no copy of its modules' source text."""

from __future__ import annotations

from pathlib import Path

from tests.ui.started_app import report_of_a_start

REPORT = """
import linecache
controller.prepare_flows()  # every screen's module imported, as after home's ready frame
kept = sorted(
    name for name, entry in linecache.cache.items()
    if len(entry) == 4 and entry[1] is not None  # read from a file (and so read again at need)
)
print(json.dumps({"kept": kept}))
"""


def test_issue_20_a_started_app_keeps_no_source_lines_of_the_modules_it_imported(
    database_url: str, tmp_path: Path
) -> None:
    """issue 20, memory finding 1: PySide6 reads the source of every module imported after
    it (looking for its own name in it) through linecache, which keeps every line: 22 MB of
    the 141 MB peak with a circle open. The app keeps none; a traceback reads its lines
    again when it needs them."""
    report = report_of_a_start(REPORT, database_url, tmp_path)
    assert report["kept"] == []
