"""Choosing a voice by language code among whatever voices the platform's engine offers.

`engine.getProperty("voices")` differs per driver:
- espeak(-ng): `languages` as ``[b"\\x05da"]`` (older pyttsx3: a priority byte, then the code,
  possibly several ``\\x00``-separated) or ``["da"]``/``["en-gb"]`` (pyttsx3 2.99); id ``gmq/da``.
- SAPI5 (Windows): `languages` often empty; the id is a registry path holding the code
  (``…\\TTS_MS_DA-DK_HELLE_11.0``), the name the language (``Microsoft Helle - Danish``).
- NSSpeechSynthesizer (macOS): ``["da_DK"]``; id ``com.apple.voice.compact.da-DK.Sara``.
Never a hard-coded voice name: codes first, then the id/name, then the language's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

LANGUAGES: tuple[str, ...] = ("da", "en")
"""The languages the app reads aloud (banks and UI)."""

_PREFERRED: dict[str, tuple[str, ...]] = {
    # The regional variant to prefer when several voices speak the language.
    "da": ("da", "da-dk"),
    "en": ("en", "en-gb", "en-us"),
}
_LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "da": ("danish", "dansk"),
    "en": ("english",),
}
_TOKEN = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...]
    """Normalised codes: lower case, ``-`` between parts (``da``, ``en-gb``)."""


@dataclass(frozen=True)
class VoiceReport:
    driver: str
    voices: tuple[VoiceInfo, ...]
    chosen: dict[str, VoiceInfo | None]
    """The voice the app uses per language in LANGUAGES (None: none speaks it)."""


def normalise_code(code: str) -> str:
    return code.strip().lower().replace("_", "-")


def _codes_from_bytes(raw: bytes) -> list[str]:
    # espeak's voice languages: <priority byte><code>\x00<priority byte><code>\x00…
    codes = []
    for part in raw.split(b"\x00"):
        text = part.decode("latin-1")
        text = "".join(ch for ch in text if ch.isprintable()).strip()
        if text:
            codes.append(text)
    return codes


def language_codes(languages: object) -> tuple[str, ...]:
    """The codes in a voice's `languages`, whatever shape the driver gave them."""
    if languages is None:
        return ()
    items: Iterable[object]
    items = [languages] if isinstance(languages, str | bytes) else _iterable_or_empty(languages)
    codes: list[str] = []
    for item in items:
        if isinstance(item, bytes):
            codes.extend(_codes_from_bytes(item))
        elif isinstance(item, str):
            codes.append("".join(ch for ch in item if ch.isprintable()))
    return tuple(c for c in (normalise_code(code) for code in codes) if c)


def _iterable_or_empty(value: object) -> Iterable[object]:
    return list(value) if isinstance(value, Iterable) else []


def voice_info(voice: Any) -> VoiceInfo:
    """A plain description of a pyttsx3 Voice (or anything with id/name/languages)."""
    return VoiceInfo(
        id=str(getattr(voice, "id", "") or ""),
        name=str(getattr(voice, "name", "") or ""),
        languages=language_codes(getattr(voice, "languages", None)),
    )


def _score(info: VoiceInfo, language: str) -> int | None:
    """Lower is better; None when the voice does not speak `language`."""
    language = normalise_code(language).split("-")[0]
    preferred = _PREFERRED.get(language, (language,))
    best: int | None = None
    for code in info.languages:
        primary = code.split("-")[0]
        if primary != language:
            continue
        if code in preferred:
            score = preferred.index(code)
        elif re.fullmatch(r"[a-z]{2,3}-[a-z]{2}", code):
            score = 10  # another region: da-gl, en-au
        else:
            score = 20  # a dialect or variant: en-gb-scotland, en-gb-x-rp
        best = score if best is None else min(best, score)
    if best is not None:
        return best
    if language in _TOKEN.split(info.id.lower()) or language in _TOKEN.split(info.name.lower()):
        return 30
    words = _TOKEN.split(info.name.lower())
    if any(word in words for word in _LANGUAGE_NAMES.get(language, ())):
        return 40
    return None


def choose_voice(voices: Sequence[VoiceInfo], language: str) -> VoiceInfo | None:
    """The best voice for a language code ("da", "en", "da-DK"), or None."""
    scored = [
        (score, index, v)
        for index, v in enumerate(voices)
        if (score := _score(v, language)) is not None
    ]
    if not scored:
        return None
    return min(scored, key=lambda item: (item[0], item[1]))[2]


def build_report(driver: str, raw_voices: Iterable[Any]) -> VoiceReport:
    voices = tuple(voice_info(v) for v in raw_voices)
    return VoiceReport(
        driver=driver,
        voices=voices,
        chosen={language: choose_voice(voices, language) for language in LANGUAGES},
    )
