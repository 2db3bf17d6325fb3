"""Implementation figures for leaders and resource teams (docs/method.md M3, M6, M7).

Counts only: how many circles, of which kind, how many rounds and passes, who kept
them. No names ever appear in a report.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from operator import add, itemgetter

#: Circles and workflows that start from something other than a conflict (M3).
PROACTIVE_KINDS = frozenset({"peacetime", "academic", "parents"})
#: Those that answer a conflict.
REACTIVE_KINDS = frozenset({"conflict", "conversation", "conference"})
KEEPER_ROLES = ("staff", "pupil", "parent")
#: The export's kinds, a column each, in this order (after held, proactive and reactive).
RECORD_KINDS = tuple(sorted(PROACTIVE_KINDS | REACTIVE_KINDS))
#: What a record counts, in the order it shows them: circles held per kind, rounds, turns,
#: passed, circles kept per keeper role, open and overdue agreements. `records_of` makes the
#: rest (the period, the shares) from these; `Figures.counts` gives them.
COUNTS = (*RECORD_KINDS, "rounds", "turns", "passed", *KEEPER_ROLES, "open", "overdue")
#: The export's columns: one record per group and period (`records_of`).
RECORD_COLUMNS = (
    "period",
    "period_start",
    "group",
    "held",
    "proactive",
    "reactive",
    "proactive_share",
    *(f"kind_{kind}" for kind in RECORD_KINDS),
    "rounds",
    "turns",
    "passed",
    "passed_share",
    *(f"keeper_{role}" for role in KEEPER_ROLES),
    "open_agreements",
    "overdue_agreements",
)


class Period(StrEnum):
    WEEK = "week"
    MONTH = "month"
    SCHOOL_YEAR = "school_year"


#: How far back the dashboard looks for each kind of period (school years: all of them).
DASHBOARD_SPAN: dict[Period, timedelta] = {
    Period.WEEK: timedelta(weeks=16),
    Period.MONTH: timedelta(days=365),
}


def dashboard_since(today: date, period: Period) -> date | None:
    """The first day the dashboard shows: whole periods, so the tallies answer it."""
    span = DASHBOARD_SPAN.get(period)
    return period_start(today - span, period) if span else None


def period_start(day: date, period: Period) -> date:
    """The first day of the period holding `day`; a Danish school year starts on 1 August."""
    if period is Period.WEEK:
        return day - timedelta(days=day.weekday())
    if period is Period.MONTH:
        return day.replace(day=1)
    year = day.year if day.month >= 8 else day.year - 1
    return date(year, 8, 1)


def period_key(start: date, period: Period) -> str:
    """A stable label for files: 2026-W48, 2026-11, 2026/27."""
    if period is Period.WEEK:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if period is Period.MONTH:
        return f"{start.year}-{start.month:02d}"
    return f"{start.year}/{(start.year + 1) % 100:02d}"


@dataclass(slots=True)
class Figures:
    """What happened in one group (or all groups) in one period."""

    by_kind: dict[str, int] = field(default_factory=dict)
    rounds: int = 0
    #: Rounds a person had the piece in, counted once per person and round however many
    #: presses it took; `passed` those they only passed in (circle.word_of, as the summary).
    turns: int = 0
    passed: int = 0
    keepers: dict[str, int] = field(default_factory=dict)
    open_agreements: int = 0
    overdue_agreements: int = 0
    #: Agreed actions kept when first followed up (follow_up.counts_as_kept_on_time),
    #: counted in the period of that follow-up meeting.
    kept_on_time: int = 0

    @property
    def held(self) -> int:
        return sum(self.by_kind.values())

    @property
    def proactive(self) -> int:
        return sum(n for kind, n in self.by_kind.items() if kind in PROACTIVE_KINDS)

    @property
    def reactive(self) -> int:
        return sum(n for kind, n in self.by_kind.items() if kind in REACTIVE_KINDS)

    @property
    def proactive_share(self) -> float | None:
        proactive = self.proactive
        return share(proactive, proactive + self.reactive)

    @property
    def spoke(self) -> int:
        """Rounds a person spoke in: the circle summary's `spoke`, summed."""
        return self.turns - self.passed

    @property
    def passed_share(self) -> float | None:
        return share(self.passed, self.turns)

    def add_one(self, count: str) -> None:
        """One more of `count`: a conversation or a conference (a kind of work outside
        circles), an open or overdue agreement, or an action kept on time."""
        if count == "open":
            self.open_agreements += 1
        elif count == "overdue":
            self.overdue_agreements += 1
        elif count == "kept_on_time":
            self.kept_on_time += 1
        else:
            self.by_kind[count] = self.by_kind.get(count, 0) + 1

    def counts(self) -> tuple[int, ...]:
        """What the export's record counts (`COUNTS`), in its order."""
        by_kind, keepers = self.by_kind, self.keepers
        return (
            *(by_kind.get(kind, 0) for kind in RECORD_KINDS),
            self.rounds,
            self.turns,
            self.passed,
            *(keepers.get(role, 0) for role in KEEPER_ROLES),
            self.open_agreements,
            self.overdue_agreements,
        )

    def add(self, other: Figures) -> None:
        for kind, n in other.by_kind.items():
            self.by_kind[kind] = self.by_kind.get(kind, 0) + n
        for role, n in other.keepers.items():
            self.keepers[role] = self.keepers.get(role, 0) + n
        self.rounds += other.rounds
        self.turns += other.turns
        self.passed += other.passed
        self.open_agreements += other.open_agreements
        self.overdue_agreements += other.overdue_agreements
        self.kept_on_time += other.kept_on_time


