"""The label each seat shows on the ring: the shortest form that tells it apart.

A first name where it is unique; first name and last initial where two share a first
name; the first and last name, then the whole name, where that is still ambiguous; the
seat's number added only when two people have the very same name. The `full` form is
what the ring shows instead where there is room; it is never another seat's label.
Badges (the letters inside a seat) are unique too: "LM" twice becomes "LuM" and "LiM".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SeatLabel:
    short: str  # the shortest unambiguous label; "" for a seat without a name
    full: str  # the longer form where room allows; never equal to another seat's label
    badge: str  # letters inside the seat (its number for a seat without a name)


def _forms(name: str) -> list[str]:
    """Shortest first: first name; first + last initial; first + last; the whole name."""
    parts = name.split()
    if not parts:
        return [""]
    first, last = parts[0], parts[-1]
    forms = [first]
    if len(parts) > 1:
        forms += [f"{first} {last[0].upper()}.", f"{first} {last}", " ".join(parts)]
    unique: list[str] = []
    for form in forms:
        if form not in unique:
            unique.append(form)
    return unique


def _key(text: str) -> str:
    return text.casefold()


def _shorts(names: Sequence[str]) -> list[str]:
    forms = [_forms(name) for name in names]
    level = [0] * len(names)
    while True:
        chosen = [f[min(lv, len(f) - 1)] for f, lv in zip(forms, level, strict=True)]
        counts = Counter(_key(c) for c in chosen if c)
        clashing = [i for i, c in enumerate(chosen) if c and counts[_key(c)] > 1]
        movable = [i for i in clashing if level[i] < len(forms[i]) - 1]
        if not movable:
            break
        for i in movable:
            level[i] += 1
    counts = Counter(_key(c) for c in chosen if c)
    return [
        f"{c} ({index + 1})" if c and counts[_key(c)] > 1 else c for index, c in enumerate(chosen)
    ]


def _badges(names: Sequence[str]) -> list[str]:
    def forms(index: int, name: str) -> list[str]:
        parts = name.split()
        if not parts:
            return [str(index + 1)]
        first, last = parts[0], parts[-1] if len(parts) > 1 else ""
        return [(first[0] + last[:1]).upper(), first[:2].title() + last[:1].upper()]

    options = [forms(i, name) for i, name in enumerate(names)]
    level = [0] * len(names)
    for _ in range(2):
        chosen = [o[min(lv, len(o) - 1)] for o, lv in zip(options, level, strict=True)]
        counts = Counter(_key(c) for c in chosen)
        for i, c in enumerate(chosen):
            if counts[_key(c)] > 1:
                level[i] += 1
    chosen = [
        o[lv] if lv < len(o) else str(i + 1)
        for i, (o, lv) in enumerate(zip(options, level, strict=True))
    ]
    counts = Counter(_key(c) for c in chosen)
    return [c if counts[_key(c)] == 1 else str(i + 1) for i, c in enumerate(chosen)]


def seat_labels(names: Sequence[str]) -> tuple[SeatLabel, ...]:
    """One label per seat, in seat order; a seat's name may be "" (a quick circle)."""
    shorts = _shorts(names)
    badges = _badges(names)
    wholes = [" ".join(name.split()) for name in names]
    owners: dict[str, set[int]] = {}
    for index, text in [*enumerate(shorts), *enumerate(wholes)]:
        owners.setdefault(_key(text), set()).add(index)
    labels = []
    for index, short in enumerate(shorts):
        full = wholes[index] if owners[_key(wholes[index])] == {index} else short
        labels.append(SeatLabel(short, full, badges[index]))
    return tuple(labels)
