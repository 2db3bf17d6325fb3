"""pyttsx3 on one dedicated worker thread that owns the engine for the speaker's lifetime.

pyttsx3's rules (2.99): `runAndWait()` blocks and raises "run loop already started" if
re-entered; an engine must stay on the thread that made it. So one daemon thread imports
pyttsx3 (a heavy import kept off the GUI thread), creates the engine, and runs every command
from a queue; the UI thread only enqueues and never waits. How each driver is cancelled
(espeak: a rendered WAV played here; others: stopped from a callback) is told in driver.py.

Request ids are tracked here, not through pyttsx3's utterance names (the espeak driver
reports every name as None). Logs carry exception classes and ids, never the text.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from circle_app.speech.driver import (
    DriverState,
    EngineFactory,
    PlayerFactory,
    command_player,
    default_engine,
    find_player_command,
    play_until_cancelled,
)
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

JOIN_SECONDS = 5.0
RENDER_ATTEMPTS = 3  # an empty render is tried again (espeak's driver, see _render_to)
WAV_HEADER_BYTES = 44  # a saved file no bigger holds no audio
RENDER_TIMEOUT_S = 60.0  # a long prompt on a busy school laptop renders in well under this
PLAYBACK_FAILED = "Could not play the sound: no audio output device was found or it is busy"
SPEECH_FAILED = "The speech engine could not read this aloud"
STARTING = "The speech engine is starting"


class SpeechUnavailableError(RuntimeError):
    """No engine: the message says why and what to install."""


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

    @property
    def running(self) -> bool:
        """The worker thread is alive; False once close() has ended it."""
        return self._thread.is_alive()

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
        state = DriverState()
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
                self._save(engine, command, state)
            elif self._superseded(command):
                self._call(self._callbacks.finished, command.request_id, False)
            elif not command.text.strip():
                self._call(self._callbacks.finished, command.request_id, True)
            elif player is not None:
                self._speak_rendered(engine, command, folder, player, state)
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

    def _render_to(
        self, engine: Any, text: str, language: str, path: Path, state: DriverState
    ) -> None:
        """The utterance as a WAV file with audio, there when this returns: espeak's
        runAndWait() can return while its thread still synthesises (so wait for its
        finished-utterance), and its driver now and then saves a bare header (render again)."""
        self._prepare(engine, language)
        for _ in range(RENDER_ATTEMPTS):
            state.finished.clear()
            engine.save_to_file(text, str(path))
            self._run_engine(engine)
            if not state.finished.wait(RENDER_TIMEOUT_S):
                raise TimeoutError("the speech engine did not finish rendering")
            if path.is_file() and path.stat().st_size > WAV_HEADER_BYTES:
                return
            log.warning("the speech engine rendered no audio; rendering again")
        raise SpeechUnavailableError("no audio rendered")

    def _save(self, engine: Any, command: _Save, state: DriverState) -> None:
        try:
            self._render_to(engine, command.text, command.language, command.path, state)
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
        self, engine: Any, command: _Say, folder: Path, player: PlayerFactory, state: DriverState
    ) -> None:
        path = folder / f"utterance-{command.request_id}.wav"
        try:
            self._render_to(engine, command.text, command.language, path, state)
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
            code = play_until_cancelled(player(path), lambda: self._superseded(command))
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

    def _speak_by_driver(self, engine: Any, command: _Say, state: DriverState) -> None:
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
