"""pyttsx3 on one dedicated worker thread that owns the engine for the speaker's lifetime.

pyttsx3's rules (2.99): `runAndWait()` blocks and raises "run loop already started" if
re-entered; an engine must stay on the thread that made it. So one daemon thread imports
pyttsx3 (a heavy import kept off the GUI thread), creates the engine, and runs every command
from a queue; the UI thread only enqueues and never waits.

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

Request ids are tracked here, not through pyttsx3's utterance names (the espeak driver
reports every name as None). Logs carry exception classes and ids, never the text.
"""

from __future__ import annotations

import builtins
import contextlib
import logging
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from circle_app.speech.speaker import (
    DEFAULT_RATE,
    DEFAULT_VOLUME,
    RequestIds,
    SpeechCallbacks,
    clamp_rate,
    clamp_volume,
    install_hint,
)
from circle_app.speech.voices import VoiceReport, build_report, choose_voice

log = logging.getLogger(__name__)

POLL_SECONDS = 0.02
"""How often a playing utterance checks for cancellation."""
JOIN_SECONDS = 5.0
PLAYBACK_FAILED = "Could not play the sound: no audio output device was found or it is busy"
SPEECH_FAILED = "The speech engine could not read this aloud"
STARTING = "The speech engine is starting"


class SpeechUnavailableError(RuntimeError):
    """No engine: the message says why and what to install."""


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


@dataclass(frozen=True)
class _Say:
    request_id: int
    text: str
    language: str
    generation: int


@dataclass(frozen=True)
class _Save:
    text: str
    language: str
    path: Path
    future: Future[Path]


class _Close:
    pass


_Command = _Say | _Save | _Close


