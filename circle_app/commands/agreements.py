"""`circle-app agreements`: conference cases and their open actions; the agreement PDF."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "agreements",
        help="conference cases with their open actions; export an agreement as PDF",
        description="List conference cases with their open actions, or export a case's "
        "agreement as a printable PDF (in the case's language) with room for signatures.",
    )
    commands = parser.add_subparsers(dest="agreements_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", help="cases with their open actions")
    listing.set_defaults(handler=run_list)
    follow_up = commands.add_parser(
        "follow-up",
        help="every agreed action: overdue, due, later and closed, with its outcome",
        description="The follow-up list of one school year (1 August - 31 July): each "
        "action's state, follow-up date and the outcome of its latest follow-up meeting.",
    )
    follow_up.add_argument(
        "--year",
        type=_school_year,
        metavar="YYYY/YY",
        help="the school year, written like 2026/27 (default: this one)",
    )
    follow_up.set_defaults(handler=run_follow_up)
    export = commands.add_parser("export", help="write a case's agreement as a PDF")
    export.add_argument("case_id", type=int, metavar="CASE_ID")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    export.set_defaults(handler=run_export)


def _school_year(text: str) -> Any:
    from circle_app.domain.follow_up import parse_school_year

    try:
        return parse_school_year(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"write the school year like 2026/27, not {text!r}"
        ) from None


def _store(args: argparse.Namespace) -> Any:
    from circle_app.store import open_store
    from circle_app.store.conferences import ConferenceStore

    return ConferenceStore(open_store(args.database_url))


def run_list(args: argparse.Namespace) -> int:
    from circle_app.domain.conference import follow_up_state
    from circle_app.store import StoreError

    try:
        summaries = _store(args).summaries()
    except StoreError as exc:
        print(f"circle-app: {exc}", file=sys.stderr)
        return 1
    if not summaries:
        print("No conference cases yet.")
        return 0
    today = date.today()
    for summary in summaries:
        print(
            f"{summary.id:>4}  {summary.held_on.isoformat()}  {summary.title}"
            f"  ({summary.taking_part} taking part, {len(summary.open_actions)} open)"
        )
        for action in summary.open_actions:
            state = follow_up_state(action, today).value
            print(
                f"        - {action.description}  [{action.carried_out_by} -> "
                f"{action.followed_up_by}; by {action.due_on.isoformat()}, follow-up "
                f"{action.follow_up_on.isoformat()}, {state}]"
            )
    return 0


def run_follow_up(args: argparse.Namespace) -> int:
    from circle_app.domain.follow_up import school_year
    from circle_app.store import StoreError

    today = date.today()
    year = args.year or school_year(today)
    try:
        items = _store(args).follow_up(today, year)
    except StoreError as exc:
        print(f"circle-app: {exc}", file=sys.stderr)
        return 1
    print(f"School year {year}")
    if not items:
        print("Nothing to follow up.")
        return 0
    for item in items:
        outcome = f", {item.outcome.value.replace('_', ' ')}" if item.outcome else ""
        print(
            f"  {item.state.value:<12} {item.action.follow_up_on.isoformat()}  "
            f"case {item.case_id}: {item.action.description}  "
            f"[{item.action.followed_up_by}{outcome}]"
        )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import NoResultFound

    from circle_app.store import StoreError

    try:
        store = _store(args)
        case = store.load(args.case_id)
    except StoreError as exc:
        print(f"circle-app: {exc}", file=sys.stderr)
        return 1
    except NoResultFound:
        print(f"circle-app: there is no case {args.case_id}", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from circle_app.ui.conference.agreement_document import write_agreement_pdf
    from circle_app.ui.support.theme import load_bundled_fonts

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    family = load_bundled_fonts()
    try:
        write_agreement_pdf(case, args.out, family)
    except OSError as exc:
        print(f"circle-app: could not write {args.out}: {exc}", file=sys.stderr)
        return 1
    del app
    print(args.out)
    return 0
