"""Qt's translation system: the app's .qm files and Qt's own qtbase strings.

The language is chosen by `circle_app.i18n.choose_language` (the CLI uses the same rule);
switching it carries every open window and dialog into the new language at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from circle_app.i18n import choose_language
from circle_app.paths import resources_dir
from circle_app.ui.support.settings import LANGUAGE, Settings

_installed: list[QTranslator] = []
_current: list[str] = []  # the language the open windows speak


def ui_language(settings: Settings) -> str:
    """The saved choice; else the system's first UI language the app has; else Danish
    (a C/POSIX locale included)."""
    return choose_language(settings.get(LANGUAGE), QLocale.system().uiLanguages())


def qt_translate(context: str, source: str, n: int = -1) -> str:
    """`circle_app.i18n.Translate` for the window: the installed translators."""
    return QCoreApplication.translate(context, source, None, n)


def locale_for(language: str) -> QLocale:
    """Dates and numbers as the user reads them: the system's own locale when it speaks the
    interface language (en_US stays en_US), else that language's home country."""
    system = QLocale.system()
    wanted = QLocale.Language.Danish if language == "da" else QLocale.Language.English
    if system.language() == wanted:
        return system
    country = QLocale.Country.Denmark if language == "da" else QLocale.Country.UnitedKingdom
    return QLocale(wanted, country)


def install_translators(app: QApplication, settings: Settings) -> str:
    """Translators and locale for the chosen language; the open windows follow at once."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()  # the last reference: the replaced catalogues are freed (no Qt parent)
    language = ui_language(settings)
    QLocale.setDefault(locale_for(language))
    own = QTranslator()  # English too: it holds the plural forms of %n strings
    if own.load(f"circle_app_{language}", str(resources_dir() / "translations")):
        app.installTranslator(own)
        _installed.append(own)
    if language != "en":
        qt = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    if _current and _current[0] != language:
        from circle_app.ui.support.retranslation import retranslate_open_windows  # a switch only

        retranslate_open_windows(_current[0], language)
    _current[:] = [language]
    return language
