"""Real pyttsx3 driving espeak-ng (CI installs espeak-ng): Danish and English rendered to WAV.

No skip when espeak-ng is missing: then the speaker is unavailable and these tests fail.
"""

from __future__ import annotations

import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from circle_app.speech import Pyttsx3Speaker


@pytest.fixture(scope="module")
def real_speaker() -> Iterator[Pyttsx3Speaker]:
    speaker = Pyttsx3Speaker()
    try:
        assert speaker.wait_until_ready(60), speaker.unavailable_reason
        yield speaker
    finally:
        speaker.close()


def _audio_bytes(path: Path) -> int:
    data = path.read_bytes()
    assert data[:4] == b"RIFF"
    assert data[8:12] == b"WAVE"
    with wave.open(str(path), "rb") as audio:
        assert audio.getnchannels() == 1
        assert audio.getframerate() > 8000
        return audio.getnframes() * audio.getsampwidth()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Hvilket sted i verden ville du helst besøge, og hvorfor?"),
        ("en", "Which place in the world would you most like to visit, and why?"),
    ],
)
def test_real_engine_renders_audible_speech(
    real_speaker: Pyttsx3Speaker,
    language: str,
    text: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = real_speaker.save_to_file(text, language, tmp_path / f"{language}.wav").result(60)
    size = _audio_bytes(path)
    assert size > 50_000  # several seconds of 16-bit audio, not a bare header
    samples = memoryview(path.read_bytes()[44:]).cast("h")
    assert max(abs(s) for s in samples) > 1000  # sound, not silence
    assert capsys.readouterr().out == ""  # pyttsx3's "Audio saved to …" stays quiet


@pytest.mark.slow
def test_real_engine_has_danish_and_english_voices(real_speaker: Pyttsx3Speaker) -> None:
    report = real_speaker.voice_report
    assert report is not None
    if sys.platform.startswith("linux"):
        assert report.driver == "espeak"
    assert report.chosen["da"] is not None
    assert report.chosen["da"].languages[0].startswith("da")
    assert report.chosen["en"] is not None
    assert report.chosen["en"].languages[0].startswith("en")


@pytest.mark.slow
def test_danish_and_english_voices_sound_different(
    real_speaker: Pyttsx3Speaker, tmp_path: Path
) -> None:
    text = "Ja"
    da = real_speaker.save_to_file(text, "da", tmp_path / "da.wav").result(60)
    en = real_speaker.save_to_file(text, "en", tmp_path / "en.wav").result(60)
    assert da.read_bytes() != en.read_bytes()
