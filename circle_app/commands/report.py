"""`circle-app report`: the dashboard's figures as CSV or JSON for evaluators. No names."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any, TextIO

from circle_app.commands.output import say_error
from circle_app.i18n import translate

if TYPE_CHECKING:
    from circle_app.domain.report_export import Export

PERIODS = ("week", "month", "school_year")  # circle_app.domain.report.Period, loaded lazily


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("ReportCommand", "not a date (YYYY-MM-DD): {text}").format(text=repr(text))
        ) from None


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help=translate(
            "ReportCommand",
            "implementation figures per group and period, as CSV or JSON (no names)",
        ),
        description=translate(
            "ReportCommand",
            "Circles held (proactive and reactive), rounds, share of turns passed, "
            "keeper rotation and agreements, per group and period. Contains no names of people.",
        ),
    )
    parser.add_argument(
        "--group", metavar="NAME", help=translate("ReportCommand", "one group only")
    )
    parser.add_argument(
        "--since",
        type=_day,
        metavar="DATE",
        help=translate("ReportCommand", "from this day (YYYY-MM-DD)"),
    )
    parser.add_argument(
        "--until",
        type=_day,
        metavar="DATE",
        help=translate("ReportCommand", "to this day, inclusive"),
    )
    parser.add_argument("--period", choices=PERIODS, default="month")
    parser.add_argument("--format", choices=("csv", "json"), required=True)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from circle_app.commands.people import open_engine
    from circle_app.domain.report import Period
    from circle_app.store import StoreError
    from circle_app.store.reports import ReportStore

    if args.since and args.until and args.since > args.until:
        say_error(translate("ReportCommand", "--since is after --until"))
        return 2
    engine = open_engine(args)
    if engine is None:
        return 1
    try:
        store = ReportStore(engine)
        if args.group is not None and args.group not in store.group_names():
            say_error(
                translate("ReportCommand", "there is no group called {group}").format(
                    group=repr(args.group)
                )
            )
            return 1
        limits = {"group": args.group, "since": args.since, "until": args.until}
        if args.format == "csv":  # the records straight from the tallies, one pass
            export = store.export(period=Period(args.period), **limits)
        else:
            report = store.report(period=Period(args.period), **limits)
    except StoreError as exc:
        say_error(exc)
        return 1
    finally:
        engine.dispose()
    if args.format == "json":
        records = report.as_records()
        totals = report.totals()
        print(
            json.dumps(
                {
                    "period": report.period.value,
                    "since": args.since.isoformat() if args.since else None,
                    "until": args.until.isoformat() if args.until else None,
                    "group": args.group,
                    "totals": {
                        "held": totals.held,
                        "proactive": totals.proactive,
                        "reactive": totals.reactive,
                        "proactive_share": totals.proactive_share,
                        "rounds": totals.rounds,
                        "turns": totals.turns,
                        "passed": totals.passed,
                        "passed_share": totals.passed_share,
                        "keepers": totals.keepers,
                        "open_agreements": totals.open_agreements,
                        "overdue_agreements": totals.overdue_agreements,
                    },
                    "rows": records,
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    out = io.StringIO()
    write_csv(export, out)
    sys.stdout.write(out.getvalue())
    return 0


def write_csv(export: Export, out: TextIO) -> None:
    """The export as CSV: a header, then one line per record (no names of people)."""
    from circle_app.domain.csv_safety import neutralise_row

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(export.columns if export.rows else ("period", "period_start", "group", "held"))
    writer.writerows(map(neutralise_row, export.rows))  # a group's name: never a formula
