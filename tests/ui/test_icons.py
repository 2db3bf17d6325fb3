"""Issue 20: the app's icons are SVG files shipped in resources/icons/<prefix>/<name>.svg
(qtawesome's names kept in the code), drawn in the theme's colour, crisp at any size and
device pixel ratio (a 4K board), and a start never imports qtawesome and its fonts."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from circle_app.ui.shell.controller import AppController
from circle_app.ui.support import icons
from circle_app.ui.support.theme import LIGHT, THEMES
from tests.ui.test_contrast import ratio

ROOT = Path(__file__).parents[2]
ICONS = ROOT / "resources" / "icons"
# Every icon set qtawesome knows, by its prefix: a name written with any of them counts.
PREFIXES = ("mdi6", "mdi", "fa5s", "fa5r", "fa5b", "fa6s", "fa6r", "fa6b", "ph", "ri", "msc", "ei")
NAME = re.compile(r"""["']((?:""" + "|".join(PREFIXES) + r""")\.[a-z0-9][a-z0-9-]*)["']""")
RED = QColor("#c0392b")


def names_in_the_code() -> set[str]:
    """Every icon name written in the app's code (a literal; variables carry these)."""
    found: set[str] = set()
    for path in (ROOT / "circle_app").rglob("*.py"):
        found.update(NAME.findall(path.read_text(encoding="utf-8")))
    return found


def shipped(name: str) -> Path:
    prefix, _, rest = name.partition(".")
    return ICONS / prefix / f"{rest}.svg"


def opaque(image: QImage, threshold: int = 250) -> list[QColor]:
    return [
        image.pixelColor(QPoint(x, y))
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(QPoint(x, y)).alpha() >= threshold
    ]


def edge_share(image: QImage) -> float:
    """The share of the drawn pixels that are half-transparent: a blurred (scaled-up)
    icon has wide soft edges, a crisp one a one-pixel rim whatever its size."""
    alphas = [
        image.pixelColor(QPoint(x, y)).alpha()
        for y in range(image.height())
        for x in range(image.width())
    ]
    drawn = [a for a in alphas if a > 0]
    return sum(1 for a in drawn if a < 250) / len(drawn)


def test_every_icon_name_the_app_uses_is_shipped_as_an_svg(qapp: QApplication) -> None:
    names = names_in_the_code()
    assert len(names) >= 20, names  # the scan finds the app's names, not nothing
    missing = sorted(name for name in names if not shipped(name).is_file())
    assert missing == []
    unreadable = sorted(name for name in names if not QSvgRenderer(str(shipped(name))).isValid())
    assert unreadable == []


def test_only_the_icons_the_app_uses_are_shipped_with_their_licence() -> None:
    """No dead weight in the package: every SVG in an icon set's folder is named in the code,
    and each set carries its licence."""
    names = names_in_the_code()
    for folder in (p for p in ICONS.iterdir() if p.is_dir()):
        unused = sorted(
            f"{folder.name}.{svg.stem}"
            for svg in folder.glob("*.svg")
            if f"{folder.name}.{svg.stem}" not in names
        )
        assert unused == [], folder
        assert "Apache" in (folder / "LICENSE").read_text(encoding="utf-8")


def test_an_icon_is_drawn_in_the_asked_colour_at_48_px(qapp: QApplication) -> None:
    image = icons.icon("mdi6.close", RED).pixmap(48, 48).toImage()
    assert image.size() == QSize(48, 48)
    solid = opaque(image)
    assert len(solid) > 48 * 48 * 0.05  # the cross is there, not a blank square
    assert {c.name() for c in solid} == {RED.name()}


def test_an_icon_is_drawn_crisp_at_device_pixel_ratio_2(qapp: QApplication) -> None:
    """A 4K board at 200 %: a 48 px icon is drawn on 96 device pixels from the vector,
    not a 48 px picture blown up."""
    icon = icons.icon("mdi6.account-group-outline", RED)
    small = icon.pixmap(QSize(48, 48), 1.0).toImage()
    sharp = icon.pixmap(QSize(48, 48), 2.0)
    assert sharp.deviceIndependentSize().toSize() == QSize(48, 48)
    assert sharp.size() == QSize(96, 96)
    image = sharp.toImage()
    assert {c.name() for c in opaque(image)} == {RED.name()}
    assert edge_share(image) < 0.75 * edge_share(small)


