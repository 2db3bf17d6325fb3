"""The export's file, written straight from the tallies (issue 20: weekly export ≤ 150 ms).

`circle-app report --format csv` writes its rows from the tally rows in one pass, without a
`Figures` per group and week. The file must be the one the report wrote before, byte for
byte: every file here is compared with the records as the released `Report.as_records`
made them (kept below as a small oracle), written as the released command wrote them, over
a history with several groups (one erased, one named like a formula), every kind and
keeper role, circles taken back to nothing, ISO week 53 and the turn of the year, the
school year's start, conversations, conferences, agreements and follow-ups.
"""

from __future__ import annotations

import csv
import gc
import io
import itertools
import json
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from circle_app.cli import main
from circle_app.domain.circle import Circle, CircleSetup, Seat
from circle_app.domain.csv_safety import neutralise_row
from circle_app.domain.enums import CircleKind, GroupKind, Role
from circle_app.domain.follow_up import Kept, NextStep, Review
from circle_app.domain.report import (
    KEEPER_ROLES,
    PROACTIVE_KINDS,
    REACTIVE_KINDS,
    Period,
    Report,
    period_key,
)
from circle_app.store.circles import CircleStore, RecordedCircle
from circle_app.store.conferences import ConferenceStore, add_demo_actions, create_demo_case
from circle_app.store.groups import GroupStore
from circle_app.store.models import CircleRow, ConferenceCaseRow, ConversationRow
from circle_app.store.privacy import erase_group
from circle_app.store.reports import ReportStore
from tests.unit.store.held_circles import hold_a_circle

TODAY = date(2027, 1, 12)
#: Monday 28 December 2026 starts ISO week 53; the circles run over it into January 2027.
WEEK_53 = datetime(2026, 12, 28, 9, tzinfo=UTC)
GROUPS = ("4.A", "=SUM(A1)", 'Æblegård, "8.x"', "b-holdet", "SFO")


def _released_records(report: Report) -> list[dict[str, object]]:
    """`Report.as_records` as released (before the export read the tallies straight)."""
    records = []
    for row in report.rows:
        f = row.figures
        record: dict[str, object] = {
            "period": period_key(row.period_start, report.period),
            "period_start": row.period_start.isoformat(),
            "group": row.group,
            "held": f.held,
            "proactive": f.proactive,
            "reactive": f.reactive,
            "proactive_share": None if f.proactive_share is None else round(f.proactive_share, 4),
        }
        for kind in sorted(PROACTIVE_KINDS | REACTIVE_KINDS):
            record[f"kind_{kind}"] = f.by_kind.get(kind, 0)
        record.update(
            rounds=f.rounds,
            turns=f.turns,
            passed=f.passed,
            passed_share=None if f.passed_share is None else round(f.passed_share, 4),
        )
        for role in KEEPER_ROLES:
            record[f"keeper_{role}"] = f.keepers.get(role, 0)
        record.update(open_agreements=f.open_agreements, overdue_agreements=f.overdue_agreements)
        records.append(record)
    return records


def _released_csv(records: list[dict[str, object]]) -> str:
    """The file `circle-app report --format csv` wrote from those records."""
    out = io.StringIO()
    columns = list(records[0]) if records else ["period", "period_start", "group", "held"]
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(dict(zip(record, neutralise_row(record.values()), strict=True)))
    return out.getvalue()


def _open_circle(engine: Engine, group_id: int, when: datetime) -> RecordedCircle:
    """A circle left open after one spoken turn."""
    setup = CircleSetup(
        kind=CircleKind.PEACETIME,
        seats=(Seat(0), Seat(1)),
        present=frozenset({0, 1}),
        start_seat=0,
        group_id=group_id,
    )
    store = CircleStore(engine)
    circle_id = store.create(setup)
    with Session(engine) as session:
        session.execute(update(CircleRow).where(CircleRow.id == circle_id).values(started_at=when))  # type: ignore[arg-type]
        session.commit()
    recorded = RecordedCircle(store, circle_id, Circle(setup))
    recorded.start_round(None)
    recorded.speak()
    return recorded


def _moments(rng: random.Random) -> list[datetime]:
    """Around week 53 and the new year, the school year's start, and anywhere in between."""
    around_new_year = [WEEK_53 + timedelta(hours=rng.randint(-200, 400)) for _ in range(10)]
    school_start = datetime(2026, 8, 1, 10, tzinfo=UTC)
    around_august = [school_start + timedelta(hours=rng.randint(-120, 120)) for _ in range(5)]
    spread = [
        datetime(2025, 6, 2, 8, tzinfo=UTC) + timedelta(hours=rng.randint(0, 580 * 24))
        for _ in range(9)
    ]
    return [*around_new_year, *around_august, *spread]


