"""What a command prints for a person: one line, in the user's language (see cli.py)."""

from __future__ import annotations

import sys

from circle_app import i18n


def say_error(message: object) -> None:
    """`circle-app: …` on stderr; a Qt-free layer's message (a StoreError, a problem) is
    translated and filled in; a str is printed as it is (already translated)."""
    print(f"circle-app: {i18n.render(message, i18n.cli_translate)}", file=sys.stderr)


def text_of(message: object) -> str:
    """A Qt-free layer's message in the user's language."""
    return i18n.render(message, i18n.cli_translate)
