"""Every preference the app keeps, declared once with its type and default (as Picard does)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from circle_app import APP_NAME, ORG_NAME

T = TypeVar("T", bool, int, float, str)


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] | None = None

    def clean(self, raw: object) -> T:
        """Turn whatever QSettings holds (a string from an ini file) into a sane value."""
        value: object
        try:
            if isinstance(self.default, bool):
                text = str(raw).strip().lower()
                value = raw if isinstance(raw, bool) else text in {"1", "true", "yes"}
            elif isinstance(self.default, int):
                value = int(str(raw))
            elif isinstance(self.default, float):
                value = float(str(raw))
                if not math.isfinite(value):  # "nan" passes every range check
                    return self.default
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return self.default
        if isinstance(value, int | float) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                return self.default
            if self.maximum is not None and value > self.maximum:
                return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        return cast(T, value)  # type: ignore[redundant-cast]  # T is a constrained TypeVar


THEME = Option("ui/theme", "light", choices=("light", "dark"))
LANGUAGE = Option("ui/language", "", choices=("", "da", "en"))  # "" = follow the system
LANGUAGE_OFFERED = Option("ui/language_offered", False)  # the first start's offer answered
HIDE_NAMES = Option("circle/hide_names", False)
SPEAKER_TIMER_SECONDS = Option("circle/speaker_timer_seconds", 0, minimum=0, maximum=600)
ANNOUNCE_TURNS = Option("speech/announce_turns", False)
SPEECH_RATE = Option("speech/rate", 150, minimum=60, maximum=300)
SPEECH_VOLUME = Option("speech/volume", 1.0, minimum=0.0, maximum=1.0)
# Which screen is the board, per screen set-up (issue 18): a JSON object from the set-up
# (the screens' sorted names) to a screen's name, or ":one-window" (ui/support/screen_setup.py).
BOARD_SCREENS = Option("presenter/board_screens", "{}")


class Settings:
    """Typed access to QSettings; tests give it a throw-away ini file."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings(ORG_NAME, APP_NAME)

    def get(self, option: Option[T]) -> T:
        raw = self._q.value(option.key, option.default)
        return option.clean(raw)

    def set(self, option: Option[T], value: T) -> None:
        self._q.setValue(option.key, option.clean(value))
        self._q.sync()

    def board_screen(self, setup: str) -> str | None:
        """The board chosen for this screen set-up, None when none was chosen."""
        choice = self._board_screens().get(setup)
        return choice if isinstance(choice, str) else None

    def set_board_screen(self, setup: str, choice: str | None) -> None:
        """Remember the board for this set-up (None forgets it: the default again)."""
        choices = self._board_screens()
        if choice is None:
            choices.pop(setup, None)
        else:
            choices[setup] = choice
        import json

        self.set(BOARD_SCREENS, json.dumps(choices, sort_keys=True))

    def _board_screens(self) -> dict[str, object]:
        saved = self.get(BOARD_SCREENS)
        if saved in ("", "{}"):  # none chosen (every start shows the window: no parsing)
            return {}
        import json

        try:
            choices = json.loads(saved)
        except ValueError:  # a hand-edited settings file: the defaults again
            return {}
        return choices if isinstance(choices, dict) else {}

    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
