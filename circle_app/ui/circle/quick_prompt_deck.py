"""Which question the quick prompt shows: drawn fairly, recorded, with a way back.

No widget here: the screen asks the deck and shows what it answers, on one screen or two.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from circle_app.banks.drawing import PromptDrawer
from circle_app.domain.prompts import DrawRequest, Prompt

log = logging.getLogger(__name__)

_HISTORY_LIMIT = 50


class QuickPromptDeck:
    """The prompt on the card now and the ones before it (newest last, at most 50)."""

    def __init__(self, drawer: PromptDrawer) -> None:
        self._drawer = drawer
        self._current: Prompt | None = None
        self._previous: list[Prompt] = []

    @property
    def drawer(self) -> PromptDrawer:
        return self._drawer

    @property
    def current(self) -> Prompt | None:
        return self._current

    @property
    def has_previous(self) -> bool:
        return bool(self._previous)

    def draw(self, request: DrawRequest | None) -> Prompt | None:
        """A prompt not shown before (fair, no repeats, never the one on the card), recorded.
        None when nothing fits the request (or there is no request)."""
        if request is not None and self._current is not None:
            request = replace(request, exclude=request.exclude | {self._current.ref})
        prompt = self._drawer.draw(request) if request is not None else None
        if prompt is not None:
            self._record(prompt)
        self._move_to(prompt)
        return prompt

    def choose(self, prompt: Prompt) -> Prompt | None:
        """The prompt a teacher chose, as it is (facilitator-only ones too); None if it is gone."""
        chosen = self._drawer.draw(
            DrawRequest(kind=prompt.kind, language=prompt.language, pinned=prompt.ref)
        )
        if chosen is None:
            return None
        self._record(chosen)
        self._move_to(chosen)
        return chosen

    def back(self) -> Prompt | None:
        """Back to the prompt before; None (and nothing changes) when there is none."""
        if not self._previous:
            return None
        self._current = self._previous.pop()
        return self._current

    def is_favourite(self) -> bool:
        return self._current is not None and self._drawer.is_favourite(self._current.ref)

    def toggle_favourite(self) -> None:
        if self._current is not None:
            self._drawer.set_favourite(self._current.ref, not self.is_favourite())

    def _record(self, prompt: Prompt) -> None:
        try:
            self._drawer.record_use(prompt.ref, group_id=None)
        except Exception:  # the card still shows; the history misses one use
            log.exception("could not record a quick prompt use")

    def _move_to(self, prompt: Prompt | None) -> None:
        if self._current is not None and prompt != self._current:
            self._previous.append(self._current)
            del self._previous[:-_HISTORY_LIMIT]
        self._current = prompt
