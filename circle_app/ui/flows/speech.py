"""Reading aloud, offered to the screens that can use it: one place says whether the read-aloud
control is live and why not, and updates the screen on show when the engine comes or goes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, Slot

from circle_app.ui.support.qt_speaker import QtSpeaker


@runtime_checkable
class ReadsAloud(Protocol):
    def set_speech_available(self, available: bool, reason: str = "") -> None: ...


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
