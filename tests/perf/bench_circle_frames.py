"""Frame time of the circle screen with 40 seats while the piece travels (issue 3).

Renders offscreen at 1920x1080 and 3840x2160. Each frame is what Qt paints during the
animation: the first frame after a press patches (or repaints) the cached scene, the
others blit it and draw the moving piece and its trail. One frame in 33 is a press's, so
the p99 is the press frame. Reports p50/p99 per frame, in wall time and in this thread's
CPU time (steadier on a shared machine), and the time from pressing "next" to the first
frame of the piece moving.

Between two frames the benchmark gives Qt's event loop one turn (not timed), as the app
does between every two frames of the animation (about 16 ms at 60 Hz): what the ring does
in idle time (the next press's layout and seat images, issue 20) runs there, as on the
board. Before, the frames were painted back to back and idle work could never run. The
turns' own CPU time is reported (`idle_turn_cpu_*`): that work must fit between two frames.

    uv run python tests/perf/bench_circle_frames.py
"""

from __future__ import annotations

import json
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QVariantAnimation  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from circle_app.ui.circle.ring.view import RingState, RingView, SeatView  # noqa: E402
from circle_app.ui.support.theme import LIGHT, load_bundled_fonts  # noqa: E402

SEATS = 40
PRESSES = 30
FRAMES_PER_MOVE = 33  # 550 ms at 60 Hz


def _state(current: int) -> RingState:
    seats = tuple(
        SeatView(label=f"Pupil name {i}", badge=f"P{i}", spoke=i < current, present=i % 13 != 5)
        for i in range(SEATS)
    )
    return RingState(
        seats=seats,
        current=current,
        next=(current + 1) % SEATS,
        card_header="Round 2 of 4 · How were you affected?",
        card_text="Which place in the world would you most like to visit – and why?",
        card_footer=f"Pupil name {current} has the piece · next: Pupil {current + 1}",
        info="Peacetime circle · 4.B",
    )


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * q), len(ordered) - 1)]


def measure(width: int, height: int) -> dict[str, float]:
    view = RingView()
    view.set_theme(LIGHT)
    view.resize(width, height)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    view.set_state(_state(0))
    frames: list[float] = []
    cpu: list[float] = []  # the same frames in this thread's CPU time (less noise when shared)
    press_to_first_frame: list[float] = []
    idle: list[float] = []  # the turns between frames (CPU): the work done ahead, in the open
    for press in range(1, PRESSES + 1):
        pressed = time.perf_counter()
        view.set_state(_state(press % SEATS), travel=1)
        # The piece's animation, stepped frame by frame: the view's child in Qt's object tree.
        animation = view.findChild(QVariantAnimation)
        assert animation is not None
        for step in range(FRAMES_PER_MOVE):
            animation.setCurrentTime(int(animation.duration() * (step + 1) / FRAMES_PER_MOVE))
            start, start_cpu = time.perf_counter(), time.thread_time()
            view.render(image)
            end, end_cpu = time.perf_counter(), time.thread_time()
            frames.append((end - start) * 1000)
            cpu.append((end_cpu - start_cpu) * 1000)
            if step == 0:
                press_to_first_frame.append((end - pressed) * 1000)
            idle_cpu = time.thread_time()
            QApplication.processEvents()  # the event loop's turn before the next frame
            idle.append((time.thread_time() - idle_cpu) * 1000)
        view.finish_animation()
    return {
        "p50_ms": round(statistics.median(frames), 3),
        "p99_ms": round(_percentile(frames, 0.99), 3),
        "max_ms": round(max(frames), 3),
        "cpu_p50_ms": round(statistics.median(cpu), 3),
        "cpu_p99_ms": round(_percentile(cpu, 0.99), 3),
        "idle_turn_cpu_p99_ms": round(_percentile(idle, 0.99), 3),
        "idle_turn_cpu_max_ms": round(max(idle), 3),
        "press_to_first_frame_ms_p50": round(statistics.median(press_to_first_frame), 3),
        "press_to_first_frame_ms_max": round(max(press_to_first_frame), 3),
    }


def run() -> dict[str, object]:
    app = QApplication.instance() or QApplication([])
    load_bundled_fonts()
    result: dict[str, object] = {"seats": SEATS, "cores": os.cpu_count()}
    for name, (w, h) in {"1080p": (1920, 1080), "2160p": (3840, 2160)}.items():
        result[name] = measure(w, h)
    del app
    return result


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
