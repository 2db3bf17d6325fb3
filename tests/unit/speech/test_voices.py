"""Voices are chosen by language code, whatever shape the platform's driver gives them."""

from __future__ import annotations

import pytest

from circle_app.speech.voices import build_report, choose_voice, language_codes, voice_info
from tests.unit.speech.fakes import ESPEAK_LIKE_VOICES, FakeVoice


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        ([b"\x05da"], ("da",)),  # espeak through older pyttsx3: priority byte + code
        (b"\x05da", ("da",)),
        ([b"\x02en-gb\x00\x05en\x00"], ("en-gb", "en")),  # several codes in one value
        (["da"], ("da",)),  # espeak through pyttsx3 2.99
        (["da_DK"], ("da-dk",)),  # SAPI5 / NSSS
        (["en_US", "en_GB"], ("en-us", "en-gb")),
        ("en-GB", ("en-gb",)),
        ([], ()),
        (None, ()),
        (42, ()),
    ],
)
def test_language_codes_in_every_shape(languages: object, expected: tuple[str, ...]) -> None:
    assert language_codes(languages) == expected


def _chosen_id(voices: list[FakeVoice], language: str) -> str | None:
    chosen = choose_voice([voice_info(v) for v in voices], language)
    return chosen.id if chosen else None


def test_espeak_bytes_pick_danish_and_british_english() -> None:
    assert _chosen_id(ESPEAK_LIKE_VOICES, "da") == "gmq/da"
    assert _chosen_id(ESPEAK_LIKE_VOICES, "en") == "gmw/en"


def test_sapi_and_nsss_language_lists() -> None:
    voices = [
        FakeVoice("com.apple.voice.compact.en-US.Samantha", "Samantha", ["en_US"]),
        FakeVoice("com.apple.voice.compact.da-DK.Sara", "Sara", ["da_DK"]),
        FakeVoice("com.apple.voice.compact.en-GB.Daniel", "Daniel", ["en_GB"]),
    ]
    assert _chosen_id(voices, "da") == "com.apple.voice.compact.da-DK.Sara"
    assert _chosen_id(voices, "en") == "com.apple.voice.compact.en-GB.Daniel"
    assert _chosen_id(voices, "da-DK") == "com.apple.voice.compact.da-DK.Sara"


def test_sapi_id_holding_the_code_when_languages_are_empty() -> None:
    base = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Speech\\Voices\\Tokens\\"
    voices = [
        FakeVoice(base + "TTS_MS_EN-US_ZIRA_11.0", "Microsoft Zira Desktop - English (US)"),
        FakeVoice(base + "TTS_MS_DA-DK_HELLE_11.0", "Microsoft Helle Desktop - Danish"),
    ]
    assert _chosen_id(voices, "da") == base + "TTS_MS_DA-DK_HELLE_11.0"
    assert _chosen_id(voices, "en") == base + "TTS_MS_EN-US_ZIRA_11.0"


def test_language_name_is_the_last_resort() -> None:
    voices = [FakeVoice("voice-1", "Some Voice (English)"), FakeVoice("voice-2", "Dansk stemme")]
    assert _chosen_id(voices, "en") == "voice-1"
    assert _chosen_id(voices, "da") == "voice-2"


def test_a_code_match_beats_a_name_match_and_codes_are_not_substrings() -> None:
    voices = [
        FakeVoice("dan-voice", "Danish-ish", []),  # "dan" is not "da"; the name says Danish
        FakeVoice("v2", "Helle", ["da_DK"]),
        FakeVoice("v3", "Dave", ["de_DE"]),  # "de" must not match "da", nor "Dave" anything
    ]
    assert _chosen_id(voices, "da") == "v2"
    assert _chosen_id(voices[2:], "da") is None


def test_no_voice_for_the_language() -> None:
    assert _chosen_id([FakeVoice("gmw/de", "German", [b"\x05de"])], "da") is None
    assert _chosen_id([], "en") is None


def test_report_lists_every_voice_and_the_choice_per_language() -> None:
    report = build_report("espeak", ESPEAK_LIKE_VOICES)
    assert report.driver == "espeak"
    assert [v.id for v in report.voices] == [v.id for v in ESPEAK_LIKE_VOICES]
    assert report.chosen["da"] is not None
    assert report.chosen["da"].id == "gmq/da"
    assert report.chosen["en"] is not None
    assert report.chosen["en"].id == "gmw/en"
