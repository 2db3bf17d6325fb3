"""Light and dark themes for the board, and the bundled legible font."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from circle_app.paths import resources_dir

FONT_FAMILY = "IBM Plex Sans"  # resources/fonts/IBMPlexSans-{Regular,Bold}.ttf
FONT_FAMILY_FALLBACK = "DejaVu Sans"


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    background_top: QColor
    background_bottom: QColor
    card: QColor
    card_shadow: QColor
    text: QColor
    muted: QColor
    ring: QColor
    seat_fill: QColor
    seat_border: QColor
    accent: QColor  # the talking piece, the speaker, the main button
    accent_text: QColor
    had_piece: QColor  # teal: has had the piece
    absent: QColor
    # controls (issue 14, finding 7): every pair of these that the stylesheet and the
    # palette use is in contrast_pairs() and meets WCAG 2.2 (tests/ui/test_contrast.py)
    accent_border: QColor  # the main button's outline, 3:1 on every surface
    alternate: QColor  # every other row of a list or table
    selected: QColor  # a selected row, a checked pill, a ticked box
    selected_text: QColor
    focus: QColor  # the keyboard focus frame
    danger: QColor  # an error or an overdue action, as text
    warning: QColor  # due soon, as text
    success: QColor  # done, as text
    tooltip: QColor
    tooltip_text: QColor

    def colour_names(self) -> tuple[str, ...]:
        return tuple(name for name in self.__slots__ if name != "name")

    def contrast_pairs(self) -> list[tuple[str, QColor, QColor, float]]:
        """(what, foreground, background, WCAG 2.2 minimum) for every pair of colours the
        stylesheet, the palette and the icons put together: 4.5 for text, 3 for control
        outlines, icons and states."""
        text, outline = 4.5, 3.0
        surfaces = (
            ("window", self.background_top),
            ("lower window", self.background_bottom),
            ("card", self.card),
        )
        pairs: list[tuple[str, QColor, QColor, float]] = []
        for where, surface in surfaces:
            pairs += [
                (f"text on {where}", self.text, surface, text),
                (f"muted text on {where}", self.muted, surface, text),
                (f"error text on {where}", self.danger, surface, text),
                (f"due text on {where}", self.warning, surface, text),
                (f"done text on {where}", self.success, surface, text),
                (f"icon on {where}", self.text, surface, outline),
                (f"control outline on {where}", self.seat_border, surface, outline),
                (f"focus frame on {where}", self.focus, surface, outline),
                (f"main button outline on {where}", self.accent_border, surface, outline),
                (f"check box outline on {where}", self.text, surface, outline),
            ]
        pairs += [
            ("text on an alternate row", self.text, self.alternate, text),
            ("error text on an alternate row", self.danger, self.alternate, text),
            ("due text on an alternate row", self.warning, self.alternate, text),
            ("done text on an alternate row", self.success, self.alternate, text),
            ("selected row, pill or box", self.selected_text, self.selected, text),
            ("main button", self.accent_text, self.accent, text),
            ("icon on the main button", self.accent_text, self.accent, outline),
            ("scroll-bar handle", self.muted, self.background_bottom, outline),
            ("slider handle outline", self.text, self.card, outline),
            ("slider filled part", self.selected, self.card, outline),
            ("slider filled part on the window", self.selected, self.background_top, outline),
            ("tooltip", self.tooltip_text, self.tooltip, text),
        ]
        return pairs

    def palette(self) -> QPalette:
        """The same colours for what the stylesheet does not reach (check marks, scroll
        bars, dialogs' native parts)."""
        palette = QPalette()
        role = QPalette.ColorRole
        for which, color in (
            (role.Window, self.background_top),
            (role.WindowText, self.text),
            (role.Base, self.card),
            (role.AlternateBase, self.alternate),
            (role.Text, self.text),
            (role.Button, self.card),
            (role.ButtonText, self.text),
            (role.ToolTipBase, self.tooltip),
            (role.ToolTipText, self.tooltip_text),
            (role.PlaceholderText, self.muted),
            (role.Highlight, self.selected),
            (role.HighlightedText, self.selected_text),
            (role.Link, self.focus),
        ):
            palette.setColor(which, color)
        return palette

    def stylesheet(self) -> str:
        from circle_app.ui.support.stylesheet import stylesheet

        return stylesheet(self)


LIGHT = Theme(
    name="light",
    background_top=QColor("#fbf7ef"),
    background_bottom=QColor("#efe7d9"),
    card=QColor("#ffffff"),
    card_shadow=QColor(60, 50, 30, 40),
    text=QColor("#26262e"),
    muted=QColor("#666157"),
    ring=QColor("#8a8478"),
    seat_fill=QColor("#ffffff"),
    seat_border=QColor("#8a8478"),
    accent=QColor("#eb9a2e"),
    accent_text=QColor("#26262e"),
    had_piece=QColor("#2f9c88"),
    absent=QColor("#c9c2b4"),
    accent_border=QColor("#b3690a"),
    alternate=QColor("#f7f2ea"),
    selected=QColor("#1d7363"),
    selected_text=QColor("#ffffff"),
    focus=QColor("#1b5fc1"),
    danger=QColor("#b3261e"),
    warning=QColor("#8a5200"),
    success=QColor("#1d7363"),
    tooltip=QColor("#fffbe8"),
    tooltip_text=QColor("#000000"),
)

DARK = Theme(
    name="dark",
    background_top=QColor("#1c1f26"),
    background_bottom=QColor("#13151a"),
    card=QColor("#2a2e37"),
    card_shadow=QColor(0, 0, 0, 90),
    text=QColor("#f1ede4"),
    muted=QColor("#aaa496"),
    ring=QColor("#6d6a62"),
    seat_fill=QColor("#2a2e37"),
    seat_border=QColor("#8d887c"),
    accent=QColor("#f2a640"),
    accent_text=QColor("#1c1f26"),
    had_piece=QColor("#4fc1aa"),
    absent=QColor("#4a4d55"),
    accent_border=QColor("#f2a640"),
    alternate=QColor("#323640"),
    selected=QColor("#4fc1aa"),
    selected_text=QColor("#13151a"),
    focus=QColor("#8ab4ff"),
    danger=QColor("#ff8a80"),
    warning=QColor("#f2a640"),
    success=QColor("#66d1bb"),
    tooltip=QColor("#fffbe8"),
    tooltip_text=QColor("#000000"),
)

THEMES = {LIGHT.name: LIGHT, DARK.name: DARK}


def load_bundled_fonts() -> str:
    """Register IBM Plex Sans (SIL OFL, licence beside it), once; return the family to use.

    Chosen because a Danish board needs a zero that is an open oval: Atkinson
    Hyperlegible's slashed zero read as Ø ("Ø af 12", "Ø1.12.2Ø26"). Plex's Ø has a long bar
    well past its oval, and 1 (flag and foot), l (tail) and I (serifs) cannot be mixed up;
    its widths and line height are close to Atkinson's, so the screens keep their layout.
    tests/ui/test_font_glyphs.py checks the glyphs by drawing them."""
    if FONT_FAMILY in _registered_families():
        return FONT_FAMILY
    family = FONT_FAMILY_FALLBACK
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
            _font_ids.append(font_id)
    return family


_font_ids: list[int] = []  # what load_bundled_fonts registered (Qt adds a file again each call)


def _registered_families() -> set[str]:
    return {
        family for font_id in _font_ids for family in QFontDatabase.applicationFontFamilies(font_id)
    }


def apply_board_look(app: QApplication) -> str:
    """The bundled font at 14 pt, the board's style and accessible names for controls that
    only have a placeholder or a tooltip, as the app starts; return the font's family."""
    family = apply_first_frame_look(app)
    finish_board_look(app)
    return family


def apply_first_frame_look(app: QApplication) -> str:
    """What home's first frame needs of the board look: the bundled font at 14 pt; return
    the font's family. The app is made on Fusion (app.run_gui), the style the board's style
    is made from.

    The board's style (ui/support/board_style.py) changes only buttons' icons and check
    boxes, and home's first frame has neither (its icons follow it), so it looks the same
    (tests/ui/test_first_frame_look.py); `finish_board_look` installs that style, and the
    accessible names, right after that frame."""
    family = load_bundled_fonts()
    font = QFont(family)
    font.setPointSize(14)
    app.setFont(font)
    return family


def finish_board_look(app: QApplication) -> None:
    """The board's style, once, and the accessible names (the widgets shown so far named
    too); the palette stays the theme's."""
    from circle_app.ui.support.accessible import install_accessible_names
    from circle_app.ui.support.board_style import BoardStyle

    install_accessible_names(app)
    palette = app.palette()
    app.setStyle(BoardStyle("Fusion"))
    if app.palette() != palette:
        app.setPalette(palette)
