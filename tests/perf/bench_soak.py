"""A school day in one process (issue 20): does memory, frame time or the database drift?

8 circles of 30 seats x 4 rounds driven by the keeper's keys (with passes and undos),
50 quick prompts, a restorative conversation and a conference, the dashboard opened 10
times, the language and the theme switched - on the real window and controller, Qt
offscreen, a throw-away data folder. Reports:

- `soak_rss_growth_mb`: resident memory at the end minus after the first circle;
- `soak_frame_p99_change_pct`: p99 of painting the circle screen in the last circle against
  the first (positive = slower);
- `db_growth_kb_per_circle`: the data folder's growth per circle;
- `soak_rss_drift_mb`: two extra figures, to tell what a workflow's first use costs (its
  imports, libraries and caches, paid once) from drift: `after_all_used`, the growth from
  the step where every workflow had been used once to the end of the day; `second_use`,
  what every workflow used once more (and one more circle), after the day's end, adds;
- `rss_mb_steps`: resident memory after each circle and each step.

    uv run python tests/perf/bench_soak.py
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CIRCLES = 8
SEATS = 30
ROUNDS = 4
QUICK_PROMPTS = 50
DASHBOARDS = 10
FRAMES = 60
NAMES = (
    "Agnes Sørensen",
    "Alma Nørgaard",
    "Asta Kjær",
    "Bertram Holm",
    "Carl Østergaard",
    "Clara Juhl",
    "Ella Bech",
    "Emil Dahl",
    "Freja Lund",
    "Frida Krogh",
    "Ida Mølgaard",
    "Isak Vestergaard",
    "Johan Bro",
    "Karla Friis",
    "Laura Skov",
    "Liam Mortensen",
    "Luna Mikkelsen",
    "Malthe Thygesen",
    "Mathilde Ravn",
    "Noah Brandt",
    "Nora Eskildsen",
    "Oscar Lauridsen",
    "Philip Due",
    "Sofie Ågaard",
    "Storm Winther",
    "Theo Kirkegaard",
    "Valdemar Bisgaard",
    "Victor Aagaard",
    "William Hvid",
    "Aya Jørgensen",
)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _folder_kb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1024


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * 0.99), len(ordered) - 1)]


Observer = Callable[[str], None]


def run(observe: Observer | None = None) -> dict[str, Any]:
    """The day. `observe(step)`, if given, is called after the first circle and after every
    step that follows, once the step's screens are deleted and gc has run (for probes:
    tracemalloc snapshots, live widgets)."""
    with tempfile.TemporaryDirectory() as folder:
        return _day(Path(folder), observe or (lambda _step: None))


def _day(tmp: Path, observe: Observer) -> dict[str, Any]:
    os.environ["CIRCLE_APP_DATA_DIR"] = str(tmp / "data")
    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from circle_app.app import build_controller, build_window
    from circle_app.domain.circle import CircleSetup, Seat
    from circle_app.domain.enums import AgeBand, CircleKind, GroupKind, Role
    from circle_app.ui.circle.circle_screen import CircleScreen
    from circle_app.ui.support import settings as settings_module
    from circle_app.ui.support.theme import DARK, LIGHT

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    # Throw-away preferences: the Settings the window builds read this ini file.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "ini"))
    window, settings = build_window(app)
    settings.set(settings_module.LANGUAGE, "en")
    controller = build_controller(window, settings, None, None)
    window.resize(1920, 1080)
    window.show()
    controller.finish_start()
    controller.prepare_flows()  # as app.py does once the ready frame is painted
    services = controller.services
    assert services is not None
    group_id = services.groups.create_group(
        "4.B", GroupKind.CLASS, [(n, Role.PUPIL) for n in NAMES], age_band=AgeBand.MELLEMTRIN
    )
    members = services.groups.members(group_id)
    seats = tuple(
        Seat(i, m.person.id, m.person.display_name, m.person.short_name, m.person.role)
        for i, m in enumerate(members[:SEATS])
    )

    def settle() -> None:
        """What returning to the event loop does: paint, and delete what deleteLater() left
        (processEvents() alone leaves every replaced screen alive)."""
        for _ in range(3):
            app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def frames(screen: CircleScreen) -> list[float]:
        times = []
        for _ in range(FRAMES):
            started = time.perf_counter()
            screen.grab()
            times.append((time.perf_counter() - started) * 1000)
        return times

    def one_circle(index: int) -> list[float]:
        setup = CircleSetup(
            kind=CircleKind.PEACETIME,
            seats=seats,
            present=frozenset(range(SEATS)),
            start_seat=index % SEATS,
            planned_rounds=ROUNDS,
            language="en",
            group_id=group_id,
        )
        controller.start_circle(setup, "4.B")
        screen = controller.circle_screen
        assert screen is not None
        painted: list[float] = []
        presses = 0
        while controller.circle_screen is screen and presses < SEATS * ROUNDS * 4:
            presses += 1
            if presses % 7 == 0:
                QTest.keyClick(screen, Qt.Key.Key_P)
            elif presses % 11 == 0:
                QTest.keyClick(screen, Qt.Key.Key_PageUp)
            else:
                QTest.keyClick(screen, Qt.Key.Key_Space)
            if presses == SEATS:  # mid-round, the piece somewhere on the ring
                painted = frames(screen)
            settle()
        if controller.circle_screen is screen:
            raise RuntimeError(f"circle {index} did not finish after {presses} presses")
        controller.go_home()
        settle()
        return painted

    def quick_prompts() -> None:
        controller.show_quick_prompt()
        settle()
        current = controller.navigator.current
        assert current is not None
        for _ in range(QUICK_PROMPTS):
            QTest.keyClick(current, Qt.Key.Key_N)
            settle()
        controller.go_home()

    def conversation_and_conference() -> None:
        controller.conflicts.start_demo_conversation()
        for _ in range(40):
            talk = controller.conflicts.conversation_screen
            if talk is None:  # finished: the flow went home
                break
            QTest.keyClick(talk, Qt.Key.Key_Space)
            settle()
        controller.go_home()
        controller.conflicts.start_demo_conference()
        settle()
        controller.go_home()

    def dashboards() -> None:
        for _ in range(DASHBOARDS):
            controller.show_dashboard()
            settle()
            controller.go_home()
            settle()

    def language_and_theme() -> None:
        for language in ("da", "en"):
            settings.set(settings_module.LANGUAGE, language)
            controller.apply_language()
            settle()
        for theme in (DARK, LIGHT):
            controller.apply_theme(theme)
            settle()

    # What follows which circle (1-based), each workflow used first there.
    after_circle: dict[int, tuple[str, Callable[[], None]]] = {
        3: ("quick prompts", quick_prompts),
        4: ("conversation, conference", conversation_and_conference),
        5: ("dashboard", dashboards),
        6: ("language, theme", language_and_theme),
    }
    steps: list[dict[str, Any]] = []

    def measured(name: str) -> float:
        settle()
        gc.collect()
        observe(name)
        rss = _rss_mb()
        steps.append({"step": name, "rss_mb": round(rss, 1)})
        return rss

    sizes = [_folder_kb(tmp / "data")]
    first_frames = last_frames = one_circle(0)
    sizes.append(_folder_kb(tmp / "data"))
    rss_after_first = measured("circle 1")
    rss_all_used = rss_after_first
    phases = [round(rss_after_first)]  # after each circle and what followed it
    for number in range(2, CIRCLES + 1):
        last_frames = one_circle(number - 1)
        sizes.append(_folder_kb(tmp / "data"))
        rss = measured(f"circle {number}")
        if number in after_circle:
            name, step = after_circle[number]
            step()
            rss = measured(name)
        if number == max(after_circle):
            rss_all_used = rss
        phases.append(round(rss))
    rss_end = _rss_mb()
    first_p99, last_p99 = _p99(first_frames), _p99(last_frames)
    # The extra figure: the whole day's workflows once more, each already used once (their
    # first use's imports and caches are paid), then one more circle.
    for name, step in after_circle.values():
        step()
        measured(f"again: {name}")
    one_circle(CIRCLES)
    rss_again = measured(f"again: circle {CIRCLES + 1}")
    controller.shutdown()
    window.close()
    growth = [b - a for a, b in zip(sizes, sizes[1:], strict=False)]
    return {
        "soak_rss_growth_mb": round(rss_end - rss_after_first, 1),
        "soak_frame_p99_change_pct": round((last_p99 - first_p99) / first_p99 * 100, 1),
        "db_growth_kb_per_circle": round(sum(growth[1:]) / max(len(growth) - 1, 1), 1),
        "soak_rss_drift_mb": {
            "after_all_used": round(rss_end - rss_all_used, 1),
            "second_use": round(rss_again - rss_end, 1),
        },
        "rss_mb": {"after_first_circle": round(rss_after_first), "end": round(rss_end)},
        "rss_mb_after_each_circle": phases,
        "rss_mb_steps": steps,
        "frame_p99_ms": {"first_circle": round(first_p99, 2), "last_circle": round(last_p99, 2)},
        "goals": {"soak_rss_growth_mb": 10, "soak_frame_p99_change_pct": 10},
        "circles": CIRCLES,
        "seats": SEATS,
        "rounds": ROUNDS,
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))  # noqa: T201
