"""What a person's or a group's name may hold, wherever it is typed in or imported.

A name is shown on the smartboard, printed in agreements and echoed by the command line, so
it must be text a person can read and nothing else. Refused (never silently stripped: the
teacher sees why and retypes the name):

- control characters, C0 and C1 (a terminal escape sequence starts with ESC, U+001B);
  whitespace controls (tab, line breaks) only collapse into one space, as all spacing does;
- bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the direction marks
  U+200E, U+200F, U+061C, which make a name read differently from what is stored;
- zero-width characters (U+200B, U+2060, U+FEFF, and U+200C/U+200D unless they join two
  non-Latin letters or emoji, as Persian names and emoji sequences need them);
- more than PERSON_NAME_MAX characters for a person, GROUP_NAME_MAX for a group.

Pure: no Qt. Messages are English templates with {blanks}, marked for lupdate under the
context "NameRules"; the UI translates them and fills the blanks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

PERSON_NAME_MAX = 100
GROUP_NAME_MAX = 80
SHORT_NAME_MAX = 12

BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_JOINERS = frozenset("\u200c\u200d")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's name)
    """Marks a message for Qt's lupdate; the UI translates it (this layer has no Qt)."""
    return text


CONTROL = QT_TRANSLATE_NOOP(
    "NameRules",
    "contains a control character (U+{code}) at character {position}, such as a terminal "
    "escape; retype it without",
)
DIRECTION = QT_TRANSLATE_NOOP(
    "NameRules",
    "contains an invisible text-direction character (U+{code}) at character {position}, "
    "which makes it read differently; retype it without",
)
ZERO = QT_TRANSLATE_NOOP(
    "NameRules",
    "contains an invisible zero-width character (U+{code}) at character {position}; "
    "retype it without",
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "NameRules", "is {length} characters long; at most {limit} are allowed"
)
EMPTY = QT_TRANSLATE_NOOP("NameRules", "is empty")


@dataclass(frozen=True, slots=True)
class NameRefusal:
    """Why a name is refused: an English template (context "NameRules") and its blanks."""

    template: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.params)


def collapse(text: str) -> str:
    """Spacing as people read it: runs of whitespace (tabs, line breaks) become one space."""
    return " ".join(text.split())


def _is_latin_or_space(char: str) -> bool:
    return char.isascii() or char.isspace() or "LATIN" in unicodedata.name(char, "")


# Every character forbidden_character() may refuse, as one class for a fast first look.
_SUSPECT = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)


def _joins_letters(text: str, index: int) -> bool:
    """Whether a ZWJ/ZWNJ at `index` sits between two non-Latin letters or emoji."""
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    return all(
        neighbour and not _is_latin_or_space(neighbour) and _SUSPECT.match(neighbour) is None
        for neighbour in (before, after)
    )


def forbidden_character(text: str) -> tuple[int, str] | None:
    """The first character a name may not hold: (index, character), or None."""
    if text.isprintable():  # every refused character is a control (Cc) or format (Cf) one
        return None
    for match in _SUSPECT.finditer(text):
        index, char = match.start(), match.group()
        if char in _JOINERS and _joins_letters(text, index):
            continue
        return index, char
    return None


def character_refusal(text: str) -> NameRefusal | None:
    """Why `text` may not be shown as a name (a character it must not hold), or None."""
    found = forbidden_character(text)
    if found is None:
        return None
    index, char = found
    if char in BIDI_CONTROLS:
        template = DIRECTION
    elif char in ZERO_WIDTH:
        template = ZERO
    else:
        template = CONTROL
    return NameRefusal(template, {"code": f"{ord(char):04X}", "position": index + 1})


def name_refusal(text: str, *, limit: int = PERSON_NAME_MAX) -> NameRefusal | None:
    """Why `text` (spacing collapsed) is not a name of at most `limit` characters, or None."""
    name = collapse(text)
    if not name:
        return NameRefusal(EMPTY)
    refusal = character_refusal(name)
    if refusal is not None:
        return refusal
    if len(name) > limit:
        return NameRefusal(TOO_LONG, {"length": len(name), "limit": limit})
    return None


class NameRefusedError(ValueError):
    """`clean_name` refused a name; `refusal` says why."""

    def __init__(self, refusal: NameRefusal) -> None:
        super().__init__(str(refusal))
        self.refusal = refusal


def clean_name(text: str, *, limit: int = PERSON_NAME_MAX) -> str:
    """The name to store (spacing collapsed), or NameRefusedError saying why it cannot be."""
    refusal = name_refusal(text, limit=limit)
    if refusal is not None:
        raise NameRefusedError(refusal)
    return collapse(text)
