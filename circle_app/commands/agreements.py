"""`circle-app agreements`: conference cases and their open actions; the agreement PDF."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from circle_app.commands.output import say_error
from circle_app.i18n import QT_TRANSLATE_NOOP, translate

OUTCOMES = {  # circle_app.domain.follow_up.Kept
    "kept": QT_TRANSLATE_NOOP("AgreementsCommand", "kept"),
    "partly": QT_TRANSLATE_NOOP("AgreementsCommand", "partly kept"),
    "not_kept": QT_TRANSLATE_NOOP("AgreementsCommand", "not kept"),
}

STATES = {  # circle_app.domain.follow_up.FollowUpState, loaded lazily
    "overdue": QT_TRANSLATE_NOOP("AgreementsCommand", "overdue"),
    "due": QT_TRANSLATE_NOOP("AgreementsCommand", "due this week"),
    "upcoming": QT_TRANSLATE_NOOP("AgreementsCommand", "later"),
    "closed": QT_TRANSLATE_NOOP("AgreementsCommand", "closed"),
    "renegotiated": QT_TRANSLATE_NOOP("AgreementsCommand", "renegotiated"),
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "agreements",
        help=translate(
            "AgreementsCommand",
            "conference cases with their open actions; export an agreement as PDF",
        ),
        description=translate(
            "AgreementsCommand",
            "List conference cases with their open actions, or export a case's "
            "agreement as a printable PDF (in the case's language) with room for signatures.",
        ),
    )
    commands = parser.add_subparsers(dest="agreements_command", metavar="COMMAND", required=True)
    listing = commands.add_parser(
        "list", help=translate("AgreementsCommand", "cases with their open actions")
    )
    listing.set_defaults(handler=run_list)
    follow_up = commands.add_parser(
        "follow-up",
        help=translate(
            "AgreementsCommand",
            "every agreed action: overdue, due, later and closed, with its outcome",
        ),
        description=translate(
            "AgreementsCommand",
            "The follow-up list of one school year (1 August - 31 July): each action's "
            "state, follow-up date and the outcome of its latest follow-up meeting.",
        ),
    )
    follow_up.add_argument(
        "--year",
        type=_school_year,
        metavar="YYYY/YY",
        help=translate(
            "AgreementsCommand", "the school year, written like 2026/27 (default: this one)"
        ),
    )
    follow_up.set_defaults(handler=run_follow_up)
    export = commands.add_parser(
        "export", help=translate("AgreementsCommand", "write a case's agreement as a PDF")
    )
    export.add_argument("case_id", type=int, metavar="CASE_ID")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    export.set_defaults(handler=run_export)


def _school_year(text: str) -> Any:
    from circle_app.domain.follow_up import parse_school_year

    try:
        return parse_school_year(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("AgreementsCommand", "write the school year like 2026/27, not {text}").format(
                text=repr(text)
            )
        ) from None


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[Any]:
    """The conference store for one command; its connections are closed when it is done."""
    from circle_app.store import open_store
    from circle_app.store.conferences import ConferenceStore

    engine = open_store(args.database_url)
    try:
        yield ConferenceStore(engine)
    finally:
        engine.dispose()


def run_list(args: argparse.Namespace) -> int:
    from circle_app.domain.conference import follow_up_state
    from circle_app.store import StoreError

    try:
        with _store(args) as store:
            summaries = store.summaries()
    except StoreError as exc:
        say_error(exc)
        return 1
    if not summaries:
        print(translate("AgreementsCommand", "No conference cases yet."))
        return 0
    today = date.today()
    for summary in summaries:
        taking_part, still_open = summary.taking_part, len(summary.open_actions)
        counts = translate("AgreementsCommand", "%n taking part", None, taking_part) + translate(
            "AgreementsCommand", ", %n open", None, still_open
        )
        print(f"{summary.id:>4}  {summary.held_on.isoformat()}  {summary.title}  ({counts})")
        for action in summary.open_actions:
            state = follow_up_state(action, today).value
            label = STATES.get(state)
            state = translate("AgreementsCommand", label) if label else state
            line = translate(
                "AgreementsCommand", "[{who} -> {follower}; by {due}, follow-up {on}, {state}]"
            ).format(
                who=action.carried_out_by,
                follower=action.followed_up_by,
                due=action.due_on.isoformat(),
                on=action.follow_up_on.isoformat(),
                state=state,
            )
            print(f"        - {action.description}  {line}")
    return 0


def run_follow_up(args: argparse.Namespace) -> int:
    from circle_app.domain.follow_up import school_year
    from circle_app.store import StoreError

    today = date.today()
    year = args.year or school_year(today)
    try:
        with _store(args) as store:
            items = store.follow_up(today, year)
    except StoreError as exc:
        say_error(exc)
        return 1
    print(translate("AgreementsCommand", "School year {year}").format(year=year))
    if not items:
        print(translate("AgreementsCommand", "Nothing to follow up."))
        return 0
    for item in items:
        label = STATES.get(item.state.value)
        state = translate("AgreementsCommand", label) if label else item.state.value
        outcome = ""
        if item.outcome is not None:
            kept = OUTCOMES[item.outcome.value]
            outcome = ", " + translate("AgreementsCommand", kept)
        case = translate("AgreementsCommand", "case {id}").format(id=item.case_id)
        print(
            f"  {state:<12} {item.action.follow_up_on.isoformat()}  "
            f"{case}: {item.action.description}  "
            f"[{item.action.followed_up_by}{outcome}]"
        )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import NoResultFound

    from circle_app.store import StoreError

    try:
        with _store(args) as store:
            case = store.load(args.case_id)
    except StoreError as exc:
        say_error(exc)
        return 1
    except NoResultFound:
        said = translate("AgreementsCommand", "there is no case {case}")
        say_error(said.format(case=args.case_id))
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
        said = translate("AgreementsCommand", "could not write {file}: {reason}")
        say_error(said.format(file=args.out, reason=exc.strerror or exc))
        return 1
    del app
    print(args.out)
    return 0
