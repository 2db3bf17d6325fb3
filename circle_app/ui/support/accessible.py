"""Names for assistive technology: a control without an accessible name of its own gets
the one a web browser would compute (WAI-ARIA accname): its placeholder text, else its
tooltip; a list or table alone on a tab is named by the tab. Qt itself already uses a
control's text and the label it is the buddy of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # the kinds are asked of Qt by name (QObject.inherits): a start that
    # shows none of them does not build their Python types before the first frame
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

DERIVED = "derivedAccessibleName"  # set on a widget whose name came from its hints


def fallback_name(widget: QWidget) -> str:
    """The placeholder, else the tooltip, of a control; "" if it has neither."""
    placeholder = ""
    if widget.inherits("QLineEdit") or widget.inherits("QPlainTextEdit"):
        placeholder = cast("QLineEdit", widget).placeholderText()
    elif widget.inherits("QAbstractSpinBox"):
        line = cast("QAbstractSpinBox", widget).lineEdit()
        placeholder = line.placeholderText() if line is not None else ""
    name = (placeholder or widget.toolTip()).strip()
    if not name and widget.inherits("QAbstractItemView"):
        name = tab_title(widget)
    return name


def _inside(widget: QWidget, kinds: tuple[str, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if any(parent.inherits(kind) for kind in kinds):
            return True
        parent = parent.parentWidget()
    return False


def tab_title(widget: QWidget) -> str:
    """The title of the tab `widget` is on, if it is the only list or table there."""
    from PySide6.QtWidgets import QAbstractItemView, QTabWidget

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    if parent is None:
        return ""
    pages = [parent.widget(index) for index in range(parent.count())]
    for index, candidate in enumerate(pages):
        if candidate is not None and (candidate is widget or candidate.isAncestorOf(widget)):
            views = candidate.findChildren(QAbstractItemView)
            own = [v for v in views if not _inside(v, ("QAbstractItemView", "QComboBox"))]
            return parent.tabText(index).replace("&", "") if len(own) == 1 else ""
    return ""


def name_from_hints(widget: QWidget) -> None:
    """Give `widget` its fallback name, unless it has a name of its own."""
    if widget.accessibleName() and not widget.property(DERIVED):
        return
    name = fallback_name(widget)
    if name:
        widget.setAccessibleName(name)
        widget.setProperty(DERIVED, True)


class _Namer(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            name_from_hints(watched)
        return False


def install_accessible_names(app: QApplication) -> None:
    """Name every control from its hints as it is shown (once per application), and
    those already on screen now."""
    if app.property(DERIVED):
        return
    namer = _Namer(app)
    app.installEventFilter(namer)
    app.setProperty(DERIVED, True)
    for widget in app.allWidgets():
        if widget.isVisible():
            name_from_hints(widget)
