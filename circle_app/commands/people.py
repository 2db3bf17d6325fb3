"""`circle-app people …`: what is stored about one person, and erasing them (GDPR).

Names are shown to the user who typed them; they never go to the log.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from circle_app.commands.output import say_error
from circle_app.i18n import translate


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "people",
        help=translate("PeopleCommand", "export or erase everything stored about one person"),
        description=translate(
            "PeopleCommand",
            "Children's data: export what is stored about one person as JSON, or "
            "erase them everywhere (their turns stay as anonymous seats).",
        ),
    )
    actions = parser.add_subparsers(dest="people_command", metavar="ACTION", required=True)

    exporting = actions.add_parser(
        "export",
        help=translate("PeopleCommand", "print everything stored about a person as JSON"),
        description=translate(
            "PeopleCommand",
            "Print everything circle-app stores about one person as JSON: the "
            "person, their groups, the circles where they sat or kept, their turns (spoke or "
            "passed, when). Nothing anyone said is stored, so nothing said is exported.",
        ),
    )
    exporting.add_argument("person", metavar="NAME_OR_ID")
    exporting.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="FILE",
        help=translate("PeopleCommand", "write to FILE instead of printing"),
    )
    exporting.set_defaults(handler=run_export)

    deleting = actions.add_parser(
        "delete",
        help=translate("PeopleCommand", "erase a person everywhere (asks first unless --yes)"),
        description=translate(
            "PeopleCommand",
            "Erase one person everywhere: the roster, circles, conversations and "
            "conferences (the name in any spelling: spacing, case, 'Surname, First'). Their "
            "turns stay in history as anonymous seats, so statistics keep their counts; the "
            "name is scrubbed from the database files, and the copies of a SQLite database "
            "kept from before upgrades are deleted, as they hold the name too.",
        ),
    )
    deleting.add_argument("person", metavar="NAME_OR_ID")
    deleting.add_argument(
        "--yes", "-y", action="store_true", help=translate("PeopleCommand", "do not ask first")
    )
    deleting.set_defaults(handler=run_delete)


def confirm(question: str) -> bool:
    """Ask on the terminal; anything but yes (or no input at all) is no."""
    choices = translate("PeopleCommand", "[y/N]")
    print(f"{question} {choices} ", end="", flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    if not answer.endswith("\n"):
        print()
    return answer.strip().casefold() in {"y", "yes", "j", "ja"}


def open_engine(args: argparse.Namespace) -> Any:
    from circle_app.store import StoreError, open_store

    try:
        return open_store(args.database_url)
    except StoreError as exc:
        say_error(exc)
        return None


def _where(match: Any) -> str:
    if not match.listed:
        return translate("PeopleCommand", "named only in a conversation or conference")
    return ", ".join(match.groups) or translate("PeopleCommand", "no group")


def _one_person(engine: Any, wanted: str) -> int | None:
    """The person's id, or None after telling the user why (none, or several)."""
    from circle_app.store.privacy import find_people

    matches = find_people(engine, wanted)
    digits = wanted.strip().removeprefix("#")
    if not matches and digits.isascii() and digits.isdigit():
        said = translate(
            "PeopleCommand",
            "nobody has the id {id} (ids are never reused: that person was erased, or never "
            "existed)",
        )
        say_error(said.format(id=digits))
        return None
    if not matches:
        said = translate(
            "PeopleCommand", "nobody is called {name} (give the whole name, or the id)"
        )
        say_error(said.format(name=repr(wanted)))
        return None
    if len(matches) > 1:
        found = len(matches)
        said = translate(
            "PeopleCommand", "%n people are called {name}; give the id of one:", None, found
        )
        say_error(said.format(name=repr(wanted)))
        for match in matches:
            groups = _where(match)
            print(
                f"  {match.id:>6}  {match.display_name}  ({match.role}; {groups})",
                file=sys.stderr,
            )
        return None
    return matches[0].id


def run_export(args: argparse.Namespace) -> int:
    from circle_app.store.privacy import export_person

    engine = open_engine(args)
    if engine is None:
        return 1
    try:
        person_id = _one_person(engine, args.person)
        if person_id is None:
            return 1
        text = json.dumps(export_person(engine, person_id), ensure_ascii=False, indent=2)
    finally:
        engine.dispose()
    if args.output is None:
        print(text)
        return 0
    from circle_app.store.faults import write_file_whole

    try:  # all or nothing, 0600 from the first byte; a full disk: DiskFullError
        write_file_whole(args.output, (text + "\n").encode("utf-8"))
    except OSError as exc:
        said = translate("PeopleCommand", "cannot write {file}: {reason}")
        say_error(said.format(file=args.output, reason=exc.strerror))
        return 1
    print(translate("PeopleCommand", "Wrote {file}").format(file=args.output), file=sys.stderr)
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from circle_app.store import StoreError
    from circle_app.store.engine import resolve_database_url, sqlite_path
    from circle_app.store.privacy import backups_beside, erase_person, find_people

    engine = open_engine(args)
    if engine is None:
        return 1
    try:
        person_id = _one_person(engine, args.person)
        if person_id is None:
            return 1
        match = find_people(engine, str(person_id))[0]
        groups = _where(match)
        backups = backups_beside(sqlite_path(resolve_database_url(args.database_url)))
        question = translate(
            "PeopleCommand",
            "Erase {name} (id {id}; {groups}) everywhere? Their turns stay as anonymous seats.",
        ).format(name=match.display_name, id=match.id, groups=groups)
        copies = len(backups)
        if backups:
            question += " " + translate(
                "PeopleCommand",
                "The %n older copy(ies) of the database kept from before upgrades will be "
                "deleted too, as they hold the name.",
                None,
                copies,
            )
        question += " " + translate("PeopleCommand", "This cannot be undone.")
        if not args.yes and not confirm(question):
            print(translate("PeopleCommand", "Nothing was erased."), file=sys.stderr)
            return 1
        erasure = erase_person(engine, person_id)
    except StoreError as exc:
        say_error(exc)
        return 1
    finally:
        engine.dispose()
    kept = erasure.anonymous_turns
    print(
        translate(
            "PeopleCommand", "Erased person {id}; %n turn(s) kept as anonymous seats.", None, kept
        ).format(id=person_id)
    )
    if not erasure.scrubbed:
        say_error(
            translate(
                "PeopleCommand",
                "the database files could not be rewritten now (another copy of the "
                "app is using them, or on PostgreSQL this role may not VACUUM FULL the tables); "
                "the erased rows stay in the files until the database is next vacuumed.",
            )
        )
    deleted = erasure.backups_deleted
    if deleted:
        print(
            translate(
                "PeopleCommand",
                "Deleted %n older copy(ies) of the database kept from before upgrades (they "
                "held the name).",
                None,
                deleted,
            )
        )
    left = len(erasure.backups_left)
    if erasure.backups_left:
        say_error(
            translate(
                "PeopleCommand",
                "%n older copy(ies) of the database could not be deleted and still hold the "
                "name; delete them yourself:",
                None,
                left,
            )
        )
        for backup in erasure.backups_left:
            print(f"  {backup}", file=sys.stderr)
        return 1
    return 0
