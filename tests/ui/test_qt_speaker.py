"""QtSpeaker: worker callbacks arrive as signals in the GUI thread; the event loop never waits
for speech; without an engine the app goes on, silent."""

from __future__ import annotations

import builtins
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from pytestqt.qtbot import QtBot

from circle_app.speech import Pyttsx3Speaker, SpeechCallbacks
from circle_app.speech.speaker import install_hint
from circle_app.ui.support.qt_speaker import TURNED_OFF, QtSpeaker, create_speaker
from tests.unit.speech.fakes import FakeEngine

MakeQtSpeaker = Callable[..., QtSpeaker]


@pytest.fixture
def make_qt_speaker(qtbot: QtBot) -> Iterator[MakeQtSpeaker]:
    made: list[QtSpeaker] = []

    def make(engine: FakeEngine | None = None) -> QtSpeaker:
        fake = engine or FakeEngine()

        def factory(callbacks: SpeechCallbacks) -> Pyttsx3Speaker:
            return Pyttsx3Speaker(callbacks, engine_factory=lambda: fake, render=False)

        speaker = QtSpeaker(factory)
        made.append(speaker)
        return speaker

    yield make
    for speaker in made:
        speaker.close()


def test_signals_arrive_in_the_gui_thread(qtbot: QtBot, make_qt_speaker: MakeQtSpeaker) -> None:
    engine = FakeEngine()
    speaker = make_qt_speaker(engine)
    threads: list[object] = []
    seen: list[tuple[str, int]] = []
    # Even a direct connection runs in the GUI thread: the adaptor emits there itself.
    direct = Qt.ConnectionType.DirectConnection
    speaker.started.connect(
        lambda rid: (threads.append(QThread.currentThread()), seen.append(("s", rid))), direct
    )
    speaker.finished.connect(
        lambda rid, ok: (threads.append(QThread.currentThread()), seen.append(("f", rid))),
        direct,
    )
    with qtbot.waitSignal(speaker.availability_changed, timeout=5000) as ready:
        pass
    assert ready.args == [True]
    assert speaker.available
    assert speaker.unavailable_reason is None
    assert speaker.voice_report is not None
    assert speaker.voice_report.chosen["da"] is not None
    with qtbot.waitSignal(speaker.finished, timeout=5000) as done:
        request = speaker.say("Hej", "da")
    assert done.args == [request, True]
    assert seen == [("s", request), ("f", request)]
    assert threads == [QThread.currentThread(), QThread.currentThread()]
    assert threading.get_ident() not in engine.threads  # the engine ran elsewhere


def test_the_event_loop_keeps_running_while_speech_plays(
    qtbot: QtBot, make_qt_speaker: MakeQtSpeaker
) -> None:
    engine = FakeEngine(words=40, word_seconds=0.025)  # one second of "speech"
    speaker = make_qt_speaker(engine)
    qtbot.waitUntil(lambda: speaker.available, timeout=5000)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    with qtbot.waitSignal(speaker.started, timeout=5000):
        request = speaker.say("A long prompt, read slowly", "en")
    playing_from = time.monotonic()
    with qtbot.waitSignal(speaker.finished, timeout=5000) as done:
        pass
    timer.stop()
    assert done.args == [request, True]
    during = [t for t in ticks if t >= playing_from]
    assert len(during) > 20  # the GUI kept ticking all through the utterance
    gaps = [b - a for a, b in zip(during, during[1:], strict=False)]
    assert max(gaps) < 0.25


def test_stop_and_a_new_request_report_cancellation(
    qtbot: QtBot, make_qt_speaker: MakeQtSpeaker
) -> None:
    engine = FakeEngine(words=200, word_seconds=0.02)
    speaker = make_qt_speaker(engine)
    qtbot.waitUntil(lambda: speaker.available, timeout=5000)
    with qtbot.waitSignal(speaker.started, timeout=5000):
        first = speaker.say("one", "da")
    with qtbot.waitSignal(
        speaker.finished, timeout=2000, check_params_cb=lambda rid, ok: rid == first
    ) as cancelled:
        second = speaker.say("two", "da")
    assert cancelled.args == [first, False]
    with qtbot.waitSignal(
        speaker.finished, timeout=2000, check_params_cb=lambda rid, ok: rid == second
    ) as stopped:
        speaker.stop()
    assert stopped.args == [second, False]


