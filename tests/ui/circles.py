"""Circles the UI tests start: a quick circle of numbered seats, as parent meetings use."""

from __future__ import annotations

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.enums import CircleKind


def quick(count: int = 4, **changes: object) -> CircleSetup:
    values: dict[str, object] = {
        "kind": CircleKind.PEACETIME,
        "seats": tuple(Seat(i) for i in range(count)),
        "present": frozenset(range(count)),
        "start_seat": 0,
        "planned_rounds": 2,
    }
    values.update(changes)
    return CircleSetup(**values)  # type: ignore[arg-type]
