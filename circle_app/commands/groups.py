"""`circle-app groups …`: list groups, import a class list (all or nothing), export one."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from circle_app.commands.output import say_error, text_of
from circle_app.domain.enums import GroupKind, Language, Role
from circle_app.i18n import translate

DEFAULT_ROLE = {
    GroupKind.PARENT_MEETING: Role.PARENT,
    GroupKind.STAFF: Role.STAFF,
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "groups",
        help=translate("GroupsCommand", "list groups, import a class list, export one"),
        description=translate(
            "GroupsCommand",
            "Groups (classes, SFO groups, clubs, parent meetings, staff) and their people.",
        ),
    )
    actions = parser.add_subparsers(dest="groups_command", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list",
        help=translate("GroupsCommand", "groups with their sizes"),
        description=translate("GroupsCommand", "List groups with their sizes."),
    )
    listing.set_defaults(handler=run_list)

    importing = actions.add_parser(
        "import",
        help=translate(
            "GroupsCommand", "add people from a class list to a group (created if missing)"
        ),
        description=translate("GroupsCommand", "Add people from a class list to a group.")
        + " "
        + translate(
            "GroupsCommand",
            "Reads CSV (comma, semicolon or tab; UTF-8 or Windows-1252), Excel .xlsx and the "
            "exports of School Data Sync v1 (Student.csv) and v2.1 (users.csv, with roles.csv "
            "beside it), OneRoster 1.1 (users.csv), the Google Workspace user export and "
            "Tabulex/TEA Elev.txt, recognised by their headers; any other file needs a header "
            "such as navn;klasse;rolle or first name,last name,class,role.",
        )
        + " "
        + translate(
            "GroupsCommand",
            "Shows a preview first: who is new, who is already in the group, who changed, who "
            "is no longer on the list; duplicates flagged. A malformed file is refused with "
            "FILE:LINE: field: message and nothing is imported.",
        ),
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--group", metavar="NAME", help=translate("GroupsCommand", "the group's name")
    )
    importing.add_argument(
        "--split-by-class",
        action="store_true",
        help=translate(
            "GroupsCommand",
            "one group per class in the file (a whole school at once), each named after it",
        ),
    )
    importing.add_argument(
        "--sheet",
        metavar="NAME",
        help=translate("GroupsCommand", "the sheet of an .xlsx (default: first)"),
    )
    importing.add_argument(
        "--mark-gone",
        action="store_true",
        help=translate(
            "GroupsCommand",
            "mark people of the group who are not in the file as having left it (their past "
            "turns stay)",
        ),
    )
    importing.add_argument(
        "--all-roles",
        action="store_true",
        help=translate(
            "GroupsCommand",
            "of a OneRoster or School Data Sync file, read staff and guardians too, not only "
            "pupils",
        ),
    )
    importing.add_argument(
        "--kind",
        default=GroupKind.CLASS.value,
        choices=[kind.value for kind in GroupKind],
        help=translate("GroupsCommand", "kind of a new group (default: class)"),
    )
    importing.add_argument(
        "--language",
        default=Language.DA.value,
        choices=[language.value for language in Language],
        help=translate("GroupsCommand", "prompt language of a new group (default: da)"),
    )
    importing.add_argument(
        "--keep-duplicates",
        action="store_true",
        help=translate(
            "GroupsCommand",
            "also import rows flagged as twice in the file (two children may share a name)",
        ),
    )
    importing.add_argument(
        "--yes", "-y", action="store_true", help=translate("GroupsCommand", "do not ask first")
    )
    importing.set_defaults(handler=run_import)

    exporting = actions.add_parser(
        "export",
        help=translate("GroupsCommand", "write a group's list to an .xlsx or .csv file"),
        description=translate(
            "GroupsCommand",
            "Write a group's people, in seat order, to FILE (.xlsx or .csv), in the layout "
            "`groups import` reads back. Text a spreadsheet would run as a formula is written "
            "as text. The file is readable by you only.",
        ),
    )
    exporting.add_argument(
        "group", metavar="GROUP", help=translate("GroupsCommand", "the group's name")
    )
    exporting.add_argument("output", type=Path, metavar="FILE")
    exporting.set_defaults(handler=run_export)


def run_list(args: argparse.Namespace) -> int:
    from circle_app.commands.people import open_engine
    from circle_app.store.groups import GroupStore

    engine = open_engine(args)
    if engine is None:
        return 1
    try:
        groups = GroupStore(engine).list_groups()
    finally:
        engine.dispose()
    rows = [(str(g.id), g.name, g.kind.value, str(g.size)) for g in groups]
    header = (
        "ID",
        translate("GroupsCommand", "NAME"),
        translate("GroupsCommand", "KIND"),
        translate("GroupsCommand", "PEOPLE"),
    )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    if not groups:
        print(
            translate("GroupsCommand", "No groups yet: circle-app groups import FILE --group NAME"),
            file=sys.stderr,
        )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from circle_app.commands.people import open_engine
    from circle_app.store import StoreError
    from circle_app.store.groups import GroupStore
    from circle_app.store.roster_lists import write_group_list

    engine = open_engine(args)
    if engine is None:
        return 1
    try:
        group_id = GroupStore(engine).find_group(" ".join(args.group.split()))
        if group_id is None:
            say_error(
                translate("GroupsCommand", "no group called {group}.").format(
                    group=repr(args.group)
                )
            )
            return 1
        count = write_group_list(engine, group_id, args.output)
    except StoreError as exc:
        say_error(exc)
        return 1
    except OSError as exc:
        say_error(
            translate("GroupsCommand", "cannot write {file}: {reason}").format(
                file=args.output, reason=exc.strerror
            )
        )
        return 1
    finally:
        engine.dispose()
    print(
        translate("GroupsCommand", "Wrote %n people to {file}.", None, count).format(
            file=args.output
        )
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from circle_app.commands.group_import import import_file
    from circle_app.commands.people import open_engine
    from circle_app.domain.name_rules import (
        GROUP_NAME_MAX,
        character_refusal,
        collapse,
        name_refusal,
    )

    if not args.split_by_class and not args.group:
        say_error(translate("GroupsCommand", "give --group NAME, or --split-by-class."))
        return 2
    if args.group:
        refusal = name_refusal(args.group, limit=GROUP_NAME_MAX)
        if refusal is not None:
            say_error(f"--group: {text_of(refusal)}")
            print(translate("GroupsCommand", "Nothing was imported."), file=sys.stderr)
            return 1
        args.group = collapse(args.group)
    source = str(args.file)
    if character_refusal(source) is not None:  # a file name is echoed too: never raw
        source = ascii(source)
    try:
        data = args.file.read_bytes()
        roles_path = args.file.with_name("roles.csv")
        roles = roles_path.read_bytes() if roles_path.is_file() else None
    except OSError as exc:
        missing = translate("GroupsCommand", "does not exist")
        reason = missing if isinstance(exc, FileNotFoundError) else exc.strerror
        field = translate("RosterProblem", "file")
        print(f"{source}: {field}: {reason}")
        print(translate("GroupsCommand", "Nothing was imported."), file=sys.stderr)
        return 1
    engine = open_engine(args)
    if engine is None:
        return 1
    try:
        return import_file(engine, args, data, source, roles, today=date.today())
    finally:
        engine.dispose()
