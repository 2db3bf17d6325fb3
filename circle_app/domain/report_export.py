"""The export's records (`circle-app report`), added up straight from the store's rows.

A whole school's weekly export over five years is some 16,000 records, one per group and
week. They are made in one pass from plain rows of counts (`COUNTS`), without the
`Figures` and `ReportRow` a dashboard gets: the same records `Report.records` makes,
through the same `records_of` (what a row means, its shares and rounding, the period's label).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from operator import add, itemgetter, mod, sub
from typing import Any

from circle_app.domain.report import (
    COUNTS,
    RECORD_COLUMNS,
    Period,
    Report,
    period_start,
    records_of,
)


@dataclass(frozen=True, slots=True)
class Export:
    """The export's records (`RECORD_COLUMNS`), one per group and period, oldest first and
    by group name within a period. No names of people."""

    period: Period
    rows: tuple[tuple[object, ...], ...]

    columns = RECORD_COLUMNS

    @classmethod
    def of(cls, report: Report) -> Export:
        return cls(report.period, tuple(report.records()))


#: What circles count (the tallies' columns, per group and period), in this order; the rest
#: of `COUNTS` is the work outside circles, under the group "" (`ExportTable.add_one`).
CIRCLE_COUNTS = tuple(
    count for count in COUNTS if count not in {"conversation", "conference", "open", "overdue"}
)
_OUTSIDE = tuple(count for count in COUNTS if count not in CIRCLE_COUNTS)


class ExportTable:
    """The export's counts per period and group name, added up as the store's rows come.

    Each record is kept under one number, its period's first day (`date.toordinal`) times
    the number of group names plus its group name's place in their sorted order: numbers
    sort as (period start, group name) do, and no key is a tuple the garbage collector
    must look at (a weekly export makes 16,000)."""

    def __init__(
        self, period: Period, names: Mapping[object, str], day_of: Callable[[object], date]
    ) -> None:
        """`names`: the groups' names by id; `day_of` reads a day as the driver gives it."""
        self.period = period
        self._day_of = day_of
        self._names = sorted({"", *names.values()})  # a group "": none, or an erased one
        place = {name: index for index, name in enumerate(self._names)}
        self._places = {group_id: place[name] for group_id, name in names.items()}
        self._starts: dict[object, int] = {}  # a day, as the driver gave it: its number
        self._days: dict[int, date] = {}  # a period's number: its first day
        self._circles: dict[int, Sequence[Any]] = {}  # a record's number: (day, id, *counts)
        self._outside: dict[int, list[int]] = {}

    def number_of(self, value: object) -> int:
        """The number of the period holding `value` (a day, as the driver returned it)."""
        number = self._starts.get(value)
        if number is None:
            start = period_start(self._day_of(value), self.period)
            number = self._starts[value] = start.toordinal() * len(self._names)
            self._days[number] = start
        return number

    def add_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        """Rows of (a day, a group's id, then `CIRCLE_COUNTS`): each added to its group's
        period. A group's id without a name (no group, an erased one) counts under ""."""
        circles, starts, places, number_of = (
            self._circles,
            self._starts,
            self._places,
            self.number_of,
        )
        for row in rows:
            key = (starts.get(row[0]) or number_of(row[0])) + places.get(row[1], 0)
            have = circles.get(key)
            if have is None:  # most rows: the group's only row in the period, kept whole
                circles[key] = row
            else:
                circles[key] = (*have[:2], *map(add, have[2:], row[2:]))

    def add_one(self, day: object, count: str) -> None:
        """One more of `count` (work outside circles: a conversation, a conference, an
        open or overdue agreement) under the group "" in the period of `day`; any other
        name (the dashboard counts it, the export does not show it) only gives that
        period its record."""
        have = self._outside.setdefault(self.number_of(day), [0] * len(_OUTSIDE))
        if count in _OUTSIDE:
            have[_OUTSIDE.index(count)] += 1

    def export(self) -> Export:
        keys = sorted(self._circles.keys() | self._outside.keys())
        places = list(map(mod, keys, repeat(len(self._names))))
        starts = list(map(self._days.__getitem__, map(sub, keys, places)))
        groups = list(map(self._names.__getitem__, places))
        counts: dict[str, Sequence[int]] = {}
        if self._circles:
            none = (None, None, *(0,) * len(CIRCLE_COUNTS))
            counts.update(zip(CIRCLE_COUNTS, columns(self._circles, keys, none, 2), strict=True))
        if self._outside:
            none = (0,) * len(_OUTSIDE)
            counts.update(zip(_OUTSIDE, columns(self._outside, keys, none), strict=True))
        return Export(self.period, tuple(records_of(self.period, starts, groups, counts)))


def columns(
    table: Mapping[int, Sequence[Any]], keys: list[int], none: Sequence[Any], skip: int = 0
) -> list[list[Any]]:
    """The rows of `keys` in `table` (`none` where it has none), column by column from
    `skip` on (one pass per column: no iterator per row for the garbage collector, as
    `zip(*rows)` makes)."""
    rows = list(map(table.get, keys, repeat(none)))
    return [list(map(itemgetter(index), rows)) for index in range(skip, len(none))]
