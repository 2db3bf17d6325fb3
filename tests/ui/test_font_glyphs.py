"""The app's typeface tells 0 from Ø, and 1, l and I apart — checked by drawing them.

A Danish board shows "0 af 12" beside "Nørgaard" and an agreement dated 01.12.2026: a zero
that is an oval with a bar through it reads as Ø. Each glyph is drawn alone with the family
`load_bundled_fonts()` registers, at 96 px (a seat number on a classroom board is that big),
regular and bold, black on white into a QImage (offscreen); a pixel is ink when darker than
mid-grey.

How the thresholds were chosen, measured at 96 px on a 200 x 200 image, glyphs centred
(old font: Atkinson Hyperlegible, slashed zero; new: IBM Plex Sans, open zero):

* The whole-glyph difference between 0 and Ø does *not* tell a slashed zero from an open one:
  Ø is wider than 0, so the outlines alone differ in well over a thousand pixels whatever the
  zero looks like — old 1,303 (bold 1,333), new 1,373 (bold 1,153). What the eye needs is in
  the zero's hollow, the middle 30 % of its ink box across and 40 % down, which Ø's bar
  crosses: there the slashed zero has 215 ink pixels of 464 (bold 271 of 551), the open one
  0 (bold 0). So the test asks that the zero's hollow be empty (at most 2 % inked, room for
  an anti-aliased pixel) and that Ø differ from 0 in at least 100 pixels of it (new: 180,
  bold 256; the old font's mirrored slash gave 253 and 341, so this alone would not do).
* 1, l and I drawn in the same place: two plain bars that differ only in height give well under
  100 pixels (Source Sans 3's l and I: 76; Inter's: 0), while a serif, a tail or a flag adds
  hundreds (old: 1/l 824, l/I 347, 1/I 883; new: 744, 353, 533, bold 1,289, 533, 894). The
  bar is 200.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from circle_app.store.conferences import ConferenceStore, add_demo_actions, create_demo_case
from circle_app.ui.conference.agreement_document import write_agreement_pdf
from circle_app.ui.support.theme import LIGHT, load_bundled_fonts
from circle_app.ui.widgets.fitted_label import FittedLabel
from tests.pdf import pdf_text

SIZE = 200  # the image, px
PIXELS = 96  # the glyph, px
HOLLOW_MAX_INK = 0.02  # share of the zero's hollow that may be inked
HOLLOW_MIN_DIFFERENCE = 100  # pixels of the hollow in which Ø must differ from 0
LOOKALIKE_MIN_DIFFERENCE = 200  # pixels in which 1, l and I must differ pairwise

Mask = list[list[bool]]


@pytest.fixture(scope="module")
def family(qapp: QApplication) -> str:
    return load_bundled_fonts()


def ink(family: str, text: str, *, bold: bool) -> Mask:
    image = QImage(SIZE, SIZE, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(family)
    font.setPixelSize(PIXELS)
    font.setBold(bold)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRect(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return [[image.pixelColor(x, y).value() < 128 for x in range(SIZE)] for y in range(SIZE)]


def ink_box(mask: Mask) -> tuple[int, int, int, int]:
    rows = [y for y in range(SIZE) if any(mask[y])]
    assert rows, "the glyph drew nothing"
    columns = [x for x in range(SIZE) if any(mask[y][x] for y in rows)]
    return columns[0], rows[0], columns[-1], rows[-1]


def difference(a: Mask, b: Mask) -> int:
    return sum(a[y][x] != b[y][x] for y in range(SIZE) for x in range(SIZE))


def test_the_font_is_the_bundled_one(family: str) -> None:
    assert family == "IBM Plex Sans"
    assert QFont(family).exactMatch()


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_zero_is_an_open_oval_that_slashed_o_crosses(family: str, bold: bool) -> None:
    zero = ink(family, "0", bold=bold)
    slashed = ink(family, "Ø", bold=bold)
    left, top, right, bottom = ink_box(zero)
    o_left, o_top, o_right, o_bottom = ink_box(slashed)
    # Ø's ink box centred on the zero's
    dx = (o_left + o_right) // 2 - (left + right) // 2
    dy = (o_top + o_bottom) // 2 - (top + bottom) // 2
    width, height = right - left, bottom - top
    hollow = [
        (x, y)
        for y in range(top + int(height * 0.30), bottom - int(height * 0.30) + 1)
        for x in range(left + int(width * 0.35), right - int(width * 0.35) + 1)
    ]
    zero_ink = sum(zero[y][x] for x, y in hollow)
    differing = sum(zero[y][x] != slashed[y + dy][x + dx] for x, y in hollow)
    assert zero_ink <= HOLLOW_MAX_INK * len(hollow), (
        f"{family}: the zero has {zero_ink} ink pixels in its {len(hollow)}-pixel hollow: "
        "it has a slash or a dot and reads as Ø"
    )
    assert differing >= HOLLOW_MIN_DIFFERENCE, (
        f"{family}: Ø differs from 0 in only {differing} pixels of the zero's hollow"
    )


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
@pytest.mark.parametrize("pair", ["1l", "lI", "1I"])
def test_one_ell_and_capital_i_differ(family: str, pair: str, bold: bool) -> None:
    first, second = (ink(family, letter, bold=bold) for letter in pair)
    differing = difference(first, second)
    assert differing >= LOOKALIKE_MIN_DIFFERENCE, (
        f"{family}: {pair[0]!r} and {pair[1]!r} differ in only {differing} pixels"
    )


def embedded_fonts(path: Path) -> set[str]:
    """The /BaseFont names of the fonts a PDF embeds, without the subset tag (ABCDEF+)."""
    names = re.findall(rb"/BaseFont\s*/([A-Za-z0-9+#._-]+)", path.read_bytes())
    return {name.decode().split("+", 1)[-1] for name in names}


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_agreement_pdf_is_set_in_the_apps_font(
    qapp: QApplication, engine: object, tmp_path: Path, language: str
) -> None:
    """The signed agreement says 01.12.2026, not Ø1.12.2Ø26: it embeds the app's font, and
    only it, whether the app's window set the font first or not (the command line)."""
    store = ConferenceStore(engine)  # type: ignore[arg-type]
    held_on = date(2026, 12, 1)
    case = add_demo_actions(store, create_demo_case(store, language, held_on), language, held_on)
    path = write_agreement_pdf(case, tmp_path / "agreement.pdf")
    family = load_bundled_fonts().replace(" ", "")
    fonts = embedded_fonts(path)
    assert fonts, "the PDF embeds no font"
    assert all(name.startswith(family) for name in fonts), fonts
    text = pdf_text(path)
    assert ("01.12.2026" if language == "da" else "2026-12-01") in text
    assert "\x0e" not in text, "a ligature that copies as no text"
    assert ("Konflikt" if language == "da" else "Conflict") in text


@pytest.fixture
def app_font_and_style(qapp: QApplication, family: str) -> Iterator[None]:
    """The application font and stylesheet as `build_window` sets them, put back after."""
    font, sheet = qapp.font(), qapp.styleSheet()
    board = QFont(family)
    board.setPointSize(14)
    qapp.setFont(board)
    qapp.setStyleSheet(LIGHT.stylesheet())
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.mark.usefixtures("app_font_and_style")
def test_the_quick_prompt_keeps_its_large_type_in_the_apps_font(qtbot: QtBot) -> None:
    """The quick prompt re-polishes its label after each new prompt; that put the label
    back to the app's 14 pt in Plex (the old font only got refitted by a lucky resize)."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = FittedLabel()
    layout.addWidget(label, 1)
    window.resize(1366, 600)
    window.show()
    qtbot.waitExposed(window)
    label.setText("How do you notice that you need a break?")
    label.style().unpolish(label)
    label.style().polish(label)
    qtbot.wait(50)
    assert label.font().family() == QFont(load_bundled_fonts()).family()
    assert label.pixel_size >= 96, label.pixel_size
