"""Issue 14, finding 7: both themes meet WCAG 2.2 contrast (1.4.3 text >= 4.5:1, 1.4.11
control outlines, icons and states >= 3:1), computed from the theme's palette, its
stylesheet and what it draws (icons, check boxes), for every pair actually used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from circle_app.ui.support import icons
from circle_app.ui.support.stylesheet import control_icon
from circle_app.ui.support.theme import DARK, LIGHT, THEMES, Theme

TEXT, NON_TEXT = 4.5, 3.0
THEME_NAMES = sorted(THEMES)


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def ratio(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_ratio_is_wcags() -> None:
    """The formula itself: black on white is 21:1, a colour on itself 1:1, WCAG's example
    grey #767676 on white just passes 4.5:1."""
    assert ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert ratio(QColor("#2f9c88"), QColor("#2f9c88")) == pytest.approx(1)
    assert ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_every_pair_the_theme_lists_meets_wcag(name: str) -> None:
    theme = THEMES[name]
    failing = [
        f"{what}: {fg.name()} on {bg.name()} is {ratio(fg, bg):.2f}, needs {minimum}"
        for what, fg, bg, minimum in theme.contrast_pairs()
        if ratio(fg, bg) < minimum
    ]
    assert not failing, "\n".join(failing)


def rules(sheet: str) -> list[tuple[str, dict[str, QColor]]]:
    """(selector, {property: colour}) for every rule of a stylesheet with a colour in it."""
    found = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        colours = {}
        for prop, value in re.findall(r"([a-z-]+)\s*:\s*([^;]+);", body):
            hexes = re.findall(r"#[0-9a-fA-F]{6}\b|\bwhite\b|\bblack\b", value)
            if hexes and prop not in ("gridline-color",):
                colours[prop] = QColor(hexes[0])
        if colours:
            found.append((" ".join(selector.split()), colours))
    return found


def surfaces(theme: Theme) -> list[QColor]:
    return [theme.background_top, theme.background_bottom, theme.card]


NOT_TEXT = re.compile(
    r"::(groove|sub-page|add-page|handle|drop-down|up-button|down-button)|QScrollBar"
)
EXEMPT = re.compile(r":(disabled|hover|pressed)")  # WCAG: inactive controls; passing states


@pytest.mark.parametrize("name", THEME_NAMES)
def test_every_colour_pair_in_the_stylesheet_meets_wcag(name: str) -> None:
    """Read from the stylesheet itself, so a colour added there is checked too: a rule's
    text on its background (or on every surface it may sit on), selected text on its
    selection, text on a background a rule sets, and every outline on every surface."""
    theme = THEMES[name]
    failing: list[str] = []

    def need(what: str, fg: QColor, bg: QColor, minimum: float) -> None:
        if ratio(fg, bg) < minimum:
            failing.append(f"{what}: {fg.name()} on {bg.name()} = {ratio(fg, bg):.2f}")

    for selector, colours in rules(theme.stylesheet()):
        if EXEMPT.search(selector):
            continue
        text = colours.get("color", theme.text)
        for prop in ("background", "background-color", "alternate-background-color"):
            if prop in colours and not NOT_TEXT.search(selector):
                need(f"{selector} {prop}", text, colours[prop], TEXT)
        if "color" in colours and not any(p.startswith("background") for p in colours):
            for surface in surfaces(theme):
                need(f"{selector} color", colours["color"], surface, TEXT)
        if "selection-background-color" in colours:
            selected = colours.get("selection-color", theme.text)
            need(f"{selector} selection", selected, colours["selection-background-color"], TEXT)
        for prop in ("border", "border-color", "border-left", "border-right"):
            if prop in colours:
                for surface in surfaces(theme):
                    need(f"{selector} {prop}", colours[prop], surface, NON_TEXT)
        part = colours.get("background")
        track = "QScrollBar:" in selector or "::add-page" in selector  # the handle shows
        if part is not None and NOT_TEXT.search(selector) and not track and part != theme.card:
            need(f"{selector} part", part, theme.card, NON_TEXT)
    assert not failing, "\n".join(failing)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_the_palette_pairs_meet_wcag(name: str) -> None:
    """What the stylesheet does not reach (native parts, item views, tooltips) is drawn
    from the palette."""
    palette = THEMES[name].palette()
    role = QPalette.ColorRole
    failing = [
        f"{fg.name} on {bg.name}: {ratio(palette.color(fg), palette.color(bg)):.2f}"
        for fg, bg in (
            (role.WindowText, role.Window),
            (role.Text, role.Base),
            (role.Text, role.AlternateBase),
            (role.ButtonText, role.Button),
            (role.HighlightedText, role.Highlight),
            (role.ToolTipText, role.ToolTipBase),
            (role.PlaceholderText, role.Base),
        )
        if ratio(palette.color(fg), palette.color(bg)) < TEXT
    ]
    assert not failing, "\n".join(failing)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_the_combo_and_spin_box_arrows_are_drawn_in_the_text_colour(name: str) -> None:
    theme = THEMES[name]
    for icon_name in ("chevron-down", "plus", "minus"):
        svg = Path(control_icon(icon_name, theme)).read_text()
        strokes = set(re.findall(r'stroke="(#[0-9a-fA-F]{6})"', svg))
        assert strokes == {theme.text.name()}, (icon_name, strokes)


