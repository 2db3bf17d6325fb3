"""A fake pyttsx3 engine and player: same calls, no sound, every call recorded with its thread."""

from __future__ import annotations

import subprocess
import threading
import wave
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class FakeVoice:
    id: str
    name: str
    languages: Any = field(default_factory=list)


ESPEAK_LIKE_VOICES = [
    FakeVoice("gmw/en-029", "English (Caribbean)", [b"\x05en-029"]),
    FakeVoice("gmw/en-gb-scotland", "English (Scotland)", [b"\x05en-gb-scotland"]),
    FakeVoice("gmq/da", "Danish", [b"\x05da"]),
    FakeVoice("gmw/en", "English (Great Britain)", [b"\x02en-gb\x00\x05en\x00"]),
    FakeVoice("gmw/de", "German", [b"\x05de"]),
]


class FakeEngine:
    """Speaks `words` words per utterance, `word_seconds` each; stop() ends it at a word."""

    driver_name = "fake"

    def __init__(
        self,
        voices: list[FakeVoice] | None = None,
        *,
        words: int = 1,
        word_seconds: float = 0.0,
        fail_run: Callable[[], bool] = lambda: False,
        empty_renders: int = 0,
    ) -> None:
        self.voices = ESPEAK_LIKE_VOICES if voices is None else voices
        self.words = words
        self.word_seconds = word_seconds
        self.fail_run = fail_run
        # espeak's pyttsx3 driver now and then writes a saved file with no audio in it
        # (a bare WAV header): this many of the first saves do the same
        self.empty_renders = empty_renders
        self.threads: set[int] = set()
        self.calls: list[tuple[Any, ...]] = []
        self.properties: dict[str, Any] = {}
        self.spoken: list[tuple[str, dict[str, Any]]] = []
        self.speaking = threading.Event()
        self._connects: dict[str, list[Callable[..., None]]] = defaultdict(list)
        self._pending: list[tuple[str, str, str | None]] = []
        self._stop = threading.Event()
        self._in_loop = False

    def _record(self, *call: Any) -> None:
        self.threads.add(threading.get_ident())
        self.calls.append(call)

    def _notify(self, topic: str, **kwargs: Any) -> None:
        for callback in self._connects[topic]:
            callback(**kwargs)

    def connect(self, topic: str, callback: Callable[..., None]) -> dict[str, Any]:
        self._record("connect", topic)
        self._connects[topic].append(callback)
        return {"topic": topic, "cb": callback}

    def getProperty(self, name: str) -> Any:
        self._record("getProperty", name)
        if name == "voices":
            return self.voices
        return self.properties.get(name)

    def setProperty(self, name: str, value: Any) -> None:
        self._record("setProperty", name, value)
        self.properties[name] = value

    def say(self, text: str, name: str | None = None) -> None:
        self._record("say", text)
        self._pending.append(("say", text, None))

    def save_to_file(self, text: str, filename: str, name: str | None = None) -> None:
        self._record("save_to_file", text)
        self._pending.append(("save", text, filename))

    def stop(self) -> None:
        self._record("stop")
        self._stop.set()

    def endLoop(self) -> None:
        self._record("endLoop")
        if not self._in_loop:
            raise RuntimeError("run loop not started")
        self._in_loop = False

    def runAndWait(self) -> None:
        self._record("runAndWait")
        if self._in_loop:
            raise RuntimeError("run loop already started")
        self._in_loop = True
        if self.fail_run():
            raise OSError("the fake engine broke")
        pending, self._pending = self._pending, []
        for kind, text, filename in pending:
            self._stop.clear()
            self._notify("started-utterance", name=None)
            self.speaking.set()
            completed = True
            for index in range(self.words):
                self._notify("started-word", name=None, location=index, length=1)
                if self._stop.wait(self.word_seconds) or self._stop.is_set():
                    completed = False
                    break
            self.speaking.clear()
            if kind == "save" and filename:
                empty = self.empty_renders > 0
                self.empty_renders -= 1
                write_wav(Path(filename), seconds=0.0 if empty else 0.1)
            else:
                self.spoken.append((text, dict(self.properties)))
            self._notify("finished-utterance", name=None, completed=completed)
        self._in_loop = False


def write_wav(path: Path, seconds: float) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        out.writeframes(b"\x01\x00" * int(22050 * seconds))


class FakePlayback:
    """A player process that 'plays' for `seconds` unless terminated."""

    def __init__(self, path: Path, seconds: float, code: int) -> None:
        self.path = path
        self.existed = path.is_file()
        self.code = code
        self.terminated = False
        self._done = threading.Event()
        self._timer = threading.Timer(seconds, self._done.set)
        self._timer.start()

    def wait(self, timeout: float | None = None) -> int:
        if not self._done.wait(timeout):
            raise subprocess.TimeoutExpired("fake-player", timeout or 0)
        return -15 if self.terminated else self.code

    def terminate(self) -> None:
        self.terminated = True
        self._timer.cancel()
        self._done.set()

    def kill(self) -> None:
        self.terminate()


class FakePlayer:
    def __init__(self, seconds: float = 0.0, code: int = 0) -> None:
        self.seconds = seconds
        self.code = code
        self.playbacks: list[FakePlayback] = []

    def __call__(self, path: Path) -> FakePlayback:
        playback = FakePlayback(path, self.seconds, self.code)
        self.playbacks.append(playback)
        return playback


class Recorder:
    """Collects speech callbacks (from the worker thread) and lets a test wait for them."""

    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []
        self.threads: set[int] = set()
        self._changed = threading.Condition()

    def _add(self, *event: Any) -> None:
        with self._changed:
            self.threads.add(threading.get_ident())
            self.events.append(event)
            self._changed.notify_all()

    def started(self, request_id: int) -> None:
        self._add("started", request_id)

    def finished(self, request_id: int, completed: bool) -> None:
        self._add("finished", request_id, completed)

    def error(self, message: str) -> None:
        self._add("error", message)

    def availability(self, available: bool, reason: str | None) -> None:
        self._add("availability", available, reason)

    def wait_for(self, event: tuple[Any, ...], timeout: float = 5.0) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: event in self.events, timeout):
                raise AssertionError(f"{event} not seen in {self.events}")

    def finished_events(self) -> list[tuple[Any, ...]]:
        return [e for e in self.events if e[0] == "finished"]
