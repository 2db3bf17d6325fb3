"""A scripted circle for crash tests: the store and the domain, no Qt.

Run as a "zygote": `python -m tests.stress.scripted_circle DATABASE_URL CIRCLE_ID` imports
everything once, then reads commands on stdin:

    run SEED      fork a child that resumes the circle and acts at random until killed
                  (or MAX_ACTIONS are done); prints `pid PID`, later `exit PID STATUS`

The child prints one line per action AFTER the store's write returned — what the app
would show on screen at that moment:

    ready N          resumed with N actions on disk
    A SEQ REPR       action SEQ is on disk (REPR = repr of the domain event)
    U SEQ            action SEQ was undone on disk

Each child opens its own engine after the fork, as a freshly started app would.
"""

from __future__ import annotations

import os
import random
import sys

from circle_app.domain.circle import CircleRuleError
from circle_app.domain.enums import RoundMode
from circle_app.domain.prompts import PromptRef
from circle_app.store.circles import CircleStore, RecordedCircle
from circle_app.store.engine import make_engine

MAX_ACTIONS = 400
PROMPTS = [PromptRef("en-peacetime-get-to-know", f"p{i}") for i in range(20)]


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # one write(2) per line: atomic on a pipe


def act(recorded: RecordedCircle, rng: random.Random) -> str:
    """One random action the keeper could take; returns the line to print after the write."""
    circle = recorded.circle
    seats = len(circle.setup.seats)
    while True:
        choice = rng.choices(
            ["speak", "pass", "undo", "round", "prompt", "give", "leave", "arrive", "mode"],
            weights=[30, 10, 8, 6, 3, 4, 2, 2, 2],
        )[0]
        try:
            if choice == "undo":
                seq = len(circle.events) - 1
                if seq < 0:
                    continue
                recorded.undo()
                return f"U {seq}"
            if choice == "speak":
                event = recorded.speak()
            elif choice == "pass":
                event = recorded.pass_turn()
            elif choice == "round":
                mode = rng.choice([RoundMode.SEQUENTIAL, RoundMode.SEQUENTIAL, RoundMode.OPEN])
                event = recorded.start_round(rng.choice(PROMPTS), mode)
            elif choice == "prompt":
                event = recorded.change_prompt(rng.choice(PROMPTS))
            elif choice == "give":
                event = recorded.give_piece(rng.randrange(seats))
            elif choice == "leave":
                event = recorded.leave(rng.randrange(seats))
            elif choice == "arrive":
                event = recorded.arrive(rng.randrange(seats))
            else:
                event = recorded.change_mode(rng.choice(list(RoundMode)))
        except CircleRuleError:
            continue  # the screen would not offer it; nothing was written
        return f"A {len(circle.events) - 1} {event!r}"


def child(url: str, circle_id: int, seed: int) -> None:
    rng = random.Random(seed)
    engine = make_engine(url)
    recorded = RecordedCircle.resume(CircleStore(engine), circle_id)
    say(f"ready {len(recorded.circle.events)}")
    for _ in range(MAX_ACTIONS):
        say(act(recorded, rng))
    engine.dispose()


def main() -> None:
    url, circle_id = sys.argv[1], int(sys.argv[2])
    for command in sys.stdin:
        name, _, arg = command.strip().partition(" ")
        if name != "run":
            break
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                child(url, circle_id, int(arg))
            except BaseException as exc:  # noqa: BLE001 - reported to the test, never hidden
                say(f"error {exc!r}")
                code = 1
            os._exit(code)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exit {pid} {status}")


if __name__ == "__main__":
    main()
