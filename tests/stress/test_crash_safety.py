"""A power cut at any moment loses nothing that was shown (one short transaction per action).

A child process keeps a circle (tests/stress/scripted_circle.py: the store and the domain,
no Qt) and prints each action after its write returned — what the board would show. We
SIGKILL it at random moments, then check the file, that every shown action is on disk, and
that the circle resumes from exactly there.

CIRCLE_APP_CRASH_KILLS=1000 uv run pytest tests/stress/test_crash_safety.py   # more kills
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.enums import CircleKind
from circle_app.store import open_store
from circle_app.store.circles import CircleStore
from circle_app.store.engine import make_engine

ROOT = Path(__file__).parents[2]
KILLS = int(os.environ.get("CIRCLE_APP_CRASH_KILLS", "120"))


class Zygote:
    """The scripted circle, imported once; forks one child per run."""

    def __init__(self, url: str, circle_id: int) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.stress.scripted_circle", url, str(circle_id)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=env,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:  # drained at once: a full pipe never stalls a child
            self.lines.put(line.rstrip("\n"))
        self.lines.put("eof")

    def next_line(self) -> str:
        line = self.lines.get(timeout=60)
        assert line != "eof", "the scripted circle died"
        return line

    def run(self, seed: int) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"run {seed}\n")
        self.process.stdin.flush()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        assert self.process.stdout is not None
        self.process.stdout.close()


def check_file(path: Path) -> None:
    connection = sqlite3.connect(path)  # opening recovers the WAL, as the next start would
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_that_was_shown(tmp_path: Path) -> None:
    path = tmp_path / "circle-app.sqlite3"
    url = f"sqlite:///{path}"
    engine = open_store(url)  # created and migrated by a normal start
    seats = tuple(Seat(i) for i in range(9))
    setup = CircleSetup(
        CircleKind.PEACETIME, seats, frozenset(range(9)), start_seat=0, planned_rounds=100_000
    )
    circle_id = CircleStore(engine).create(setup)
    engine.dispose()

    rng = random.Random(int(os.environ.get("CIRCLE_APP_CRASH_SEED", "20261126")))
    zygote = Zygote(url, circle_id)
    reader = make_engine(url)  # another instance looking at the file after each crash
    shown: list[str] = []
    outcomes = {"exact": 0, "one written, not yet shown": 0, "undo written, not yet shown": 0}
    killed_mid_run = 0
    try:
        for run in range(KILLS):
            zygote.run(run)
            line = zygote.next_line()
            assert line.startswith("pid "), line
            pid = int(line.split()[1])
            # Half the kills are timed from the fork (while opening and resuming), half from
            # "ready" (deep into the run): on a loaded machine opening alone can take longer
            # than the whole window, and the circle must still move.
            delay = rng.uniform(0.0, 0.25)
            from_fork = rng.random() < 0.5
            if from_fork:
                threading.Timer(delay, os.kill, (pid, signal.SIGKILL)).start()
            while True:
                line = zygote.next_line()
                kind, _, rest = line.partition(" ")
                if kind == "ready":
                    assert int(rest) == len(shown), "resumed elsewhere than it stopped"
                    if not from_fork:
                        threading.Timer(delay, os.kill, (pid, signal.SIGKILL)).start()
                elif kind == "A":
                    seq, _, event = rest.partition(" ")
                    assert int(seq) == len(shown)
                    shown.append(event)
                elif kind == "U":
                    assert int(rest) == len(shown) - 1
                    shown.pop()
                elif kind == "exit":
                    status = int(rest.split()[1])
                    killed_mid_run += os.WIFSIGNALED(status)
                    break
                else:
                    pytest.fail(f"the scripted circle said {line!r}")

            check_file(path)
            on_disk = [repr(e) for e in CircleStore(reader).load(circle_id).events]
            if on_disk == shown:
                outcomes["exact"] += 1
            elif on_disk[:-1] == shown:
                outcomes["one written, not yet shown"] += 1
            elif shown and on_disk == shown[:-1]:
                outcomes["undo written, not yet shown"] += 1
            else:
                pytest.fail(
                    f"run {run}: {len(shown)} actions shown, {len(on_disk)} on disk; "
                    f"last shown {shown[-1:]}, last on disk {on_disk[-1:]}"
                )
            shown = on_disk  # what the next start resumes from
    finally:
        zygote.close()
        reader.dispose()

    assert killed_mid_run >= KILLS * 0.9, outcomes  # the kills really landed mid-run
    assert len(shown) > 50  # and the circle really moved
    engine = open_store(url)
    [offer] = CircleStore(engine).unfinished()
    assert offer.circle_id == circle_id
    engine.dispose()
