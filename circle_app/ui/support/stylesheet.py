"""The application's stylesheet for a theme: every control a finger target of 48 px or more
(pop-up rows, slider handles, scroll bars and spin-box arrows too), a visible keyboard
focus, and only colour pairs `Theme.contrast_pairs` lists (tests/ui/test_contrast.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from circle_app.paths import resources_dir

if TYPE_CHECKING:
    from circle_app.ui.support.theme import Theme

TARGET = 48  # px: the smallest thing a finger must hit on the board


def control_icon(name: str, theme: Theme) -> str:
    """The path of a combo-box or spin-box arrow drawn in the theme's text colour
    (resources/icons/NAME-THEME.svg; a stylesheet can only draw these from a file)."""
    return (resources_dir() / "icons" / f"{name}-{theme.name}.svg").as_posix()


def stylesheet(theme: Theme) -> str:
    t = {name: getattr(theme, name).name() for name in theme.colour_names()}
    icons = {name: control_icon(name, theme) for name in ("chevron-down", "plus", "minus")}
    return f"""
    QWidget {{ color: {t["text"]}; }}
    QMainWindow, QStackedWidget > QWidget {{ background: {t["background_top"]}; }}
    QDialog {{ background: {t["background_top"]}; }}
    QPushButton {{
        background: {t["card"]}; border: 2px solid {t["seat_border"]};
        border-radius: 28px; padding: 8px 24px; min-height: {TARGET}px; min-width: {TARGET}px;
    }}
    QPushButton:hover {{ border-color: {t["accent"]}; }}
    QPushButton:pressed {{ background: {t["background_bottom"]}; }}
    QPushButton:disabled {{ color: {t["muted"]}; border-color: {t["ring"]}; }}
    QPushButton[primary="true"] {{
        background: {t["accent"]}; color: {t["accent_text"]};
        border-color: {t["accent_border"]}; font-weight: bold;
    }}
    QPushButton:checked {{
        background: {t["selected"]}; color: {t["selected_text"]};
        border-color: {t["selected"]};
    }}
    QToolButton[tile="true"] {{
        background: {t["card"]}; border: 2px solid {t["seat_border"]};
        border-radius: 28px; padding: 18px 12px; font-size: 17pt;
    }}
    QToolButton[textUnderIcon="true"] {{ qproperty-toolButtonStyle: ToolButtonTextUnderIcon; }}
    QToolButton[tile="true"]:hover {{ border-color: {t["accent"]}; }}
    QToolButton[tile="true"]:pressed {{ background: {t["background_bottom"]}; }}
    QToolButton[tile="true"][primary="true"] {{
        background: {t["accent"]}; color: {t["accent_text"]};
        border-color: {t["accent_border"]}; font-weight: bold;
    }}
    QPushButton:focus, QToolButton:focus, QPushButton[primary="true"]:focus,
    QToolButton[tile="true"]:focus {{
        border: 4px solid {t["focus"]}; padding: 6px 22px;
    }}
    QTabWidget::pane {{
        background: {t["card"]}; border: 1px solid {t["seat_border"]};
        border-radius: 10px; top: -1px;
    }}
    QTabBar::tab {{
        background: {t["background_bottom"]}; color: {t["text"]};
        border: 1px solid {t["seat_border"]}; border-bottom: none;
        border-top-left-radius: 10px; border-top-right-radius: 10px;
        padding: 10px 24px; min-height: 30px; margin-right: 4px;
    }}
    QTabBar::tab:selected {{ background: {t["card"]}; font-weight: bold; }}
    QTabBar::tab:focus {{ border: 4px solid {t["focus"]}; border-bottom: none; }}
    QTabWidget > QWidget, QTabWidget QStackedWidget > QWidget {{
        background: {t["card"]};
    }}
    QLabel[muted="true"] {{ color: {t["muted"]}; }}
    QLabel[error="true"] {{ color: {t["danger"]}; }}
    QFrame[card="true"] {{ background: {t["card"]}; border-radius: 18px; }}
    QSpinBox, QComboBox, QLineEdit, QDateEdit {{
        min-height: {TARGET}px; padding: 2px 12px; border-radius: 10px;
        border: 2px solid {t["seat_border"]}; background: {t["card"]};
    }}
    QPlainTextEdit, QTextEdit {{
        border-radius: 10px; border: 2px solid {t["seat_border"]}; background: {t["card"]};
    }}
    QSpinBox:focus, QComboBox:focus, QLineEdit:focus, QDateEdit:focus,
    QPlainTextEdit:focus, QTextEdit:focus {{
        border: 4px solid {t["focus"]};
    }}
    QComboBox {{ combobox-popup: 0; }}
    QComboBox::drop-down, QDateEdit::drop-down {{
        subcontrol-origin: border; subcontrol-position: center right;
        width: {TARGET}px; height: {TARGET}px; border: none;
        border-left: 2px solid {t["seat_border"]};
    }}
    QComboBox::down-arrow, QDateEdit::down-arrow {{
        image: url("{icons["chevron-down"]}"); width: 22px; height: 22px;
    }}
    QAbstractSpinBox::up-arrow {{ image: url("{icons["plus"]}"); width: 22px; height: 22px; }}
    QAbstractSpinBox::down-arrow {{ image: url("{icons["minus"]}"); width: 22px; height: 22px; }}
    QComboBox QAbstractItemView {{
        background: {t["card"]}; color: {t["text"]};
        selection-background-color: {t["selected"]}; selection-color: {t["selected_text"]};
    }}
    QComboBox QAbstractItemView::item {{ min-height: {TARGET}px; padding: 0 12px; }}
    QSpinBox, QDateEdit[calendarPopup="false"] {{
        padding-left: {TARGET + 8}px; padding-right: {TARGET + 8}px;
    }}
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
        subcontrol-origin: border; width: {TARGET}px; height: {TARGET}px; border: none;
    }}
    QAbstractSpinBox::up-button {{
        subcontrol-position: center right; border-left: 2px solid {t["seat_border"]};
    }}
    QAbstractSpinBox::down-button {{
        subcontrol-position: center left; border-right: 2px solid {t["seat_border"]};
    }}
    QAbstractSpinBox::up-button:disabled, QAbstractSpinBox::down-button:disabled {{
        background: {t["background_bottom"]};
    }}
    QDateEdit {{ padding-right: {TARGET + 8}px; }}
    QDateEdit[calendarPopup="true"]::down-arrow {{ image: url("{icons["chevron-down"]}"); }}
    QCalendarWidget QToolButton {{
        min-height: {TARGET}px; min-width: {TARGET}px; color: {t["text"]};
        background: {t["card"]}; border-radius: 10px;
    }}
    QCalendarWidget QTableView {{
        min-height: {7 * TARGET}px; min-width: {7 * TARGET}px;
        selection-background-color: {t["selected"]}; selection-color: {t["selected_text"]};
    }}
    QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {t["background_bottom"]}; }}
    QSlider {{ min-height: {TARGET}px; }}
    QSlider::groove:horizontal {{
        height: 8px; border-radius: 4px; background: {t["seat_border"]};
    }}
    QSlider::sub-page:horizontal {{ height: 8px; border-radius: 4px; background: {t["selected"]}; }}
    QSlider::handle:horizontal {{
        width: {TARGET - 4}px; height: {TARGET - 4}px; margin: -20px 0; border-radius: 24px;
        background: {t["card"]}; border: 2px solid {t["text"]};
    }}
    QSlider::handle:horizontal:focus {{ border: 4px solid {t["focus"]}; }}
    QScrollBar:vertical {{ width: {TARGET}px; background: {t["background_bottom"]}; }}
    QScrollBar:horizontal {{ height: {TARGET}px; background: {t["background_bottom"]}; }}
    QScrollBar::handle {{ background: {t["muted"]}; border-radius: 12px; margin: 6px; }}
    QScrollBar::handle:vertical {{ min-height: {TARGET}px; }}
    QScrollBar::handle:horizontal {{ min-width: {TARGET}px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    QListWidget::indicator {{ width: 28px; height: 28px; }}
    QHeaderView::section {{
        background: {t["background_bottom"]}; color: {t["text"]};
        padding: 8px; border: none; font-weight: bold;
    }}
    QTableView QHeaderView {{ qproperty-defaultSectionSize: {TARGET + 4}; }}
    QTableView QHeaderView::section:horizontal {{ min-height: {TARGET}px; }}
    QTableWidget {{
        alternate-background-color: {t["alternate"]};
        background: {t["card"]}; gridline-color: {t["ring"]};
        border-radius: 10px; border: 2px solid {t["seat_border"]};
        selection-background-color: {t["selected"]}; selection-color: {t["selected_text"]};
    }}
    QListWidget {{
        background: {t["card"]}; border-radius: 14px;
        border: 2px solid {t["seat_border"]};
        alternate-background-color: {t["alternate"]};
    }}
    QListWidget:focus, QTableWidget:focus {{ border: 4px solid {t["focus"]}; }}
    QListWidget::item {{ min-height: {TARGET}px; padding: 0 12px; }}
    QListWidget::item:selected {{ background: {t["selected"]}; color: {t["selected_text"]}; }}
    QCheckBox, QRadioButton {{ min-height: {TARGET}px; spacing: 12px; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: 28px; height: 28px; }}
    QCheckBox:focus, QRadioButton:focus {{
        border: 3px solid {t["focus"]}; border-radius: 8px; padding: 0 6px;
    }}
    QToolTip {{
        color: {t["tooltip_text"]}; background: {t["tooltip"]};
        border: 1px solid {t["muted"]};
    }}
    {_home(t)}"""


def _home(t: dict[str, str]) -> str:
    """Home's sizes and the board note, here rather than in each widget's own style sheet:
    Qt styles a widget with a sheet of its own apart from the rest, and home's first frame
    had ten of them (issue 20, start-up)."""
    return f"""
    #homeTitle {{ font-size: 44pt; font-weight: bold; }}
    #homeSubtitle, #recentLabel {{ font-size: 16pt; }}
    #resumeText {{ font-size: 15pt; }}
    #languageQuestion {{ font-size: 20pt; font-weight: bold; }}
    #languageHint {{ font-size: 14pt; }}
    #languageOffer QPushButton {{ font-size: 18pt; padding: 8px 36px; }}
    #boardNote {{
        background: {t["card"]}; border: 3px dashed {t["accent_border"]}; border-radius: 10px;
    }}
    #boardNoteText {{
        color: {t["text"]}; font-size: 14pt; font-weight: bold;
        qproperty-alignment: AlignCenter;
    }}
    """
