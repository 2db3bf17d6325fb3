"""Pyttsx3Speaker with a fake engine: one thread owns the engine, queueing, cancellation,
failures that never escape. (The real pyttsx3 + espeak-ng run is in test_real_espeak.py.)"""

from __future__ import annotations

import logging
import threading
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from circle_app.speech import NullSpeaker, Pyttsx3Speaker, SpeechCallbacks, SpeechUnavailableError
from circle_app.speech.pyttsx3_speaker import PLAYBACK_FAILED, SPEECH_FAILED, describe_voices
from circle_app.speech.speaker import MAX_RATE, MIN_RATE, Speaker, install_hint
from tests.unit.speech.fakes import FakeEngine, FakePlayer, Recorder, write_wav

MakeSpeaker = Callable[..., tuple[Pyttsx3Speaker, Recorder]]


@pytest.fixture
def make_speaker() -> Iterator[MakeSpeaker]:
    speakers: list[Pyttsx3Speaker] = []

    def make(engine: FakeEngine | None = None, **kwargs: object) -> tuple[Pyttsx3Speaker, Recorder]:
        recorder = Recorder()
        fake = engine or FakeEngine()
        callbacks = SpeechCallbacks(
            started=recorder.started,
            finished=recorder.finished,
            error=recorder.error,
            availability=recorder.availability,
        )
        kwargs.setdefault("render", False)
        speaker = Pyttsx3Speaker(callbacks, engine_factory=lambda: fake, **kwargs)  # type: ignore[arg-type]
        speakers.append(speaker)
        assert speaker.wait_until_ready(5)
        return speaker, recorder

    yield make
    for speaker in speakers:
        speaker.close()
        assert not speaker.running


def test_both_speakers_meet_the_protocol() -> None:
    assert isinstance(NullSpeaker(), Speaker)
    speaker = Pyttsx3Speaker(engine_factory=FakeEngine)
    try:
        assert isinstance(speaker, Speaker)
    finally:
        speaker.close()


def test_the_engine_lives_on_one_worker_thread_and_speaks_with_the_language_voice(
    make_speaker: MakeSpeaker,
) -> None:
    engine = FakeEngine()
    speaker, recorder = make_speaker(engine)
    assert speaker.available
    assert speaker.unavailable_reason is None
    first = speaker.say("Hvad glæder du dig til?", "da")
    recorder.wait_for(("finished", first, True))
    second = speaker.say("What are you looking forward to?", "en")
    recorder.wait_for(("finished", second, True))
    assert recorder.events[:1] == [("availability", True, None)]
    assert recorder.events[1:] == [
        ("started", first),
        ("finished", first, True),
        ("started", second),
        ("finished", second, True),
    ]
    assert [(text, props["voice"]) for text, props in engine.spoken] == [
        ("Hvad glæder du dig til?", "gmq/da"),
        ("What are you looking forward to?", "gmw/en"),
    ]
    assert engine.spoken[0][1]["rate"] == 150
    assert engine.spoken[0][1]["volume"] == 1.0
    assert len(engine.threads) == 1
    assert threading.get_ident() not in engine.threads
    assert recorder.threads == engine.threads  # callbacks come from the worker, not the caller


def test_say_never_waits_for_the_engine(make_speaker: MakeSpeaker) -> None:
    engine = FakeEngine(words=100, word_seconds=0.02)
    speaker, recorder = make_speaker(engine)
    first = speaker.say("long", "en")
    assert engine.speaking.wait(5)
    before = time.monotonic()
    second = speaker.say("next", "en")
    speaker.set_rate(120)
    assert time.monotonic() - before < 0.05
    recorder.wait_for(("finished", second, True))
    assert ("finished", first, False) in recorder.events