def test_an_icon_painted_on_a_4k_board_uses_every_device_pixel(qapp: QApplication) -> None:
    """What a button does: paint the icon into a 48 px rectangle of a dpr 2 surface."""
    canvas = QImage(96, 96, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.setDevicePixelRatio(2.0)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    icons.icon("mdi6.account-group-outline", RED).paint(painter, QRect(0, 0, 48, 48))
    painter.end()
    reference = icons.icon("mdi6.account-group-outline", RED).pixmap(QSize(48, 48), 2.0).toImage()
    assert canvas.convertToFormat(reference.format()) == reference


def test_a_disabled_icon_is_visibly_different(qapp: QApplication) -> None:
    icon = icons.icon("mdi6.play", RED)
    normal = icon.pixmap(QSize(48, 48), QIcon.Mode.Normal).toImage()
    disabled = icon.pixmap(QSize(48, 48), QIcon.Mode.Disabled).toImage()
    assert opaque(normal)
    assert opaque(disabled, threshold=1)  # still there, in the same place …
    assert opaque(disabled, threshold=200) == []  # … but faded


def test_an_icon_without_a_colour_follows_the_theme_when_drawn(qapp: QApplication) -> None:
    before = icons.icon_color()
    icon = icons.icon("mdi6.check")
    try:
        icons.set_icon_color(RED)
        assert {c.name() for c in opaque(icon.pixmap(48, 48).toImage())} == {RED.name()}
    finally:
        icons.set_icon_color(before)
    assert {c.name() for c in opaque(icon.pixmap(48, 48).toImage())} == {before.name()}


def test_an_unknown_name_gives_an_empty_icon_not_a_crash(qapp: QApplication) -> None:
    assert icons.icon("mdi6.no-such-icon").isNull()
    assert not icons.icon("mdi6.close").isNull()


@pytest.mark.parametrize("bad", ["mdi6.../../secret", "mdi6", "nothing.close", "mdi6.Close"])
def test_a_name_that_is_not_an_icon_name_reads_no_file(qapp: QApplication, bad: str) -> None:
    assert icons.icon(bad).isNull()


def test_a_start_with_a_circle_never_imports_qtawesome(tmp_path: Path) -> None:
    """The home screen's icons and a demo circle on screen, in a fresh process: no attempt
    to import qtawesome (an attempt is recorded even if it failed and was caught)."""
    code = (
        "import sys\n"
        "attempts = []\n"
        "class Watch:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'qtawesome':\n"
        "            attempts.append(name)\n"
        "        return None\n"
        "sys.meta_path.insert(0, Watch())\n"
        "from PySide6.QtGui import QColor\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from circle_app.app import build_controller, build_window\n"
        "app = QApplication(sys.argv)\n"
        "window, settings = build_window(app)\n"
        "window.show()\n"
        "controller = build_controller(window, settings, None, 'demo')\n"
        "controller.finish_start()\n"
        "for _ in range(5):\n"
        "    app.processEvents()\n"
        "window.home.refresh_icons(QColor('#000000'), QColor('#ffffff'))\n"
        "window.grab()\n"
        "print(attempts, 'qtawesome' in sys.modules)\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CIRCLE_APP_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[] False"


def weakest_icon_contrast(screen: QWidget, background: QColor) -> dict[str, float]:
    """For each enabled main (primary) button on `screen` with an icon: the strongest
    contrast its icon's pixels reach against `background`."""
    found = {}
    for button in screen.findChildren(QAbstractButton):
        if button.property("primary") and not button.icon().isNull() and button.isEnabled():
            image = button.icon().pixmap(QSize(32, 32)).toImage()
            found[button.text().splitlines()[0]] = max(
                ratio(c, background) for c in opaque(image, threshold=200)
            )
    return found


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_icon_on_a_main_button_stands_out_from_its_accent(
    make_app: Callable[..., AppController], database_url: str, name: str
) -> None:
    """Issue 20 (WCAG 1.4.11): a main button is drawn on the accent colour, its text in the
    theme's `accent_text`; its icon was drawn in the theme's text colour (near white on
    orange, 1.7:1, in the dark theme). Every screen's main buttons, in both themes."""
    theme = THEMES[name]
    controller = make_app(database_url)
    controller.apply_theme(theme)
    try:
        visits: list[Callable[[], object]] = [
            lambda: None,  # home
            controller.show_setup,
            controller.start_demo,
            controller.conflicts.show_conversation_setup,
            controller.conflicts.show_conferences,
            controller.conflicts.start_demo_conference,
        ]
        weak = {}
        for visit in visits:
            visit()
            screen = controller.window.stack.currentWidget()
            for text, contrast in weakest_icon_contrast(screen, theme.accent).items():
                if contrast < 3.0:
                    weak[f"{type(screen).__name__}: {text}"] = round(contrast, 2)
        assert weak == {}
    finally:
        controller.apply_theme(LIGHT)
