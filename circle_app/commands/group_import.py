"""The preview and the import behind `circle-app groups import` (one group, or one per class).

Everything is checked and shown first; then every group is written, each in its own
transaction, only after one yes. A refused file changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from circle_app.commands.output import say_error, text_of
from circle_app.domain.enums import GroupKind, Role
from circle_app.domain.roster_csv import DUPLICATE_IN_FILE, RosterPreview, RosterRow, parse_roster
from circle_app.domain.roster_model import LAYOUT_NAMES
from circle_app.domain.roster_sync import ImportPlan
from circle_app.i18n import translate

DEFAULT_ROLE = {GroupKind.PARENT_MEETING: Role.PARENT, GroupKind.STAFF: Role.STAFF}


def _details(row: RosterRow) -> str:
    details = [row.role.value]
    if row.short_name:
        details.append(row.short_name)
    if row.birth_year:
        details.append(str(row.birth_year))
    if row.class_name:
        details.append(row.class_name)
    return ", ".join(details)


def _print_plan(
    name: str,
    is_new: bool,
    rows: tuple[RosterRow, ...],
    count: int,
    plan: ImportPlan,
    mark_gone: bool,
) -> None:
    where = translate("GroupsCommand", "{group} (new group)").format(group=name) if is_new else name
    print(translate("GroupsCommand", "%n to import into {group}:", None, count).format(group=where))
    matched = {match.row.line: match for match in plan.matched}
    for row in rows:
        flag = ""
        match = matched.get(row.line)
        if row.duplicate == DUPLICATE_IN_FILE:
            flag = "  " + translate("GroupsCommand", "DUPLICATE (in the file)")
        elif row.duplicate:
            flag = "  " + translate("GroupsCommand", "DUPLICATE (in the group)")
        elif match is not None and match.returning:
            flag = "  " + translate("GroupsCommand", "back in the group")
        elif match is not None and match.changes:
            flag = "  " + translate("GroupsCommand", "changed: {what} (was {before})").format(
                what=", ".join(match.changes), before=match.before.display_name
            )
        elif match is not None:
            flag = "  " + translate("GroupsCommand", "already in the group")
        line = translate("GroupsCommand", "line {line}").format(line=f"{row.line:>4}")
        print(f"  {line}  {row.display_name}  ({_details(row)}){flag}")
    if plan.gone:
        names = ", ".join(person.display_name for person in plan.gone)
        if mark_gone:
            said = translate("GroupsCommand", "Not in the file, marked as left the group: {names}.")
        else:
            said = translate(
                "GroupsCommand", "Not in the file, kept (add --mark-gone to mark them): {names}."
            )
        print(said.format(names=names))


def import_file(
    engine: Any,
    args: argparse.Namespace,
    data: bytes,
    source: str,
    roles: bytes | None,
    *,
    today: date,
) -> int:
    from circle_app.commands.people import confirm
    from circle_app.store import StoreError
    from circle_app.store.groups import GroupStore
    from circle_app.store.roster import RosterStore

    groups = GroupStore(engine)
    roster = RosterStore(engine)
    kind = GroupKind(args.kind)
    group_id = groups.find_group(args.group) if args.group else None
    if group_id is not None:
        kind = next(g.kind for g in groups.list_groups() if g.id == group_id)
    preview: RosterPreview = parse_roster(
        data,
        source,
        default_role=DEFAULT_ROLE.get(kind, Role.PUPIL),
        this_year=today.year,
        sheet=args.sheet,
        roles_csv=roles,
        pupils_only=not args.all_roles,
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
    in_file = len(preview.rows)
    people = translate("GroupsCommand", "%n people in {file}", None, in_file).format(file=source)
    print(f"{people} ({LAYOUT_NAMES[preview.layout]}).")
    others = preview.other_roles
    if others:
        print(
            translate(
                "GroupsCommand", "%n staff not read (add --all-roles to read them).", None, others
            )
        )
    linked = len(preview.guardians)
    if linked:
        print(translate("GroupsCommand", "%n guardian(s) linked to their children.", None, linked))
    if preview.ignored_columns:
        unread = ", ".join(preview.ignored_columns)
        print(translate("GroupsCommand", "Columns not read: {columns}.").format(columns=unread))
    keep = set(preview.to_import(skip_duplicates=not args.keep_duplicates))
    shown: dict[str, tuple[RosterRow, ...]] = {}
    for row in preview.rows:
        name = row.class_name if args.split_by_class else args.group
        shown[name] = (*shown.get(name, ()), row)
    if args.split_by_class and "" in shown:
        lines = ", ".join(str(row.line) for row in shown[""][:5])
        print(
            translate(
                "GroupsCommand",
                "{file}: rows without a class (line {lines}): nothing was imported.",
            ).format(file=source, lines=lines)
        )
        return 1
    split = {name: tuple(r for r in rows if r in keep) for name, rows in shown.items()}
    total = 0
    for name, rows in shown.items():
        plan = roster.plan_import(name, split[name])
        _print_plan(
            name, groups.find_group(name) is None, rows, len(split[name]), plan, args.mark_gone
        )
        total += len(split[name])
    duplicates = len(preview.duplicates)
    if duplicates:
        if args.keep_duplicates:
            said = translate(
                "GroupsCommand", "%n duplicate(s) flagged: imported anyway.", None, duplicates
            )
        else:
            said = translate("GroupsCommand", "%n duplicate(s) flagged: skipped.", None, duplicates)
        print(said)
    if not total:
        print(translate("GroupsCommand", "Nothing to import."), file=sys.stderr)
        return 1
    question = translate("GroupsCommand", "Import %n people into {group}?", None, total)
    if not args.yes and not confirm(question.format(group=", ".join(split))):
        print(translate("GroupsCommand", "Nothing was imported."), file=sys.stderr)
        return 1
    try:
        results = roster.import_groups(
            list(split.items()),
            kind=kind,
            language=args.language,
            mark_gone=args.mark_gone,
            guardians=preview.guardians,
            today=today,
        )
    except StoreError as exc:
        say_error(exc)
        print(translate("GroupsCommand", "Nothing was imported."), file=sys.stderr)
        return 1
    for name, result in zip(split, results, strict=True):
        changed, back, left, added = result.changed, result.back, result.left, result.added
        extra = []
        if changed:
            extra.append(translate("GroupsCommand", "%n changed", None, changed))
        if back:
            extra.append(translate("GroupsCommand", "%n back", None, back))
        if left:
            extra.append(translate("GroupsCommand", "%n marked as left", None, left))
        suffix = f" ({', '.join(extra)})" if extra else ""
        done = translate("GroupsCommand", "Imported %n people into {group}.", None, added)
        print(done.format(group=name) + suffix)
    return 0
