"""Issue 14, "accessible to assistive technology": every control of every screen and dialog
(the ring aside: its seats are painted, not widgets) has a name a screen reader can say,
and the keyboard focus is always visible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from circle_app.ui.shell.controller import AppController
from tests.ui.tour import walk

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
    QAbstractItemView,
)


def controls(top: QWidget) -> list[QWidget]:
    """The controls shown in `top` a user works with (not a scroll bar, not the inner
    parts of a spin box, a combo box's pop-up or a calendar)."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar):
            continue
        if not widget.isVisibleTo(top) or widget.window() is not top.window():
            continue
        parent = widget.parent()
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar, QAbstractItemView)):
            continue
        if any(isinstance(a, QCalendarWidget) for a in ancestors(widget)):
            continue
        if isinstance(widget, QAbstractItemView) and not interactive(widget):
            continue  # a table only shown, never entered (the dashboard's figures)
        found.append(widget)
    return found


def interactive(view: QAbstractItemView) -> bool:
    return (
        view.focusPolicy() != Qt.FocusPolicy.NoFocus
        or view.selectionMode() != QAbstractItemView.SelectionMode.NoSelection
    )


def ancestors(widget: QWidget) -> list[QWidget]:
    chain = []
    parent = widget.parentWidget()
    while parent is not None:
        chain.append(parent)
        parent = parent.parentWidget()
    return chain


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name, or what Qt derives
    from its text or the label it is the buddy of."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(widget, QAbstractButton) else ""
    tip = widget.toolTip()
    return f"{type(widget).__name__} {shown!r} tooltip={tip!r} in {type(widget.window()).__name__}"


@pytest.fixture
def app(make_app, database_url: str) -> AppController:  # type: ignore[no-untyped-def]
    controller: AppController = make_app(database_url)
    controller.window.resize(1366, 768)
    return controller


def test_every_control_has_an_accessible_name(qtbot: QtBot, app: AppController) -> None:
    """Walks every screen and dialog but the ring and lists each control a screen reader
    would announce without a name (an icon-only button, a list with no label)."""
    nameless: dict[str, None] = {}

    def visit(name: str, top: QWidget) -> None:
        for widget in controls(top):
            if not spoken_name(widget):
                nameless[f"{name}: {describe(widget)}"] = None

    screens = walk(qtbot, app, visit, ring=False)
    assert len(screens) >= 20
    assert not nameless, "\n".join(nameless)


def differs(one: QImage, other: QImage) -> int:
    return sum(
        1
        for y in range(0, one.height(), 2)
        for x in range(0, one.width(), 2)
        if one.pixelColor(x, y) != other.pixelColor(x, y)
    )


def test_the_keyboard_focus_is_always_visible(qtbot: QtBot, app: AppController) -> None:
    """Every control that takes the keyboard focus looks different when it has it: a
    focus frame in the theme's focus colour, not Qt's dotted line nor nothing."""
    invisible: dict[str, None] = {}
    checked: list[QWidget] = []
    focus_colour = QColor(app.theme.focus)

    def visit(name: str, top: QWidget) -> None:
        top.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is top.window())
        for widget in controls(top):
            takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if not takes_tab or not widget.isEnabled():
                continue
            checked.append(widget)
            top.window().setFocus()
            before = widget.grab().toImage()
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus)
            after = widget.grab().toImage()
            framed = sum(
                1
                for y in range(after.height())
                for x in (0, 1, 2, after.width() - 3, after.width() - 2, after.width() - 1)
                if 0 <= x < after.width() and after.pixelColor(x, y) == focus_colour
            )
            if differs(before, after) < 20 and framed < 4:
                invisible[f"{name}: {describe(widget)}"] = None

    walk(qtbot, app, visit, ring=False)
    assert len(checked) > 50
    assert not invisible, "\n".join(invisible)
