"""`circle-app prompt`: straight to the quick prompt screen (SFO staff, no group needed)."""

from __future__ import annotations

import argparse
from typing import Any

from circle_app.i18n import translate


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "prompt",
        help=translate(
            "PromptCommand",
            "open the quick prompt screen: one low-stakes question, no group needed",
        ),
        description=translate(
            "PromptCommand",
            "Open the app on the quick prompt screen: a big card with a low-stakes "
            "prompt, filters for age band and category, shuffle, favourite and read aloud.",
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from circle_app.app import run_gui

    return run_gui(database_url=args.database_url, start="prompt")
