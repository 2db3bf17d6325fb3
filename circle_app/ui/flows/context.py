"""What a flow is given: the services, the settings, where screens are shown, the speech
offer and the current theme. A flow gets exactly this and reaches into nothing else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

from circle_app.services import Services
from circle_app.ui.flows.speech import SpeechOffer
from circle_app.ui.support.settings import Settings
from circle_app.ui.support.theme import Theme
from circle_app.ui.support.translations import ui_language


class Navigation(Protocol):
    """Where screens are shown (the shell's navigator)."""

    @property
    def parent_widget(self) -> QWidget:
        """The window dialogs belong to."""
        ...

    @property
    def current(self) -> QWidget | None: ...

    def show(self, screen: QWidget) -> None: ...

    def home(self) -> None: ...

    def show_keyring(self) -> None: ...


@dataclass(frozen=True)
class FlowContext:
    services: Services
    settings: Settings
    navigation: Navigation
    speech: SpeechOffer
    theme: Callable[[], Theme]

    @property
    def language(self) -> str:
        """The interface language now (it can change while the app runs)."""
        return ui_language(self.settings)
