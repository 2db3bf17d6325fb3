"""issue 15, finding 1: a C/POSIX machine opens in Danish, with the first start's offer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from circle_app.ui.shell.home_screen import HomeScreen
from circle_app.ui.support.settings import LANGUAGE, LANGUAGE_OFFERED, Settings

ROOT = Path(__file__).resolve().parents[2]

# What the app does at its start (app.build_window, then the controller binds the offer):
# the language from empty settings, the translators, the home screen.
_START = """
import sys
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QApplication
from circle_app.ui.shell.home_screen import HomeScreen
from circle_app.ui.support.settings import Settings
from circle_app.ui.support.translations import install_translators
app = QApplication([])
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
print(install_translators(app, settings))
home = HomeScreen()
home.language_offer.bind(settings)
home.show()
app.processEvents()
print(home.language_offer.isVisible())
print(home.start_button.text().splitlines()[0])
print(home.language_offer.later.text())
"""


def test_issue15_finding1_a_c_locale_opens_in_danish_with_the_offer(tmp_path: Path) -> None:
    """issue 15, finding 1: LANG=C LC_ALL=C and no settings: Danish, the offer showing."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG="C", LC_ALL="C", QT_QPA_PLATFORM="offscreen")
    script = tmp_path / "start.py"
    script.write_text(_START, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "settings.ini")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    language, offered, start, later = done.stdout.splitlines()[-4:]
    assert (language, offered) == ("da", "True")
    assert start == "Start en cirkel"
    assert later == "Ikke nu"


def _settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "offer.ini"), QSettings.Format.IniFormat))


def test_issue15_the_offer_is_remembered_once_answered(qtbot: QtBot, tmp_path: Path) -> None:
    """issue 15: a one-time choice: chosen, it is saved; it never shows again."""
    settings = _settings(tmp_path)
    home = HomeScreen()
    qtbot.addWidget(home)
    home.show()
    home.language_offer.bind(settings)
    assert home.language_offer.isVisible()
    with qtbot.waitSignal(home.language_offer.chosen) as chosen:
        home.language_offer.english.click()
    assert chosen.args == ["en"]
    assert settings.get(LANGUAGE) == "en"
    assert not home.language_offer.isVisible()
    again = HomeScreen()
    qtbot.addWidget(again)
    again.show()
    again.language_offer.bind(settings)
    assert not again.language_offer.isVisible()


def test_issue15_the_offer_can_be_dismissed_for_good(qtbot: QtBot, tmp_path: Path) -> None:
    """issue 15: "Not now" closes it and keeps following the system."""
    settings = _settings(tmp_path)
    home = HomeScreen()
    qtbot.addWidget(home)
    home.show()
    home.language_offer.bind(settings)
    home.language_offer.later.click()
    assert not home.language_offer.isVisible()
    assert settings.get(LANGUAGE) == ""
    assert settings.get(LANGUAGE_OFFERED)
    home.language_offer.bind(settings)
    assert not home.language_offer.isVisible()


def test_issue15_the_offer_buttons_are_big_enough_for_the_board(
    qtbot: QtBot, tmp_path: Path
) -> None:
    home = HomeScreen()
    qtbot.addWidget(home)
    home.resize(1366, 768)
    home.show()
    home.language_offer.bind(_settings(tmp_path))
    offer = home.language_offer
    for button in (offer.danish, offer.english, offer.later):
        assert button.height() >= 48


def test_issue15_d_or_e_chooses_wherever_the_focus_is_on_home(qtbot: QtBot, tmp_path: Path) -> None:
    """issue 15 with issue 20: the offer says "Dansk (D)" and "English (E)": the key works
    while the offer shows, whichever of home's buttons has the focus (a teacher who has
    tabbed to a tile need not come back), and does nothing once the offer is closed."""
    settings = _settings(tmp_path)
    home = HomeScreen()
    qtbot.addWidget(home)
    home.show()
    home.language_offer.bind(settings)
    home.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is home)
    home.start_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is home.start_button)
    with qtbot.waitSignal(home.language_offer.chosen, timeout=2000) as chosen:
        qtbot.keyClick(home.start_button, Qt.Key.Key_D)
    assert chosen.args == ["da"]
    assert settings.get(LANGUAGE) == "da"
    assert not home.language_offer.isVisible()
    with qtbot.assertNotEmitted(home.language_offer.chosen):
        qtbot.keyClick(home.start_button, Qt.Key.Key_E)
    assert settings.get(LANGUAGE) == "da"
