"""The presenter's part in two-screen tests (issue 18): a board window that takes a screen's
board widget, and the keys a board window forwards to the screen.

The shell's presenter does this for real; these tests check the screens' side of the seam
(`circle_app/ui/widgets/presenting.py`): what the board widget holds, what the keeper view
shows, and that nothing is lost when the board comes and goes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from circle_app.ui.widgets.presenting import Presentable, presentable

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
)


S = TypeVar("S", bound=QWidget)


def on_the_laptop(qtbot: QtBot, build: Callable[[QWidget], S]) -> Iterator[S]:
    """A screen filling a 1366x768 laptop window, shown; for a fixture to `yield from`."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    screen = build(window)
    screen.setParent(window)
    screen.setGeometry(0, 0, 1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield screen
    window.close()


class BoardWindow:
    """A full-HD board window beside the laptop, as the presenter opens it."""

    def __init__(self, qtbot: QtBot, screen: QWidget) -> None:
        found = presentable(screen)
        assert found is not None, "the screen is not Presentable"
        self.screen: Presentable = found
        self._screen_widget = screen
        self._qtbot = qtbot
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.window.resize(1920, 1080)
        self._layout = QVBoxLayout(self.window)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def plug_in(self) -> QWidget:
        """The board widget moves into the board window; the screen shows the keeper view."""
        board = self.screen.board_widget()
        self._layout.addWidget(board)
        board.show()
        self.window.show()
        self._qtbot.waitExposed(self.window)
        self.screen.set_presenting(True)
        return board

    def unplug(self) -> None:
        """The board goes: the widget is handed back and the board window closes."""
        self.screen.set_presenting(False)
        self.window.close()

    def forward(self, key: Qt.Key, text: str = "") -> None:
        """A key pressed while the board window has focus, handed on to the screen."""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(self._screen_widget, event)


def controls_in(widget: QWidget) -> list[QWidget]:
    """Everything in a widget's tree a person could tap, type in or pick from."""
    return [child for child in widget.findChildren(QWidget) if isinstance(child, CONTROLS)]


def texts_in(widget: QWidget) -> str:
    """Every text the widget's tree could show or speak (labels, tips, accessible names)."""
    parts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        parts += [child.toolTip(), child.accessibleName(), child.accessibleDescription()]
        if isinstance(child, QLabel):
            parts.append(child.text())
    return "\n".join(parts)


def inside_of(screen: QWidget, widget: QWidget) -> bool:
    return widget is screen or screen.isAncestorOf(widget)


def misfits(screen: QWidget) -> list[str]:
    """What on the keeper view is cut off by the screen's edge, or too small to tap."""
    problems = []
    bounds = screen.rect()
    for child in screen.findChildren(QWidget):
        if not child.isVisible() or child.window() is not screen.window():
            continue
        if child.parentWidget() is not None and isinstance(
            child.parentWidget(), QAbstractItemView | QComboBox
        ):
            continue  # a view's own scroll bars and viewport, inside the view
        top_left = child.mapTo(screen, child.rect().topLeft())
        bottom_right = child.mapTo(screen, child.rect().bottomRight())
        if not (bounds.contains(top_left) and bounds.contains(bottom_right)):
            problems.append(f"{child.objectName() or type(child).__name__} is cut off")
        if isinstance(child, QAbstractButton | QComboBox) and (
            child.width() < 48 or child.height() < 48
        ):
            name = child.text() if isinstance(child, QAbstractButton) else child.currentText()
            problems.append(f"{child.objectName() or name} is {child.size().toTuple()}")
    return problems
