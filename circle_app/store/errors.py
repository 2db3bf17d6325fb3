"""The store's errors: a problem with the database the user can act on, in words.

This module imports nothing of the store, so every store module (the engine, the migrations,
the fault watchers) can raise these without importing each other.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a message for Qt's lupdate; the UI translates it (this layer has no Qt)."""
    return text


class StoreError(Exception):
    """A problem with the database the user can act on; the message says what and where.

    `template` is the English message with {named} blanks and `params` fill them: the UI
    translates the template (context "StoreError") and fills it in the user's language.
    """

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params) if params else template)
        self.template = template
        self.params = params


CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "StoreError",
    "This circle was changed meanwhile in another window or machine, so this was not saved. "
    "Close the circle and continue it again to see where it is.",
)


NOT_OURS = QT_TRANSLATE_NOOP(
    "StoreError",
    "{where} is not a circle-app database (or it is damaged). It was left untouched.",
)


__all__ = ["CHANGED_ELSEWHERE", "NOT_OURS", "QT_TRANSLATE_NOOP", "StoreError"]
