"""Implementation figures for leaders and resource teams (docs/method.md M3, M6, M7).

Counts only: how many circles, of which kind, how many rounds and passes, who kept
them. No names ever appear in a report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

#: Circles and workflows that start from something other than a conflict (M3).
PROACTIVE_KINDS = frozenset({"peacetime", "academic", "parents"})
#: Those that answer a conflict.
REACTIVE_KINDS = frozenset({"conflict", "conversation", "conference"})
KEEPER_ROLES = ("staff", "pupil", "parent")


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
        total = self.proactive + self.reactive
        return self.proactive / total if total else None

    @property
    def spoke(self) -> int:
        """Rounds a person spoke in: the circle summary's `spoke`, summed."""
        return self.turns - self.passed

    @property
    def passed_share(self) -> float | None:
        return self.passed / self.turns if self.turns else None

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

    def as_records(self) -> list[dict[str, object]]:
        """Flat rows for CSV/JSON: one per group and period, no names of people."""
        records = []
        for row in self.rows:
            f = row.figures
            record: dict[str, object] = {
                "period": period_key(row.period_start, self.period),
                "period_start": row.period_start.isoformat(),
                "group": row.group,
                "held": f.held,
                "proactive": f.proactive,
                "reactive": f.reactive,
                "proactive_share": _rounded(f.proactive_share),
            }
            for kind in sorted(PROACTIVE_KINDS | REACTIVE_KINDS):
                record[f"kind_{kind}"] = f.by_kind.get(kind, 0)
            record.update(
                rounds=f.rounds,
                turns=f.turns,
                passed=f.passed,
                passed_share=_rounded(f.passed_share),
            )
            for role in KEEPER_ROLES:
                record[f"keeper_{role}"] = f.keepers.get(role, 0)
            record.update(
                open_agreements=f.open_agreements, overdue_agreements=f.overdue_agreements
            )
            records.append(record)
        return records


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
