"""The report's figures against a hand-counted fixture (issue 8)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from circle_app.cli import main
from circle_app.domain.circle import Circle, CircleSetup, Seat
from circle_app.domain.enums import CircleKind, GroupKind, Outcome, Role, RoundMode
from circle_app.domain.report import Period
from circle_app.store.circles import CircleStore, RecordedCircle
from circle_app.store.groups import GroupStore
from circle_app.store.models import (
    AgreementActionRow,
    CircleRow,
    ConferenceCaseRow,
    ConversationRow,
)
from circle_app.store.reports import ReportStore

TODAY = date(2026, 11, 26)


def _circle(
    store: CircleStore,
    engine: Engine,
    *,
    when: datetime,
    kind: CircleKind,
    outcomes_per_round: list[list[Outcome]],
    group_id: int | None = None,
    keeper: Role | None = None,
    seats: int = 3,
) -> None:
    setup = CircleSetup(
        kind=kind,
        seats=tuple(Seat(i) for i in range(seats)),
        present=frozenset(range(seats)),
        start_seat=0,
        planned_rounds=4 if kind is CircleKind.CONFLICT else max(len(outcomes_per_round), 1),
        group_id=group_id,
        keeper_role=keeper,
    )
    circle_id = store.create(setup)
    with Session(engine) as session:
        session.execute(update(CircleRow).where(CircleRow.id == circle_id).values(started_at=when))  # type: ignore[arg-type]
        session.commit()
    circle = Circle(setup)
    at = when
    for outcomes in outcomes_per_round:
        at += timedelta(minutes=1)
        store.record(circle_id, len(circle.events), circle.start_round(None, at))
        for outcome in outcomes:
            at += timedelta(minutes=1)
            event = circle.speak(at) if outcome is Outcome.SPOKE else circle.pass_turn(at)
            store.record(circle_id, len(circle.events) - 1, event)


S, P = Outcome.SPOKE, Outcome.PASSED


@pytest.fixture
def fixture_engine(engine: Engine) -> Engine:
    """Hand-counted: see the expected figures in the tests below."""
    groups = GroupStore(engine)
    class_4b = groups.create_group("4.B", GroupKind.CLASS, [("Asta", Role.PUPIL)])
    sfo = groups.create_group("SFO", GroupKind.SFO, [])
    store = CircleStore(engine)
    sep = lambda day, hour=9: datetime(2026, 9, day, hour, tzinfo=UTC)  # noqa: E731
    _circle(
        store,
        engine,
        when=sep(7),
        kind=CircleKind.PEACETIME,
        outcomes_per_round=[[S, P, S]],
        group_id=class_4b,
        keeper=Role.STAFF,
    )
    _circle(
        store,
        engine,
        when=sep(9),
        kind=CircleKind.CONFLICT,
        outcomes_per_round=[[S, S]],
        group_id=class_4b,
        keeper=Role.PUPIL,
    )
    _circle(
        store,
        engine,
        when=datetime(2026, 10, 1, 10, tzinfo=UTC),
        kind=CircleKind.ACADEMIC,
        outcomes_per_round=[[S, P, P], [P, S, S]],
        seats=2,
        group_id=class_4b,
        keeper=Role.PARENT,
    )
    _circle(
        store,
        engine,
        when=sep(8),
        kind=CircleKind.PARENTS,
        outcomes_per_round=[[S]],
        group_id=sfo,
        keeper=Role.STAFF,
    )
    _circle(store, engine, when=sep(10), kind=CircleKind.PEACETIME, outcomes_per_round=[[]])
    _circle(
        store, engine, when=sep(11), kind=CircleKind.PEACETIME, outcomes_per_round=[]
    )  # never began
    with Session(engine) as session:
        session.add(
            ConversationRow(
                language="da", facilitator="x", facilitator_role="staff", started_at=sep(11, 12)
            )
        )
        case = ConferenceCaseRow(
            title="t",
            held_on=date(2026, 10, 2),
            facilitator="x",
            created_at=sep(20),
            started_at=datetime(2026, 10, 2, 9, tzinfo=UTC),
        )
        session.add(case)
        session.flush()
        assert case.id is not None
        for position, (status, due) in enumerate(
            (("agreed", date(2026, 10, 20)), ("done", date(2026, 10, 21)))
        ):
            session.add(
                AgreementActionRow(
                    case_id=case.id,
                    position=position,
                    description="d",
                    carried_out_by="a",
                    followed_up_by="b",
                    due_on=due,
                    follow_up_on=due,
                    status=status,
                )
            )
        session.commit()
    return engine


def test_monthly_figures_per_group_match_the_hand_count(fixture_engine: Engine) -> None:
    report = ReportStore(fixture_engine).report(period=Period.MONTH, today=TODAY)
    rows = {(row.period_start, row.group): row.figures for row in report.rows}
    september, october = date(2026, 9, 1), date(2026, 10, 1)
    assert set(rows) == {
        (september, "4.B"),
        (september, "SFO"),
        (september, ""),
        (october, "4.B"),
        (october, ""),
    }
    class_sep = rows[september, "4.B"]
    assert class_sep.by_kind == {"peacetime": 1, "conflict": 1}
    assert (class_sep.proactive, class_sep.reactive, class_sep.proactive_share) == (1, 1, 0.5)
    assert (class_sep.rounds, class_sep.turns, class_sep.passed) == (2, 5, 1)
    assert class_sep.keepers == {"staff": 1, "pupil": 1}
    assert rows[september, "SFO"].by_kind == {"parents": 1}
    assert rows[september, ""].by_kind == {"peacetime": 1, "conversation": 1}
    class_oct = rows[october, "4.B"]
    # seat 0 passes then speaks in round 2: spoke; seat 1's two passes are one round passed
    assert (class_oct.rounds, class_oct.turns, class_oct.passed) == (2, 4, 1)
    assert class_oct.keepers == {"parent": 1}
    loose_oct = rows[october, ""]
    assert loose_oct.by_kind == {"conference": 1}
    assert (loose_oct.open_agreements, loose_oct.overdue_agreements) == (1, 1)
    totals = report.totals()
    assert (totals.held, totals.proactive, totals.reactive) == (7, 4, 3)
    assert (totals.turns, totals.spoke, totals.passed) == (10, 8, 2)
    assert totals.passed_share == pytest.approx(2 / 10)


def test_weeks_start_on_monday_and_school_years_on_1_august(fixture_engine: Engine) -> None:
    store = ReportStore(fixture_engine)
    weeks = {start for start, _ in store.report(period=Period.WEEK, today=TODAY).by_period()}
    assert date(2026, 9, 7) in weeks  # Monday 7 Sept holds the 7th-11th
    assert date(2026, 9, 28) in weeks  # 1 October is a Thursday
    years = store.report(period=Period.SCHOOL_YEAR, today=TODAY).by_period()
    assert [start for start, _ in years] == [date(2026, 8, 1)]
    assert years[0][1].held == 7


def test_one_group_and_a_date_range(fixture_engine: Engine) -> None:
    report = ReportStore(fixture_engine).report(
        group="4.B", since=date(2026, 9, 8), until=date(2026, 9, 30), today=TODAY
    )
    assert [(row.group, row.figures.by_kind) for row in report.rows] == [("4.B", {"conflict": 1})]


def test_undo_keeps_the_counters_true(engine: Engine) -> None:
    store = CircleStore(engine)
    _circle(
        store,
        engine,
        when=datetime(2026, 9, 7, tzinfo=UTC),
        kind=CircleKind.PEACETIME,
        outcomes_per_round=[[S, P]],
    )
    with Session(engine) as session:
        circle_id = session.scalars(select(CircleRow.id)).one()
    seq_of_last = 2
    store.undo(circle_id, seq_of_last)  # the pass
    figures = ReportStore(engine).report(today=TODAY).totals()
    assert (figures.rounds, figures.turns, figures.passed) == (1, 1, 0)


def test_cli_report_json_and_csv_have_the_figures_and_no_names(
    fixture_engine: Engine, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database-url", database_url, "report", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"]["held"] == 7
    assert data["totals"]["proactive"] == 4
    assert (
        main(["--database-url", database_url, "report", "--group", "4.B", "--format", "csv"]) == 0
    )
    out = capsys.readouterr().out
    records = list(csv.DictReader(io.StringIO(out)))
    assert [(r["period"], r["held"], r["passed"]) for r in records] == [
        ("2026-09", "2", "1"),
        ("2026-10", "1", "1"),
    ]
    assert "Asta" not in out


def test_cli_report_refuses_an_unknown_group(
    fixture_engine: Engine, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["--database-url", database_url, "report", "--group", "7.Z", "--format", "json"]) == 1
    )
    assert "there is no group called '7.Z'" in capsys.readouterr().err


@pytest.mark.parametrize("period", list(Period))
def test_the_running_tallies_agree_with_a_scan_of_the_circles(
    fixture_engine: Engine, period: Period
) -> None:
    """A report over whole weeks or months is read from the running tallies; one whose range
    starts or ends mid-week and mid-month is counted from the circles themselves. Over a
    range holding every circle, the two agree."""
    store = ReportStore(fixture_engine)
    tallied = store.report(period=period, today=TODAY)
    scanned = store.report(
        period=period, today=TODAY, since=date(2000, 1, 5), until=date(2100, 6, 15)
    )
    assert tallied.as_records() == scanned.as_records()


def test_tallies_follow_undo_back_to_nothing(engine: Engine) -> None:
    store = CircleStore(engine)
    _circle(
        store,
        engine,
        when=datetime(2026, 9, 7, tzinfo=UTC),
        kind=CircleKind.PEACETIME,
        outcomes_per_round=[[S]],
    )
    for seq in (1, 0):  # the turn, then the round
        store.undo(1, seq)
    assert ReportStore(engine).report(today=TODAY).rows == ()


def test_the_command_offers_exactly_the_report_periods() -> None:
    from circle_app.commands import report as command

    assert tuple(period.value for period in Period) == command.PERIODS


def test_counts_mean_one_thing_the_summary_and_the_report_agree(engine: Engine) -> None:
    """A circle of 12 where one passes, then speaks when the piece comes again."""
    store = CircleStore(engine)
    setup = CircleSetup(
        kind=CircleKind.PEACETIME,
        seats=tuple(Seat(i) for i in range(12)),
        present=frozenset(range(12)),
        start_seat=0,
        planned_rounds=2,
    )
    recorded = RecordedCircle.begin(store, setup)
    recorded.start_round(None)
    recorded.speak()
    recorded.pass_turn()  # seat 1
    for _ in range(11):
        recorded.speak()  # seats 2..11, then seat 1 offered again speaks
    assert recorded.circle.round_complete
    recorded.start_round(None, RoundMode.OPEN)
    for _ in range(2):  # two turns in an open round count once
        recorded.give_piece(5)
        recorded.speak()
    summary = recorded.circle.summary()
    assert (summary.spoke, summary.passed) == (13, 0)
    assert summary.turns == 15
    totals = ReportStore(engine).report(today=TODAY).totals()
    assert (totals.spoke, totals.passed) == (summary.spoke, summary.passed)
    assert totals.passed_share == 0
    recorded.undo()  # the second open turn
    recorded.undo()
    recorded.undo()  # the first one: seat 5 has not spoken in round 2 any more
    recorded.undo()
    recorded.undo()  # round 2
    recorded.undo()  # seat 1's second offer: a pass for now
    summary = recorded.circle.summary()
    totals = ReportStore(engine).report(today=TODAY).totals()
    assert (summary.spoke, summary.passed) == (11, 1)
    assert (totals.spoke, totals.passed) == (11, 1)
