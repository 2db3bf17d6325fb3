"""Issue 20, finding 2: the speech engine and its voices are loaded when someone presses
Read aloud, not at start; until then reading aloud is offered, and the first press speaks."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from circle_app.speech import Pyttsx3Speaker, SpeechCallbacks
from circle_app.speech.speaker import Speaker
from circle_app.ui.support.qt_speaker import QtSpeaker
from tests.ui.started_app import report_of_a_start
from tests.unit.speech.fakes import FakeEngine

REPORT = """
speaker = controller.speaker
print(json.dumps({
    "modules": sorted(m for m in ("pyttsx3", "alembic") if m in sys.modules),
    "threads": sorted(t.name for t in threading.enumerate()),
    "read_aloud_offered": speaker is not None and speaker.available,
    "home": type(controller.navigator.current).__name__,
}))
"""


def test_a_start_loads_no_speech_engine_and_still_offers_reading_aloud(
    database_url: str, tmp_path: Path
) -> None:
    """issue 20, finding 2: a start (the real speaker, home shown) imports no pyttsx3 and
    starts no speech thread (nor Alembic, the database being at head)."""
    report = report_of_a_start(REPORT, database_url, tmp_path)
    assert report["home"] == "HomeScreen"
    assert report["modules"] == []
    assert "circle-app-speech" not in report["threads"]
    assert report["read_aloud_offered"]


def test_the_first_read_aloud_starts_the_engine_and_is_spoken(qtbot: QtBot) -> None:
    """issue 20, finding 2: nothing is built until the first press, which is then read."""
    engine = FakeEngine()
    built: list[Speaker] = []

    def factory(callbacks: SpeechCallbacks) -> Speaker:
        speaker = Pyttsx3Speaker(callbacks, engine_factory=lambda: engine, render=False)
        built.append(speaker)
        return speaker

    speaker = QtSpeaker(factory, lazy=True)
    try:
        speaker.set_rate(120)
        assert speaker.available  # offered before the engine exists
        assert built == []
        assert speaker.voice_report is None
        with qtbot.waitSignal(speaker.finished, timeout=5000) as done:
            request = speaker.say("Hej", "da")
        assert done.args == [request, True]
        assert len(built) == 1
        assert engine.properties["rate"] == 120  # the setting made before the start holds
        assert speaker.voice_report is not None
        speaker.say("Igen", "da")
        assert len(built) == 1  # one engine for the app's lifetime
    finally:
        speaker.close()
