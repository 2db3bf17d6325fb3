"""issue 20, upgrade: migration 0006's backfill runs in the database, and writes what the
released Python loop wrote, row for row and id for id.

The loop below is the released one (0006 as it shipped), reading the same circles. Nothing
in the app reads `circle_tally.id` (the store adds to a row by its unique key, the reports
read `circle_group_tally`), but the upgraded database is kept the same anyway.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from sqlalchemy import Connection, Engine

from circle_app.store.engine import make_engine
from circle_app.store.migrate import alembic_config
from tests.stress.schema_rows import FIXTURES

Row = tuple[Any, ...]


def _day(value: object) -> date:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).date()
    return date.fromisoformat(str(value)[:10])


def released_backfill(connection: Connection) -> list[Row]:
    """The tally rows the released loop wrote, with the ids they got (1, 2, ... in order)."""
    circles = connection.execute(
        sa.text(
            "SELECT started_at, group_id, kind, keeper_role, rounds_count, turns_count,"
            " passed_count FROM circle WHERE rounds_count > 0"
        )
    )
    sums: dict[tuple[str, date, int, str, str], list[int]] = {}
    for started, group_id, kind, role, rounds, turns, passed in circles:
        day = _day(started)
        for period, start in (
            ("week", day - timedelta(days=day.weekday())),
            ("month", day.replace(day=1)),
        ):
            key = (period, start, group_id or 0, kind, role or "")
            total = sums.setdefault(key, [0, 0, 0, 0])
            for index, value in enumerate((1, rounds, turns, passed)):
                total[index] += value
    return [(n, *key, *total) for n, (key, total) in enumerate(sums.items(), start=1)]


def tally_rows(connection: Connection) -> list[Row]:
    table = sa.Table("circle_tally", sa.MetaData(), autoload_with=connection)
    columns = ("id", "period", "period_start", "group_id", "kind", "keeper_role")
    query = sa.select(*(table.c[name] for name in columns), table.c.circles, table.c.rounds)
    query = query.add_columns(table.c.turns, table.c.passed).order_by(table.c.id)
    return [tuple(row) for row in connection.execute(query)]


CET = timezone(timedelta(hours=2))
TIMES = [  # the edges of weeks, months and years, in UTC and in Danish summer time
    datetime(2026, 9, 6, 23, 59, tzinfo=UTC),  # a Sunday: its week began on the Monday before
    datetime(2026, 9, 7, 0, 0, tzinfo=UTC),  # the Monday after
    datetime(2026, 9, 7, 1, 30, tzinfo=CET),  # Sunday 23:30 UTC
    datetime(2026, 8, 31, 12, tzinfo=UTC),  # a Monday whose week runs into September
    datetime(2026, 9, 30, 22, 30, tzinfo=CET),  # 20:30 UTC, still September
    datetime(2026, 12, 31, 23, 0, tzinfo=UTC),  # a week that runs into the next year
    datetime(2027, 1, 1, 0, 30, tzinfo=CET),  # New Year's Eve 22:30 UTC
    datetime(2028, 2, 29, 9, tzinfo=UTC),  # a leap day
    datetime(2027, 1, 4, 8, tzinfo=UTC),
]


def fill_at_0005(engine: Engine) -> None:
    """Circles as 0005 held them, their ids out of time order, some without a group or a
    keeper role, some never started (no rounds, so no tally)."""
    command.upgrade(alembic_config(engine), "0005")
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO circle_group (name, kind, language, created_at)"
                " VALUES (:name, 'class', 'da', :at)"
            ),
            [{"name": f"{n}.a", "at": TIMES[0]} for n in range(3)],
        )
        rows = []
        for n in range(120):
            turns = 5 + n % 17
            rows.append(
                {
                    "group_id": None if n % 7 == 3 else 1 + n % 3,
                    "kind": ("peacetime", "academic", "conflict")[n % 3 if n % 5 else 0],
                    "role": None if n % 11 == 4 else ("staff", "pupil")[n % 2],
                    "at": TIMES[(n * 5) % len(TIMES)] + timedelta(days=7 * (n % 4)),
                    "rounds": 0 if n % 13 == 6 else 1 + n % 4,
                    "turns": turns,
                    "passed": n % (turns // 3),
                }
            )
        connection.execute(
            sa.text(
                "INSERT INTO circle (group_id, kind, language, direction, start_seat,"
                " planned_rounds, keeper_role, started_at, ended_at, is_demo,"
                " rounds_count, turns_count, passed_count) VALUES (:group_id, :kind, 'da',"
                " 'clockwise', 0, 4, :role, :at, :at, :demo, :rounds, :turns, :passed)"
            ),
            [{**row, "demo": False} for row in rows],
        )


def test_the_backfill_in_the_database_writes_what_the_released_loop_wrote(
    blank_database_url: str,
) -> None:
    """On SQLite and PostgreSQL: the same rows, the same ids, in the same order."""
    engine = make_engine(blank_database_url)
    try:
        fill_at_0005(engine)
        with engine.connect() as connection:
            expected = released_backfill(connection)
        command.upgrade(alembic_config(engine), "0006")
        with engine.connect() as connection:
            written = tally_rows(connection)
    finally:
        engine.dispose()
    assert len(expected) > 100  # weeks and months, groups, kinds and roles
    assert written == expected


def test_the_released_0005_database_gets_the_tallies_the_loop_gave_it(tmp_path: Path) -> None:
    """The fixture database as 0005 left it, upgraded to 0006."""
    path = tmp_path / "0005.sqlite3"
    shutil.copyfile(FIXTURES / "0005.sqlite3", path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            expected = released_backfill(connection)
        command.upgrade(alembic_config(engine), "0006")
        with engine.connect() as connection:
            assert tally_rows(connection) == expected != []
    finally:
        engine.dispose()
