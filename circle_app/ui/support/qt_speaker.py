"""QtSpeaker: the read-aloud speaker as a QObject whose signals arrive in the GUI thread.

The speech worker calls plain callbacks on its own thread. Each callback emits a private
signal of this object (which lives in the GUI thread) connected to a slot of this object
with a queued connection; the slot re-emits the public signal. So `started`, `finished`,
`error` and `availability_changed` are always emitted from the GUI thread, whatever the
receiver is (a QObject slot, a lambda, a function).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from circle_app.speech.pyttsx3_speaker import PLAYBACK_FAILED, STARTING
from circle_app.speech.speaker import NullSpeaker, Speaker, SpeechCallbacks, install_hint
from circle_app.speech.voices import VoiceReport

log = logging.getLogger(__name__)

SpeakerFactory = Callable[[SpeechCallbacks], Speaker]
"""Builds a Speaker that reports through the given callbacks."""

TURNED_OFF = "Read-aloud is turned off in the settings"


def pyttsx3_factory(callbacks: SpeechCallbacks) -> Speaker:
    from circle_app.speech.pyttsx3_speaker import Pyttsx3Speaker

    return Pyttsx3Speaker(callbacks)


def speech_text(message: str) -> str:
    """The speech layer's fixed messages (plain Python, English) in the interface language."""
    known = {
        STARTING: QCoreApplication.translate("speech", "The speech engine is starting"),
        TURNED_OFF: QCoreApplication.translate(
            "speech", "Read-aloud is turned off in the settings"
        ),
        PLAYBACK_FAILED: QCoreApplication.translate(
            "speech", "Could not play the sound: no audio output device was found or it is busy"
        ),
        install_hint("linux"): QCoreApplication.translate(
            "speech",
            "No speech engine found: install espeak-ng (Linux: sudo apt install espeak-ng)",
        ),
        install_hint("win32"): QCoreApplication.translate(
            "speech",
            "Windows speech (SAPI5) could not start: reinstall circle-app (it needs pywin32)",
        ),
        install_hint("darwin"): QCoreApplication.translate(
            "speech", "macOS speech could not start: reinstall circle-app (it needs pyobjc)"
        ),
    }
    return known.get(message, message)


