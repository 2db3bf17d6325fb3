"""Mark someone away until a day (a trip, an illness): not ticked as present, not keeper."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circle_app.ui.support.icons import icon

BACK = 2  # dialog result: no longer away


class AwayDialog(QDialog):
    def __init__(self, away_until: date | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Away"))
        self.calendar = QCalendarWidget()
        self.calendar.setMinimumSize(460, 340)
        self.calendar.setMinimumDate(QDate(today.year, today.month, today.day))
        self.calendar.setGridVisible(False)
        self.calendar.setStyleSheet("font-size: 14pt;")
        start = away_until or today
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        label = QLabel(self.tr("Away until and including:"))
        label.setStyleSheet("font-size: 15pt;")
        self.away_button = QPushButton(
            icon("mdi6.calendar-check", on_accent=True), self.tr("Away until this day")
        )
        self.away_button.setProperty("primary", True)
        self.away_button.clicked.connect(self.accept)
        self.back_button = QPushButton(icon("mdi6.account-check"), self.tr("Back now"))
        self.back_button.setEnabled(away_until is not None)
        self.back_button.clicked.connect(lambda: self.done(BACK))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.away_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(label)
        layout.addWidget(self.calendar)
        layout.addLayout(buttons)
        self.calendar.setFocus()

    def until(self) -> date:
        chosen = self.calendar.selectedDate()
        return date(chosen.year(), chosen.month(), chosen.day())
