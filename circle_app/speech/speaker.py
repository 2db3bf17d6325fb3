"""The Speaker interface the UI talks to, its callbacks, and the silent fallback.

Every `say()` returns a request id and, on a working speaker, is answered by exactly one
`finished(request_id, completed)`: `completed` is False when the request was cancelled (a
newer request, `stop()`, `close()`) or failed. `started(request_id)` comes first when the
utterance really starts. Callbacks run on the speaker's own thread: the Qt adaptor
(`circle_app.ui.support.qt_speaker`) turns them into signals delivered in the GUI thread.
"""

from __future__ import annotations

import itertools
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

DEFAULT_RATE = 150
"""Words per minute: gentle enough for young pupils (pyttsx3's own default is 200)."""
DEFAULT_VOLUME = 1.0
MIN_RATE, MAX_RATE = 60, 300


def _ignore_started(request_id: int) -> None:
    del request_id


def _ignore_finished(request_id: int, completed: bool) -> None:
    del request_id, completed


def _ignore_error(message: str) -> None:
    del message


def _ignore_availability(available: bool, reason: str | None) -> None:
    del available, reason


@dataclass(frozen=True)
class SpeechCallbacks:
    """Plain callables; called on the speaker's worker thread, never on the caller's."""

    started: Callable[[int], None] = _ignore_started
    finished: Callable[[int, bool], None] = _ignore_finished
    error: Callable[[str], None] = _ignore_error
    availability: Callable[[bool, str | None], None] = field(default=_ignore_availability)
    """Once the engine has started (True, None) or failed to (False, reason)."""


@runtime_checkable
class Speaker(Protocol):
    @property
    def available(self) -> bool:
        """True once an engine is ready to speak."""

    @property
    def unavailable_reason(self) -> str | None:
        """Why `available` is False, for a tooltip (what to install); None when available."""

    def say(self, text: str, language: str, request_id: int | None = None) -> int:
        """Queue `text` in `language` ("da", "en"); cancels what is being said. Never blocks."""

    def stop(self) -> None:
        """Cancel what is being said and everything queued. Never blocks."""

    def set_rate(self, rate: int) -> None:
        """Words per minute, clamped to MIN_RATE…MAX_RATE; used from the next utterance."""

    def set_volume(self, volume: float) -> None:
        """0.0…1.0, clamped; used from the next utterance."""

    def close(self) -> None:
        """Stop and release the engine; waits (briefly) for its thread. Idempotent."""


def install_hint(platform: str | None = None) -> str:
    """What to install for speech on this operating system (for tooltips and the CLI)."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "Windows speech (SAPI5) could not start: reinstall circle-app (it needs pywin32)"
    if platform == "darwin":
        return "macOS speech could not start: reinstall circle-app (it needs pyobjc)"
    return "No speech engine found: install espeak-ng (Linux: sudo apt install espeak-ng)"


class RequestIds:
    """Thread-safe request ids, 1, 2, 3, … per speaker."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)
        self._lock = threading.Lock()

    def next(self) -> int:
        with self._lock:
            return next(self._counter)


def clamp_rate(rate: int) -> int:
    return max(MIN_RATE, min(MAX_RATE, int(rate)))


def clamp_volume(volume: float) -> float:
    return max(0.0, min(1.0, float(volume)))


class NullSpeaker:
    """No engine: never available, every call a harmless no-op."""

    def __init__(self, reason: str | None = None) -> None:
        self._reason = reason or install_hint()
        self._ids = RequestIds()

    @property
    def available(self) -> bool:
        return False

    @property
    def unavailable_reason(self) -> str:
        return self._reason

    def say(self, text: str, language: str, request_id: int | None = None) -> int:
        del text, language
        return request_id if request_id is not None else self._ids.next()

    def stop(self) -> None:
        pass

    def set_rate(self, rate: int) -> None:
        del rate

    def set_volume(self, volume: float) -> None:
        del volume

    def close(self) -> None:
        pass
