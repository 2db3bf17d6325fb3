"""The implementation dashboard: how much the method is used, proactively and reactively."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.report import Figures, Period, Report, dashboard_since
from circle_app.store.reports import ReportStore
from circle_app.ui.dashboard.bar_chart import BarChart, BarSet
from circle_app.ui.support import labels
from circle_app.ui.support.icons import icon
from circle_app.ui.support.theme import Theme


class DashboardScreen(QWidget):
    home_requested = Signal()

    def __init__(
        self,
        reports: ReportStore,
        theme: Theme,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._reports = reports
        self._theme = theme
        self._today = today or date.today()
        self.report: Report | None = None

        heading = QLabel(self.tr("How the circles are used"))
        heading.setStyleSheet("font-size: 28pt; font-weight: bold;")
        self.group = QComboBox()
        self.group.addItem(self.tr("All groups"), None)
        for name in reports.group_names():
            self.group.addItem(name, name)
        self.period = QComboBox()
        for label, value in (
            (self.tr("Per week"), Period.WEEK),
            (self.tr("Per month"), Period.MONTH),
            (self.tr("Per school year"), Period.SCHOOL_YEAR),
        ):
            self.period.addItem(label, value.value)
        self.period.setCurrentIndex(1)
        self.home_button = QPushButton(icon("mdi6.home-outline"), self.tr("Home"))
        self.home_button.clicked.connect(self.home_requested)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.group)
        top.addWidget(self.period)
        top.addWidget(self.home_button)

        self.chart = BarChart()

        self.table = QTableWidget(0, 2)
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(42)
        self.table.setMinimumWidth(420)
        self.note = QLabel(
            self.tr(
                "Proactive: peacetime, academic and parent meeting circles. Reactive: conflict "
                "circles, restorative conversations and conferences. Counts only, no names."
            )
        )
        self.note.setProperty("muted", True)
        self.note.setWordWrap(True)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.chart, 3)
        side = QVBoxLayout()
        side.addWidget(self.table, 1)
        side.addWidget(self.note)
        body.addLayout(side, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 24)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.group.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt's name)
        """A new language: the chart's months and the table's figures drawn again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.report is not None:
            self._show_chart(self.report)
            self._show_table(self.report.totals())

    @Slot()
    def refresh(self) -> None:
        period = Period(self.period.currentData())
        since = dashboard_since(self._today, period)
        self.report = self._reports.report(
            period=period, group=self.group.currentData(), since=since, today=self._today
        )
        self._show_chart(self.report)
        self._show_table(self.report.totals())

    # -- chart ----------------------------------------------------------------------------

    def _show_chart(self, report: Report) -> None:
        theme, periods = self._theme, report.by_period()
        categories = [labels.period_label(start, report.period) for start, _ in periods]
        self.chart.show_bars(
            self.tr("Circles held"),
            categories,
            (
                BarSet(
                    self.tr("Proactive"), theme.had_piece, tuple(f.proactive for _, f in periods)
                ),
                BarSet(self.tr("Reactive"), theme.accent, tuple(f.reactive for _, f in periods)),
            ),
            theme,
        )

    # -- table ----------------------------------------------------------------------------

    def _show_table(self, totals: Figures) -> None:
        percent, number = labels.percent, labels.number
        rows = [
            (self.tr("Circles and meetings held"), number(totals.held)),
            (self.tr("Proactive"), number(totals.proactive)),
            (self.tr("Reactive"), number(totals.reactive)),
            (self.tr("Proactive share"), percent(totals.proactive_share)),
            (self.tr("Rounds"), number(totals.rounds)),
            (self.tr("Turns passed"), percent(totals.passed_share)),
            (self.tr("Kept by staff"), number(totals.keepers.get("staff", 0))),
            (self.tr("Kept by pupils"), number(totals.keepers.get("pupil", 0))),
            (self.tr("Kept by parents"), number(totals.keepers.get("parent", 0))),
            (self.tr("Open agreements"), number(totals.open_agreements)),
            (self.tr("Overdue agreements"), number(totals.overdue_agreements)),
            (self.tr("Actions kept on time"), number(totals.kept_on_time)),
        ]
        self.table.setRowCount(len(rows))
        for row, (label, value) in enumerate(rows):
            name = QTableWidgetItem(label)
            figure = QTableWidgetItem(value)
            figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bold = figure.font()
            bold.setBold(True)
            figure.setFont(bold)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, figure)

    def figure_text(self, label: str) -> str:
        """The table's value for a row label (what a leader reads off the board)."""
        for row in range(self.table.rowCount()):
            name, value = self.table.item(row, 0), self.table.item(row, 1)
            if name is not None and value is not None and name.text() == label:
                return value.text()
        raise KeyError(label)
