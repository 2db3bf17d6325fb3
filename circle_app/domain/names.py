"""Names as people read them: one person, however the name was typed.

Erasure and export must find a person whatever spelling a conversation, a conference or an
agreement used: "Asta  Hansen" (two spaces), "Asta\u00a0Hansen" (a no-break space),
"ASTA HANSEN", "Hansen, Asta". `name_key` is the form two spellings of one name share;
`find_name` and `blank_name` find and replace a name inside free text on the same terms.

What this cannot do: tell that "Asta" alone in a sentence is Asta Hansen. Only the whole
name (every part of it, in either order) is matched.
"""

from __future__ import annotations

import re
import unicodedata


def _fold(text: str) -> tuple[str, list[int]]:
    """`text` NFKC-normalised, case folded, invisible format characters dropped and every
    run of whitespace one space; with, for each character of the result, the index in the
    NFKC form of `text` it came from."""
    nfkc = unicodedata.normalize("NFKC", text)
    out: list[str] = []
    origin: list[int] = []
    space = False
    for index, char in enumerate(nfkc):
        if char.isspace():
            space = True
            continue
        if unicodedata.category(char) == "Cf":  # zero-width and direction marks
            continue
        if space and out:
            out.append(" ")
            origin.append(index - 1)
        space = False
        for folded in unicodedata.normalize("NFKC", char.casefold()):
            out.append(folded)
            origin.append(index)
    return "".join(out), origin


def normalise(text: str) -> str:
    """NFKC, case folded, whitespace (no-break spaces too) collapsed, format marks dropped."""
    return _fold(text)[0]


def name_parts(name: str) -> tuple[str, ...]:
    """The name's parts in "first names, surname" order: "Hansen, Asta" -> ("asta", "hansen").

    The name is split where it is written apart (whitespace, a comma) before each part is
    normalised, so a character whose NFKC form holds a space (a ligature such as U+FDFA)
    stays one part."""
    raw = "".join("," if unicodedata.normalize("NFKC", char) == "," else char for char in name)
    if "," in raw:
        surname, _, first = raw.partition(",")
        raw = f"{first} {surname}"
    parts = (normalise(part) for part in re.split(r"[\s,]+", raw))
    return tuple(part for part in parts if part)


def name_key(name: str) -> str:
    """The form every spelling of one name shares (see the module docstring)."""
    return " ".join(name_parts(name))


def _pattern(name: str) -> re.Pattern[str] | None:
    parts = name_parts(name)
    if not parts:
        return None
    words = [r"\s+".join(re.escape(word) for word in part.split(" ")) for part in parts]
    forms = [r"\s+".join(words)]
    if len(words) > 1:
        # "Surname, First names" and "Surname First names"
        forms.append(words[-1] + r"(?:\s*,\s*|\s+)" + r"\s+".join(words[:-1]))
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)")


def find_name(text: str, name: str) -> list[tuple[int, int]]:
    """Where the whole name appears in `text`, as (start, end) spans of NFKC(`text`)."""
    pattern = _pattern(name)
    if pattern is None:
        return []
    folded, origin = _fold(text)
    spans = []
    for match in pattern.finditer(folded):
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        spans.append((start, end))
    return spans


def mentions(text: str, name: str) -> bool:
    return bool(find_name(text, name))


def blank_name(text: str, name: str, replacement: str) -> str:
    """`text` with every whole appearance of the name replaced. A text that names the
    person comes back NFKC-normalised; one that does not comes back unchanged."""
    spans = find_name(text, name)
    if not spans:
        return text
    nfkc = unicodedata.normalize("NFKC", text)
    pieces: list[str] = []
    last = 0
    for start, end in spans:
        pieces.append(nfkc[last:start])
        pieces.append(replacement)
        last = end
    pieces.append(nfkc[last:])
    return "".join(pieces)
