"""`circle-app voices`: the installed voices and the one the app reads each language with.

For the school's IT staff. Exit 0 with the list; exit 1 with what to install when there is
no speech engine. No traceback either way.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from circle_app.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the speech modules load only when `voices` runs, not at every start
    from circle_app.speech.voices import VoiceReport

LANGUAGE_NAMES = {
    "da": QT_TRANSLATE_NOOP("VoicesCommand", "Danish"),
    "en": QT_TRANSLATE_NOOP("VoicesCommand", "English"),
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "voices",
        help=translate(
            "VoicesCommand", "list the installed speech voices and the one used for each language"
        ),
        description=translate(
            "VoicesCommand",
            "List the text-to-speech voices installed on this computer and the "
            "voice circle-app uses to read Danish and English aloud.",
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    del args
    from circle_app.speech.pyttsx3_speaker import SpeechUnavailableError, describe_voices

    try:
        report = describe_voices()
    except SpeechUnavailableError as exc:
        unavailable = translate("VoicesCommand", "circle-app voices: read-aloud is unavailable.")
        print(f"{unavailable} {exc}", file=sys.stderr)
        return 1
    print(format_report(report))
    return 0


def format_report(report: VoiceReport) -> str:
    from circle_app.speech.voices import LANGUAGES

    lines = [translate("VoicesCommand", "Speech engine: {driver}").format(driver=report.driver), ""]
    for language in LANGUAGES:
        voice = report.chosen.get(language)
        known = LANGUAGE_NAMES.get(language)
        name = translate("VoicesCommand", known) if known else language
        if voice is None:
            none = translate(
                "VoicesCommand", "{name} ({code}): no voice installed; the default voice is used"
            )
            lines.append(none.format(name=name, code=language))
        else:
            lines.append(f"{name} ({language}): {voice.name} [{voice.id}]")
    installed = len(report.voices)
    lines += ["", translate("VoicesCommand", "Installed voices (%n):", None, installed)]
    width = max((len(v.id) for v in report.voices), default=0)
    for voice in report.voices:
        languages = ", ".join(voice.languages) or "-"
        lines.append(f"  {voice.id:<{width}}  {voice.name}  ({languages})")
    return "\n".join(lines)
