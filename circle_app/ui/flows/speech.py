"""Reading aloud, offered to the screens that can use it: one place says whether the read-aloud
control is live and why not, and updates the screen on show when the engine comes or goes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, SignalInstance, Slot

from circle_app.ui.support.qt_speaker import QtSpeaker


@runtime_checkable
class ReadsAloud(Protocol):
    def set_speech_available(self, available: bool, reason: str = "") -> None: ...


@runtime_checkable
class ShowsReading(Protocol):
    """A screen with a "Reading aloud…" banner: its Stop, and told when reading ends."""

    @property
    def stop_reading_requested(self) -> SignalInstance: ...

    def reading_finished(self) -> None: ...


class SpeechOffer(QObject):
    def __init__(
        self,
        speaker: QtSpeaker | None,
        language: Callable[[], str],
        current: Callable[[], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._speaker = speaker
        self._language = language
        self._current = current
        if speaker is not None:
            speaker.availability_changed.connect(self._availability_changed)

    @property
    def speaker(self) -> QtSpeaker | None:
        return self._speaker

    def offer(self, screen: ReadsAloud) -> None:
        """Light the screen's read-aloud control, or dim it with the reason."""
        speaker = self._speaker
        if speaker is not None and speaker.available:
            screen.set_speech_available(True)
        else:
            reason = speaker.unavailable_reason if speaker is not None else None
            screen.set_speech_available(False, reason or self.tr("Reading aloud is starting…"))

    def attach(self, screen: QObject) -> None:
        """Offer reading aloud to `screen` and connect its read-aloud, Stop and banner."""
        if isinstance(screen, ReadsAloud):
            self.offer(screen)
        read = getattr(screen, "read_aloud_requested", None)
        if isinstance(read, SignalInstance):
            read.connect(self.say)
        if isinstance(screen, ShowsReading) and self._speaker is not None:
            screen.stop_reading_requested.connect(self._speaker.stop)
            # a slot of the screen: Qt drops the connection when the screen is deleted
            self._speaker.finished.connect(screen.reading_finished)

    @Slot(str, str)
    def say(self, text: str, language: str) -> None:
        """Read aloud in the text's language, or the interface language for the app's own."""
        if self._speaker is not None:
            self._speaker.say(text, language or self._language())

    @Slot(bool)
    def _availability_changed(self, _available: bool) -> None:
        screen = self._current()
        if isinstance(screen, ReadsAloud):
            self.offer(screen)
