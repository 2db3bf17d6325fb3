"""`circle-app groups …`: list groups, import a roster from CSV (all or nothing)."""

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
        help=translate("GroupsCommand", "list groups, import a class list from CSV"),
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
            "GroupsCommand", "add people from a CSV file to a group (created if missing)"
        ),
        description=translate(
            "GroupsCommand",
            "Add people from a CSV file (comma or semicolon; UTF-8 or Windows-1252; a "
            "header row such as navn;klasse;rolle or first name,last name,class,role) to a "
            "group. Shows a preview with duplicates flagged and asks first. A malformed file is "
            "refused with FILE:LINE: field: message and nothing is imported.",
        ),
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--group",
        required=True,
        metavar="NAME",
        help=translate("GroupsCommand", "the group's name"),
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
            "also import rows flagged as duplicates (two children may share a name)",
        ),
    )
    importing.add_argument(
        "--yes", "-y", action="store_true", help=translate("GroupsCommand", "do not ask first")
    )
    importing.set_defaults(handler=run_import)


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


def run_import(args: argparse.Namespace) -> int:
    from circle_app.commands.people import confirm, open_engine
    from circle_app.domain.name_rules import (
        GROUP_NAME_MAX,
        character_refusal,
        collapse,
        name_refusal,
    )
    from circle_app.domain.roster_csv import DUPLICATE_IN_FILE, parse_roster
    from circle_app.store import StoreError
    from circle_app.store.groups import GroupStore
    from circle_app.store.roster import RosterStore

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
        groups = GroupStore(engine)
        group_id = groups.find_group(args.group)
        existing = [m.person.display_name for m in groups.members(group_id)] if group_id else []
        kind = GroupKind(args.kind)
        if group_id is not None:
            kind = next(g.kind for g in groups.list_groups() if g.id == group_id)
        preview = parse_roster(
            data,
            source,
            default_role=DEFAULT_ROLE.get(kind, Role.PUPIL),
            existing_names=existing,
            this_year=date.today().year,
        )
        for problem in preview.problems:
            print(text_of(problem))
        if not preview.ok:
            found = len(preview.problems)
            print(
                translate("GroupsCommand", "%n problem(s): nothing was imported.", None, found),
                file=sys.stderr,
            )
            return 1
        rows = preview.to_import(skip_duplicates=not args.keep_duplicates)
        where = args.group
        if group_id is None:
            where = translate("GroupsCommand", "{group} (new group)").format(group=args.group)
        in_file, to_import = len(preview.rows), len(rows)
        print(
            translate("GroupsCommand", "%n people in {file}", None, in_file).format(file=source)
            + "; "
            + translate("GroupsCommand", "%n to import into {group}:", None, to_import).format(
                group=where
            )
        )
        for row in preview.rows:
            details = [row.role.value]
            if row.short_name:
                details.append(row.short_name)
            if row.birth_year:
                details.append(str(row.birth_year))
            if row.class_name:
                details.append(row.class_name)
            flag = ""
            if row.duplicate:
                if row.duplicate == DUPLICATE_IN_FILE:
                    flag = "  " + translate("GroupsCommand", "DUPLICATE (in the file)")
                else:
                    flag = "  " + translate("GroupsCommand", "DUPLICATE (in the group)")
            line = translate("GroupsCommand", "line {line}").format(line=f"{row.line:>4}")
            print(f"  {line}  {row.display_name}  ({', '.join(details)}){flag}")
        duplicates = len(preview.duplicates)
        if duplicates:
            if args.keep_duplicates:
                said = translate(
                    "GroupsCommand", "%n duplicate(s) flagged: imported anyway.", None, duplicates
                )
            else:
                said = translate(
                    "GroupsCommand", "%n duplicate(s) flagged: skipped.", None, duplicates
                )
            print(said)
        if preview.ignored_columns:
            unread = ", ".join(preview.ignored_columns)
            print(translate("GroupsCommand", "Columns not read: {columns}.").format(columns=unread))
        if not rows:
            print(translate("GroupsCommand", "Nothing to import."), file=sys.stderr)
            return 1
        question = translate("GroupsCommand", "Import %n people into {group}?", None, to_import)
        if not args.yes and not confirm(question.format(group=args.group)):
            print(translate("GroupsCommand", "Nothing was imported."), file=sys.stderr)
            return 1
        result = RosterStore(engine).import_rows(
            args.group, rows, kind=kind, language=args.language
        )
    except StoreError as exc:
        say_error(exc)
        print(translate("GroupsCommand", "Nothing was imported."), file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    added = result.added
    print(
        translate("GroupsCommand", "Imported %n people into {group}.", None, added).format(
            group=args.group
        )
    )
    return 0
