"""`circle-app banks …`: check, list, import and export question banks (no window, no Qt)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from circle_app.domain.enums import BankKind, Language


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "banks",
        help="check, list, import and export question banks",
        description="Question banks: the TOML files prompts come from.",
    )
    actions = parser.add_subparsers(dest="banks_command", metavar="ACTION", required=True)

    validate = actions.add_parser(
        "validate",
        help="check bank files; one line per problem (FILE:LINE: field: message)",
        description="Check bank files and folders (every *.toml below them). Exit 0 when all "
        "are valid, 1 otherwise, with one line per problem.",
    )
    validate.add_argument(
        "--language",
        choices=[lang.value for lang in Language],
        default=Language.EN.value,
        help="the language of the plan files' messages (default: en)",
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    validate.set_defaults(handler=run_validate)

    listing = actions.add_parser(
        "list",
        help="list the shipped and your own banks",
        description="List every bank the app loads: id, language, kind, number of prompts.",
    )
    listing.set_defaults(handler=run_list)

    importing = actions.add_parser(
        "import",
        help="add a bank from a .toml or a .csv (text;ages;tags) file",
        description="Check a .toml bank or a .csv spreadsheet (columns text;ages;tags) and add "
        "it to your banks. Nothing is added when anything is wrong.",
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--id", dest="bank_id", help="the new bank's id (CSV; default: file name)"
    )
    importing.add_argument(
        "--language", default=Language.DA.value, choices=[lang.value for lang in Language]
    )
    importing.add_argument(
        "--kind", default=BankKind.PEACETIME.value, choices=[kind.value for kind in BankKind]
    )
    importing.add_argument("--title", help="the bank's title (CSV; default: file name)")
    importing.set_defaults(handler=run_import)

    exporting = actions.add_parser(
        "export",
        help="write a bank to a .toml or a .csv file",
        description="Write a bank to FILE; .csv gives text;ages;tags for a spreadsheet.",
    )
    exporting.add_argument("bank_id", metavar="BANK_ID")
    exporting.add_argument("file", type=Path, metavar="FILE")
    exporting.set_defaults(handler=run_export)


def run_validate(args: argparse.Namespace) -> int:
    from circle_app.banks.plans import check_plans, plan_files, problem_text
    from circle_app.banks.validator import check_files, check_pairs, folders_without_banks

    plan_paths = [p for p in args.paths if p.is_file() and p in plan_files([p])]
    bank_paths = [p for p in args.paths if p not in plan_paths]
    banks, problems = check_files(bank_paths)
    problems = [*problems, *check_pairs(banks)]  # a da/ and en/ file: one bank, two languages
    # Plans name prompts by bank and id: checked against the banks given, or the shipped.
    plans: list[Any] = []
    if plan_files(args.paths):
        known = {bank.id: bank for bank in [*_shipped_banks(), *banks]}
        plans, plan_problems = check_plans(args.paths, known.values())
        problems += plan_problems
    translate = _translator(args.language)
    for problem in problems:
        print(problem_text(problem, translate))
    empty = [f for f in folders_without_banks(bank_paths) if not plan_files([f])]
    for folder in empty:
        print(f"circle-app: no bank files found in {folder}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s); {len(banks)} valid bank(s).", file=sys.stderr)
    if problems or empty:
        return 1
    prompts = sum(len(bank) for bank in banks)
    counted = f"{len(banks)} bank(s), {prompts} prompt(s)"
    if plans:
        counted += f", {len(plans)} plan(s)"
    print(f"{counted}: all valid.", file=sys.stderr)
    return 0


def _shipped_banks() -> list[Any]:
    from circle_app.banks.loader import BankLibrary

    return list(BankLibrary.load().banks)


def _translator(language: str) -> Callable[[str], str]:
    """Plan messages in `language`, from the app's own translations (QtCore only, no window)."""
    if language == Language.EN.value:
        return lambda template: template
    from PySide6.QtCore import QTranslator

    from circle_app.paths import resources_dir

    translator = QTranslator()
    translator.load(str(resources_dir() / "translations" / f"circle_app_{language}.qm"))
    return lambda template: translator.translate("PlanProblem", template) or template


def run_list(args: argparse.Namespace) -> int:
    from circle_app.banks.loader import BankLibrary

    library = BankLibrary.load()
    rows = [
        (
            bank.id,
            bank.language,
            bank.kind.value,
            str(len(bank)),
            "user" if bank.user else "shipped",
        )
        for bank in library.banks
    ]
    header = ("ID", "LANGUAGE", "KIND", "PROMPTS", "FROM")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    for path in library.skipped_files:
        print(f"skipped {path}:")
        for problem in library.problems:
            if problem.path == path:
                print(f"  {problem}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from circle_app.banks.loader import BankLibrary
    from circle_app.banks.transfer import import_bank

    library = BankLibrary.load()
    result = import_bank(
        args.file,
        library,
        bank_id=args.bank_id,
        language=args.language,
        kind=args.kind,
        title=args.title,
    )
    for problem in result.problems:
        print(problem)
    if result.bank is None:
        print("Nothing was imported.", file=sys.stderr)
        return 1
    print(f"Imported {result.bank.id} ({len(result.bank)} prompts) into {result.written}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from circle_app.banks.loader import BankLibrary
    from circle_app.banks.transfer import export_bank

    library = BankLibrary.load()
    bank = library.bank(args.bank_id)
    if bank is None:
        print(
            f"circle-app: no bank with id {args.bank_id!r} (see `circle-app banks list`)",
            file=sys.stderr,
        )
        return 1
    problems = export_bank(bank, args.file)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"Wrote {bank.id} ({len(bank)} prompts) to {args.file}")
    return 0
