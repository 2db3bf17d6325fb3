"""A database as a school day leaves it, for the tests of home's read-ahead (issue 20):
groups with people, a circle held with one of them, and optionally an interrupted circle
or an interrupted conversation."""

from __future__ import annotations

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.conversation import ConversationSetup, Facilitator, Party
from circle_app.domain.enums import CircleKind, GroupKind, Role
from circle_app.store import open_store
from circle_app.store.circles import CircleStore, RecordedCircle
from circle_app.store.conversations import ConversationStore, RecordedConversation
from circle_app.store.groups import GroupStore


def _setup(group_id: int, seats: int) -> CircleSetup:
    return CircleSetup(
        kind=CircleKind.PEACETIME,
        seats=tuple(Seat(i) for i in range(seats)),
        present=frozenset(range(seats)),
        start_seat=0,
        planned_rounds=2,
        group_id=group_id,
    )


def fill_home(url: str, *, circle: bool = False, conversation: bool = False) -> None:
    """Two groups (5.A used last), and what the bell interrupted, as asked."""
    engine = open_store(url)
    try:
        groups = GroupStore(engine)
        class_a = groups.create_group("5.A", GroupKind.CLASS, [("Asta", Role.PUPIL)] * 3)
        class_b = groups.create_group("6.B", GroupKind.SFO, [("Bilal", Role.PUPIL)] * 2)
        circles = CircleStore(engine)
        for group_id in (class_b, class_a):
            held = RecordedCircle.begin(circles, _setup(group_id, 3))
            held.start_round(None)
            held.speak()
            held.end()
        if circle:
            stopped = RecordedCircle.begin(circles, _setup(class_a, 3))
            stopped.start_round(None)
            stopped.speak()
            stopped.pass_turn()
        if conversation:
            talk = RecordedConversation.begin(
                ConversationStore(engine),
                ConversationSetup(
                    (Party(0, "Asta", Role.PUPIL), Party(1, "Bilal", Role.PUPIL)),
                    Facilitator("Ida", Role.STAFF),
                    "da",
                ),
            )
            talk.done()
            talk.done()
    finally:
        engine.dispose()
