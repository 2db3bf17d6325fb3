"""Reading aloud: the Speaker protocol, pyttsx3 on its own thread, and a silent fallback (no Qt).

Importing this package is cheap: pyttsx3 itself is imported on the speech thread.
"""

from circle_app.speech.pyttsx3_speaker import (
    Pyttsx3Speaker,
    SpeechUnavailableError,
    describe_voices,
)
from circle_app.speech.speaker import (
    DEFAULT_RATE,
    DEFAULT_VOLUME,
    NullSpeaker,
    Speaker,
    SpeechCallbacks,
    install_hint,
)
from circle_app.speech.voices import LANGUAGES, VoiceInfo, VoiceReport, choose_voice

__all__ = [
    "DEFAULT_RATE",
    "DEFAULT_VOLUME",
    "LANGUAGES",
    "NullSpeaker",
    "Pyttsx3Speaker",
    "Speaker",
    "SpeechCallbacks",
    "SpeechUnavailableError",
    "VoiceInfo",
    "VoiceReport",
    "choose_voice",
    "describe_voices",
    "install_hint",
]