def strongest(image: QImage, background: QColor) -> float:
    """The highest contrast any opaque pixel of `image` has with `background`."""
    best = 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(QPoint(x, y))
            if pixel.alpha() > 200:
                best = max(best, ratio(pixel, background))
    return best


def apply(qapp: QApplication, theme: Theme) -> None:
    qapp.setPalette(theme.palette())
    qapp.setStyleSheet(theme.stylesheet())
    icons.set_icon_color(theme.text)


@pytest.fixture
def restore_look(qapp: QApplication) -> object:
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield None
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    icons.set_icon_color(LIGHT.text)


@pytest.mark.usefixtures("restore_look")
def test_an_icon_made_in_the_light_theme_is_redrawn_for_the_dark_one(
    qapp: QApplication, qtbot: QtBot
) -> None:
    """Issue 14, finding 7: the close icon was black on near-black after switching to the
    dark theme; icons follow the theme's text colour, whenever they were made."""
    apply(qapp, LIGHT)
    button = QPushButton(icons.icon("mdi6.close"), "Not done")
    qtbot.addWidget(button)
    apply(qapp, DARK)
    drawn = button.icon().pixmap(32, 32).toImage()
    assert strongest(drawn, DARK.card) >= NON_TEXT
    assert strongest(drawn, DARK.text) < 1.5  # drawn in the dark theme's text colour


@pytest.mark.usefixtures("restore_look")
@pytest.mark.parametrize("name", THEME_NAMES)
@pytest.mark.parametrize("ticked", [False, True])
def test_a_check_box_shows_against_the_card(
    qapp: QApplication, qtbot: QtBot, name: str, ticked: bool
) -> None:
    """Issue 14, finding 7: check boxes were dark on dark. The box's outline (unticked) or
    its mark on its fill (ticked) stands out 3:1 from what it is drawn on."""
    theme = THEMES[name]
    apply(qapp, theme)
    card = QWidget()
    card.setStyleSheet(f"background: {theme.card.name()};")
    box = QCheckBox("")
    box.setChecked(ticked)
    QVBoxLayout(card).addWidget(box)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    image = box.grab().toImage()
    if ticked:
        assert strongest(image, theme.selected) >= NON_TEXT  # the mark on the fill
        assert strongest(image, theme.card) >= NON_TEXT  # the fill on the card
    else:
        assert strongest(image, theme.card) >= NON_TEXT


@pytest.mark.usefixtures("restore_look")
@pytest.mark.parametrize("name", THEME_NAMES)
def test_a_refusal_is_written_in_the_themes_error_colour(
    qapp: QApplication, qtbot: QtBot, name: str
) -> None:
    """A rule's "no" was a fixed red, 2.1:1 on the dark card: it is the theme's error
    colour, which meets 4.5:1 on every surface (test_every_pair_the_theme_lists_meets_wcag)."""
    from circle_app.ui.widgets.editor_page import refusal_label

    theme = THEMES[name]
    apply(qapp, theme)
    label = refusal_label()
    label.setText("Not allowed now")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    image = label.grab().toImage()
    drawn = {
        image.pixelColor(x, y).name() for y in range(image.height()) for x in range(image.width())
    }
    assert theme.danger.name() in drawn
