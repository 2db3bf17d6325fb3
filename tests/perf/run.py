"""One performance report: every benchmark of the project, and start-up/memory ratios
against a bare PySide6 window measured in the same run (so they hold on a noisy machine).

    uv run python tests/perf/run.py            # prints one JSON object
    CIRCLE_APP_PERF_RUNS=15 uv run python tests/perf/run.py

Start-up: process start to the main window's first painted frame (circle-app with
CIRCLE_APP_REPORT_FIRST_FRAME=1, see circle_app/ui/support/frame_report.py) divided by the same
for tests/perf/bare_window.py, medians of interleaved runs. Ready: to the first frame with the
database open and the home screen's icons (`ready`), against the same bare window. First
start: ready on an empty data folder (every table made) against ready on an existing one.
Memory: peak RSS of
`circle-app demo` once the circle is painted, divided by the bare window's. Each
benchmark runs in its own process. Qt runs offscreen; the app gets a throw-away data
folder (its database is created by a first, unmeasured start).

Bytecode: an installed app starts from compiled bytecode (pip compiles at install, and
Python caches what it compiles on a first start). A shell with PYTHONDONTWRITEBYTECODE=1
would make every start compile the app and SQLAlchemy from source (about 10x the bare
window's Python, which is mostly compiled Qt), so the children write their bytecode to a
cache in the run's folder (PYTHONPYCACHEPREFIX), filled by the unmeasured first starts.
CIRCLE_APP_PERF_BYTECODE=0 measures without it.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parents[2]
PERF = Path(__file__).parent
RUNS = int(os.environ.get("CIRCLE_APP_PERF_RUNS", "7"))
GOALS: dict[str, float] = {
    "startup_ratio": 1.25,
    "ready_ratio": 2.0,
    "rss_ratio": 2.0,
    "first_start_ratio": 2.0,
    "soak_rss_growth_mb": 10,
    "soak_frame_p99_change_pct": 10,
    "frame_p99_ms_1080p": 8,
    "frame_p99_ms_2160p": 16,
    "draw_p50_ms": 5,
    "speech_max_stall_ms": 30,
    "dashboard_ms": 300,
    "weekly_export_ms": 150,
    "roster_import_180k_s": 10,
}


BYTECODE = os.environ.get("CIRCLE_APP_PERF_BYTECODE", "1") != "0"
PYCACHE = Path(tempfile.gettempdir()) / f"circle-app-perf-pycache-{os.getuid()}"


def _env(data: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "CIRCLE_APP_DATA_DIR": str(data / "data"),
        "XDG_CONFIG_HOME": str(data / "config"),
        "XDG_DATA_HOME": str(data / "xdg"),
    }
    if BYTECODE:  # as installed: compiled once, then read (see the module's doc)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def _first_frame(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from spawning `command` to its first painted frame, and its peak RSS (kB)."""
    started = time.time()
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("first-frame ")), None)
    if line is None:
        raise RuntimeError(f"{command} printed no first frame: {result.stderr[-2000:]}")
    _, stamp, _, rss = line.split()
    return float(stamp) - started, int(rss)


