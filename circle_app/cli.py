"""`circle-app`: the window by default; subcommands for demos, banks, voices and data.

Every subcommand lives in `circle_app/commands/<name>.py` with `register(subparsers)`;
the GUI and Qt are imported only when a command needs them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from circle_app import __version__
from circle_app.commands import COMMANDS


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """Bad arguments: usage and one line, exit 2 — never a traceback."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="circle-app",
        description=(
            "Keep restorative circles on the classroom smartboard. "
            "Without a command, the app's window opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="database to use (default: SQLite in the user data folder; "
        "also CIRCLE_APP_DATABASE_URL), e.g. postgresql+psycopg://host/db",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
        from circle_app.store.engine import StoreError
        from circle_app.store.faults import DiskFullError, is_disk_full

        if is_disk_full(exc):
            _drop_unwritten_output()
            print(f"circle-app: {DiskFullError()}", file=sys.stderr)
        elif isinstance(exc, StoreError):
            print(f"circle-app: {exc}", file=sys.stderr)
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
