"""Benchmark: fair drawing from a 10,000-prompt pool with 100,000 history rows in SQLite.

Goal (issue 4): p50 of a draw with no-repeat <= 5 ms. Run:

    uv run python tests/perf/bench_draw.py

Prints a JSON report. "warm" draws are what a teacher pressing "new prompt" gets (the drawer
reads only the uses written since its last draw); "cold" is the first draw for a group after
start, which reads the group's whole history once.

`first_draw_ms` is that first draw for the class with 80,000 uses as a start meets it: a
new engine (so SQLite's page cache is empty), history and drawer each time, the draw alone
timed; the median wall time of FIRST_DRAWS starts, and `first_draw_cpu_ms` its CPU time.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from circle_app.banks.drawing import PromptDrawer
from circle_app.banks.loader import BankLibrary
from circle_app.banks.schema import Bank
from circle_app.domain.enums import AgeBand, BankKind
from circle_app.domain.prompts import DrawRequest, Prompt
from circle_app.store import open_store
from circle_app.store.prompt_history import PromptHistory

POOL = 10_000
HISTORY_ROWS = 100_000
DRAWS = 1_000
FIRST_DRAWS = 9


def _bank() -> Bank:
    bands = list(AgeBand)
    prompts = tuple(
        Prompt(
            bank_id="bench",
            id=f"p{i}",
            text=f"Prompt number {i}?",
            language="da",
            kind=BankKind.PEACETIME,
            ages=frozenset({bands[i % 4]}),
            tags=frozenset({f"t{i % 10}"}),
        )
        for i in range(POOL)
    )
    return Bank("bench", "da", BankKind.PEACETIME, "Bench", "", Path("bench.toml"), prompts)


def _fill(engine: object, rng: random.Random) -> None:
    from sqlalchemy import Engine

    assert isinstance(engine, Engine)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO circle_group (id, name, kind, language, created_at) VALUES "
            "(1, 'class', 'class', 'da', '2025-01-01'), (2, 'other', 'class', 'da', '2025-01-01')"
        )
        rows = [
            {
                # 80 % for the benchmarked class, the rest for another class and quick prompts
                "g": 1 if n % 5 else (2 if n % 2 else None),
                "b": "bench",
                "p": f"p{rng.randrange(POOL)}",
                "u": start + timedelta(minutes=n),
            }
            for n in range(HISTORY_ROWS)
        ]
        connection.exec_driver_sql(
            "INSERT INTO prompt_use (group_id, bank_id, prompt_id, used_at) "
            "VALUES (:g, :b, :p, :u)",
            [{**r, "u": r["u"].isoformat(sep=" ")} for r in rows],
        )


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 3),
        "max_ms": round(ordered[-1] * 1000, 3),
    }


def _first_draws(url: str, library: BankLibrary) -> dict[str, float]:
    """The class's first draw after a start, FIRST_DRAWS times: wall and CPU medians."""
    wall, cpu = [], []
    request = DrawRequest(BankKind.PEACETIME, "da", group_id=1)
    for n in range(FIRST_DRAWS):
        engine = open_store(url)
        try:
            drawer = PromptDrawer(library, PromptHistory(engine), rng=random.Random(n))
            started, started_cpu = time.perf_counter(), time.thread_time()
            prompt = drawer.draw(request)
            cpu.append(time.thread_time() - started_cpu)
            wall.append(time.perf_counter() - started)
            assert prompt is not None
        finally:
            engine.dispose()
    return {
        "first_draw_ms": round(statistics.median(wall) * 1000, 1),
        "first_draw_cpu_ms": round(statistics.median(cpu) * 1000, 1),
    }


def run() -> dict[str, object]:
    rng = random.Random(4)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        engine = open_store(url)
        try:
            _fill(engine, rng)
            library = BankLibrary([_bank()])
            first = _first_draws(url, library)
            drawer = PromptDrawer(library, PromptHistory(engine), rng=random.Random(5))
            report: dict[str, object] = {
                "pool": POOL,
                "history_rows": HISTORY_ROWS,
                "draws": DRAWS,
                "goal_p50_ms": 5.0,
                **first,
            }
            for name, request in {
                "class_with_80k_uses": DrawRequest(BankKind.PEACETIME, "da", group_id=1),
                "quick_prompt_no_group": DrawRequest(BankKind.PEACETIME, "da"),
                "class_age_band_filter": DrawRequest(
                    BankKind.PEACETIME, "da", age_band=AgeBand.MELLEMTRIN, group_id=2
                ),
            }.items():
                started = time.perf_counter()
                drawer.draw(request)
                cold = time.perf_counter() - started
                samples = []
                for _ in range(DRAWS):
                    started = time.perf_counter()
                    prompt = drawer.draw(request)
                    samples.append(time.perf_counter() - started)
                    assert prompt is not None
                    drawer.record_use(prompt.ref, group_id=request.group_id)
                report[name] = {
                    "cold_first_draw_ms": round(cold * 1000, 3),
                    **_percentiles(samples),
                }
            samples = []
            for _ in range(200):
                started = time.perf_counter()
                drawer.record_use(prompt.ref, group_id=1)
                samples.append(time.perf_counter() - started)
            report["record_use"] = _percentiles(samples)
            return report
        finally:
            engine.dispose()


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