class QtSpeaker(QObject):
    started = Signal(int)
    """A request started to sound (request id)."""
    finished = Signal(int, bool)
    """A request ended: (request id, completed). False: cancelled or failed."""
    error = Signal(str)
    """A request could not be read aloud (a message for the user, in English)."""
    availability_changed = Signal(bool)
    """The engine finished starting: True it can speak, False see `unavailable_reason`."""

    _worker_started = Signal(int)
    _worker_finished = Signal(int, bool)
    _worker_error = Signal(str)
    _worker_availability = Signal(bool, str)

    def __init__(
        self,
        factory: SpeakerFactory | None = None,
        parent: QObject | None = None,
        *,
        lazy: bool = False,
    ) -> None:
        """`lazy`: build the speaker (pyttsx3, its thread, the voices) at the first `say()`
        or `start()`; until then reading aloud is offered (`available`)."""
        super().__init__(parent)
        queued = Qt.ConnectionType.QueuedConnection
        self._worker_started.connect(self._on_started, queued)
        self._worker_finished.connect(self._on_finished, queued)
        self._worker_error.connect(self._on_error, queued)
        self._worker_availability.connect(self._on_availability, queued)
        self._closed = False
        self._factory = factory or pyttsx3_factory
        self._callbacks = SpeechCallbacks(
            started=self._worker_started.emit,
            finished=self._worker_finished.emit,
            error=self._worker_error.emit,
            availability=lambda available, reason: self._worker_availability.emit(
                available, reason or ""
            ),
        )
        self._rate: int | None = None
        self._volume: float | None = None
        self._speaker: Speaker | None = None
        if not lazy:
            self.start()

    def start(self) -> Speaker:
        """Build the speaker now if it is not yet (returns at once: the engine starts on its
        own thread, `availability_changed` follows)."""
        if self._speaker is None:
            try:
                self._speaker = self._factory(self._callbacks)
            except Exception as exc:  # e.g. no thread could start: the app goes on, silent
                log.warning("speaker could not be built: %s", type(exc).__name__)
                self._speaker = NullSpeaker()
            if self._rate is not None:
                self._speaker.set_rate(self._rate)
            if self._volume is not None:
                self._speaker.set_volume(self._volume)
        return self._speaker

    @property
    def speaker(self) -> Speaker:
        """The speaker behind (built now if it was not yet)."""
        return self.start()

    @property
    def engine_started(self) -> bool:
        """False until the first `say()` / `start()` of a lazy speaker."""
        return self._speaker is not None

    @property
    def available(self) -> bool:
        """True when read-aloud can be offered (the engine is up, or not asked yet)."""
        if self._closed:
            return False
        return self._speaker is None or self._speaker.available

    @property
    def voice_report(self) -> VoiceReport | None:
        """Installed voices and the one used per language (settings dialog); None until the
        engine is up or without one. Use this, not describe_voices(), inside the app."""
        report = getattr(self._speaker, "voice_report", None)
        return report if isinstance(report, VoiceReport) else None

    @property
    def unavailable_reason(self) -> str | None:
        """For the read-aloud button's tooltip while it is disabled; None when available."""
        reason = self._speaker.unavailable_reason if self._speaker is not None else None
        return speech_text(reason) if reason else reason

    def say(self, text: str, language: str) -> int:
        """Read `text` ("da"/"en" voice); cancels what is being said; returns the request id.
        The first call starts the engine (what it says is read once it is up). Harmless when
        unavailable (nothing is said, no signal)."""
        if self._closed:
            return 0
        return self.start().say(text, language)

    @Slot()
    def stop(self) -> None:
        if not self._closed and self._speaker is not None:
            self._speaker.stop()

    @Slot(int)
    def set_rate(self, rate: int) -> None:
        """Words per minute (60–300; default 150), from the next utterance on."""
        self._rate = rate
        if self._speaker is not None:
            self._speaker.set_rate(rate)

    @Slot(float)
    def set_volume(self, volume: float) -> None:
        """0.0–1.0 (default 1.0), from the next utterance on."""
        self._volume = volume
        if self._speaker is not None:
            self._speaker.set_volume(volume)

    def close(self) -> None:
        """Stop speaking and end the speech thread (waits up to a few seconds). Idempotent;
        call it at shutdown, before the QApplication goes."""
        if self._closed:
            return
        self._closed = True
        if self._speaker is not None:
            self._speaker.close()

    @Slot(int)
    def _on_started(self, request_id: int) -> None:
        self.started.emit(request_id)

    @Slot(int, bool)
    def _on_finished(self, request_id: int, completed: bool) -> None:
        self.finished.emit(request_id, completed)

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self.error.emit(speech_text(message))

    @Slot(bool, str)
    def _on_availability(self, available: bool, reason: str) -> None:
        if not available:
            log.info("read-aloud unavailable")
        self.availability_changed.emit(available and not self._closed)


def create_speaker(enabled: bool = True, parent: QObject | None = None) -> QtSpeaker:
    """The app's speaker, lazy (issue 20): nothing is imported or started until the first
    Read aloud; then pyttsx3 is imported and started on the speech thread (this returns at
    once) and `availability_changed` follows when the engine is up (or has failed, silently:
    the read-aloud control then dims with the reason). `enabled=False` (read-aloud turned
    off): a silent speaker, nothing imported."""
    if not enabled:
        return QtSpeaker(lambda _callbacks: NullSpeaker(TURNED_OFF), parent)
    return QtSpeaker(pyttsx3_factory, parent, lazy=True)