def test_a_new_request_cancels_the_current_one_and_those_queued(
    make_speaker: MakeSpeaker,
) -> None:
    engine = FakeEngine(words=200, word_seconds=0.02)  # four seconds if not cancelled
    speaker, recorder = make_speaker(engine)
    first = speaker.say("one", "da")
    recorder.wait_for(("started", first))
    assert engine.speaking.wait(5)
    engine.words = 1  # the next utterances are short
    started_at = time.monotonic()
    second = speaker.say("two", "da")
    third = speaker.say("three", "da")
    recorder.wait_for(("finished", first, False), timeout=1.0)
    assert time.monotonic() - started_at < 0.5
    recorder.wait_for(("finished", third, True))
    assert recorder.finished_events() == [
        ("finished", first, False),
        ("finished", second, False),  # superseded before it began: no "started"
        ("finished", third, True),
    ]
    assert ("started", second) not in recorder.events
    assert "stop" in [call[0] for call in engine.calls]
    assert [text for text, _ in engine.spoken] == ["one", "three"]
    assert not [e for e in recorder.events if e[0] == "error"]  # never "run loop already started"


def test_stop_cancels_and_the_speaker_keeps_working(make_speaker: MakeSpeaker) -> None:
    engine = FakeEngine(words=200, word_seconds=0.02)
    speaker, recorder = make_speaker(engine)
    first = speaker.say("one", "en")
    assert engine.speaking.wait(5)
    speaker.stop()
    recorder.wait_for(("finished", first, False), timeout=1.0)
    engine.words = 1
    second = speaker.say("two", "en")
    recorder.wait_for(("finished", second, True))


def test_rate_and_volume_are_clamped_and_used_from_the_next_utterance(
    make_speaker: MakeSpeaker,
) -> None:
    engine = FakeEngine()
    speaker, recorder = make_speaker(engine)
    speaker.set_rate(120)
    speaker.set_volume(0.5)
    recorder.wait_for(("finished", speaker.say("a", "en"), True))
    speaker.set_rate(10_000)
    speaker.set_volume(-3)
    recorder.wait_for(("finished", speaker.say("b", "en"), True))
    speaker.set_rate(1)
    recorder.wait_for(("finished", speaker.say("c", "en"), True))
    assert [(p["rate"], p["volume"]) for _, p in engine.spoken] == [
        (120, 0.5),
        (MAX_RATE, 0.0),
        (MIN_RATE, 0.0),
    ]


def test_empty_text_finishes_at_once_without_the_engine(make_speaker: MakeSpeaker) -> None:
    engine = FakeEngine()
    speaker, recorder = make_speaker(engine)
    request = speaker.say("   ", "da")
    recorder.wait_for(("finished", request, True))
    assert engine.spoken == []


def test_a_language_without_a_voice_uses_the_default_voice(make_speaker: MakeSpeaker) -> None:
    engine = FakeEngine()
    speaker, recorder = make_speaker(engine)
    recorder.wait_for(("finished", speaker.say("Bonjour", "fr"), True))
    assert "voice" not in engine.spoken[0][1]


