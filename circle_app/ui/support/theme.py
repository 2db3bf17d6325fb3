"""Light and dark themes for the board, and the bundled legible font."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

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

    def palette(self) -> QPalette:
        """The same colours for what the stylesheet does not reach (check marks, scroll
        bars, dialogs' native parts)."""
        palette = QPalette()
        role = QPalette.ColorRole
        for which, color in (
            (role.Window, self.background_top),
            (role.WindowText, self.text),
            (role.Base, self.card),
            (role.AlternateBase, self.background_bottom),
            (role.Text, self.text),
            (role.Button, self.card),
            (role.ButtonText, self.text),
            (role.ToolTipBase, QColor("#fffbe8")),
            (role.ToolTipText, QColor("#000000")),
            (role.PlaceholderText, self.muted),
            (role.Highlight, self.had_piece),
            (role.HighlightedText, QColor("#ffffff")),
        ):
            palette.setColor(which, color)
        return palette

    def stylesheet(self) -> str:
        return f"""
        QWidget {{ color: {self.text.name()}; }}
        QMainWindow, QStackedWidget > QWidget {{ background: {self.background_top.name()}; }}
        QDialog {{ background: {self.background_top.name()}; }}
        QPushButton {{
            background: {self.card.name()}; border: 2px solid {self.seat_border.name()};
            border-radius: 28px; padding: 8px 24px; min-height: 48px; min-width: 48px;
        }}
        QPushButton:hover {{ border-color: {self.accent.name()}; }}
        QPushButton:pressed {{ background: {self.background_bottom.name()}; }}
        QPushButton:disabled {{ color: {self.muted.name()}; border-color: {self.ring.name()}; }}
        QPushButton[primary="true"] {{
            background: {self.accent.name()}; color: {self.accent_text.name()};
            border-color: {self.accent.name()}; font-weight: bold;
        }}
        QPushButton:checked {{ background: {self.had_piece.name()}; color: white; }}
        QToolButton[tile="true"] {{
            background: {self.card.name()}; border: 2px solid {self.seat_border.name()};
            border-radius: 28px; padding: 18px 12px; font-size: 17pt;
        }}
        QToolButton[tile="true"]:hover {{ border-color: {self.accent.name()}; }}
        QToolButton[tile="true"]:pressed {{ background: {self.background_bottom.name()}; }}
        QToolButton[tile="true"][primary="true"] {{
            background: {self.accent.name()}; color: {self.accent_text.name()};
            border-color: {self.accent.name()}; font-weight: bold;
        }}
        QTabWidget::pane {{
            background: {self.card.name()}; border: 1px solid {self.ring.name()};
            border-radius: 10px; top: -1px;
        }}
        QTabBar::tab {{
            background: {self.background_bottom.name()}; color: {self.text.name()};
            border: 1px solid {self.ring.name()}; border-bottom: none;
            border-top-left-radius: 10px; border-top-right-radius: 10px;
            padding: 10px 24px; min-height: 30px; margin-right: 4px;
        }}
        QTabBar::tab:selected {{ background: {self.card.name()}; font-weight: bold; }}
        QTabWidget > QWidget, QTabWidget QStackedWidget > QWidget {{
            background: {self.card.name()};
        }}
        QLabel[muted="true"] {{ color: {self.muted.name()}; }}
        QFrame[card="true"] {{ background: {self.card.name()}; border-radius: 18px; }}
        QSpinBox, QComboBox, QLineEdit, QDateEdit {{
            min-height: 44px; padding: 2px 12px; border-radius: 10px;
            border: 2px solid {self.seat_border.name()}; background: {self.card.name()};
        }}
        QComboBox QAbstractItemView {{
            background: {self.card.name()}; selection-background-color: {self.had_piece.name()};
        }}
        QComboBox QAbstractItemView::item {{ min-height: 44px; }}
        QListWidget::indicator {{ width: 26px; height: 26px; }}
        QHeaderView::section {{
            background: {self.background_bottom.name()}; color: {self.text.name()};
            padding: 8px; border: none; font-weight: bold;
        }}
        QTableWidget {{
            alternate-background-color: {self.background_bottom.name()};
            background: {self.card.name()}; gridline-color: {self.ring.name()};
            border-radius: 10px; border: 1px solid {self.ring.name()};
        }}
        QListWidget {{
            background: {self.card.name()}; border-radius: 14px;
            border: 2px solid {self.ring.name()};
            alternate-background-color: {self.background_bottom.name()};
        }}
        QListWidget::item {{ min-height: 48px; padding: 0 12px; }}
        QListWidget::item:selected {{ background: {self.had_piece.name()}; color: white; }}
        QCheckBox::indicator, QRadioButton::indicator {{ width: 28px; height: 28px; }}
        QToolTip {{ color: black; background: #fffbe8; border: 1px solid #c9b98a; }}
        """


LIGHT = Theme(
    name="light",
    background_top=QColor("#fbf7ef"),
    background_bottom=QColor("#efe7d9"),
    card=QColor("#ffffff"),
    card_shadow=QColor(60, 50, 30, 40),
    text=QColor("#26262e"),
    muted=QColor("#6f6a60"),
    ring=QColor("#8a8478"),
    seat_fill=QColor("#ffffff"),
    seat_border=QColor("#8a8478"),
    accent=QColor("#eb9a2e"),
    accent_text=QColor("#26262e"),
    had_piece=QColor("#2f9c88"),
    absent=QColor("#c9c2b4"),
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


class BoardStyle(QProxyStyle):
    """Icons in buttons big enough to read from the back of a classroom."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_ButtonIconSize:
            return 26
        return super().pixelMetric(metric, option, widget)
