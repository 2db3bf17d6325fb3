"""`circle-app voices`: the list for IT staff; without an engine, what to install (exit 1)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest

from circle_app.cli import main
from circle_app.speech import pyttsx3_speaker
from tests.unit.speech.fakes import FakeEngine, FakeVoice

_real_describe_voices = pyttsx3_speaker.describe_voices


def _use_engine(monkeypatch: pytest.MonkeyPatch, factory: Callable[[], FakeEngine]) -> None:
    monkeypatch.setattr(
        pyttsx3_speaker, "describe_voices", lambda: _real_describe_voices(engine_factory=factory)
    )


def test_lists_voices_and_the_choice_per_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _use_engine(monkeypatch, FakeEngine)
    assert main(["voices"]) == 0
    out = capsys.readouterr().out
    assert "Danish (da): Danish [gmq/da]" in out
    assert "English (en): English (Great Britain) [gmw/en]" in out
    assert "Installed voices (5):" in out
    assert "gmw/de" in out


def test_no_voice_for_a_language_is_said_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def german_only() -> FakeEngine:
        return FakeEngine([FakeVoice("gmw/de", "German", ["de"])])

    _use_engine(monkeypatch, german_only)
    assert main(["voices"]) == 0
    out = capsys.readouterr().out
    assert "Danish (da): no voice installed" in out


def test_without_an_engine_says_what_to_install_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> FakeEngine:
        raise RuntimeError("This means you probably do not have eSpeak or eSpeak-ng installed!")

    _use_engine(monkeypatch, broken)
    assert main(["voices"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "read-aloud is unavailable" in captured.err
    assert "espeak-ng" in captured.err or "SAPI5" in captured.err or "macOS" in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.slow
def test_the_real_command_lists_espeak_voices() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "circle_app", "voices"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Danish (da): " in result.stdout
    assert "no voice installed" not in result.stdout
    assert "Traceback" not in result.stderr
