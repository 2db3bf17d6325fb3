"""Conferences: the cases, and the follow-up list across all cases (due, overdue, closed),
one school year at a time (1 August - 31 July, "2026/27")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.conference import ActionStatus, FollowUpItem, FollowUpState
from circle_app.domain.follow_up import SchoolYear, school_year
from circle_app.store import StoreError
from circle_app.store.conferences import ConferenceStore
from circle_app.ui.conference.follow_up_words import kept_label
from circle_app.ui.support import labels
from circle_app.ui.support.errors import warn_unsaved
from circle_app.ui.support.icons import icon
from circle_app.ui.support.theme import LIGHT, Theme

_ID = Qt.ItemDataRole.UserRole


def _state_colour(theme: Theme, state: FollowUpState) -> QColor | None:
    """The theme's own text colours, whose contrast tests/ui/test_contrast.py checks."""
    return {
        FollowUpState.OVERDUE: theme.danger,
        FollowUpState.DUE: theme.warning,
        FollowUpState.CLOSED: theme.success,
    }.get(state)


class ConferenceOverviewScreen(QWidget):
    home_requested = Signal()
    case_requested = Signal(int)
    new_case_requested = Signal()
    # A case id: open the case at its follow-up meeting (ConferenceCaseScreen.show_follow_up).
    follow_up_meeting_requested = Signal(int)

    def __init__(
        self,
        store: ConferenceStore,
        *,
        today: Callable[[], date] = date.today,
        theme: Theme = LIGHT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conferences")
        self._theme = theme
        self._store = store
        self._today = today
        self._items: list[FollowUpItem] = []

        self.home_button = QPushButton(icon("mdi6.arrow-left"), self.tr("Home"))
        self.home_button.clicked.connect(self.home_requested)
        heading = QLabel(self.tr("Conferences"))
        heading.setStyleSheet("font-size: 28pt; font-weight: bold;")
        self.new_button = QPushButton(icon("mdi6.plus", on_accent=True), self.tr("New case"))
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
        self.cases_empty = QLabel(
            self.tr("No conference cases yet. A case starts with New case, at the top.")
        )
        self.cases_empty.setObjectName("emptyState")
        self.cases_empty.setWordWrap(True)
        self.cases_empty.setStyleSheet("font-size: 14pt; padding: 24px;")
        cases_layout.addWidget(self.cases_empty)
        cases_layout.addWidget(self.cases)

        self.year_box = QComboBox()
        self.year_box.setMinimumHeight(48)
        self.year_box.currentIndexChanged.connect(self._fill_follow_up)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("School year")))
        year_row.addWidget(self.year_box)
        year_row.addStretch(1)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("State"),
                self.tr("Follow-up on"),
                self.tr("Case"),
                self.tr("Action"),
                self.tr("Followed up by"),
                self.tr("Outcome"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(48)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(
            lambda row, _col: self.case_requested.emit(self._items[row].case_id)
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.follow_up_empty = QLabel()
        self.follow_up_empty.setObjectName("emptyState")
        self.follow_up_empty.setWordWrap(True)
        self.follow_up_empty.setStyleSheet("font-size: 14pt; padding: 24px;")
        self.done_button = QPushButton(icon("mdi6.check"), self.tr("Done"))
        self.done_button.clicked.connect(lambda: self._set_status(ActionStatus.DONE))
        self.not_done_button = QPushButton(icon("mdi6.close"), self.tr("Not done"))
        self.not_done_button.clicked.connect(lambda: self._set_status(ActionStatus.NOT_DONE))
        self.open_button = QPushButton(icon("mdi6.folder-open-outline"), self.tr("Open the case"))
        self.open_button.clicked.connect(self._open_selected)
        self.meeting_button = QPushButton(
            icon("mdi6.calendar-check", on_accent=True), self.tr("Follow-up meeting")
        )
        self.meeting_button.setProperty("primary", True)
        self.meeting_button.clicked.connect(self._meeting_selected)
        self.buttons_hint = QLabel()
        self.buttons_hint.setWordWrap(True)
        row1 = QHBoxLayout()
        row1.addWidget(self.done_button)
        row1.addWidget(self.not_done_button)
        row1.addWidget(self.open_button)
        row1.addWidget(self.buttons_hint, 1)
        row1.addWidget(self.meeting_button)
        follow_page = QWidget()
        follow_layout = QVBoxLayout(follow_page)
        follow_layout.setContentsMargins(12, 12, 12, 12)
        follow_layout.addLayout(year_row)
        follow_layout.addWidget(self.follow_up_empty)
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

    @property
    def school_year(self) -> SchoolYear | None:
        """The school year shown; None: all years."""
        value = self.year_box.currentData()
        return SchoolYear(int(value)) if value is not None else None

    def show_school_year(self, year: SchoolYear | None) -> None:
        index = self.year_box.findData(None if year is None else year.start_year)
        self.year_box.setCurrentIndex(max(0, index))

    def refresh(self) -> None:
        today = self._today()
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
        self.cases_empty.setVisible(self.cases.count() == 0)
        self.cases.setVisible(self.cases.count() > 0)
        shown = self.school_year if self.year_box.count() else school_year(today)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in self._store.school_years(today):
            self.year_box.addItem(str(year), year.start_year)
        self.year_box.addItem(self.tr("All school years"), None)
        self.year_box.blockSignals(False)
        self.show_school_year(shown)
        self._fill_follow_up()

    @Slot()
    def _fill_follow_up(self) -> None:
        year = self.school_year
        self._items = self._store.follow_up(self._today(), year)
        self.table.setRowCount(len(self._items))
        for row, entry in enumerate(self._items):
            state_cell = QTableWidgetItem(labels.follow_up_state(entry.state))
            colour = _state_colour(self._theme, entry.state)
            if colour is not None:
                state_cell.setForeground(colour)
            cells = [
                state_cell,
                QTableWidgetItem(entry.action.follow_up_on.isoformat()),
                QTableWidgetItem(entry.case_title),
                QTableWidgetItem(entry.action.description),
                QTableWidgetItem(entry.action.followed_up_by),
                QTableWidgetItem(kept_label(entry.outcome) if entry.outcome else "–"),
            ]
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.follow_up_empty.setText(
            self.tr("Nothing to follow up in %1.").replace("%1", str(year))
            if year is not None
            else self.tr("Nothing to follow up yet: agreed actions appear here.")
        )
        self.follow_up_empty.setVisible(not self._items)
        self.table.setVisible(bool(self._items))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        """The buttons act on the chosen row; without one they say so."""
        entry = self._selected()
        reason = "" if entry is not None else self.tr("Choose an action in the list first.")
        for button in (self.done_button, self.not_done_button, self.open_button):
            button.setEnabled(entry is not None)
            button.setToolTip(reason)
        open_reason = reason
        if entry is not None and not entry.action.is_open:
            open_reason = self.tr("This action is closed; choose an open one to follow up.")
        self.meeting_button.setEnabled(not open_reason)
        self.meeting_button.setToolTip(open_reason)
        self.buttons_hint.setText(open_reason)

    def _selected(self) -> FollowUpItem | None:
        selected = self.table.selectionModel().selectedRows()
        row = selected[0].row() if selected else -1
        return self._items[row] if 0 <= row < len(self._items) else None

    def _set_status(self, status: ActionStatus) -> None:
        entry = self._selected()
        if entry is None:
            return
        try:
            self._store.set_action_status(entry.case_id, entry.action.id, status)
        except StoreError as exc:
            warn_unsaved(self, exc)
        self.refresh()

    @Slot()
    def _meeting_selected(self) -> None:
        entry = self._selected()
        if entry is not None:
            self.follow_up_meeting_requested.emit(entry.case_id)

    @Slot()
    def _open_selected(self) -> None:
        entry = self._selected()
        if entry is not None:
            self.case_requested.emit(entry.case_id)

    @Slot(QListWidgetItem)
    def _open_item(self, item: QListWidgetItem) -> None:
        self.case_requested.emit(int(item.data(_ID)))
