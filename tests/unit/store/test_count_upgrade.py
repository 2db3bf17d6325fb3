"""Counts mean one thing, for circles an older version recorded too (issue 16).

Before 0010 the circle's counters and the dashboard's tallies counted presses: a pass and
then speaking when the piece came again was two turns and one pass. The upgrade counts
them again per person and round (`word_of`), as the summary does.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from circle_app.store import open_store
from circle_app.store.circles import CircleStore
from circle_app.store.engine import make_engine
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
