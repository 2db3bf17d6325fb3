"""The weekly export reads the tallies added up per group (issue 20: weekly export ≤ 150 ms).

`circle_group_tally` holds `circle_tally`'s counts summed per week (or month) and group.
What a teacher sees must not change: every report here is compared with the one summed
from `circle_tally` per kind and keeper role, as the export did before (0012), over a seeded
history with undo, erasure and circles without a group, and after migration 0013's backfill.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import Engine, func, inspect, select, text

from circle_app.domain.enums import CircleKind, GroupKind, Role
from circle_app.domain.report import Figures, Period, dashboard_since, period_start
from circle_app.store import StoreError, open_store
from circle_app.store.engine import make_engine
from circle_app.store.groups import GroupStore
from circle_app.store.migrate import alembic_config, current_revision, head_revision
from circle_app.store.models import GroupRow
from circle_app.store.privacy import erase_group, erase_person, named_tables
from circle_app.store.reports import ReportStore
from circle_app.store.tally import GROUP_TALLY, KEEPER_COLUMNS, KIND_COLUMNS, TALLY
from tests.unit.store.held_circles import hold_a_circle

GROUP = GroupRow.__table__  # type: ignore[attr-defined]
TODAY = date(2026, 11, 30)
START = datetime(2024, 8, 12, 8, tzinfo=UTC)

Row = tuple[date, str, list[tuple[str, int]], int, int, int, list[tuple[str, int]]]


def _rows(figures: dict[tuple[date, str], Figures]) -> list[Row]:
    """Each row as a reader of the export meets it, the order of kinds and keepers too."""
    return [
        (start, name, list(f.by_kind.items()), f.rounds, f.turns, f.passed, list(f.keepers.items()))
        for (start, name), f in sorted(figures.items())
    ]


def _exported(engine: Engine, period: Period, **limits: object) -> list[Row]:
    report = ReportStore(engine).report(period=period, today=TODAY, **limits)  # type: ignore[arg-type]
    return _rows({(row.period_start, row.group): row.figures for row in report.rows})


def _as_before(
    engine: Engine, period: Period, group: str | None = None, since: date | None = None
) -> list[Row]:
    """The export as 0012 added it up: circle_tally's rows per kind and keeper role,
    those with circles, summed per period and group name (an erased group's are "")."""
    grain = Period.WEEK if period is Period.WEEK else Period.MONTH
    figures: dict[tuple[date, str], Figures] = {}
    with engine.connect() as connection:
        names = dict(connection.execute(select(GROUP.c.id, GROUP.c.name)).all())
        query = (
            select(
                TALLY.c.period_start,
                TALLY.c.group_id,
                TALLY.c.kind,
                TALLY.c.keeper_role,
                func.sum(TALLY.c.circles),
                func.sum(TALLY.c.rounds),
                func.sum(TALLY.c.turns),
                func.sum(TALLY.c.passed),
            )
            .where(TALLY.c.period == grain.value, TALLY.c.circles > 0)
            .group_by(TALLY.c.period_start, TALLY.c.group_id, TALLY.c.kind, TALLY.c.keeper_role)
        )
        sums: dict[tuple[date, int], dict[str, object]] = {}
        for start, group_id, kind, role, held, rounds, turns, passed in connection.execute(query):
            if since is not None and start < since:
                continue
            if group is not None and names.get(group_id) != group:
                continue
            entry = sums.setdefault((start, group_id), {"kind": {}, "role": {}, "n": [0, 0, 0]})
            entry["kind"][kind] = entry["kind"].get(kind, 0) + held  # type: ignore[index, attr-defined]
            entry["role"][role] = entry["role"].get(role, 0) + held  # type: ignore[index, attr-defined]
            for index, value in enumerate((rounds, turns, passed)):
                entry["n"][index] += value  # type: ignore[index]
    for (start, group_id), entry in sorted(sums.items()):  # the order SQLite grouped them in
        target = figures.setdefault(
            (period_start(start, period), names.get(group_id, "")), Figures()
        )
        for kind in [kind.value for kind in CircleKind]:  # the enum's order, as before
            if entry["kind"].get(kind):  # type: ignore[attr-defined]
                target.by_kind[kind] = target.by_kind.get(kind, 0) + entry["kind"][kind]  # type: ignore[index]
        for role in [role.value for role in Role]:
            if entry["role"].get(role):  # type: ignore[attr-defined]
                target.keepers[role] = target.keepers.get(role, 0) + entry["role"][role]  # type: ignore[index]
        rounds, turns, passed = entry["n"]  # type: ignore[misc]
        target.rounds += rounds
        target.turns += turns
        target.passed += passed
    return _rows(figures)


def _history(engine: Engine, circles: int = 40, seed: int = 20) -> dict[str, int]:
    """Circles over two school years in three groups and none, then a group and a person
    erased, then more circles."""
    rng = random.Random(seed)
    groups = GroupStore(engine)
    ids = {
        name: groups.create_group(name, GroupKind.CLASS, [(f"Elev {name}", Role.PUPIL)])
        for name in ("4.A", "4.B", "SFO")
    }
    for number in range(circles):
        group_id = rng.choice([*ids.values(), None])
        hold_a_circle(engine, rng, group_id, START + timedelta(hours=rng.randint(0, 2 * 365 * 24)))
        if number == circles // 2:
            erase_group(engine, ids.pop("4.B"))
            [member] = groups.members(ids["4.A"])
            erase_person(engine, member.person.id)
    return ids


PERIODS = list(Period)


def test_the_export_and_the_dashboard_show_what_the_kind_and_role_tallies_add_up_to(
    engine: Engine,
) -> None:
    """issue 20, weekly export: the same rows, figures and order of kinds and keepers as
    before, over a history with undo, an erased group and circles without a group; the
    dashboard's spans and one group's figures too."""
    _history(engine)
    for period in PERIODS:
        exported = _exported(engine, period)
        assert len(exported) >= 6
        assert {name for _, name, *_ in exported} == {"4.A", "SFO", ""}
        assert exported == _as_before(engine, period), period
        since = dashboard_since((START + timedelta(days=400)).date(), period)
        assert _exported(engine, period, since=since) == _as_before(engine, period, since=since)
        one = _exported(engine, period, group="4.A", since=since)
        assert one
        assert one == _as_before(engine, period, group="4.A", since=since)


def _sums_by_group(engine: Engine) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """circle_group_tally's rows, and circle_tally's added up the same way."""
    kinds = [func.sum(TALLY.c.circles).filter(TALLY.c.kind == kind) for kind in KIND_COLUMNS]
    roles = [
        func.sum(TALLY.c.circles).filter(TALLY.c.keeper_role == role) for role in KEEPER_COLUMNS
    ]
    counts = ("circles", "rounds", "turns", "passed")
    key = (TALLY.c.period, TALLY.c.period_start, TALLY.c.group_id)
    summed = select(
        *key,
        *(func.sum(TALLY.c[name]) for name in counts),
        *(func.coalesce(sum_, 0) for sum_ in (*kinds, *roles)),
    ).group_by(*key)
    columns = [*counts, *KIND_COLUMNS.values(), *KEEPER_COLUMNS.values()]
    kept = select(
        GROUP_TALLY.c.period,
        GROUP_TALLY.c.period_start,
        GROUP_TALLY.c.group_id,
        *(GROUP_TALLY.c[name] for name in columns),
    )
    with engine.connect() as connection:
        return (
            sorted(tuple(row) for row in connection.execute(kept)),
            sorted(tuple(row) for row in connection.execute(summed)),
        )


def test_each_action_and_its_undo_move_both_tallies_together(engine: Engine) -> None:
    """issue 20: every round, turn and undo adds to the group's sums in the same
    transaction as to the kind and role tallies; an erased group's sums stay, like theirs."""
    _history(engine, circles=25, seed=3)
    kept, summed = _sums_by_group(engine)
    assert len(kept) > 20
    assert kept == summed


def test_every_kind_of_circle_and_keeper_role_has_its_column() -> None:
    """issue 20: a new kind or role needs its column (and a migration), or its circles
    would be missing from the export."""
    columns = set(GROUP_TALLY.c.keys())
    assert {f"kind_{kind.value}" for kind in CircleKind} <= columns
    assert {f"keeper_{role.value}" for role in Role} <= columns


def test_the_group_tallies_hold_counts_only_so_erasure_leaves_them(engine: Engine) -> None:
    """issue 20: `circle_group_tally` can hold nothing about a person: numbers per week
    or month and group id (the group's name is only in `circle_group`, which erasure
    deletes). Erasing a group keeps its circles' counts, under no group, and the table
    is not one erasure must rewrite."""
    for column in GROUP_TALLY.c:
        assert column.name == "period" or column.type.python_type in (int, date), column.name
    assert GROUP_TALLY.name not in named_tables()
    ids = _history(engine, circles=10, seed=5)
    before = _exported(engine, Period.SCHOOL_YEAR)
    erase_group(engine, ids["SFO"])
    after = _exported(engine, Period.SCHOOL_YEAR)
    assert [name for _, name, *_ in after if name == "SFO"] == []
    assert sum(row[4] for row in after) == sum(row[4] for row in before)  # every turn kept
    with engine.connect() as connection:
        periods = set(connection.execute(select(GROUP_TALLY.c.period)).scalars())
    assert periods == {"week", "month"}


def _back_to_0012(url: str) -> None:
    engine = open_store(url, upgrade=True)
    try:
        command.downgrade(alembic_config(engine), "0012")
    finally:
        engine.dispose()


def test_upgrading_to_0013_gives_the_same_export_as_before(database_url: str) -> None:
    """issue 20: the backfill from a filled database's tallies gives what the store keeps
    with each action, and what the export showed before."""
    engine = open_store(database_url)
    _history(engine)
    kept = {period: _exported(engine, period) for period in PERIODS}
    engine.dispose()
    _back_to_0012(database_url)
    engine = open_store(database_url, upgrade=True)
    try:
        assert current_revision(engine) == head_revision()
        for period in PERIODS:
            assert _exported(engine, period) == kept[period] == _as_before(engine, period)
        backfilled, summed = _sums_by_group(engine)
        assert backfilled == summed
    finally:
        engine.dispose()


def test_a_backfill_that_fails_leaves_the_database_at_0012(database_url: str) -> None:
    """issue 20: all or nothing. Counts too big to add up (a damaged tally) stop the
    backfill after the table was made: the upgrade is refused and nothing of it stays."""
    engine = open_store(database_url)
    _history(engine, circles=5, seed=7)
    engine.dispose()
    _back_to_0012(database_url)
    engine = make_engine(database_url)
    huge = 2**63 - 1 if engine.dialect.name == "sqlite" else 2**31 - 1
    with engine.begin() as connection:
        for kind in ("peacetime", "academic"):  # two rows of one group and week
            connection.execute(
                text(
                    "INSERT INTO circle_tally (period, period_start, group_id, kind,"
                    " keeper_role, circles, rounds, turns, passed)"
                    " VALUES ('week', :start, 99, :kind, '', :n, 0, 0, 0)"
                ),
                {"start": date(2020, 1, 6), "kind": kind, "n": huge},
            )
        tallies = connection.execute(select(func.count()).select_from(TALLY)).scalar_one()
    engine.dispose()
    with pytest.raises(StoreError):
        open_store(database_url, upgrade=True)
    engine = make_engine(database_url)
    try:
        assert current_revision(engine) == "0012"
        with engine.connect() as connection:
            assert not inspect(connection).has_table(GROUP_TALLY.name)
            assert connection.execute(select(func.count()).select_from(TALLY)).scalar_one() == (
                tallies
            )
    finally:
        engine.dispose()