def _history(engine: Engine, seed: int = 53, moments: int | None = None) -> None:
    rng = random.Random(seed)
    groups = GroupStore(engine)
    ids = {
        name: groups.create_group(name, GroupKind.CLASS, [(f"Elev {n}", Role.PUPIL)])
        for n, name in enumerate(GROUPS)
    }
    times = _moments(rng)[:moments]
    open_in_erased = _open_circle(engine, ids["b-holdet"], datetime(2026, 3, 2, 9, tzinfo=UTC))
    for number, when in enumerate(times):
        hold_a_circle(engine, rng, rng.choice([*ids.values(), None]), when, round_undone=0.15)
        if number == len(times) // 2:
            erase_group(engine, ids.pop("b-holdet"))  # its circles count under no group
    # Its open circle's turn taken back after the erasure: counted against no group, in a
    # week where no group has a circle (a tally row of -1 turns the file does not show).
    open_in_erased.undo()
    with Session(engine) as session:
        for hours in (3, 50, 400):  # conversations outside a conference
            at = WEEK_53 + timedelta(hours=hours)
            session.add(
                ConversationRow(
                    language="da", facilitator="x", facilitator_role="staff", started_at=at
                )
            )
        session.add(
            ConferenceCaseRow(
                title="t",
                held_on=date(2026, 12, 30),
                facilitator="x",
                created_at=WEEK_53,
                started_at=WEEK_53 + timedelta(days=2),
            )
        )
        session.commit()
    conferences = ConferenceStore(engine)
    case_id = create_demo_case(conferences, "da", date(2026, 12, 20))
    lunch, tidy, call = add_demo_actions(conferences, case_id, "da", date(2026, 12, 20)).actions
    # A follow-up in a week without any other work: a row of the group "" counting nothing
    # the file shows (kept on time is the dashboard's), which the file has always had.
    conferences.hold_follow_up(
        case_id,
        date(2027, 3, 3),
        [
            Review(lunch.id, Kept.KEPT, NextStep.CLOSED),
            Review(tidy.id, Kept.PARTLY, NextStep.NEW_DATE, new_date=date(2027, 3, 20)),
        ],
    )
    del call  # left open: an open, overdue agreement


LIMITS: list[dict[str, object]] = [
    {},
    {"group": "4.A"},
    {"group": "=SUM(A1)"},
    {"since": date(2026, 12, 28), "until": date(2027, 1, 10)},  # whole weeks
    {"since": date(2026, 8, 1), "until": date(2026, 12, 31)},  # whole months
    {"since": date(2026, 12, 30), "until": date(2027, 1, 2)},  # neither
    {"since": date(2027, 5, 1)},  # nothing in it
]


def test_the_export_has_the_records_the_report_had(engine: Engine) -> None:
    """issue 20, weekly export: the export's rows, made straight from the tally rows, are
    the released report's records, value for value and in their order, for every period,
    one group, whole and broken ranges."""
    _history(engine)
    store = ReportStore(engine)
    for period, limits in itertools.product(Period, LIMITS):
        report = store.report(period=period, today=TODAY, **limits)  # type: ignore[arg-type]
        released = _released_records(report)
        exported = store.export(period=period, today=TODAY, **limits)  # type: ignore[arg-type]
        assert list(exported.rows) == [tuple(record.values()) for record in released], limits
        assert [list(record.items()) for record in report.as_records()] == [
            list(record.items()) for record in released
        ]
        if not limits:
            groups = {record["group"] for record in released}
            assert groups == {"4.A", "=SUM(A1)", 'Æblegård, "8.x"', "SFO", ""}
            if period is Period.WEEK:
                assert {"2026-W53", "2026-W52", "2027-W01"} <= {r["period"] for r in released}


def test_the_exported_file_is_the_file_the_report_wrote(
    engine: Engine, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """issue 20, weekly export: `circle-app report` writes the same bytes as before, CSV
    (a formula-like group name still neutralised) and JSON."""
    _history(engine)
    store = ReportStore(engine)
    runs = [
        *(("week", limits) for limits in LIMITS[:3] + LIMITS[5:6]),
        ("month", {}),
        ("school_year", {}),
    ]
    for period, limits in runs:
        args = ["--period", period]
        for name, value in limits.items():
            args += [f"--{name}", str(value)]
        released = _released_records(
            store.report(period=Period(period), today=date.today(), **limits)  # type: ignore[arg-type]
        )
        assert main(["--database-url", database_url, "report", *args, "--format", "csv"]) == 0
        assert capsys.readouterr().out == _released_csv(released), limits
        assert main(["--database-url", database_url, "report", *args, "--format", "json"]) == 0
        rows = json.loads(capsys.readouterr().out)["rows"]
        assert json.dumps(rows, ensure_ascii=False) == json.dumps(released, ensure_ascii=False)
    assert "'=SUM(A1)" in _released_csv(_released_records(store.report(today=TODAY)))


def test_the_export_leaves_the_garbage_collector_as_it_found_it(
    engine: Engine, tmp_path: Path
) -> None:
    """issue 20, weekly export: the cycle collector is held while the records are made and
    runs again afterwards, also when the export fails (an app left without it would keep
    every cycle of garbage for the rest of the school day)."""
    _history(engine, seed=7, moments=4)
    assert gc.isenabled()
    assert ReportStore(engine).export(period=Period.WEEK, today=TODAY).rows
    assert gc.isenabled()
    unreadable = create_engine(f"sqlite:///{tmp_path}")  # a folder, not a database
    with pytest.raises(OperationalError):
        ReportStore(unreadable).export(period=Period.WEEK, today=TODAY)
    assert gc.isenabled()
    gc.disable()
    try:
        ReportStore(engine).export(period=Period.WEEK, today=TODAY)
        assert not gc.isenabled()  # held by someone else: still held
    finally:
        gc.enable()