def test_rate_and_volume_reach_the_engine(qtbot: QtBot, make_qt_speaker: MakeQtSpeaker) -> None:
    engine = FakeEngine()
    speaker = make_qt_speaker(engine)
    speaker.set_rate(110)
    speaker.set_volume(0.4)
    with qtbot.waitSignal(speaker.finished, timeout=5000):
        speaker.say("Hello", "en")
    assert engine.spoken[0][1]["rate"] == 110
    assert engine.spoken[0][1]["volume"] == 0.4


def test_pyttsx3_failing_to_import_leaves_a_silent_harmless_speaker(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_pyttsx3(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pyttsx3" or name.startswith("pyttsx3."):
            raise ImportError("No module named 'pyttsx3'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyttsx3)
    speaker = create_speaker()
    try:
        with qtbot.waitSignal(speaker.availability_changed, timeout=5000) as ready:
            speaker.start()  # the first Read aloud starts it (issue 20)
        assert ready.args == [False]
        assert not speaker.available
        assert speaker.unavailable_reason == install_hint()
        with (
            qtbot.assertNotEmitted(speaker.started, wait=200),
            qtbot.assertNotEmitted(speaker.error, wait=0),
        ):
            speaker.say("Hej", "da")
            speaker.stop()
            speaker.set_rate(120)
    finally:
        speaker.close()


def test_pyttsx3_init_raising_leaves_a_silent_harmless_speaker(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_engine(*args: object, **kwargs: object) -> None:
        raise RuntimeError("could not initialize espeak")

    monkeypatch.setattr("pyttsx3.engine.Engine", broken_engine)
    speaker = create_speaker()
    try:
        with qtbot.waitSignal(speaker.availability_changed, timeout=5000) as ready:
            speaker.start()  # the first Read aloud starts it (issue 20)
        assert ready.args == [False]
        assert speaker.unavailable_reason == install_hint()
        with qtbot.assertNotEmitted(speaker.finished, wait=200):
            speaker.say("Hej", "da")
    finally:
        speaker.close()


def test_turned_off_is_silent_and_says_why(qtbot: QtBot) -> None:
    speaker = create_speaker(enabled=False)
    assert not speaker.available
    assert speaker.unavailable_reason == TURNED_OFF
    assert speaker.voice_report is None
    with qtbot.assertNotEmitted(speaker.finished, wait=100):
        speaker.say("Hej", "da")
    speaker.close()


def test_close_ends_the_speech_thread_and_later_calls_are_harmless(
    qtbot: QtBot, make_qt_speaker: MakeQtSpeaker
) -> None:
    engine = FakeEngine(words=500, word_seconds=0.02)
    speaker = make_qt_speaker(engine)
    qtbot.waitUntil(lambda: speaker.available, timeout=5000)
    speaker.say("long", "en")
    assert engine.speaking.wait(5)
    before = time.monotonic()
    speaker.close()
    assert time.monotonic() - before < 1.0
    assert not speaker.available
    inner = speaker.speaker
    assert isinstance(inner, Pyttsx3Speaker)
    assert not inner.running
    assert speaker.say("after", "en") == 0
    speaker.stop()
    speaker.close()


def test_the_speech_layers_messages_are_translated_and_english_stays_english(
    qapp: object,
) -> None:
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from circle_app.speech.pyttsx3_speaker import PLAYBACK_FAILED, STARTING
    from circle_app.ui.support.qt_speaker import speech_text

    messages = [STARTING, TURNED_OFF, PLAYBACK_FAILED] + [
        install_hint(platform) for platform in ("linux", "win32", "darwin")
    ]
    assert [speech_text(message) for message in messages] == messages  # the English source
    danish = QTranslator()
    folder = Path(__file__).parents[2] / "resources" / "translations"
    assert danish.load("circle_app_da", str(folder))
    QCoreApplication.installTranslator(danish)
    try:
        translated = [speech_text(message) for message in messages]
    finally:
        QCoreApplication.removeTranslator(danish)
    assert all(new != old for new, old in zip(translated, messages, strict=True))
    assert "espeak-ng" in translated[3]
