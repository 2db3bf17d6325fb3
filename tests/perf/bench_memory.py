"""Where the memory of an open circle goes (issue 20): resident memory before and after each
step the app takes, in the order it takes them, in one fresh process.

Each row: the step, the resident set it added (`Rss` of /proc/self/smaps_rollup), the peak
resident set so far (`ru_maxrss`, what `rss_ratio` compares: above the resident set when a
step needed more for a moment than it kept), and the Python heap it added (tracemalloc, in
a second process: tracing itself costs memory, so the resident figures come from a process
that does not trace). Qt runs offscreen. The database and the banks' snapshot exist
already (made by an earlier process): a normal start, at head. What the app loads only
later (the first Read aloud, Alembic for an upgrade, the bank files' checks) comes last.

    uv run python tests/perf/bench_memory.py
"""

from __future__ import annotations

import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _rss_kb() -> int:
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Rss:"):
            return int(line.split()[1])
    return -1


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run() -> dict[str, Any]:
    """Both processes; the rows joined."""
    resident, traced = _child(trace=False), _child(trace=True)
    for row, heap in zip(resident["steps"], traced["steps"], strict=True):
        row["python_heap_mb"] = heap["python_heap_mb"]
    return resident


def _child(*, trace: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "CIRCLE_APP_DATA_DIR": str(Path(folder) / "data")}
        # an earlier day's start: the database at head and the banks' snapshot written
        made = "from circle_app.services import Services; Services.open(None).close()"
        subprocess.run([sys.executable, "-c", made], env=env, check=True, timeout=600)
        result = subprocess.run(
            [sys.executable, __file__, "--trace" if trace else "--resident"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def _steps(*, trace: bool) -> dict[str, Any]:
    if trace:
        tracemalloc.start()
    rows: list[dict[str, Any]] = []
    state: dict[str, Any] = {}

    def step(name: str, action: Callable[[], object]) -> None:
        rss, (heap, _peak) = _rss_kb(), tracemalloc.get_traced_memory()
        action()
        row = {"step": name, "rss_mb": round((_rss_kb() - rss) / 1024, 1), "peak_mb": _peak_mb()}
        if trace:
            row["python_heap_mb"] = round((tracemalloc.get_traced_memory()[0] - heap) / 2**20, 1)
        rows.append(row)

    def imported(module: str) -> Callable[[], object]:
        return lambda: importlib.import_module(module)

    def application() -> None:
        from PySide6.QtWidgets import QApplication

        state["app"] = QApplication.instance() or QApplication(sys.argv)

    def window() -> None:
        from circle_app.app import build_window

        state["window"], state["settings"] = build_window(state["app"])
        state["window"].show()
        state["app"].processEvents()

    def services() -> None:
        from circle_app.services import Services

        state["services"] = Services.open(None)

    def icons() -> None:
        from PySide6.QtGui import QColor

        state["window"].home.refresh_icons(QColor("#000000"), QColor("#ffffff"))

    def circle() -> None:
        from circle_app.app import build_controller

        controller = build_controller(state["window"], state["settings"], None, "demo")
        controller.finish_start()
        for _ in range(5):
            state["app"].processEvents()
        state["controller"] = controller

    def read_aloud() -> None:
        engine = state["controller"].speaker.start()
        getattr(engine, "wait_until_ready", lambda _timeout: None)(60)  # voices listed
        state["app"].processEvents()

    start = _rss_kb()
    step("PySide6.QtWidgets", imported("PySide6.QtWidgets"))
    step("QApplication", application)
    step("the window and home screen (first frame)", window)
    step("sqlalchemy", imported("sqlalchemy"))
    step("sqlalchemy.orm (sessions, declarative)", imported("sqlalchemy.orm"))
    step("circle_app.store (models, repositories)", imported("circle_app.store.circles"))
    step("open the database, load the banks", services)
    step("PySide6.QtSvg (the icons)", imported("PySide6.QtSvg"))
    step("the home screen's icons", icons)
    step("the shell, the screens, a demo circle on screen", circle)
    step("the first Read aloud: pyttsx3, the engine, its voices", read_aloud)
    step("alembic (only to upgrade)", imported("alembic.command"))
    # pydantic: only when bank files are read anew (no snapshot yet, or a bank changed)
    step("the bank files' checks (pydantic)", imported("circle_app.banks.validator"))
    return {
        "start_rss_mb": round(start / 1024, 1),
        "end_rss_mb": round(_rss_kb() / 1024, 1),
        "peak_rss_mb": _peak_mb(),
        "steps": rows,
    }


if __name__ == "__main__":
    if len(sys.argv) > 1:
        print(json.dumps(_steps(trace=sys.argv[1] == "--trace")))  # noqa: T201
    else:
        print(json.dumps(run(), indent=2))  # noqa: T201
