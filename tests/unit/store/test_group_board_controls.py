"""Issue 18: "Show Next and Pass on the board for children to tap" is kept with the group
(on by default), so the next circle of the class has it as the teacher left it."""

from __future__ import annotations

from sqlalchemy import Engine

from circle_app.domain.enums import GroupKind, Role
from circle_app.store.engine import make_engine
from circle_app.store.groups import GroupStore


def _group(store: GroupStore, name: str) -> int:
    return store.create_group(name, GroupKind.CLASS, [("Asta Nørgaard", Role.PUPIL)])


def _shown(store: GroupStore, group_id: int) -> bool:
    return next(g for g in store.list_groups() if g.id == group_id).board_controls


def test_a_group_shows_next_and_pass_on_the_board_until_the_teacher_hides_them(
    engine: Engine, database_url: str
) -> None:
    store = GroupStore(engine)
    mine, other = _group(store, "5.A"), _group(store, "6.B")
    assert _shown(store, mine)
    store.set_board_controls(mine, shown=False)
    again = make_engine(database_url)  # read back as the next start of the app would
    try:
        assert not _shown(GroupStore(again), mine)
        assert _shown(GroupStore(again), other)
    finally:
        again.dispose()
    store.set_board_controls(mine, shown=True)
    assert _shown(store, mine)
