"""The pyttsx3 side of speech: making an engine, quieting its driver, the player processes
for rendered WAV files, and the driver's callbacks during one `runAndWait()`.

Everything here runs on the speech worker's thread (pyttsx3_speaker.py); nothing here
queues, waits for or schedules requests.

Cancellation ("a new request or stop() cancels what is being said") depends on the driver:

- espeak (Linux). pyttsx3's espeak driver synthesises into memory and then plays the sound
  with a blocking `os.system("aplay …")`, which nothing can interrupt; its external-loop
  mode is broken (`startLoop(False)` wraps a driver `iterate()` that is not a generator),
  and `stop()` only cancels while espeak itself is playing, never in that mode. So for
  espeak the worker *renders* the utterance with `engine.save_to_file()` (tens of ms, no
  audio device needed) and plays the WAV itself with a player process (aplay, paplay,
  pw-play or ffplay) that it polls every 20 ms and terminates when cancelled.
- SAPI5 (Windows), NSSpeechSynthesizer (macOS), and espeak when no player program exists:
  the driver plays during `say()` + `runAndWait()`; a `started-word` callback (run by the
  driver on this thread) calls `engine.stop()` once the request has been superseded — the
  documented way to interrupt an utterance. A queued, not yet started request is simply
  dropped (finished with completed=False).
"""

from __future__ import annotations

import builtins
import logging
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

POLL_SECONDS = 0.02
"""How often a playing utterance checks for cancellation."""


class Playback(Protocol):
    """What the worker needs of a running player process (subprocess.Popen fits)."""

    def wait(self, timeout: float | None = None) -> int: ...

    def terminate(self) -> None: ...

    def kill(self) -> None: ...


EngineFactory = Callable[[], Any]
"""Returns a pyttsx3-like engine; called once, on the worker thread."""
PlayerFactory = Callable[[Path], Playback]
"""Starts playing a WAV file; called on the worker thread."""

PLAYER_COMMANDS: tuple[tuple[str, ...], ...] = (
    ("aplay", "-q"),
    ("paplay",),
    ("pw-play",),
    ("ffplay", "-nodisp", "-autoexit", "-loglevel", "quiet"),
)


def default_engine() -> Any:
    """A new pyttsx3 engine for this platform's default driver (not pyttsx3's shared cache,
    which would hand one engine to several threads)."""
    from pyttsx3.engine import Engine

    engine = Engine()
    _quiet_driver_prints()
    return engine


def _quiet_driver_prints() -> None:
    """pyttsx3's espeak driver print()s "Audio saved to <file>" on every save_to_file, from
    espeak's callback. Redirecting sys.stdout around runAndWait() swapped the stream of the
    whole process (the GUI thread's and the command line's own output with it) and still let
    the line through when the callback ran outside that window; so the driver module gets a
    print of its own that drops exactly that line and passes anything else on."""
    module = sys.modules.get("pyttsx3.drivers.espeak")
    if module is None or getattr(module, "print", None) is _driver_print:
        return
    module.print = _driver_print  # type: ignore[attr-defined,unused-ignore]


def _driver_print(*args: Any, **kwargs: Any) -> None:
    if args and str(args[0]).startswith("Audio saved to "):
        return
    builtins.print(*args, **kwargs)  # noqa: T201 (the driver's own other output, unchanged)


def find_player_command() -> tuple[str, ...] | None:
    for command in PLAYER_COMMANDS:
        if shutil.which(command[0]):
            return command
    return None


def command_player(command: Sequence[str]) -> PlayerFactory:
    """A player that runs `command + [wav]`, silent (its complaints go to /dev/null)."""

    def start(path: Path) -> Playback:
        return subprocess.Popen(
            [*command, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    return start


def play_until_cancelled(playback: Playback, cancelled: Callable[[], bool]) -> int | None:
    """The player's exit code, or None if it was cancelled (and is now ended)."""
    while True:
        try:
            return playback.wait(timeout=POLL_SECONDS)
        except subprocess.TimeoutExpired:
            if cancelled():
                playback.terminate()
                try:
                    playback.wait(timeout=1.0)
                except subprocess.TimeoutExpired:
                    playback.kill()
                    playback.wait()
                return None


class DriverState:
    """pyttsx3's callbacks during one `runAndWait()` (they run on the worker thread)."""

    def __init__(self) -> None:
        self._is_superseded: Callable[[], bool] = lambda: False
        self._stop: Callable[[], None] = lambda: None
        self._started: Callable[[], None] = lambda: None
        self._active = False
        self._announced = False
        self._stopped = False
        self._completed = False
        self._failed = False
        # Set by every finished-utterance: espeak's runAndWait() can return while its own
        # thread is still synthesising, and writes a saved file only at the end.
        self.finished = threading.Event()

    def begin(
        self,
        *,
        is_superseded: Callable[[], bool],
        stop: Callable[[], None],
        started: Callable[[], None],
    ) -> None:
        self._is_superseded, self._stop, self._started = is_superseded, stop, started
        self._active = True
        self._announced = self._stopped = self._completed = self._failed = False

    def end(self) -> tuple[bool, bool]:
        self._active = False
        return self._completed, self._failed

    def _check_cancel(self) -> None:
        if self._active and not self._stopped and self._is_superseded():
            self._stopped = True
            self._stop()

    def on_started(self, name: object = None) -> None:
        del name
        if self._active and not self._announced:
            self._announced = True
            self._started()
        self._check_cancel()

    def on_word(self, name: object = None, location: object = None, length: object = None) -> None:
        del name, location, length
        self._check_cancel()

    def on_finished(self, name: object = None, completed: bool = True) -> None:
        del name
        self.finished.set()
        if self._active:
            self._completed = bool(completed) and not self._stopped

    def on_error(self, name: object = None, exception: object = None) -> None:
        del name
        if self._active:
            log.warning("speech driver error: %s", type(exception).__name__)
            self._failed = True
