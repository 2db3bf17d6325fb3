"""Every open window and dialog in the new language at once, without being rebuilt.

When the language changes, each text a widget shows (a label, a button, a tab, a combo box
item, a title, a tool tip, a placeholder…) is looked up in the catalogue of the language it
was shown in: found, it is replaced by the same message in the new language. A message with
blanks (`%1`, `%n`, `{name}`) is matched as a pattern, and its values carried over, so
"Plads 3" becomes "Seat 3" and "3 runder holdt" "3 rounds held" (the form for the count).
Texts the catalogue does not hold (a child's name, what a teacher typed) are left alone,
and a line edit's text is never touched.

A screen that shows formatted dates or numbers also handles `QEvent.LanguageChange`
(sent to every widget when the translators change) and renders them again.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from circle_app.paths import resources_dir

_BLANK = re.compile(r"%n|%\d|\{\w+\}")


@dataclass(frozen=True, slots=True)
class Entry:
    context: str
    source: str
    forms: dict[str, tuple[str, ...]]  # language -> its form(s); two for a plural
    plural: bool


def _plural_form(n: int) -> int:
    """Danish and English alike: one, or other."""
    return 0 if n == 1 else 1


@cache
def _entries(folder: Path) -> tuple[Entry, ...]:
    translated: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {}
    plurals: set[tuple[str, str]] = set()
    for language in ("da", "en"):
        path = folder / f"circle_app_{language}.ts"
        if not path.exists():
            continue
        for context in ET.parse(path).iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                key = (name, source)
                element = message.find("translation")
                plural = message.get("numerus") == "yes"
                if plural:
                    plurals.add(key)
                forms: tuple[str, ...]
                if element is None:
                    forms = ()
                elif plural:
                    forms = tuple((form.text or "") for form in element.iter("numerusform"))
                else:
                    forms = (element.text or "",)
                if not all(forms) or element is not None and element.get("type"):
                    forms = ()
                translated.setdefault(key, {})
                if forms:
                    translated[key][language] = forms
    entries = []
    for (name, text), by_language in translated.items():
        by_language.setdefault("en", (text,))
        entries.append(Entry(name, text, by_language, (name, text) in plurals))
    return tuple(entries)


def _pattern(text: str) -> re.Pattern[str]:
    parts = []
    last = 0
    for blank in _BLANK.finditer(text):
        parts.append(re.escape(text[last : blank.start()]))
        name = blank.group().strip("%{}")
        group = f"b_{name}" if name != "n" else "count"
        if f"(?P<{group}>" in "".join(parts):
            parts.append(f"(?P={group})")
        else:
            parts.append(f"(?P<{group}>\\d+)" if name == "n" else f"(?P<{group}>.+?)")
        last = blank.end()
    parts.append(re.escape(text[last:]))
    return re.compile("".join(parts), re.DOTALL)


class Catalogue:
    """The app's messages in both languages, to carry a shown text into another language."""

    def __init__(self, folder: Path | None = None) -> None:
        entries = _entries(folder or resources_dir() / "translations")
        self._exact: dict[str, dict[str, list[tuple[Entry, int]]]] = {}
        self._patterns: dict[str, list[tuple[re.Pattern[str], Entry]]] = {}
        for entry in entries:
            for language, forms in entry.forms.items():
                for index, form in enumerate(forms):
                    if _BLANK.search(form):
                        if index == 0 or form != forms[0]:
                            self._patterns.setdefault(language, []).append((_pattern(form), entry))
                    else:
                        self._exact.setdefault(language, {}).setdefault(form, []).append(
                            (entry, index)
                        )

    def _only_in(self, text: str, language: str, other: str) -> bool:
        in_language = any(
            entry.forms.get(other, (None,))[min(i, len(entry.forms.get(other, (None,))) - 1)]
            != text
            for entry, i in self._exact.get(language, {}).get(text, [])
        )
        return in_language and text not in self._exact.get(other, {})

    def is_untranslated_english(self, text: str) -> bool:
        """`text` is one of the app's English messages, and Danish says it otherwise."""
        return self._only_in(text, "en", "da")

    def is_danish(self, text: str) -> bool:
        """`text` is one of the app's Danish messages, and English says it otherwise."""
        return self._only_in(text, "da", "en")

    def carry(self, text: str, old: str, new: str, contexts: frozenset[str] = frozenset()) -> str:
        """`text`, shown in language `old`, in language `new`; unchanged when not found."""
        if old == new or not text.strip():
            return text
        found = self._carry_whole(text, old, new, contexts)
        if found is not None:
            return found
        if "\n" in text:  # a tile: a title and a hint, each its own message
            return "\n".join(self.carry(line, old, new, contexts) for line in text.split("\n"))
        return text

    def _carry_whole(self, text: str, old: str, new: str, contexts: frozenset[str]) -> str | None:
        candidates = self._exact.get(old, {}).get(text)
        if candidates:
            entry, index = min(candidates, key=lambda c: c[0].context not in contexts)
            forms = entry.forms.get(new) or entry.forms["en"]
            return forms[min(index, len(forms) - 1)]
        matches = []
        for pattern, entry in self._patterns.get(old, []):
            match = pattern.fullmatch(text)
            if match is not None:
                matches.append((entry.context not in contexts, match, entry))
        if not matches:
            return None
        _, match, entry = min(matches, key=lambda m: m[0])
        values = match.groupdict()
        forms = entry.forms.get(new) or entry.forms["en"]
        count = values.get("count")
        form = forms[_plural_form(int(count)) if count is not None and len(forms) > 1 else 0]

        def fill(blank: re.Match[str]) -> str:
            name = blank.group().strip("%{}")
            value = values.get("count" if name == "n" else f"b_{name}")
            return blank.group() if value is None else value

        return _BLANK.sub(fill, form)


