"""Counts mean one thing, for circles an older version recorded too (issue 16).

Before 0010 the circle's counters and the dashboard's tallies counted presses: a pass and
then speaking when the piece came again was two turns and one pass. The upgrade counts
them again per person and round (`word_of`), as the summary does.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

from alembic import command
from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from circle_app.store import open_store
from circle_app.store.circles import CircleStore
from circle_app.store.engine import make_engine
from circle_app.store.migrate import alembic_config
from circle_app.store.models import CircleRow
from circle_app.store.reports import ReportStore
from tests.stress.schema_rows import at, build


def test_counts_mean_one_thing_in_circles_an_older_version_counted(
    blank_database_url: str,
) -> None:
    engine = make_engine(blank_database_url)
    build(engine, "0007")  # seat 0 spoke, seat 1 passed, seat 2 spoke
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO turn (circle_id, seq, round_number, seat, person_id, outcome,"
                " offer, started_at, ended_at) VALUES (1, 5, 1, 1, 2, 'spoke', 2, :a, :b)"
            ),
            {"a": at(7), "b": at(8)},
        )  # seat 1 speaks when the pass is offered again
        connection.execute(text("UPDATE circle SET turns_count = 4, passed_count = 1"))
        for period, start in (("week", "2026-08-31"), ("month", "2026-09-01")):
            connection.execute(  # the tallies as that version kept them: presses
                text(
                    "INSERT INTO circle_tally (period, period_start, group_id, kind,"
                    " keeper_role, circles, rounds, turns, passed) SELECT :p, :s,"
                    " coalesce(group_id, 0), kind, coalesce(keeper_role, ''), 1, 1, 4, 1"
                    " FROM circle"
                ),
                {"p": period, "s": start},
            )
    engine.dispose()

    engine = open_store(blank_database_url, upgrade=True)
    try:
        with Session(engine) as session:
            row = session.get_one(CircleRow, 1)
            assert (row.rounds_count, row.turns_count, row.passed_count) == (1, 3, 0)
        summary = CircleStore(engine).load(1).summary()
        totals = ReportStore(engine).report(today=at(9).date()).totals()
        assert (totals.spoke, totals.passed) == (summary.spoke, summary.passed) == (3, 0)
    finally:
        engine.dispose()


def _recount_as_released(bind: Connection) -> None:
    """Migration 0010's upgrade as it shipped (each circle and tally row through Python),
    kept to compare with the migration that does it in the database (issue 20)."""
    words = bind.execute(
        text(
            "SELECT circle_id, max(CASE WHEN outcome = 'spoke' THEN 1 ELSE 0 END)"
            " FROM turn GROUP BY circle_id, round_number, seat"
        )
    )
    counts: dict[int, list[int]] = {}
    for circle_id, spoke in words:
        had_passed = counts.setdefault(circle_id, [0, 0])
        had_passed[0] += 1
        had_passed[1] += 0 if spoke else 1
    stored = bind.execute(
        text(
            "SELECT id, turns_count, passed_count, started_at, group_id, kind, keeper_role,"
            " rounds_count FROM circle"
        )
    )
    changes = []
    deltas: dict[tuple[str, date, int, str, str], list[int]] = {}
    for circle_id, turns, passed, started, group_id, kind, role, rounds in stored:
        new = counts.get(circle_id, [0, 0])
        if new == [turns, passed]:
            continue
        changes.append({"id": circle_id, "turns": new[0], "passed": new[1]})
        if rounds <= 0:
            continue
        if isinstance(started, datetime):
            day = started.astimezone(UTC).date()
        else:
            day = date.fromisoformat(str(started)[:10])
        for period, start in (
            ("week", day - timedelta(days=day.weekday())),
            ("month", day.replace(day=1)),
        ):
            delta = deltas.setdefault((period, start, group_id or 0, kind, role or ""), [0, 0])
            delta[0] += new[0] - turns
            delta[1] += new[1] - passed
    if changes:
        bind.execute(
            text("UPDATE circle SET turns_count = :turns, passed_count = :passed WHERE id = :id"),
            changes,
        )
    if deltas:
        bind.execute(
            text(
                "UPDATE circle_tally SET turns = turns + :turns, passed = passed + :passed"
                " WHERE period = :period AND period_start = :start AND group_id = :group_id"
                " AND kind = :kind AND keeper_role = :role"
            ),
            [
                {
                    "period": p,
                    "start": s,
                    "group_id": g,
                    "kind": k,
                    "role": r,
                    "turns": t,
                    "passed": n,
                }
                for (p, s, g, k, r), (t, n) in deltas.items()
            ],
        )


def _seed_0009(engine: Engine, rng: random.Random) -> None:
    """Circles as versions before 0010 left them: counts and tallies of presses, some
    circles never begun, without a group or keeper role, at midnight and month ends,
    one written with a local offset; some tally rows missing."""
    command.upgrade(alembic_config(engine), "0009")
    base = datetime(2025, 8, 31, 23, 30, tzinfo=UTC)  # a Sunday night, a month's end
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO circle_group (id, name, kind, language, created_at, keeper_roles)"
                " VALUES (1, '4.b', 'class', 'da', :at, 'staff'), (2, '5.a', 'class', 'da',"
                " :at, 'staff')"
            ),
            {"at": base},
        )
        tallies: dict[tuple[str, date, int, str, str], list[int]] = {}
        for circle_id in range(1, 121):
            started = base + timedelta(hours=rng.choice([0, 1, 23, 24, 25, 24 * 30, 24 * 33]))
            if circle_id == 7:
                started = datetime(2025, 9, 1, 1, 0, tzinfo=timezone(timedelta(hours=2)))
            group_id, role = rng.choice([1, 2, None]), rng.choice(["staff", "pupil", None])
            kind = rng.choice(["peacetime", "conflict"])
            turns = []
            rounds = rng.randint(0, 3)
            for round_number in range(1, rounds + 1):
                for seat in range(rng.randint(0, 4)):
                    outcomes = rng.choice(
                        [["spoke"], ["passed"], ["passed", "spoke"], ["passed", "passed"]]
                    )
                    turns += [(round_number, seat, outcome) for outcome in outcomes]
            presses = (len(turns), sum(outcome == "passed" for *_, outcome in turns))
            if circle_id % 9 == 0:
                presses = (presses[0] + 1, presses[1])  # a count that was wrong anyway
            connection.execute(
                text(
                    "INSERT INTO circle (id, group_id, kind, language, direction, start_seat,"
                    " planned_rounds, keeper_role, started_at, is_demo, rounds_count,"
                    " turns_count, passed_count) VALUES (:id, :group_id, :kind, 'da',"
                    " 'clockwise', 0, 4, :role, :at, false, :rounds, :turns, :passed)"
                ),
                {
                    "id": circle_id,
                    "group_id": group_id,
                    "kind": kind,
                    "role": role,
                    "at": started,
                    "rounds": rounds,
                    "turns": presses[0],
                    "passed": presses[1],
                },
            )
            for seq, (round_number, seat, outcome) in enumerate(turns):
                connection.execute(
                    text(
                        "INSERT INTO turn (circle_id, seq, round_number, seat, outcome, offer,"
                        " started_at, ended_at) VALUES (:c, :seq, :r, :s, :o, 1, :at, :at)"
                    ),
                    {
                        "c": circle_id,
                        "seq": seq,
                        "r": round_number,
                        "s": seat,
                        "o": outcome,
                        "at": started,
                    },
                )
            day = started.astimezone(UTC).date()
            if rounds and circle_id % 11:  # every eleventh circle's tally went missing
                for period, start in (
                    ("week", day - timedelta(days=day.weekday())),
                    ("month", day.replace(day=1)),
                ):
                    total = tallies.setdefault(
                        (period, start, group_id or 0, kind, role or ""), [0, 0, 0, 0]
                    )
                    for index, value in enumerate((1, rounds, *presses)):
                        total[index] += value
        connection.execute(
            text(
                "INSERT INTO circle_tally (period, period_start, group_id, kind, keeper_role,"
                " circles, rounds, turns, passed) VALUES (:p, :s, :g, :k, :r, :c, :n, :t, :x)"
            ),
            [
                {"p": p, "s": s, "g": g, "k": k, "r": r, "c": c, "n": n, "t": t, "x": x}
                for (p, s, g, k, r), (c, n, t, x) in tallies.items()
            ],
        )


def _counts(connection: Connection) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    circles = connection.execute(text("SELECT id, turns_count, passed_count FROM circle"))
    tallies = connection.execute(
        text(
            "SELECT period, period_start, group_id, kind, keeper_role, circles, rounds, turns,"
            " passed FROM circle_tally"
        )
    )
    return sorted(tuple(row) for row in circles), sorted(tuple(row) for row in tallies)


def test_the_recount_in_the_database_writes_what_the_released_recount_wrote(
    blank_database_url: str,
) -> None:
    """issue 20, the upgrade backfill: migration 0010 counts in SQL now; on the same rows
    its circles' counts and tallies are those the released Python recount wrote."""
    engine = make_engine(blank_database_url)
    try:
        _seed_0009(engine, random.Random(10))
        with engine.connect() as connection:
            before = _counts(connection)
            _recount_as_released(connection)
            released = _counts(connection)
            connection.rollback()
            assert _counts(connection) == before
        command.upgrade(alembic_config(engine), "0010")
        with engine.connect() as connection:
            recounted = _counts(connection)
        assert recounted == released
        assert recounted != before  # the rows had counts to correct
        changed = [row for row, old in zip(recounted[0], before[0], strict=True) if row != old]
        assert len(changed) > 40
    finally:
        engine.dispose()
