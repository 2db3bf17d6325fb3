"""Benchmark: the GUI never stalls while prompts are read aloud (goal: longest stall ≤ 30 ms).

Ten prompts from the shipped banks (five Danish, five English) are spoken one after another
through QtSpeaker with real pyttsx3 + espeak-ng, each `say()` issued from the GUI thread when
the previous one finishes. Meanwhile a 5 ms QTimer measures how late the event loop gets to
it (the stall), and the time from `say()` to the `started` signal is recorded.

Two runs:
- "default_output": the app's real path to the default audio device. On a headless machine
  with no sound card the player (aplay) exits at once with an error, so each prompt is
  rendered by espeak-ng and then fails to play: the `error` signal is counted.
- "paced_null_output": the same real path (pyttsx3 renders on the speech thread, a player
  process is started, polled and ended), but the player only waits the WAV's duration,
  as a sound card would, without producing sound. This is what a classroom sees.

Run: `uv run python tests/perf/bench_speech.py` (prints one JSON object).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from circle_app.speech.pyttsx3_speaker import (  # noqa: E402
    Pyttsx3Speaker,
    command_player,
    find_player_command,
)
from circle_app.speech.speaker import SpeechCallbacks  # noqa: E402
from circle_app.ui.support.qt_speaker import QtSpeaker  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TICK_MS = 5
PACED_PLAYER = (
    sys.executable,
    "-c",
    "import sys, time, wave; w = wave.open(sys.argv[1]); "
    "time.sleep(w.getnframes() / w.getframerate())",
)


def prompts() -> list[tuple[str, str]]:
    chosen: list[tuple[str, str]] = []
    for language in ("da", "en"):
        bank = tomllib.loads(
            (ROOT / "question_banks" / language / "peacetime-get-to-know.toml").read_text("utf-8")
        )
        chosen += [(p["text"], language) for p in bank["prompts"][:5]]
    return chosen


def speak_all(speaker: QtSpeaker, items: list[tuple[str, str]]) -> dict[str, Any]:
    app = QApplication.instance()
    assert app is not None
    if not speaker.available:
        waiting = QEventLoop()
        give_up = QTimer(singleShot=True, interval=30_000)
        give_up.timeout.connect(waiting.quit)
        speaker.availability_changed.connect(waiting.quit)
        give_up.start()
        waiting.exec()
        give_up.stop()
    if not speaker.available:
        return {"available": False, "reason": speaker.unavailable_reason}

    stalls: list[float] = []
    clock = QElapsedTimer()
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        stalls.append(max(0.0, now - last[0] - TICK_MS))
        last[0] = now

    loop = QEventLoop()
    said_at: dict[int, float] = {}
    start_latency: list[float] = []
    completed: list[bool] = []
    errors: list[str] = []
    queue = list(items)

    def say_next() -> None:
        if not queue:
            loop.quit()
            return
        text, language = queue.pop(0)
        t0 = clock.nsecsElapsed() / 1e6
        request = speaker.say(text, language)
        said_at[request] = t0

    def on_started(request: int) -> None:
        start_latency.append(clock.nsecsElapsed() / 1e6 - said_at[request])

    def on_finished(request: int, ok: bool) -> None:
        del request
        completed.append(ok)
        QTimer.singleShot(0, say_next)

    speaker.started.connect(on_started)
    speaker.finished.connect(on_finished)
    speaker.error.connect(errors.append)
    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    guard = QTimer(singleShot=True, interval=300_000)
    guard.timeout.connect(loop.quit)
    guard.start()
    QTimer.singleShot(0, say_next)
    loop.exec()
    timer.stop()
    total_ms = clock.nsecsElapsed() / 1e6
    stalls = stalls[1:]  # the first tick measures from clock start
    return {
        "available": True,
        "prompts": len(items),
        "completed": sum(completed),
        "cancelled_or_failed": len(completed) - sum(completed),
        "errors": len(errors),
        "error_message": errors[0] if errors else None,
        "total_ms": round(total_ms, 1),
        "ticks": len(stalls),
        "max_stall_ms": round(max(stalls), 2) if stalls else None,
        "p99_stall_ms": round(sorted(stalls)[int(len(stalls) * 0.99)], 2) if stalls else None,
        "say_to_started_ms": {
            "median": round(statistics.median(start_latency), 1) if start_latency else None,
            "max": round(max(start_latency), 1) if start_latency else None,
            "count": len(start_latency),
        },
        "goal_max_stall_ms": 30,
        "goal_met": bool(stalls) and max(stalls) <= 30,
    }


def run() -> dict[str, Any]:
    app = QApplication.instance() or QApplication([])
    items = prompts()
    report: dict[str, Any] = {"player": " ".join(find_player_command() or ("none",))}
    for name, player in (
        ("default_output", None),
        ("paced_null_output", command_player(PACED_PLAYER)),
    ):

        def factory(callbacks: SpeechCallbacks, player: Any = player) -> Pyttsx3Speaker:
            return Pyttsx3Speaker(callbacks, player=player)

        speaker = QtSpeaker(factory)
        try:
            report[name] = speak_all(speaker, items)
        finally:
            speaker.close()
            app.processEvents()
        time.sleep(0.1)
    return report


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
