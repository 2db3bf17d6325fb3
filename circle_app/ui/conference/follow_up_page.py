"""The follow-up meeting (M14): for each open action, the person who follows it up records
whether it was kept, partly kept or not kept, and the next step — a new follow-up date, a new
action instead, or closed. There is no field for what anyone said, on purpose."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.conference import Action, Case, ConferenceRuleError
from circle_app.domain.follow_up import Kept, NextStep, Review
from circle_app.store.conference_rows import NEW
from circle_app.ui.conference.follow_up_words import kept_label, next_step_label
from circle_app.ui.support import labels
from circle_app.ui.support.icons import icon
from circle_app.ui.widgets.editor_page import refusal_label

_KEPT_ICONS = {
    Kept.KEPT: "mdi6.check-bold",
    Kept.PARTLY: "mdi6.circle-half-full",
    Kept.NOT_KEPT: "mdi6.close-thick",
}


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _day(value: date) -> str:
    """A date as the user's language writes it ("15. december 2026")."""
    return QLocale().toString(_qdate(value), QLocale.FormatType.LongFormat)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ActionReview(QFrame):
    """One open action at the meeting: how it went (three buttons with a mark each, not
    colour alone) and what happens next; left alone, the action is not followed up today."""

    changed = Signal()

    def __init__(self, action: Action, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionReview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.action = action
        title = QLabel(action.description)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        owner = QLabel(
            self.tr("%1 follows it up · follow-up on %2")
            .replace("%1", action.followed_up_by)
            .replace("%2", _day(action.follow_up_on))
        )
        owner.setWordWrap(True)
        self.kept_group = QButtonGroup(self)
        self.kept_buttons: dict[Kept, QPushButton] = {}
        kept_row = QHBoxLayout()
        for kept in Kept:
            button = QPushButton(icon(_KEPT_ICONS[kept]), kept_label(kept))
            button.setCheckable(True)
            button.setMinimumHeight(48)
            self.kept_group.addButton(button)
            self.kept_buttons[kept] = button
            kept_row.addWidget(button)
        self.kept_group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.next_step_box = QComboBox()
        self.next_step_box.setMinimumHeight(48)
        for step in NextStep:
            self.next_step_box.addItem(next_step_label(step), step.value)
        self.next_step_box.setCurrentIndex(self.next_step_box.findData(NextStep.CLOSED.value))
        self.next_step_box.currentIndexChanged.connect(self._show_step)
        self.new_date_edit = QDateEdit()
        self.new_date_edit.setAccessibleName(self.tr("The new follow-up date"))
        self.new_date_edit.setCalendarPopup(True)
        self.new_date_edit.setMinimumHeight(48)
        self.new_date_edit.setDate(_qdate(action.follow_up_on + timedelta(days=14)))
        self.new_action_edit = QLineEdit()
        self.new_action_edit.setPlaceholderText(self.tr("The new action: what will be done"))
        self.carried_box = QComboBox()
        self.carried_box.setEditable(True)
        self.carried_box.addItems(names)
        self.carried_box.setCurrentText(action.carried_out_by)
        self.followed_box = QComboBox()
        self.followed_box.setEditable(True)
        self.followed_box.addItems(names)
        self.followed_box.setCurrentText(action.followed_up_by)
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setVerticalSpacing(8)
        grid.addWidget(title, 0, 0, 1, 3)
        grid.addWidget(owner, 1, 0, 1, 3)
        self.next_step_box.setAccessibleName(self.tr("Next step"))
        kept_row.addSpacing(16)
        kept_row.addWidget(self.next_step_box)
        kept_row.addWidget(self.new_date_edit)
        grid.addLayout(kept_row, 2, 0, 1, 3)
        grid.addWidget(self.new_action_edit, 3, 0, 1, 3)
        grid.addWidget(self.carried_box, 4, 0, 1, 2)
        grid.addWidget(self.followed_box, 4, 2)
        self._show_step()

    @property
    def kept(self) -> Kept | None:
        return next((k for k, b in self.kept_buttons.items() if b.isChecked()), None)

    @property
    def next_step(self) -> NextStep:
        return NextStep(self.next_step_box.currentData())

    def choose(self, kept: Kept, step: NextStep) -> None:
        """What a tap on a kept button and the next-step list do (a seam for tests)."""
        self.kept_buttons[kept].setChecked(True)
        self.next_step_box.setCurrentIndex(self.next_step_box.findData(step.value))

    def review(self, held_on: date) -> Review | None:
        """This action's review, or None when nobody chose how it went. Raises
        ConferenceRuleError for an incomplete new action (M14)."""
        kept = self.kept
        if kept is None:
            return None
        step = self.next_step
        if step is NextStep.NEW_DATE:
            return Review(self.action.id, kept, step, new_date=_date(self.new_date_edit.date()))
        if step is NextStep.NEW_ACTION:
            new_action = Action(
                NEW,
                self.new_action_edit.text(),
                self.carried_box.currentText(),
                self.followed_box.currentText(),
                held_on + timedelta(days=7),
                held_on + timedelta(days=14),
            )
            return Review(self.action.id, kept, step, new_action=new_action)
        return Review(self.action.id, kept, step)

    @Slot()
    def _show_step(self) -> None:
        step = self.next_step
        self.new_date_edit.setVisible(step is NextStep.NEW_DATE)
        for widget in (self.new_action_edit, self.carried_box, self.followed_box):
            widget.setVisible(step is NextStep.NEW_ACTION)
        self.changed.emit()


class FollowUpPage(QWidget):
    # (held_on: date, reviews: tuple[Review, ...]); the case screen writes it.
    save_requested = Signal(object, object)

    def __init__(
        self, *, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.rows: list[ActionReview] = []
        intro = QLabel(
            self.tr(
                "For each action, the person who follows it up says how it went and what "
                "happens next. Only these choices are saved, never what anyone said."
            )
        )
        intro.setWordWrap(True)
        self.date_edit = QDateEdit()
        self.date_edit.setAccessibleName(self.tr("Follow-up meeting on"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumHeight(48)
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(self.tr("Follow-up meeting on")))
        date_row.addWidget(self.date_edit)
        date_row.addSpacing(24)
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        date_row.addWidget(self.history_label, 1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 14pt; padding: 24px;")
        self._list = QVBoxLayout()
        self._list.setSpacing(12)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.empty_label)
        holder_layout.addLayout(self._list)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.error_label = refusal_label()
        self.save_hint = QLabel()
        self.save_hint.setWordWrap(True)
        self.save_button = QPushButton(
            icon("mdi6.calendar-check", on_accent=True), self.tr("Save the follow-up")
        )
        self.save_button.setProperty("primary", True)
        self.save_button.setMinimumHeight(56)
        self.save_button.clicked.connect(self._on_save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_hint, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(date_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)

    def set_case(self, case: Case) -> None:
        today = self._today()
        self.date_edit.setDate(_qdate(today))
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        names = [p.name for p in case.taking_part()]
        self.rows = [ActionReview(action, names) for action in case.open_actions()]
        for row in self.rows:
            row.changed.connect(self._update_save)
            self._list.addWidget(row)
        self.empty_label.setText(
            self.tr("No open actions to follow up. Agreed actions appear here.")
            if not case.actions
            else self.tr("Every action has been followed up and closed.")
        )
        self.empty_label.setVisible(not self.rows)
        meetings = case.follow_up_meetings
        self.history_label.setText(
            self.tr("Follow-up meetings so far: %n, the last on %1.", "", len(meetings)).replace(
                "%1", _day(meetings[-1].held_on)
            )
            if meetings
            else self.tr("No follow-up meeting yet.")
        )
        self.error_label.clear()
        self._update_save()

    def refuse(self, error: ConferenceRuleError) -> None:
        self.error_label.setText(labels.refusal(error))

    @Slot()
    def _update_save(self) -> None:
        chosen = any(row.kept is not None for row in self.rows)
        if not self.rows:
            reason = self.tr("There is nothing to follow up: no action is open.")
        elif not chosen:
            reason = self.tr("Choose how at least one action went: kept, partly or not kept.")
        else:
            reason = ""
        self.save_button.setEnabled(not reason)
        self.save_button.setToolTip(reason)
        self.save_hint.setText(reason)

    @Slot()
    def _on_save(self) -> None:
        held_on = _date(self.date_edit.date())
        try:
            reviews = tuple(r for row in self.rows if (r := row.review(held_on)) is not None)
        except ConferenceRuleError as exc:
            self.refuse(exc)
            return
        self.save_requested.emit(held_on, reviews)