class Pyttsx3Speaker:
    """The real Speaker. Construct it, then use it from one thread (the GUI's)."""

    def __init__(
        self,
        callbacks: SpeechCallbacks | None = None,
        *,
        engine_factory: EngineFactory = default_engine,
        player: PlayerFactory | None = None,
        render: bool | None = None,
        rate: int = DEFAULT_RATE,
        volume: float = DEFAULT_VOLUME,
    ) -> None:
        """`render`: None chooses by driver (espeak → render and play, see the module doc);
        `player`: None finds aplay/paplay/pw-play/ffplay."""
        self._callbacks = callbacks or SpeechCallbacks()
        self._engine_factory = engine_factory
        self._player = player
        self._render = render
        self._rate = clamp_rate(rate)
        self._volume = clamp_volume(volume)
        self._ids = RequestIds()
        self._lock = threading.Lock()
        self._queue: queue.Queue[_Command] = queue.Queue()
        self._generation = 0
        self._closing = False
        self._failed = False
        self._available = False
        self._reason: str | None = STARTING
        self._report: VoiceReport | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="circle-app-speech", daemon=True)
        self._thread.start()

    # --- the caller's side (GUI thread); nothing here blocks ---------------------------

    @property
    def available(self) -> bool:
        return self._available

    @property
    def unavailable_reason(self) -> str | None:
        return self._reason

    @property
    def voice_report(self) -> VoiceReport | None:
        """Installed voices and the one chosen per language; None until ready."""
        return self._report

    def wait_until_ready(self, timeout: float | None = None) -> bool:
        """Block until the engine started or failed; returns `available`. (CLI and tests.)"""
        self._ready.wait(timeout)
        return self._available

    def say(self, text: str, language: str, request_id: int | None = None) -> int:
        rid = request_id if request_id is not None else self._ids.next()
        with self._lock:
            if self._closing or self._failed:
                return rid
            self._generation += 1
            self._queue.put(_Say(rid, text, language, self._generation))
        return rid

    def stop(self) -> None:
        with self._lock:
            self._generation += 1

    def set_rate(self, rate: int) -> None:
        self._rate = clamp_rate(rate)

    def set_volume(self, volume: float) -> None:
        self._volume = clamp_volume(volume)

    def save_to_file(self, text: str, language: str, path: Path) -> Future[Path]:
        """Render `text` to a WAV file on the worker (not cancelled by say/stop)."""
        future: Future[Path] = Future()
        with self._lock:
            if self._closing or self._failed:
                future.set_exception(SpeechUnavailableError(self._reason or "closed"))
                return future
            self._queue.put(_Save(text, language, Path(path), future))
        return future

    def close(self) -> None:
        with self._lock:
            if not self._closing:
                self._closing = True
                self._generation += 1
                self._queue.put(_Close())
        if self._thread is not threading.current_thread():
            self._thread.join(JOIN_SECONDS)
            if self._thread.is_alive():
                log.warning("speech thread did not end within %.0f s", JOIN_SECONDS)

    # --- the worker thread ------------------------------------------------------------

    def _superseded(self, command: _Say) -> bool:
        return self._closing or command.generation != self._generation

    def _call(self, callback: Callable[..., None], *args: object) -> None:
        try:
            callback(*args)
        except Exception as exc:  # a broken receiver must not kill the speech thread
            log.error("speech callback failed: %s", type(exc).__name__)

    def _run(self) -> None:
        try:
            engine = self._engine_factory()
            driver = str(getattr(engine, "driver_name", "") or type(engine).__name__)
            self._report = build_report(driver, engine.getProperty("voices") or ())
        except Exception as exc:  # ImportError, no espeak-ng, COM/pyobjc failures, …
            log.warning("speech engine unavailable: %s", type(exc).__name__)
            self._give_up(install_hint())
            return
        render = self._render if self._render is not None else driver == "espeak"
        player = self._player
        if render and player is None:
            command = find_player_command()
            player = command_player(command) if command else None
        if player is None:
            render = False
        log.info(
            "speech ready: driver %s, %d voices, %s",
            driver,
            len(self._report.voices),
            "render and play" if render else "driver plays",
        )
        with tempfile.TemporaryDirectory(prefix="circle-app-speech-") as folder:
            self._serve(engine, Path(folder), player if render else None)
        with contextlib.suppress(Exception):
            engine.stop()

    def _give_up(self, reason: str) -> None:
        with self._lock:
            self._failed = True
            self._reason = reason
            self._ready.set()
            pending = self._drain()
        for command in pending:
            if isinstance(command, _Say):
                self._call(self._callbacks.finished, command.request_id, False)
            elif isinstance(command, _Save):
                command.future.set_exception(SpeechUnavailableError(reason))
        self._call(self._callbacks.availability, False, reason)

    def _drain(self) -> list[_Command]:
        pending = []
        while True:
            try:
                pending.append(self._queue.get_nowait())
            except queue.Empty:
                return pending

    def _serve(self, engine: Any, folder: Path, player: PlayerFactory | None) -> None:
        state = _DriverState()
        engine.connect("started-utterance", state.on_started)
        engine.connect("started-word", state.on_word)
        engine.connect("finished-utterance", state.on_finished)
        engine.connect("error", state.on_error)
        self._available = True
        self._reason = None
        self._ready.set()
        self._call(self._callbacks.availability, True, None)
        while True:
            command = self._queue.get()
            if isinstance(command, _Close):
                break
            if isinstance(command, _Save):
                self._save(engine, command)
            elif self._superseded(command):
                self._call(self._callbacks.finished, command.request_id, False)
            elif not command.text.strip():
                self._call(self._callbacks.finished, command.request_id, True)
            elif player is not None:
                self._speak_rendered(engine, command, folder, player)
            else:
                self._speak_by_driver(engine, command, state)
        for command in self._drain():  # said after close(): answer, don't speak
            if isinstance(command, _Say):
                self._call(self._callbacks.finished, command.request_id, False)
            elif isinstance(command, _Save):
                command.future.set_exception(SpeechUnavailableError("closed"))

    def _prepare(self, engine: Any, language: str) -> None:
        """Voice, rate and volume for the next utterance (queued into the engine)."""
        assert self._report is not None
        voice = self._report.chosen.get(language) or choose_voice(self._report.voices, language)
        try:
            if voice is not None:
                engine.setProperty("voice", voice.id)
            else:
                log.warning("no voice for language %r: using the engine's default", language)
            engine.setProperty("rate", self._rate)
            engine.setProperty("volume", self._volume)
        except Exception as exc:
            log.warning("speech property refused: %s", type(exc).__name__)

    def _run_engine(self, engine: Any) -> None:
        try:
            engine.runAndWait()
        except Exception:
            # Leave the engine usable: a failed loop keeps pyttsx3's "in loop" flag set,
            # and every later runAndWait() would raise "run loop already started".
            with contextlib.suppress(Exception):
                engine.endLoop()
            raise

    def _render_to(self, engine: Any, text: str, language: str, path: Path) -> None:
        self._prepare(engine, language)
        engine.save_to_file(text, str(path))
        self._run_engine(engine)

    def _save(self, engine: Any, command: _Save) -> None:
        try:
            self._render_to(engine, command.text, command.language, command.path)
        except Exception as exc:
            log.warning("saving speech failed: %s", type(exc).__name__)
            command.future.set_exception(exc)
        else:
            command.future.set_result(command.path)

    def _fail(self, command: _Say, exc: BaseException | None, message: str) -> None:
        log.warning(
            "speech request %d failed: %s",
            command.request_id,
            type(exc).__name__ if exc else message,
        )
        self._call(self._callbacks.error, message)
        self._call(self._callbacks.finished, command.request_id, False)

    def _speak_rendered(
        self, engine: Any, command: _Say, folder: Path, player: PlayerFactory
    ) -> None:
        path = folder / f"utterance-{command.request_id}.wav"
        try:
            self._render_to(engine, command.text, command.language, path)
            if not path.is_file() or path.stat().st_size <= 44:  # a bare WAV header
                raise SpeechUnavailableError("no audio rendered")
        except Exception as exc:
            self._fail(command, exc, SPEECH_FAILED)
            path.unlink(missing_ok=True)
            return
        if self._superseded(command):
            path.unlink(missing_ok=True)
            self._call(self._callbacks.finished, command.request_id, False)
            return
        self._call(self._callbacks.started, command.request_id)
        code: int | None
        error: OSError | None = None
        try:
            code = self._wait_or_cancel(command, player(path))
        except OSError as exc:  # the player program is missing or cannot run
            code, error = -1, exc
        finally:
            path.unlink(missing_ok=True)
        if code is None:
            self._call(self._callbacks.finished, command.request_id, False)
        elif code != 0:
            self._fail(command, error, PLAYBACK_FAILED)
        else:
            self._call(self._callbacks.finished, command.request_id, True)

    def _wait_or_cancel(self, command: _Say, playback: Playback) -> int | None:
        """The player's exit code, or None if it was cancelled (and is now ended)."""
        while True:
            try:
                return playback.wait(timeout=POLL_SECONDS)
            except subprocess.TimeoutExpired:
                if self._superseded(command):
                    playback.terminate()
                    try:
                        playback.wait(timeout=1.0)
                    except subprocess.TimeoutExpired:
                        playback.kill()
                        playback.wait()
                    return None

    def _speak_by_driver(self, engine: Any, command: _Say, state: _DriverState) -> None:
        state.begin(
            is_superseded=lambda: self._superseded(command),
            stop=engine.stop,
            started=lambda: self._call(self._callbacks.started, command.request_id),
        )
        self._prepare(engine, command.language)
        try:
            engine.say(command.text)
            self._run_engine(engine)
        except Exception as exc:
            state.end()
            self._fail(command, exc, SPEECH_FAILED)
            return
        completed, failed = state.end()
        if failed:
            self._fail(command, None, SPEECH_FAILED)
            return
        completed = completed and not self._superseded(command)
        self._call(self._callbacks.finished, command.request_id, completed)


class _DriverState:
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
        if self._active:
            self._completed = bool(completed) and not self._stopped

    def on_error(self, name: object = None, exception: object = None) -> None:
        del name
        if self._active:
            log.warning("speech driver error: %s", type(exception).__name__)
            self._failed = True


def describe_voices(
    engine_factory: EngineFactory = default_engine, timeout: float = 30.0
) -> VoiceReport:
    """Installed voices and the one chosen for each language (da, en).

    Raises SpeechUnavailableError (its message says what to install) when no engine starts.
    The engine is created and closed on its own thread, like the app's. For the command
    line: inside the app use the running speaker's `voice_report` instead, as espeak keeps
    one global synthesis callback and a second engine would take it from the first.
    """
    speaker = Pyttsx3Speaker(engine_factory=engine_factory, render=False)
    try:
        if not speaker.wait_until_ready(timeout) or speaker.voice_report is None:
            raise SpeechUnavailableError(speaker.unavailable_reason or install_hint())
        return speaker.voice_report
    finally:
        speaker.close()
