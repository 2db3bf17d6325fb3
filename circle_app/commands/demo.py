"""`circle-app demo`: straight into a circle with twelve sample people (training courses)."""

from __future__ import annotations

import argparse
from typing import Any

from circle_app.i18n import translate


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help=translate(
            "DemoCommand", "open a demo circle with 12 sample people (recorded like any circle)"
        ),
        description=translate(
            "DemoCommand",
            "Open a demo circle with 12 sample participants and a few rounds. "
            "It is recorded into the normal database like any circle.",
        ),
    )
    parser.add_argument(
        "workflow",
        nargs="?",
        choices=("circle", "conversation", "conference"),
        default="circle",
        help=translate(
            "DemoCommand",
            "circle (default); conversation: a restorative conversation with three sample "
            "parties; conference: a sample conference case ready to start",
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from circle_app.app import run_gui

    start = {"circle": "demo", "conversation": "demo-conversation"}.get(
        args.workflow, "demo-conference"
    )
    return run_gui(database_url=args.database_url, start=start)
