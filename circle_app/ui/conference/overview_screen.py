"""Conferences: the cases, and the follow-up list across all cases (due, overdue, done)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.conference import ActionStatus, FollowUpItem, FollowUpState
from circle_app.store import StoreError
from circle_app.store.conferences import ConferenceStore
from circle_app.ui.support import labels
from circle_app.ui.support.errors import error_text
from circle_app.ui.support.icons import icon

_ID = Qt.ItemDataRole.UserRole
_STATE_COLOURS = {
    FollowUpState.OVERDUE: "#b3261e",
    FollowUpState.DUE: "#b36b00",
    FollowUpState.DONE: "#2f9c88",
}


class ConferenceOverviewScreen(QWidget):
    home_requested = Signal()
    case_requested = Signal(int)
    new_case_requested = Signal()

    def __init__(
        self,
        store: ConferenceStore,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conferences")
        self._store = store
        self._today = today
        self._items: list[FollowUpItem] = []

        self.home_button = QPushButton(icon("mdi6.arrow-left"), self.tr("Home"))
        self.home_button.clicked.connect(self.home_requested)
        heading = QLabel(self.tr("Conferences"))
        heading.setStyleSheet("font-size: 28pt; font-weight: bold;")
        self.new_button = QPushButton(icon("mdi6.plus"), self.tr("New case"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_case_requested)
        top = QHBoxLayout()
        top.addWidget(self.home_button)
        top.addWidget(heading, 1)
        top.addWidget(self.new_button)

        self.cases = QListWidget()
        self.cases.itemActivated.connect(self._open_item)
        self.cases.itemClicked.connect(self._open_item)
        cases_page = QWidget()
        cases_layout = QVBoxLayout(cases_page)
        cases_layout.setContentsMargins(12, 12, 12, 12)
        cases_layout.addWidget(self.cases)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("State"),
                self.tr("Follow-up on"),
                self.tr("Case"),
                self.tr("Action"),
                self.tr("Followed up by"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(48)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(
            lambda row, _col: self.case_requested.emit(self._items[row].case_id)
        )
        self.done_button = QPushButton(icon("mdi6.check"), self.tr("Done"))
        self.done_button.clicked.connect(lambda: self._set_status(ActionStatus.DONE))
        self.not_done_button = QPushButton(icon("mdi6.close"), self.tr("Not done"))
        self.not_done_button.clicked.connect(lambda: self._set_status(ActionStatus.NOT_DONE))
        self.open_button = QPushButton(icon("mdi6.folder-open-outline"), self.tr("Open the case"))
        self.open_button.clicked.connect(self._open_selected)
        self.meeting_date = QDateEdit()
        self.meeting_date.setAccessibleName(self.tr("Date of the follow-up meeting"))
        self.meeting_date.setCalendarPopup(True)
        self.meeting_note = QLineEdit()
        self.meeting_note.setPlaceholderText(self.tr("Follow-up meeting: a short note"))
        self.meeting_button = QPushButton(icon("mdi6.calendar-check"), self.tr("Note a meeting"))
        self.meeting_button.clicked.connect(self._note_meeting)
        row1 = QHBoxLayout()
        row1.addWidget(self.done_button)
        row1.addWidget(self.not_done_button)
        row1.addWidget(self.open_button)
        row1.addStretch(1)
        row1.addWidget(self.meeting_date)
        row1.addWidget(self.meeting_note, 1)
        row1.addWidget(self.meeting_button)
        follow_page = QWidget()
        follow_layout = QVBoxLayout(follow_page)
        follow_layout.setContentsMargins(12, 12, 12, 12)
        follow_layout.addWidget(self.table, 1)
        follow_layout.addLayout(row1)

        self.tabs = QTabWidget()
        self.tabs.setStyleSheet("QTabBar::tab { min-height: 44px; padding: 4px 22px; }")
        self.tabs.addTab(cases_page, self.tr("Cases"))
        self.tabs.addTab(follow_page, self.tr("Follow-up"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def show_follow_up(self) -> None:
        self.tabs.setCurrentIndex(1)

    @property
    def follow_up_items(self) -> list[FollowUpItem]:
        return list(self._items)

    def refresh(self) -> None:
        today = self._today()
        self.meeting_date.setDate(QDate(today.year, today.month, today.day))
        self.cases.clear()
        for summary in self._store.summaries():
            open_count = len(summary.open_actions)
            state = self.tr("conference held") if summary.started else self.tr("being prepared")
            text = (
                f"{summary.title}  ·  {summary.held_on.isoformat()}\n"
                + self.tr("%n take(s) part", "", summary.taking_part)
                + "  ·  "
                + self.tr("%n open action(s)", "", open_count)
                + "  ·  "
                + state
            )
            item = QListWidgetItem(text)
            item.setData(_ID, summary.id)
            self.cases.addItem(item)
        self._items = self._store.follow_up(today)
        self.table.setRowCount(len(self._items))
        for row, entry in enumerate(self._items):
            state_cell = QTableWidgetItem(labels.follow_up_state(entry.state))
            colour = _STATE_COLOURS.get(entry.state)
            if colour:
                state_cell.setForeground(QColor(colour))
            cells = [
                state_cell,
                QTableWidgetItem(entry.action.follow_up_on.isoformat()),
                QTableWidgetItem(entry.case_title),
                QTableWidgetItem(entry.action.description),
                QTableWidgetItem(entry.action.followed_up_by),
            ]
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)

    def _selected(self) -> FollowUpItem | None:
        row = self.table.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _set_status(self, status: ActionStatus) -> None:
        entry = self._selected()
        if entry is None:
            return
        try:
            self._store.set_action_status(entry.case_id, entry.action.id, status)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
        self.refresh()

    @Slot()
    def _note_meeting(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        qdate = self.meeting_date.date()
        try:
            self._store.add_follow_up_meeting(
                entry.case_id,
                date(qdate.year(), qdate.month(), qdate.day()),
                self.meeting_note.text(),
            )
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
        self.meeting_note.clear()
        self.refresh()

    @Slot()
    def _open_selected(self) -> None:
        entry = self._selected()
        if entry is not None:
            self.case_requested.emit(entry.case_id)

    @Slot(QListWidgetItem)
    def _open_item(self, item: QListWidgetItem) -> None:
        self.case_requested.emit(int(item.data(_ID)))
