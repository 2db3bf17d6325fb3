"""After the circle: what the keeper sees — rounds held, who had the piece, passes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
        self.totals = QLabel(
            self.tr("%n round(s) held", "", summary.rounds_held)
            + "  ·  "
            + self.tr("%n spoke", "", summary.spoke)
            + "  ·  "
            + self.tr("%n passed", "", summary.passed)
        )
        self.totals.setStyleSheet("font-size: 18pt;")
        note = QLabel(self.tr("For the keeper. Passing is always allowed; nobody is counted down."))
        note.setProperty("muted", True)

        self.table = QTableWidget(len(summary.seats), 3)
        self.table.setAccessibleName(self.tr("Spoke and passed, per seat"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Seat"), self.tr("Spoke (rounds)"), self.tr("Passed (rounds)")]
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
        self.table.verticalHeader().setDefaultSectionSize(44)

        self.reopen_button = QPushButton(icon("mdi6.undo-variant"), self.tr("Back to the circle"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.close_button = QPushButton(icon("mdi6.check"), self.tr("Close"))
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
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
