"""After the circle: what the board shows the class — totals only (M7).

The per-person table is for the keeper, behind a toggle that is never on when the summary
opens: a table of who passed, in front of the class, is the shaming the method forbids.
The counts are the domain's (`circle.word_of`), the same as the dashboard's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.circle import CircleSummary
from circle_app.ui.support.icons import icon
from circle_app.ui.widgets.escape import claims_escape


class SummaryScreen(QWidget):
    close_requested = Signal()
    reopen_requested = Signal()

    def __init__(
        self, summary: CircleSummary, *, hide_names: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summary")
        heading = QLabel(self.tr("Thank you for the circle"))
        heading.setStyleSheet("font-size: 30pt; font-weight: bold;")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.totals = QLabel(
            self.tr("%n round(s) held", "", summary.rounds_held)
            + "  ·  "
            + self.tr("shared: %1").replace("%1", str(summary.spoke))
            + "  ·  "
            + self.tr("passed: %1").replace("%1", str(summary.passed))
        )
        self.totals.setStyleSheet("font-size: 18pt;")
        note = QLabel(
            self.tr(
                "Counted per person and round, as on the dashboard: speaking after a pass"
                " counts as sharing. Passing is always allowed; nobody is counted down."
            )
        )
        note.setWordWrap(True)
        note.setProperty("muted", True)
        self.keeper_button = QPushButton(
            icon("mdi6.account-lock-outline"), self.tr("For the keeper: each person")
        )
        self.keeper_button.setCheckable(True)
        self.keeper_button.setChecked(False)
        self.keeper_button.setMinimumHeight(56)
        self.keeper_button.setToolTip(
            self.tr("Show who shared and who passed (not for the class to see)")
        )
        self.keeper_button.toggled.connect(self._show_table)

        self.table = QTableWidget(len(summary.seats), 3)
        self.table.setAccessibleName(self.tr("Spoke and passed, per seat"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Seat"), self.tr("Shared (rounds)"), self.tr("Passed (rounds)")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for row, seat_summary in enumerate(summary.seats):
            seat = seat_summary.seat
            name = (
                seat.name
                if seat.name and not hide_names
                else self.tr("Seat %1").replace("%1", str(seat.number))
            )
            for column, value in enumerate(
                (name, str(seat_summary.spoke), str(seat_summary.passed))
            ):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.hide()

        self.reopen_button = QPushButton(icon("mdi6.undo-variant"), self.tr("Back to the circle"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.close_button = QPushButton(icon("mdi6.check", on_accent=True), self.tr("Close"))
        self.close_button.setProperty("primary", True)
        self.close_button.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 40, 64, 28)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(self.totals)
        layout.addWidget(note)
        keeper_row = QHBoxLayout()
        keeper_row.addWidget(self.keeper_button)
        keeper_row.addStretch(1)
        layout.addLayout(keeper_row)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)

    def _show_table(self, shown: bool) -> None:
        self.table.setVisible(shown)

    def event(self, event: QEvent) -> bool:
        return claims_escape(self, event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)
