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
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.circle import CircleSummary
from circle_app.ui.circle.summary_board import SummaryBoard
from circle_app.ui.support.icons import icon
from circle_app.ui.widgets.board_preview import BoardPreview
from circle_app.ui.widgets.escape import claims_escape


class SummaryScreen(QWidget):
    close_requested = Signal()
    reopen_requested = Signal()

    def __init__(
        self, summary: CircleSummary, *, hide_names: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summary")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.board = SummaryBoard(summary)  # what the class sees: the totals
        self.totals = self.board.totals
        self.preview = BoardPreview()  # the keeper's copy while the board has them
        self.preview.set_text(self.totals.text())
        self.preview.hide()
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
        for button in (self.reopen_button, self.close_button):
            button.setMinimumSize(160, 56)  # a touch target on the board and the laptop alike
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 40, 64, 28)
        layout.setSpacing(14)
        layout.addWidget(self.board)
        layout.addWidget(self.preview)
        keeper_row = QHBoxLayout()
        keeper_row.addWidget(self.keeper_button)
        keeper_row.addStretch(1)
        layout.addLayout(keeper_row)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)

    def board_widget(self) -> QWidget:
        """What the class sees (issue 18): the thank-you and the totals, nobody singled out."""
        return self.board

    def set_presenting(self, presenting: bool) -> None:
        """True: the totals are on the board, so the laptop shows them small and the table of
        each person open. False: the totals are back on the one screen, and the table is
        closed again: that screen is the board the class sees (M7)."""
        self.board.set_on_board(presenting)
        if not presenting and self._layout.indexOf(self.board) < 0:
            self._layout.insertWidget(0, self.board)
            self.board.show()
        self.preview.setVisible(presenting)
        self.keeper_button.setChecked(presenting)

    def _show_table(self, shown: bool) -> None:
        self.table.setVisible(shown)

    def event(self, event: QEvent) -> bool:
        return claims_escape(self, event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)
