"""The keeper's view on the laptop while the board screen shows the circle (issue 18).

The same ring, small; the time in figures; the next two prompts, each with Swap; who passed
and will be offered the piece again; the plan; the counts per person so far; and the circle
screen's own controls along the bottom. None of it is on the board (M7). Nothing here takes
the keyboard focus: every key stays the circle screen's, as with one screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from circle_app.ui.circle.keeper_info import KeeperInfo
from circle_app.ui.circle.ring.view import RingView
from circle_app.ui.support.icons import icon
from circle_app.ui.support.stylesheet import TARGET

AHEAD = 2  # prompt cards: the next two rounds


def _label(text: str = "", *, size: int = 13, bold: bool = False, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"font-size: {size}pt;" + (" font-weight: bold;" if bold else ""))
    if muted:
        label.setProperty("muted", True)
    return label


class AheadCard(QFrame):
    """One queued prompt: its round, its text, and Swap."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("card", True)
        self.title = _label(size=12, bold=True, muted=True)
        self.text = _label(size=14)
        self.text.setMinimumHeight(TARGET)
        self.swap_button = QPushButton(icon("mdi6.cards-outline"), self.tr("Swap"))
        self.swap_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.swap_button.setMinimumSize(TARGET * 2, TARGET)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addWidget(self.text, 1)
        layout.addLayout(column, 1)
        layout.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignVCenter)


class KeeperView(QWidget):
    swap_requested = Signal(int)  # the queued prompt's place: 0 the next round, 1 the one after

    def __init__(self, controls: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keeperView")
        self.ring = ring = RingView()  # the board's ring, small: fed the same RingState
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.turn_time = _label(size=20, bold=True)
        self.turn_time.setAccessibleName(self.tr("Time with the piece"))
        self.circle_time = _label(size=13, muted=True)
        self.ahead_heading = _label(self.tr("Coming up"), size=14, bold=True)
        self.ahead = [AheadCard() for _ in range(AHEAD)]
        for position, card in enumerate(self.ahead):
            card.swap_button.clicked.connect(
                lambda _checked=False, at=position: self.swap_requested.emit(at)
            )
        self.again_heading = _label(self.tr("Will be offered the piece again"), bold=True)
        self.again = _label(size=14)
        self.plan_heading = _label(self.tr("The plan"), bold=True)
        self.plan = _label(size=12)

        middle = QVBoxLayout()
        middle.setSpacing(6)
        middle.addWidget(self.turn_time)
        middle.addWidget(self.circle_time)
        middle.addSpacing(6)
        middle.addWidget(self.ahead_heading)
        for card in self.ahead:
            middle.addWidget(card)
        middle.addSpacing(6)
        middle.addWidget(self.again_heading)
        middle.addWidget(self.again)
        middle.addSpacing(6)
        middle.addWidget(self.plan_heading)
        middle.addWidget(self.plan)
        middle.addStretch(1)

        self.counts_heading = _label(self.tr("So far, per person"), size=14, bold=True)
        self.counts = QTableWidget(0, 3)
        self.counts.setAccessibleName(self.tr("Shared and passed so far, per seat"))
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Seat"), self.tr("Shared"), self.tr("Passed")]
        )
        self.counts.verticalHeader().hide()
        self.counts.verticalHeader().setDefaultSectionSize(TARGET)
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts.setWordWrap(False)
        self.counts.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.counts.setStyleSheet("QTableWidget, QHeaderView::section { font-size: 12pt; }")
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        right = QVBoxLayout()
        right.addWidget(self.counts_heading)
        right.addWidget(self.counts, 1)

        top = QHBoxLayout()
        top.setContentsMargins(12, 12, 16, 0)
        top.setSpacing(16)
        top.addWidget(ring, 5)
        top.addLayout(middle, 4)
        top.addLayout(right, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top, 1)
        layout.addWidget(controls)
        self._layout = layout

    def take_controls(self, controls: QWidget) -> None:
        """The circle screen's controls, along the bottom (they go back below the board
        when the board screen goes)."""
        self._layout.addWidget(controls)
        controls.show()

    def show_info(self, info: KeeperInfo) -> None:
        self.turn_time.setText(info.turn_time or self.tr("Nobody holds the piece"))
        self.circle_time.setText(info.circle_time)
        for position, card in enumerate(self.ahead):
            shown = position < len(info.ahead)
            card.setVisible(shown)
            if shown:
                card.title.setText(info.ahead[position].title)
                card.text.setText(info.ahead[position].text)
        self.ahead_heading.setVisible(bool(info.ahead))
        self.again.setText(", ".join(info.again) if info.again else self.tr("Nobody"))
        self.plan.setText(info.plan)
        self.show_counts(info)

    def show_counts(self, info: KeeperInfo) -> None:
        table = self.counts
        table.setRowCount(len(info.counts))
        for row, count in enumerate(info.counts):
            for column, value in enumerate((count.name, str(count.spoke), str(count.passed))):
                item = table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    if column:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    table.setItem(row, column, item)
                if item.text() != value:
                    item.setText(value)

    def swap_buttons(self) -> list[QPushButton]:
        return [card.swap_button for card in self.ahead]
