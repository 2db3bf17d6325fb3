"""Qt's translation system: the app's .qm files and Qt's own qtbase strings."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from circle_app.paths import resources_dir
from circle_app.ui.support.settings import LANGUAGE, Settings

_installed: list[QTranslator] = []


def ui_language(settings: Settings) -> str:
    """Danish when chosen, or when the system is Danish and nothing was chosen; else English."""
    chosen = settings.get(LANGUAGE)
    if chosen:
        return chosen
    return "da" if QLocale.system().language() == QLocale.Language.Danish else "en"


def _locale_for(language: str) -> QLocale:
    """Dates and numbers as the user reads them: the system's own locale when it speaks the
    interface language (en_US stays en_US), else that language's home country."""
    system = QLocale.system()
    wanted = QLocale.Language.Danish if language == "da" else QLocale.Language.English
    if system.language() == wanted:
        return system
    country = QLocale.Country.Denmark if language == "da" else QLocale.Country.UnitedKingdom
    return QLocale(wanted, country)


def install_translators(app: QApplication, settings: Settings) -> str:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = ui_language(settings)
    QLocale.setDefault(_locale_for(language))
    own = QTranslator(app)  # English too: it holds the plural forms of %n strings
    if own.load(f"circle_app_{language}", str(resources_dir() / "translations")):
        app.installTranslator(own)
        _installed.append(own)
    if language == "en":
        return language
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
