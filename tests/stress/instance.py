"""One app instance for concurrency tests: records a circle as fast as it can.

`python -m tests.stress.instance DATABASE_URL CIRCLE_ID ACTIONS SEED` opens its own
engine (as a second window or a second machine would), prints `ready`, waits for `go` on
stdin, then records ACTIONS actions — turns, passes, new rounds and prompts (which also
write the group's prompt history) — and prints `done EVENTS` or `error MESSAGE`.
"""

from __future__ import annotations

import random
import sys

from circle_app.domain.circle import CircleRuleError
from circle_app.domain.prompts import PromptRef
from circle_app.store import StoreError
from circle_app.store.circles import CircleStore, RecordedCircle
from circle_app.store.engine import make_engine


def main() -> int:
    url, circle_id, actions, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rng = random.Random(seed)
    engine = make_engine(url)
    recorded = RecordedCircle.resume(CircleStore(engine), circle_id)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    if sys.stdin.readline().strip() != "go":
        return 1
    done = 0
    try:
        while done < actions:
            prompt = PromptRef("en-peacetime-get-to-know", f"p{rng.randrange(50)}")
            try:
                if recorded.circle.round is None or recorded.circle.round_complete:
                    recorded.start_round(prompt)
                elif rng.random() < 0.1:
                    recorded.change_prompt(prompt)
                elif rng.random() < 0.2:
                    recorded.pass_turn()
                else:
                    recorded.speak()
            except CircleRuleError:
                continue
            done += 1
    except StoreError as exc:
        sys.stdout.write(f"error {exc}\n")
        return 1
    finally:
        engine.dispose()
    sys.stdout.write(f"done {len(recorded.circle.events)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
