"""Issue 20, start-up: home's first frame is painted on plain Fusion, and the board's style
(ui/support/board_style.py) and the accessible names follow right after it. The class
must not see the difference: the window as its first frame paints it is the same picture,
pixel for pixel, as the same window once the board's style is in, at a laptop's and a
board's size, light and dark, in Danish and English, and with the first start's offer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).parents[2]

# As app.run_gui starts: the app made on Fusion, the window built for the first frame;
# then what follows that frame (theme.finish_board_look), the same window grabbed again.
START = """
import sys
from PySide6.QtWidgets import QApplication, QStyle
from circle_app.ui.support.settings import LANGUAGE, THEME, Settings
width, height, theme, language, out = sys.argv[1:]
app = QApplication([sys.argv[0], "-style", "Fusion"])
settings = Settings()
settings.set(THEME, theme)
if language:
    settings.set(LANGUAGE, language)
from circle_app.app import build_window
from circle_app.ui.support.theme import finish_board_look
window, _ = build_window(app, board_look_later=True)
window.resize(int(width), int(height))
window.show()
app.processEvents()
window.grab().save(out + "-first.png")
icon_size = QStyle.PixelMetric.PM_ButtonIconSize
print(app.style().pixelMetric(icon_size))
finish_board_look(app)
app.processEvents()
print(app.style().pixelMetric(icon_size))  # the board's style is in: 26
window.grab().save(out + "-after.png")
"""


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("language", ["da", "en", ""])  # "": the first start's offer
def test_issue_20_the_first_frame_on_fusion_looks_as_home_on_the_board_style(
    tmp_path: Path, size: tuple[int, int], theme: str, language: str
) -> None:
    """issue 20, startup: installing the board's style after the first frame changes
    nothing the class sees on home."""
    out = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-c", START, str(size[0]), str(size[1]), theme, language, str(out)],
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "CIRCLE_APP_DATA_DIR": str(tmp_path / "data"),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["16", "26"]  # Fusion's icon size, then the board's
    first, after = QImage(f"{out}-first.png"), QImage(f"{out}-after.png")
    assert first.size().toTuple() == size
    assert first == after


NAMES_AFTER = """
from PySide6.QtWidgets import QApplication, QLineEdit
from circle_app.ui.support.accessible import install_accessible_names
app = QApplication(["-style", "Fusion"])
shown, later = QLineEdit(), QLineEdit()
shown.setPlaceholderText("Search a name")
later.setPlaceholderText("Add a name")
shown.show()
app.processEvents()
install_accessible_names(app)  # after the first frame, as app.run_gui does
later.show()
app.processEvents()
print(repr(shown.accessibleName()), repr(later.accessibleName()))
"""


def test_issue_20_controls_shown_before_the_names_are_installed_are_named_too() -> None:
    """issue 20, startup: the accessible names come after the first frame; a control on
    that frame is named from its hints as one shown later is."""
    result = subprocess.run(
        [sys.executable, "-c", NAMES_AFTER],
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.split("'")[1::2] == ["Search a name", "Add a name"]