@dataclass(frozen=True, slots=True)
class ReportRow:
    period_start: date
    group: str  # the group's name, or "" for circles without a group (quick circles)
    figures: Figures


@dataclass(frozen=True, slots=True)
class Report:
    period: Period
    since: date | None
    until: date | None
    rows: tuple[ReportRow, ...]

    def totals(self) -> Figures:
        total = Figures()
        for row in self.rows:
            total.add(row.figures)
        return total

    def by_period(self) -> list[tuple[date, Figures]]:
        """All groups together, one entry per period, oldest first."""
        merged: dict[date, Figures] = {}
        for row in self.rows:
            merged.setdefault(row.period_start, Figures()).add(row.figures)
        return sorted(merged.items())

    def records(self) -> list[tuple[object, ...]]:
        """The export's records (`RECORD_COLUMNS`): one per group and period."""
        counts = [row.figures.counts() for row in self.rows]
        by_count = {name: list(map(itemgetter(i), counts)) for i, name in enumerate(COUNTS)}
        starts = [row.period_start for row in self.rows]
        return records_of(self.period, starts, [row.group for row in self.rows], by_count)

    def as_records(self) -> list[dict[str, object]]:
        """Flat rows for CSV/JSON: one per group and period, no names of people."""
        return [dict(zip(RECORD_COLUMNS, values, strict=True)) for values in self.records()]


def records_of(
    period: Period,
    starts: Sequence[date],
    groups: Sequence[str],
    counts: Mapping[str, Sequence[int]],
) -> list[tuple[object, ...]]:
    """The export's records (`RECORD_COLUMNS`), one per period start and group name in
    `starts` and `groups`: what each column means, the shares and their rounding. `counts`
    holds a column per name in `COUNTS`, a value per record; a count it lacks is 0.

    Made column by column (a school's 16,000 weekly records share a few hundred weeks and
    a few thousand distinct shares, each worked out once)."""
    if not starts:
        return []
    none = (0,) * len(starts)
    column = {name: counts.get(name, none) for name in COUNTS}
    labels = {start: period_key(start, period) for start in set(starts)}
    days = {start: start.isoformat() for start in labels}
    proactive = _added([column[kind] for kind in RECORD_KINDS if kind in PROACTIVE_KINDS])
    reactive = _added([column[kind] for kind in RECORD_KINDS if kind in REACTIVE_KINDS])
    held = list(map(add, proactive, reactive))  # every kind is one or the other
    return list(
        zip(
            map(labels.__getitem__, starts),
            map(days.__getitem__, starts),
            groups,
            held,
            proactive,
            reactive,
            _rounded_shares(proactive, held),
            *(column[kind] for kind in RECORD_KINDS),
            column["rounds"],
            column["turns"],
            column["passed"],
            _rounded_shares(column["passed"], column["turns"]),
            *(column[role] for role in KEEPER_ROLES),
            column["open"],
            column["overdue"],
            strict=True,
        )
    )


def _added(columns: list[Sequence[int]]) -> list[int]:
    total = list(columns[0])
    for column in columns[1:]:
        total = list(map(add, total, column))
    return total


def _rounded_shares(parts: Sequence[int], wholes: Sequence[int]) -> list[float | None]:
    """`share` of each part in its whole, rounded to four places, once per distinct pair."""
    pairs = list(zip(parts, wholes, strict=True))
    rounded = {pair: _rounded(share(*pair)) for pair in set(pairs)}
    return list(map(rounded.__getitem__, pairs))


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
