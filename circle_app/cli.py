"""`circle-app`: the window by default; subcommands for demos, banks, voices and data.

Every subcommand lives in `circle_app/commands/<name>.py` with `register(subparsers)`;
the GUI is imported only when a command needs it. Every message goes through
`circle_app.i18n.translate` (the window's catalogue, QtCore only), in the user's language:
`--lang`, else the saved setting, else the system's, else Danish.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from circle_app import __version__, i18n
from circle_app.i18n import QT_TRANSLATE_NOOP, translate

# argparse's own words (usage, errors, --help), which it asks gettext for.
ARGPARSE = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def _argparse_says(text: str) -> str:
    return translate("argparse", text)


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    return _argparse_says(singular if n == 1 else plural)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """Bad arguments: usage and one line, exit 2 — never a traceback."""
        self.print_usage(sys.stderr)
        said = translate("cli", "{prog}: error: {message}").format(prog=self.prog, message=message)
        self.exit(2, said + "\n")


def forced_language(argv: Sequence[str]) -> str | None:
    """`--lang da` / `--lang=en` before the parser exists (its help is in that language)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="circle-app",
        description=translate(
            "cli",
            "Keep restorative circles on the classroom smartboard. "
            "Without a command, the app's window opens.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help=translate(
            "cli",
            "the language of the messages (default: the one chosen in the app, else the "
            "system's, else Danish)",
        ),
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=translate(
            "cli",
            "database to use (default: SQLite in the user data folder; "
            "also CIRCLE_APP_DATABASE_URL), e.g. postgresql+psycopg://host/db",
        ),
    )
    from circle_app.commands import COMMANDS

    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def speak(language: str) -> None:
    """The CLI's messages, argparse's included, in `language`."""
    i18n.use(language)
    argparse._ = _argparse_says  # type: ignore[attr-defined]  # argparse asks gettext's `_`
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:  # the window, as the parser would decide: no parser, no subcommands
        from circle_app.heap import pause_collection

        pause_collection()  # until the first frame (run_gui resumes it): no garbage yet
        from circle_app.app import run_gui

        return run_gui()
    speak(i18n.cli_language(forced_language(arguments)))
    parser = build_parser()
    args = parser.parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is None:
        from circle_app.app import run_gui

        return run_gui(database_url=args.database_url)
    try:
        result: int = handler(args)
        sys.stdout.flush()  # a full disk behind `> FILE` shows here, not at exit
    except Exception as exc:
        # A full disk, or a database problem met after the start (a damaged page, a lost
        # server), is one plain sentence on the terminal, never a traceback with SQL in it.
        from circle_app.commands.output import say_error
        from circle_app.store.engine import StoreError
        from circle_app.store.faults import DiskFullError, is_disk_full

        if is_disk_full(exc):
            _drop_unwritten_output()
            say_error(DiskFullError())
        elif isinstance(exc, StoreError):
            say_error(exc)
        else:
            raise
        return 1
    return result


def _drop_unwritten_output() -> None:
    """What could not be written to stdout is dropped, so the exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout is not a file (a test's capture)
        return


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
