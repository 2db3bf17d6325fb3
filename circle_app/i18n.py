"""One way to put the app's messages into the user's language, in the window and the CLI.

- **Which language** (`choose_language`): the saved setting wins; otherwise the system's UI
  languages in order (Qt's `QLocale.uiLanguages()`, which reads `LANGUAGE` and `LANG`), the
  first the app has; with none that matches, or a `C`/POSIX locale, Danish.
- **The Qt-free layers' messages** (`render`): a `StoreError`, a roster or bank `Problem`, a
  name refusal… carries an English `template` with `{named}` blanks and its `params`. Its
  context is its `context` attribute, else the one its class is known by (`CONTEXTS`). The
  template is translated first, then filled; a param that is itself such a message is
  rendered the same way; a template holding `%n` is a plural, counted by the param `n`.
  A `FILE:LINE: field: message` problem keeps its place and its field.
- **The command line** (`use`, `translate`): the same `.qm` catalogue the window loads, read with
  Qt's `QTranslator` (QtCore only: no window, no QApplication).

Every source with `%n` is a plural: `tools/i18n.py` marks it so in the `.ts` files, wherever
it is written (lupdate sees `self.tr(…, n)` only).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"  # a Danish product: a machine that says nothing gets Danish

#: translate(context, source, n) -> the text in the user's language, %n filled in.
Translate = Callable[[str, str, int], str]

#: The context a Qt-free message class is translated in, when it has no `context` itself.
CONTEXTS: dict[str, str] = {
    "StoreError": "StoreError",
    "DiskFullError": "StoreError",
    "NameRefusal": "NameRules",
    "RosterProblem": "RosterProblem",
    "Problem": "BankProblem",
}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (lupdate's name)
    """Marks `text` for lupdate in `context`; it is translated where it is shown."""
    return text


def choose_language(saved: str, ui_languages: Iterable[str]) -> str:
    """The saved choice; else the first of the system's languages the app has; else Danish."""
    if saved in LANGUAGES:
        return saved
    for tag in ui_languages:
        code = re.split(r"[-_.@]", tag.strip(), maxsplit=1)[0].lower()
        if code in {"c", "posix", ""}:
            continue
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def fill_count(text: str, n: int) -> str:
    """`%n` as Qt fills it: the plain number."""
    return text.replace("%n", str(n)) if n >= 0 else text


def english(context: str, source: str, n: int = -1) -> str:
    """No catalogue: the English source, with its count filled in."""
    del context
    if n == 1:
        source = re.sub(r"\((?:s|es|ies)\)", "", source)  # "%n round(s)" reads "1 round"
    elif n >= 0:
        source = source.replace("(s)", "s").replace("(es)", "es")
    return fill_count(source, n)


def _context_of(item: object) -> str:
    explicit = getattr(item, "context", None)
    if isinstance(explicit, str) and explicit:
        return explicit
    for cls in type(item).__mro__:
        if cls.__name__ in CONTEXTS:
            return CONTEXTS[cls.__name__]
    return ""


def is_message(item: object) -> bool:
    """A Qt-free message: an English template with its blanks."""
    template = getattr(item, "template", None)
    return isinstance(template, str) and bool(template)


def _filled(item: Any, translate: Translate) -> str:
    context = _context_of(item)
    params: Mapping[str, object] = getattr(item, "params", None) or {}
    count = params.get("n")
    n = count if isinstance(count, int) and not isinstance(count, bool) else -1
    template = translate(context, item.template, n)
    values = {key: render(value, translate) for key, value in params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with broken blanks
        return english(context, item.template, n).format(**values)


def render(item: object, translate: Translate = english) -> str:
    """`item` in the language `translate` speaks (see the module's docstring)."""
    if not is_message(item):
        return item if isinstance(item, str) else str(item)
    text = _filled(item, translate)
    where = getattr(item, "source", None) or getattr(item, "path", None)
    line = getattr(item, "line", None)
    field = getattr(item, "field", None)
    if where is None or not isinstance(field, str):
        return text
    place = f"{where}:{line}" if line is not None else f"{where}"
    if not field:
        return f"{place}: {text}"
    return f"{place}: {translate(_context_of(item), field, -1)}: {text}"


# -- the command line ---------------------------------------------------------------------

_catalogue: list[QTranslator] = []


def system_languages() -> list[str]:
    """The system's UI languages in order of preference, as Qt reads them."""
    from PySide6.QtCore import QLocale

    return list(QLocale.system().uiLanguages())


def saved_language() -> str:
    """The language chosen in the app's settings, or "" (follow the system)."""
    from circle_app.ui.support.settings import LANGUAGE, Settings

    return Settings().get(LANGUAGE)


def cli_translate(context: str, source: str, n: int = -1) -> str:
    """`Translate` for `render` on the command line."""
    return translate(context, source, None, n)


def cli_language(forced: str | None) -> str:
    """The command line's language: `--lang`, else the rule the window follows."""
    if forced in LANGUAGES:
        return forced
    return choose_language(saved_language(), system_languages())


def use(language: str) -> str:
    """Load the catalogue for `language` for `translate` (English holds its plural forms)."""
    from PySide6.QtCore import QTranslator

    from circle_app.paths import resources_dir

    _catalogue.clear()
    translator = QTranslator()
    if translator.load(f"circle_app_{language}", str(resources_dir() / "translations")):
        _catalogue.append(translator)
    return language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the CLI's language (see `use`); `%n` is filled with `n`. Called as
    QCoreApplication.translate is, with literals (lupdate reads the call) and, for a
    plural, a plain name as `n`: `translate("BanksCommand", "%n bank(s)", None, count)`."""
    for translator in _catalogue:
        text = translator.translate(context, source, disambiguation, n)
        if text:
            return fill_count(text, n)
    return english(context, source, n)
