"""The preview and the import behind `circle-app groups import` (one group, or one per class).

Everything is checked and shown first; then every group is written, each in its own
transaction, only after one yes. A refused file changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from circle_app.domain.enums import GroupKind, Role
from circle_app.domain.roster_csv import RosterPreview, RosterRow, parse_roster
from circle_app.domain.roster_model import LAYOUT_NAMES
from circle_app.domain.roster_sync import ImportPlan

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
    where = f"{name} (new group)" if is_new else name
    print(f"{count} to import into {where}:")
    matched = {match.row.line: match for match in plan.matched}
    for row in rows:
        flag = ""
        match = matched.get(row.line)
        if row.duplicate:
            flag = f"  DUPLICATE ({row.duplicate})"
        elif match is not None and match.returning:
            flag = "  back in the group"
        elif match is not None and match.changes:
            flag = f"  changed: {', '.join(match.changes)} (was {match.before.display_name})"
        elif match is not None:
            flag = "  already in the group"
        print(f"  line {row.line:>4}  {row.display_name}  ({_details(row)}){flag}")
    if plan.gone:
        verb = "marked as left the group" if mark_gone else "kept (add --mark-gone to mark them)"
        names = ", ".join(person.display_name for person in plan.gone)
        print(f"Not in the file, {verb}: {names}.")


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
        print(problem)
    if not preview.ok:
        print(f"{len(preview.problems)} problem(s): nothing was imported.", file=sys.stderr)
        return 1
    print(f"{len(preview.rows)} people in {source} ({LAYOUT_NAMES[preview.layout]}).")
    if preview.other_roles:
        print(f"{preview.other_roles} staff not read (add --all-roles to read them).")
    if preview.guardians:
        print(f"{len(preview.guardians)} guardian(s) linked to their children.")
    if preview.ignored_columns:
        print(f"Columns not read: {', '.join(preview.ignored_columns)}.")
    keep = set(preview.to_import(skip_duplicates=not args.keep_duplicates))
    shown: dict[str, tuple[RosterRow, ...]] = {}
    for row in preview.rows:
        name = row.class_name if args.split_by_class else args.group
        shown[name] = (*shown.get(name, ()), row)
    if args.split_by_class and "" in shown:
        lines = ", ".join(str(row.line) for row in shown[""][:5])
        print(f"{source}: rows without a class (line {lines}): nothing was imported.")
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
        verb = "imported anyway" if args.keep_duplicates else "skipped"
        print(f"{duplicates} duplicate(s) flagged: {verb}.")
    if not total:
        print("Nothing to import.", file=sys.stderr)
        return 1
    question = f"Import {total} people into {', '.join(split)}?"
    if not args.yes and not confirm(question):
        print("Nothing was imported.", file=sys.stderr)
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
        print(f"circle-app: {exc}", file=sys.stderr)
        print("Nothing was imported.", file=sys.stderr)
        return 1
    for name, result in zip(split, results, strict=True):
        extra = []
        if result.changed:
            extra.append(f"{result.changed} changed")
        if result.back:
            extra.append(f"{result.back} back")
        if result.left:
            extra.append(f"{result.left} marked as left")
        suffix = f" ({', '.join(extra)})" if extra else ""
        print(f"Imported {result.added} people into {name}.{suffix}")
    return 0
