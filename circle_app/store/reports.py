"""The dashboard's and `circle-app report`'s figures, aggregated in the database.

Circles carry their own round/turn/pass counters (kept in the same transaction as each
action), so the figures for a municipality's years of circles are one grouped scan of
the circle table, not a walk over millions of turns. Whole weeks and months (the
dashboard, the export) read the running tallies per group instead (`store.tally`): one
row per group and period, added up into the report's rows in a single pass.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Select,
    String,
    Table,
    func,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.sql.elements import ColumnElement

from circle_app.domain.conference import OPEN_STATUSES
from circle_app.domain.follow_up import Kept, counts_as_kept_on_time
from circle_app.domain.report import Figures, Period, Report, ReportRow, period_start
from circle_app.domain.report_export import CIRCLE_COUNTS, Export, ExportTable
from circle_app.store.models import (
    AgreementActionRow,
    CircleRow,
    ConferenceCaseRow,
    ConversationRow,
    FollowUpMeetingRow,
    FollowUpReviewRow,
    GroupRow,
)
from circle_app.store.tally import GROUP_TALLY, KEEPER_COLUMNS, KIND_COLUMNS


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


CIRCLE = _table(CircleRow)
GROUP = _table(GroupRow)
CONVERSATION = _table(ConversationRow)
CASE = _table(ConferenceCaseRow)
ACTION = _table(AgreementActionRow)
MEETING = _table(FollowUpMeetingRow)
REVIEW = _table(FollowUpReviewRow)

FiguresFor = Callable[[date, str], Figures]


def _bucket(column: Column[Any], dialect: str, period: Period) -> ColumnElement[Any]:
    """The first day of the column's week or month (school years merge months in Python)."""
    if dialect == "sqlite":
        if period is Period.WEEK:
            return func.date(column, "weekday 0", "-6 days")
        return func.strftime("%Y-%m-01", column)
    unit = "week" if period is Period.WEEK else "month"
    return func.to_char(func.date_trunc(unit, column), "YYYY-MM-DD")


def _aligned(since: date | None, until: date | None, period: Period) -> bool:
    """Whether the range is made of whole weeks (or months), so the tallies answer exactly."""
    grain = Period.WEEK if period is Period.WEEK else Period.MONTH
    starts_clean = since is None or period_start(since, grain) == since
    after = until + timedelta(days=1) if until is not None else None
    ends_clean = after is None or period_start(after, grain) == after
    return starts_clean and ends_clean


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _within(
    column: Column[Any], since: date | None, until: date | None, *, moment: bool = True
) -> list[ColumnElement[bool]]:
    """`since` to `until`, both days included."""
    conditions: list[ColumnElement[bool]] = []
    if since is not None:
        conditions.append(column >= (datetime.combine(since, time.min, UTC) if moment else since))
    if until is not None:
        conditions.append(column <= (datetime.combine(until, time.max, UTC) if moment else until))
    return conditions


class _Rows:
    """The report's figures as they are added up, per period start and group name."""

    def __init__(self, period: Period) -> None:
        self.period = period
        self.rows: dict[tuple[date, str], Figures] = {}
        self._starts: dict[object, date] = {}  # a value's period start, worked out once

    def start_of(self, value: object) -> date:
        """The start of the period holding `value` (a day, as the driver returned it)."""
        start = self._starts.get(value)
        if start is None:
            start = self._starts[value] = period_start(_as_date(value), self.period)
        return start

    def __call__(self, day: date, group_name: str) -> Figures:
        """The figures of `group_name` in the period holding `day` (a FiguresFor)."""
        key = (self.start_of(day), group_name)
        target = self.rows.get(key)
        if target is None:
            target = self.rows[key] = Figures()
        return target

    def report_rows(self) -> tuple[ReportRow, ...]:
        return tuple(
            ReportRow(start, name, value) for (start, name), value in sorted(self.rows.items())
        )


class _NonZero:
    """The counts that are not 0 as a new dict, keyed in the order of `keys` (the enum's):
    what `Figures.by_kind` and `Figures.keepers` hold. Built once per distinct counts."""

    def __init__(self, keys: list[str]) -> None:
        self._keys = keys
        self._made: dict[tuple[int, ...], dict[str, int]] = {}

    def __call__(self, counts: tuple[int, ...]) -> dict[str, int]:
        made = self._made.get(counts)
        if made is None:
            made = self._made[counts] = {k: n for k, n in zip(self._keys, counts, strict=True) if n}
        return made.copy()


class ReportStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def group_names(self) -> list[str]:
        with self._engine.connect() as connection:
            return [
                str(name)
                for name in connection.execute(select(GROUP.c.name).order_by("name")).scalars()
            ]

    def report(
        self,
        *,
        period: Period = Period.MONTH,
        group: str | None = None,
        since: date | None = None,
        until: date | None = None,
        today: date | None = None,
    ) -> Report:
        """Figures per group and period. `group` limits to one group by name; conversations,
        conferences and agreements belong to no group and count under the group ""."""
        table = _Rows(period)
        with self._engine.connect() as connection:
            if _aligned(since, until, period):
                self._tallied(connection, table, period, group, since, until)
            else:
                self._circles(connection, table, period, group, since, until)
            if group is None:
                self._reactive_work(connection, table, since, until, today or date.today())
        return Report(period=period, since=since, until=until, rows=table.report_rows())

    @staticmethod
    def _tallied(
        connection: Connection,
        table: _Rows,
        period: Period,
        group: str | None,
        since: date | None,
        until: date | None,
    ) -> None:
        """Whole periods: the running tallies per group and week (or month), one row each
        (the dashboard's and the export's fast path)."""
        names = _group_names(connection)
        kinds, roles = list(KIND_COLUMNS), list(KEEPER_COLUMNS)
        columns = [
            GROUP_TALLY.c.rounds,
            GROUP_TALLY.c.turns,
            GROUP_TALLY.c.passed,
            *(GROUP_TALLY.c[KIND_COLUMNS[kind]] for kind in kinds),
            *(GROUP_TALLY.c[KEEPER_COLUMNS[role]] for role in roles),
        ]
        query = _tally_query(columns, period, _ids_of(names, group), since, until)
        rows, start_of = table.rows, table.start_of
        by_kind_of, keepers_of = _NonZero(kinds), _NonZero(roles)
        first_kind, first_role = 5, 5 + len(kinds)
        for row in connection.execute(query):
            key = (start_of(row[0]), names.get(row[1], ""))
            held, kept = row[first_kind:first_role], row[first_role:]
            target = rows.get(key)
            if target is None:  # most rows: the group's only row in the period
                # positional: by_kind, rounds, turns, passed, keepers (twice as fast)
                rows[key] = Figures(by_kind_of(held), row[2], row[3], row[4], keepers_of(kept))
                continue
            by_kind, keepers = target.by_kind, target.keepers
            for kind, n in by_kind_of(held).items():
                by_kind[kind] = by_kind.get(kind, 0) + n
            for role, n in keepers_of(kept).items():
                keepers[role] = keepers.get(role, 0) + n
            target.rounds += row[2]
            target.turns += row[3]
            target.passed += row[4]

    @staticmethod
    def _circles(
        connection: Connection,
        figures: FiguresFor,
        period: Period,
        group: str | None,
        since: date | None,
        until: date | None,
    ) -> None:
        bucket = _bucket(CIRCLE.c.started_at, connection.dialect.name, period).label("bucket")
        group_name = func.coalesce(GROUP.c.name, literal("")).label("group_name")
        query = (
            select(
                bucket,
                group_name,
                CIRCLE.c.kind,
                CIRCLE.c.keeper_role,
                func.count(),
                func.sum(CIRCLE.c.rounds_count),
                func.sum(CIRCLE.c.turns_count),
                func.sum(CIRCLE.c.passed_count),
            )
            .select_from(CIRCLE.outerjoin(GROUP, GROUP.c.id == CIRCLE.c.group_id))
            .where(CIRCLE.c.rounds_count > 0, *_within(CIRCLE.c.started_at, since, until))
            .group_by(bucket, group_name, CIRCLE.c.kind, CIRCLE.c.keeper_role)
        )
        if group is not None:
            query = query.where(GROUP.c.name == group)
        for day, name, kind, keeper, held, rounds, turns, passed in connection.execute(query):
            target = figures(_as_date(day), str(name))
            target.by_kind[kind] = target.by_kind.get(kind, 0) + held
            if keeper:
                target.keepers[keeper] = target.keepers.get(keeper, 0) + held
            target.rounds += rounds or 0
            target.turns += turns or 0
            target.passed += passed or 0

    @staticmethod
    def _reactive_work(
        connection: Connection,
        figures: FiguresFor,
        since: date | None,
        until: date | None,
        today: date,
    ) -> None:
        """Conversations, conferences and agreements: the work outside circles."""
        for day, count in _reactive_counts(connection, since, until, today):
            figures(_as_date(day), "").add_one(count)

    def export(
        self,
        *,
        period: Period = Period.MONTH,
        group: str | None = None,
        since: date | None = None,
        until: date | None = None,
        today: date | None = None,
    ) -> Export:
        """The records `circle-app report` writes, those of `report(...).records()`: over
        whole weeks or months made straight from the tally rows, one pass, no `Figures`."""
        if not _aligned(since, until, period):
            return Export.of(
                self.report(period=period, group=group, since=since, until=until, today=today)
            )
        with _no_collection(), self._engine.connect() as connection:
            names = _group_names(connection)
            table = ExportTable(period, names, _as_date)
            columns = [_export_column(count) for count in CIRCLE_COUNTS]
            query = _tally_query(columns, period, _ids_of(names, group), since, until)
            table.add_rows(connection.execute(query).all())
            if group is None:
                for day, count in _reactive_counts(connection, since, until, today or date.today()):
                    table.add_one(day, count)
            return table.export()