def startup_and_memory(data: Path) -> dict[str, Any]:
    env = _env(data)
    app = [sys.executable, "-m", "circle_app"]
    bare = [sys.executable, str(PERF / "bare_window.py")]
    frame_env = {**env, "CIRCLE_APP_REPORT_FIRST_FRAME": "1"}
    ready_env = {**env, "CIRCLE_APP_REPORT_FIRST_FRAME": "ready"}
    circle_env = {**env, "CIRCLE_APP_REPORT_FIRST_FRAME": "circle"}
    _first_frame(app, ready_env)  # creates the database; warms the disk and bytecode caches
    _first_frame([*app, "demo"], circle_env)
    _first_frame(bare, env)
    app_times, ready_times, fresh_times, bare_times = [], [], [], []
    app_rss, bare_rss, circle_rss = [], [], []
    for run in range(RUNS):  # interleaved, so drift hits all alike
        app_times.append(_first_frame(app, frame_env)[0])
        ready_times.append(_first_frame(app, ready_env)[0])
        fresh = {**_env(data / f"fresh-{run}"), "CIRCLE_APP_REPORT_FIRST_FRAME": "ready"}
        fresh_times.append(_first_frame(app, fresh)[0])  # a new machine: every table made
        seconds, rss = _first_frame(bare, env)
        bare_times.append(seconds)
        bare_rss.append(rss)
    for _ in range(max(RUNS // 2, 2)):
        circle_rss.append(_first_frame([*app, "demo"], circle_env)[1])
        app_rss.append(_first_frame(bare, env)[1])
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    ready_s, fresh_s = statistics.median(ready_times), statistics.median(fresh_times)
    rss_app, rss_bare = statistics.median(circle_rss), statistics.median(bare_rss + app_rss)
    return {
        "startup_ratio": round(app_s / bare_s, 2),
        "ready_ratio": round(ready_s / bare_s, 2),
        "first_start_ratio": round(fresh_s / ready_s, 2),
        "rss_ratio": round(rss_app / rss_bare, 2),
        "startup_ms": {
            "app_first_frame": round(app_s * 1000),
            "app_ready": round(ready_s * 1000),
            "app_ready_first_start": round(fresh_s * 1000),
            "bare_window": round(bare_s * 1000),
        },
        "rss_mb": {
            "app_with_a_circle": round(rss_app / 1024),
            "bare_window": round(rss_bare / 1024),
        },
        "bytecode_cached": BYTECODE,
    }


# The circle benchmark again with 200 seats and hostile names (500 characters, right to
# left, emoji): the legibility stress case of issue 9.
HOSTILE_SEATS = """
import dataclasses
NAMES = ["محمد عبد الرحمن الحسيني", "Zoë 🌟👩🏽‍🚀 Kristensen", "Maximilian " * 45]
b.SEATS = 200
plain = b._state
b._state = lambda current: dataclasses.replace(plain(current), seats=tuple(
    dataclasses.replace(seat, label=NAMES[i % 3]) for i, seat in enumerate(plain(current).seats)
))
"""


def bench(name: str, data: Path, prelude: str = "") -> dict[str, Any] | None:
    """Run tests/perf/NAME.py's run() in its own process; None if there is no such file."""
    if not (PERF / f"{name}.py").exists():
        return None
    code = f"import json, tests.perf.{name} as b\n{prelude}\nprint('RESULT ' + json.dumps(b.run()))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=_env(data),
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        check=False,
    )
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if line is None:
        return {"error": (result.stderr.strip().splitlines() or ["no output"])[-1]}
    report: dict[str, Any] = json.loads(line.removeprefix("RESULT "))
    return report


def _get(report: dict[str, Any] | None, *keys: str) -> Any:
    value: Any = report
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def run() -> dict[str, Any]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        ratios = startup_and_memory(data)
        frames = bench("bench_circle_frames", data)
        hostile = bench("bench_circle_frames", data, HOSTILE_SEATS)
        draw = bench("bench_draw", data)
        speech = bench("bench_speech", data)
        dashboard = bench("bench_dashboard", data)
        roster = bench("bench_roster_import", data)
        soak = bench("bench_soak", data)
    speech_stall = _get(speech, "default_output", "max_stall_ms")
    if speech_stall is None:  # no audio device: the same path with a paced null player
        speech_stall = _get(speech, "paced_null_output", "max_stall_ms")
    draw_p50 = [v["p50_ms"] for v in (draw or {}).values() if isinstance(v, dict) and "p50_ms" in v]
    figures: dict[str, Any] = {
        "startup_ratio": ratios["startup_ratio"],
        "ready_ratio": ratios["ready_ratio"],
        "rss_ratio": ratios["rss_ratio"],
        "first_start_ratio": ratios["first_start_ratio"],
        "soak_rss_growth_mb": _get(soak, "soak_rss_growth_mb"),
        "soak_frame_p99_change_pct": _get(soak, "soak_frame_p99_change_pct"),
        "frame_p99_ms_1080p": _get(frames, "1080p", "p99_ms"),
        "frame_p99_ms_2160p": _get(frames, "2160p", "p99_ms"),
        "draw_p50_ms": max(draw_p50) if draw_p50 else None,
        "speech_max_stall_ms": speech_stall,
        "dashboard_ms": _get(dashboard, "dashboard_ms"),
        "weekly_export_ms": _get(dashboard, "export_all_weeks_all_years_ms"),
        "roster_import_180k_s": _get(roster, "roster_import_180k_s"),
    }
    return {
        **figures,
        "frame_p99_ms_1080p_200_hostile_seats": _get(hostile, "1080p", "p99_ms"),
        "frame_p99_ms_2160p_200_hostile_seats": _get(hostile, "2160p", "p99_ms"),
        "soak_db_growth_kb_per_circle": _get(soak, "db_growth_kb_per_circle"),
        "soak_rss_drift_mb_after_all_used": _get(soak, "soak_rss_drift_mb", "after_all_used"),
        "upgrade_backfill_250k_s": _get(dashboard, "upgrade_backfill_250k_s"),
        "first_draw_ms": _get(draw, "first_draw_ms"),  # a class's first prompt after a start
        "frame_cpu_p99_ms_1080p": _get(frames, "1080p", "cpu_p99_ms"),
        "frame_cpu_p99_ms_2160p": _get(frames, "2160p", "cpu_p99_ms"),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside": pyside_version,
        "goals": GOALS,
        "met": {  # every goal is an upper bound
            key: value <= GOALS[key] if isinstance(value, int | float) else None
            for key, value in figures.items()
        },
        "details": {
            **{k: v for k, v in ratios.items() if not k.endswith("_ratio")},
            "circle_frames": frames,
            "circle_frames_200_hostile_seats": hostile,
            "draw": draw,
            "speech": speech,
            "dashboard": dashboard,
            "roster_import": roster,
            "soak": soak,
        },
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