def _contexts(widget: QWidget) -> frozenset[str]:
    """The contexts a widget's texts were probably translated in: its and its parents'
    class names (self.tr uses the class's name)."""
    names: set[str] = set()
    current: QWidget | None = widget
    while current is not None:
        names.update(cls.__name__ for cls in type(current).__mro__)
        current = current.parentWidget()
    return frozenset(names)


def _texts(widget: QWidget) -> Iterator[tuple[str, Callable[[str], None]]]:
    """Each text `widget` shows, with the way to set it."""
    yield widget.windowTitle(), widget.setWindowTitle
    yield widget.toolTip(), widget.setToolTip
    yield widget.accessibleName(), widget.setAccessibleName
    yield widget.accessibleDescription(), widget.setAccessibleDescription
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text(), widget.setText
    elif isinstance(widget, QGroupBox):
        yield widget.title(), widget.setTitle
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield widget.placeholderText(), widget.setPlaceholderText
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield widget.itemText(i), partial(widget.setItemText, i)
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield widget.tabText(i), partial(widget.setTabText, i)
    if isinstance(widget, QTableWidget):
        for i in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(i)
            if item is not None:
                yield item.text(), item.setText
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for i in range(header.columnCount()):
            yield header.text(i), partial(header.setText, i)
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            list_item = widget.item(i)
            yield list_item.text(), list_item.setText
    for action in widget.actions():
        yield action.text(), action.setText


def shown_texts(root: QWidget) -> list[str]:
    """Every line of text `root` and the widgets in it show (for checks and tests)."""
    return [
        line
        for widget in [root, *root.findChildren(QWidget)]
        for text, _ in _texts(widget)
        for line in text.split("\n")
        if line.strip()
    ]


def retranslate_open_windows(old: str, new: str, catalogue: Catalogue | None = None) -> int:
    """Carry every text of every open window from `old` to `new`; returns how many changed."""
    if old == new:
        return 0
    catalogue = catalogue or Catalogue()
    changed = 0
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            contexts = _contexts(widget)
            for text, set_text in list(_texts(widget)):
                carried = catalogue.carry(text, old, new, contexts)
                if carried != text:
                    set_text(carried)
                    changed += 1
    return changed