@contextmanager
def _no_collection() -> Iterator[None]:
    """The garbage collector's cycle search held while the export makes its records: tens
    of thousands of tuples, none in a cycle, that would each time set off passes over
    every object the app holds (a third of a weekly export's time). Freed memory is still
    freed at once; the collector runs again as it was, however the export ends."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _group_names(connection: Connection) -> dict[object, str]:
    return {
        int(group_id): str(name)
        for group_id, name in connection.execute(select(GROUP.c.id, GROUP.c.name))
    }


def _ids_of(names: dict[object, str], group: str | None) -> list[object] | None:
    """The ids of the group called `group` (None: every group)."""
    return (
        None if group is None else [group_id for group_id, name in names.items() if name == group]
    )


def _tally_query(
    columns: Sequence[ColumnElement[Any]],
    period: Period,
    group_ids: list[object] | None,
    since: date | None,
    until: date | None,
) -> Select[Any]:
    """The tally rows of whole weeks (or months, which school years add up) with circles
    in them: each row's day, its group's id, then `columns`."""
    grain = Period.WEEK if period is Period.WEEK else Period.MONTH
    query = (
        select(
            type_coerce(GROUP_TALLY.c.period_start, String),  # start_of reads it once
            GROUP_TALLY.c.group_id,
            *columns,
        )
        .where(
            GROUP_TALLY.c.period == grain.value,
            GROUP_TALLY.c.circles > 0,
            *_within(GROUP_TALLY.c.period_start, since, until, moment=False),
        )
        .order_by(GROUP_TALLY.c.period_start, GROUP_TALLY.c.group_id)
    )
    if group_ids is not None:
        query = query.where(GROUP_TALLY.c.group_id.in_(group_ids))
    return query


def _export_column(count: str) -> Column[Any]:
    """The tally's column of one of the export's `CIRCLE_COUNTS`."""
    return GROUP_TALLY.c[KIND_COLUMNS.get(count) or KEEPER_COLUMNS.get(count) or count]


def _reactive_counts(
    connection: Connection, since: date | None, until: date | None, today: date
) -> Iterator[tuple[object, str]]:
    """Conversations, conferences and agreements, the work outside circles: a day (as the
    driver returns it) and what to count one more of in its period (`Figures.add_one`)."""
    conversations = select(CONVERSATION.c.started_at).where(
        CONVERSATION.c.case_id.is_(None), *_within(CONVERSATION.c.started_at, since, until)
    )
    for (started,) in connection.execute(conversations):
        yield started, "conversation"
    conferences = select(CASE.c.started_at).where(
        CASE.c.started_at.is_not(None), *_within(CASE.c.started_at, since, until)
    )
    for (started,) in connection.execute(conferences):
        yield started, "conference"
    actions = select(ACTION.c.due_on).where(
        ACTION.c.status.in_([status.value for status in OPEN_STATUSES]),
        *_within(ACTION.c.due_on, since, until, moment=False),
    )
    for (due,) in connection.execute(actions):
        yield due, "open"
        if _as_date(due) < today:
            yield due, "overdue"
    # Kept on time: the first follow-up of an action found it kept (domain.follow_up).
    reviews = (
        select(REVIEW.c.action_id, REVIEW.c.kept, MEETING.c.held_on)
        .join(MEETING, MEETING.c.id == REVIEW.c.meeting_id)
        .order_by(MEETING.c.held_on, MEETING.c.id)
    )
    first: dict[int, tuple[str, date]] = {}
    for action_id, kept, held_on in connection.execute(reviews):
        first.setdefault(int(action_id), (str(kept), _as_date(held_on)))
    for kept, held_on in first.values():
        inside = (since is None or held_on >= since) and (until is None or held_on <= until)
        if inside and counts_as_kept_on_time(Kept(kept)):
            yield held_on, "kept_on_time"