@pytest.mark.parametrize(
    "failure",
    [
        ImportError("No module named 'pyttsx3'"),
        RuntimeError("could not initialize espeak"),
        OSError,
    ],
)
def test_engine_failing_to_start_is_unavailable_with_a_reason(
    failure: BaseException | type[BaseException],
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    def broken() -> FakeEngine:
        raise failure

    recorder = Recorder()
    caplog.set_level(logging.DEBUG, logger="circle_app")
    speaker = Pyttsx3Speaker(
        SpeechCallbacks(finished=recorder.finished, availability=recorder.availability),
        engine_factory=broken,
    )
    try:
        assert not speaker.wait_until_ready(5)
        assert not speaker.available
        assert speaker.unavailable_reason == install_hint()
        recorder.wait_for(("availability", False, install_hint()))
        assert speaker.say("Hej", "da") == 1  # harmless
        speaker.stop()
        speaker.set_rate(100)
        with pytest.raises(SpeechUnavailableError, match="install"):
            speaker.save_to_file("Hej", "da", tmp_path / "x.wav").result(5)
    finally:
        speaker.close()
    assert recorder.events == [("availability", False, install_hint())]
    assert not speaker.running
    records = [r for r in caplog.records if r.name.startswith("circle_app")]
    assert records
    assert all(r.exc_info is None for r in records)  # no traceback in the log either
    assert any(
        type(failure if isinstance(failure, BaseException) else failure()).__name__
        in r.getMessage()
        for r in records
    )


def test_install_hint_names_what_to_install() -> None:
    assert "espeak-ng" in install_hint("linux")
    assert (
        "espeak-ng" in NullSpeaker().unavailable_reason
        or "SAPI5" in NullSpeaker().unavailable_reason
    )
    assert "SAPI5" in install_hint("win32")
    assert "macOS" in install_hint("darwin")


def test_null_speaker_is_a_harmless_no_op() -> None:
    speaker = NullSpeaker("because")
    assert not speaker.available
    assert speaker.unavailable_reason == "because"
    assert speaker.say("x", "da") == 1
    assert speaker.say("x", "da", request_id=7) == 7
    speaker.stop()
    speaker.set_rate(100)
    speaker.set_volume(0.3)
    speaker.close()


def test_an_engine_error_is_reported_and_the_next_request_still_speaks(
    make_speaker: MakeSpeaker, caplog: pytest.LogCaptureFixture
) -> None:
    fail = [True]
    engine = FakeEngine(fail_run=lambda: fail.pop() if fail else False)
    speaker, recorder = make_speaker(engine)
    first = speaker.say("Asta", "da")
    recorder.wait_for(("finished", first, False))
    assert ("error", SPEECH_FAILED) in recorder.events
    second = speaker.say("again", "da")
    recorder.wait_for(("finished", second, True))  # the engine's loop was ended, not stuck
    assert all("Asta" not in r.getMessage() for r in caplog.records)  # never the text
    assert "OSError" in caplog.text


def test_a_callback_that_raises_does_not_kill_the_worker() -> None:
    recorder = Recorder()

    def rude(request_id: int) -> None:
        raise ValueError("receiver broke")

    speaker = Pyttsx3Speaker(
        SpeechCallbacks(started=rude, finished=recorder.finished),
        engine_factory=FakeEngine,
        render=False,
    )
    try:
        first = speaker.say("one", "en")
        recorder.wait_for(("finished", first, True))
        second = speaker.say("two", "en")
        recorder.wait_for(("finished", second, True))
    finally:
        speaker.close()


def test_close_ends_the_thread_cancels_speech_and_is_idempotent(make_speaker: MakeSpeaker) -> None:
    engine = FakeEngine(words=500, word_seconds=0.02)
    speaker, recorder = make_speaker(engine)
    request = speaker.say("long", "en")
    assert engine.speaking.wait(5)
    before = time.monotonic()
    speaker.close()
    assert time.monotonic() - before < 1.0
    assert not speaker.running
    assert ("finished", request, False) in recorder.events
    speaker.close()
    count = len(recorder.events)
    speaker.say("after", "en")
    assert len(recorder.events) == count


# --- espeak's way: render with save_to_file, then a player process we can terminate ----


def test_render_mode_plays_the_rendered_file_and_removes_it(make_speaker: MakeSpeaker) -> None:
    player = FakePlayer(seconds=0.05)
    engine = FakeEngine()
    speaker, recorder = make_speaker(engine, render=True, player=player)
    request = speaker.say("Hej", "da")
    recorder.wait_for(("finished", request, True))
    assert recorder.events[1:] == [("started", request), ("finished", request, True)]
    assert [c[0] for c in engine.calls if c[0] in ("say", "save_to_file")] == ["save_to_file"]
    assert len(player.playbacks) == 1
    assert player.playbacks[0].existed
    assert not player.playbacks[0].path.exists()


def test_an_empty_render_is_rendered_again_and_then_heard(
    make_speaker: MakeSpeaker, tmp_path: Path
) -> None:
    """espeak's driver now and then saves a file with no audio in it (seen in CI: a bare
    WAV header under load). Read aloud and a saved file render once more, and are heard."""
    player = FakePlayer(seconds=0.05)
    engine = FakeEngine(empty_renders=2)
    speaker, recorder = make_speaker(engine, render=True, player=player)
    request = speaker.say("Hej", "da")
    recorder.wait_for(("finished", request, True))
    assert len(player.playbacks) == 1
    engine.empty_renders = 1
    saved = speaker.save_to_file("Hej", "da", tmp_path / "x.wav").result(5)
    with wave.open(str(saved), "rb") as audio:
        assert audio.getnframes() > 0


def test_an_engine_that_renders_no_audio_says_so(make_speaker: MakeSpeaker, tmp_path: Path) -> None:
    """Never a silent success: a render that stays empty is an error, not a file of silence."""
    player = FakePlayer(seconds=0.05)
    speaker, recorder = make_speaker(FakeEngine(empty_renders=99), render=True, player=player)
    request = speaker.say("Hej", "da")
    recorder.wait_for(("finished", request, False))
    assert ("error", SPEECH_FAILED) in recorder.events
    assert player.playbacks == []
    with pytest.raises(SpeechUnavailableError):
        speaker.save_to_file("Hej", "da", tmp_path / "x.wav").result(5)


def test_render_mode_cancels_by_ending_the_player(make_speaker: MakeSpeaker) -> None:
    player = FakePlayer(seconds=10)
    speaker, recorder = make_speaker(FakeEngine(), render=True, player=player)
    first = speaker.say("one", "da")
    recorder.wait_for(("started", first))
    before = time.monotonic()
    second = speaker.say("two", "da")
    recorder.wait_for(("finished", first, False), timeout=1.0)
    assert time.monotonic() - before < 0.5
    assert player.playbacks[0].terminated
    recorder.wait_for(("started", second))
    speaker.stop()
    recorder.wait_for(("finished", second, False), timeout=1.0)
    assert player.playbacks[1].terminated


def test_render_mode_without_an_audio_device_reports_an_error(make_speaker: MakeSpeaker) -> None:
    player = FakePlayer(code=1)  # aplay: "audio open error"
    speaker, recorder = make_speaker(FakeEngine(), render=True, player=player)
    request = speaker.say("Hej", "da")
    recorder.wait_for(("finished", request, False))
    assert ("error", PLAYBACK_FAILED) in recorder.events
    assert speaker.available  # the board's speaker may be plugged in later


def test_render_mode_with_a_player_that_cannot_start(make_speaker: MakeSpeaker) -> None:
    def missing(path: Path) -> FakePlayer:
        raise FileNotFoundError("aplay")

    speaker, recorder = make_speaker(FakeEngine(), render=True, player=missing)
    request = speaker.say("Hej", "da")
    recorder.wait_for(("finished", request, False))
    assert ("error", PLAYBACK_FAILED) in recorder.events


def test_save_to_file_runs_on_the_worker(make_speaker: MakeSpeaker, tmp_path: Path) -> None:
    engine = FakeEngine()
    speaker, _ = make_speaker(engine)
    path = speaker.save_to_file("Hej", "da", tmp_path / "hej.wav").result(5)
    assert path.read_bytes()[:4] == b"RIFF"
    assert engine.properties["voice"] == "gmq/da"
    assert len(engine.threads) == 1
    assert threading.get_ident() not in engine.threads


def test_describe_voices_with_a_fake_engine() -> None:
    report = describe_voices(engine_factory=FakeEngine)
    assert report.driver == "fake"
    assert report.chosen["da"] is not None
    assert report.chosen["da"].id == "gmq/da"


def test_describe_voices_without_an_engine_says_what_to_install() -> None:
    def broken() -> FakeEngine:
        raise ImportError("pyttsx3")

    with pytest.raises(SpeechUnavailableError, match="espeak-ng|SAPI5|macOS"):
        describe_voices(engine_factory=broken)


class LateEngine(FakeEngine):
    """espeak's way under load: runAndWait() returns once synthesis has *started*; the file
    is written, and finished-utterance sent, from espeak's own thread a moment later."""

    def runAndWait(self) -> None:
        pending, self._pending = self._pending, []

        def finish() -> None:
            for kind, _text, filename in pending:
                if kind == "save" and filename:
                    write_wav(Path(filename), seconds=0.1)
                self._notify("finished-utterance", name=None, completed=True)

        threading.Timer(0.3, finish).start()


def test_a_saved_file_is_there_when_the_save_is_done_even_if_the_engine_writes_it_late(
    make_speaker: MakeSpeaker, tmp_path: Path
) -> None:
    """The real-espeak test failed under load: the future said done before the file existed."""
    speaker, _ = make_speaker(LateEngine())
    path = speaker.save_to_file("Hej", "da", tmp_path / "late.wav").result(5)
    assert path.is_file()
    assert path.stat().st_size > 44  # audio, not a bare header
