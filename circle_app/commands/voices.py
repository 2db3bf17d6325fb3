"""`circle-app voices`: the installed voices and the one the app reads each language with.

For the school's IT staff. Exit 0 with the list; exit 1 with what to install when there is
no speech engine. No traceback either way.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the speech modules load only when `voices` runs, not at every start
    from circle_app.speech.voices import VoiceReport

LANGUAGE_NAMES = {"da": "Danish", "en": "English"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "voices",
        help="list the installed speech voices and the one used for each language",
        description="List the text-to-speech voices installed on this computer and the "
        "voice circle-app uses to read Danish and English aloud.",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    del args
    from circle_app.speech.pyttsx3_speaker import SpeechUnavailableError, describe_voices

    try:
        report = describe_voices()
    except SpeechUnavailableError as exc:
        print(f"circle-app voices: read-aloud is unavailable. {exc}", file=sys.stderr)
        return 1
    print(format_report(report))
    return 0


def format_report(report: VoiceReport) -> str:
    from circle_app.speech.voices import LANGUAGES

    lines = [f"Speech engine: {report.driver}", ""]
    for language in LANGUAGES:
        voice = report.chosen.get(language)
        name = LANGUAGE_NAMES.get(language, language)
        if voice is None:
            lines.append(f"{name} ({language}): no voice installed; the default voice is used")
        else:
            lines.append(f"{name} ({language}): {voice.name} [{voice.id}]")
    lines += ["", f"Installed voices ({len(report.voices)}):"]
    width = max((len(v.id) for v in report.voices), default=0)
    for voice in report.voices:
        languages = ", ".join(voice.languages) or "-"
        lines.append(f"  {voice.id:<{width}}  {voice.name}  ({languages})")
    return "\n".join(lines)
