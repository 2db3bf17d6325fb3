"""`circle-app banks …`: check, list, import and export question banks (no window, no Qt)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from circle_app.commands.output import say_error, text_of
from circle_app.domain.enums import BankKind, Language
from circle_app.i18n import cli_translate, translate, use


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "banks",
        help=translate("BanksCommand", "check, list, import and export question banks"),
        description=translate("BanksCommand", "Question banks: the TOML files prompts come from."),
    )
    actions = parser.add_subparsers(dest="banks_command", metavar="ACTION", required=True)

    validate = actions.add_parser(
        "validate",
        help=translate(
            "BanksCommand", "check bank files; one line per problem (FILE:LINE: field: message)"
        ),
        description=translate(
            "BanksCommand",
            "Check bank files and folders (every *.toml below them). Exit 0 when all "
            "are valid, 1 otherwise, with one line per problem.",
        ),
    )
    validate.add_argument(
        "--language",
        choices=[lang.value for lang in Language],
        default=None,
        help=translate(
            "BanksCommand", "the language of the messages (default: the command line's)"
        ),
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    validate.set_defaults(handler=run_validate)

    listing = actions.add_parser(
        "list",
        help=translate("BanksCommand", "list the shipped and your own banks"),
        description=translate(
            "BanksCommand",
            "List every bank the app loads: id, language, kind, number of prompts.",
        ),
    )
    listing.set_defaults(handler=run_list)

    importing = actions.add_parser(
        "import",
        help=translate("BanksCommand", "add a bank from a .toml or a .csv (text;ages;tags) file"),
        description=translate(
            "BanksCommand",
            "Check a .toml bank or a .csv spreadsheet (columns text;ages;tags) and add "
            "it to your banks. Nothing is added when anything is wrong.",
        ),
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--id",
        dest="bank_id",
        help=translate("BanksCommand", "the new bank's id (CSV; default: file name)"),
    )
    importing.add_argument(
        "--language", default=Language.DA.value, choices=[lang.value for lang in Language]
    )
    importing.add_argument(
        "--kind", default=BankKind.PEACETIME.value, choices=[kind.value for kind in BankKind]
    )
    importing.add_argument(
        "--title", help=translate("BanksCommand", "the bank's title (CSV; default: file name)")
    )
    importing.set_defaults(handler=run_import)

    exporting = actions.add_parser(
        "export",
        help=translate("BanksCommand", "write a bank to a .toml or a .csv file"),
        description=translate(
            "BanksCommand", "Write a bank to FILE; .csv gives text;ages;tags for a spreadsheet."
        ),
    )
    exporting.add_argument("bank_id", metavar="BANK_ID")
    exporting.add_argument("file", type=Path, metavar="FILE")
    exporting.set_defaults(handler=run_export)


def run_validate(args: argparse.Namespace) -> int:
    from circle_app.banks.plans import check_plans, plan_files
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
    if args.language is not None:  # --language: this command's messages in that language
        use(args.language)
    for problem in problems:
        print(_in_words(problem))
    empty = [f for f in folders_without_banks(bank_paths) if not plan_files([f])]
    for folder in empty:
        say_error(
            translate("BanksCommand", "no bank files found in {folder}").format(folder=folder)
        )
    found, valid = len(problems), len(banks)
    if problems:
        print(
            translate("BanksCommand", "%n problem(s)", None, found)
            + "; "
            + translate("BanksCommand", "%n valid bank(s).", None, valid),
            file=sys.stderr,
        )
    if problems or empty:
        return 1
    prompts = sum(len(bank) for bank in banks)
    head = translate("BanksCommand", "%n bank(s)", None, valid)
    planned = len(plans)
    if planned:
        counted = translate("BanksCommand", "%n prompt(s)", None, prompts)
        done = translate("BanksCommand", "%n plan(s): all valid.", None, planned)
        print(f"{head}, {counted}, {done}", file=sys.stderr)
    else:
        done = translate("BanksCommand", "%n prompt(s): all valid.", None, prompts)
        print(f"{head}, {done}", file=sys.stderr)
    return 0


def _in_words(problem: Any) -> str:
    """`FILE:LINE: field: message` in the command line's language."""
    from circle_app.banks.plans import PlanProblem

    if isinstance(problem, PlanProblem):
        return str(problem.in_words(cli_translate))
    return text_of(problem)


def _shipped_banks() -> list[Any]:
    from circle_app.banks.loader import BankLibrary

    return list(BankLibrary.load().banks)


def run_list(args: argparse.Namespace) -> int:
    from circle_app.banks.loader import BankLibrary

    library = BankLibrary.load()
    rows = [
        (
            bank.id,
            bank.language,
            bank.kind.value,
            str(len(bank)),
            translate("BanksCommand", "user")
            if bank.user
            else translate("BanksCommand", "shipped"),
        )
        for bank in library.banks
    ]
    header = (
        "ID",
        translate("BanksCommand", "LANGUAGE"),
        translate("BanksCommand", "KIND"),
        translate("BanksCommand", "PROMPTS"),
        translate("BanksCommand", "FROM"),
    )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    for path in library.skipped_files:
        print(translate("BanksCommand", "skipped {path}:").format(path=path))
        for problem in library.problems:
            if problem.path == path:
                print(f"  {text_of(problem)}")
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
        print(text_of(problem))
    if result.bank is None:
        print(translate("BanksCommand", "Nothing was imported."), file=sys.stderr)
        return 1
    count = len(result.bank)
    print(
        translate(
            "BanksCommand", "Imported {bank} (%n prompt(s)) into {where}", None, count
        ).format(bank=result.bank.id, where=result.written)
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from circle_app.banks.loader import BankLibrary
    from circle_app.banks.transfer import export_bank

    library = BankLibrary.load()
    bank = library.bank(args.bank_id)
    if bank is None:
        say_error(
            translate("BanksCommand", "no bank with id {bank} (see circle-app banks list)").format(
                bank=repr(args.bank_id)
            )
        )
        return 1
    problems = export_bank(bank, args.file)
    for problem in problems:
        print(text_of(problem))
    if problems:
        return 1
    count = len(bank)
    print(
        translate("BanksCommand", "Wrote {bank} (%n prompt(s)) to {file}", None, count).format(
            bank=bank.id, file=args.file
        )
    )
    return 0
