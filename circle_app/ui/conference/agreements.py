"""The agreements (M14): each action says what, who carries it out, who follows it up, by
when and when it is followed up. Consequences for the person who caused harm are allowed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.conference import (
    Action,
    ActionStatus,
    Case,
    ConferenceRuleError,
)
from circle_app.store.conferences import NEW
from circle_app.ui.support import labels
from circle_app.ui.support.icons import icon
from circle_app.ui.widgets.editor_page import lay_out_editor, refusal_label

_ID = Qt.ItemDataRole.UserRole


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AgreementsPage(QWidget):
    save_requested = Signal(object)  # Action
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._editing = NEW

        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._on_selected)
        self.list.setSpacing(6)  # two-line entries stay apart
        self.list.setAlternatingRowColors(True)
        self.new_button = QPushButton(icon("mdi6.plus"), self.tr("New action"))
        self.new_button.clicked.connect(self.new_action)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        self.empty_label = QLabel(
            self.tr("No actions agreed yet. Write the first one on the right and save it.")
        )
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 14pt; padding: 24px;")
        left = QVBoxLayout()
        left.addWidget(self.empty_label)
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)

        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("What will be done"))
        self.carried_box = QComboBox()
        self.carried_box.setEditable(True)
        self.followed_box = QComboBox()
        self.followed_box.setEditable(True)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.follow_up_edit = QDateEdit()
        self.follow_up_edit.setCalendarPopup(True)
        self.status_box = QComboBox()
        for status in ActionStatus:
            self.status_box.addItem(labels.action_status(status), status)
        self.consequence_box = QCheckBox(self.tr("A consequence for the person who caused harm"))
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Action"), self.description_edit)
        form.addRow(self.tr("Carried out by"), self.carried_box)
        form.addRow(self.tr("Followed up by"), self.followed_box)
        form.addRow(self.tr("Done by"), self.due_edit)
        form.addRow(self.tr("Follow-up on"), self.follow_up_edit)
        form.addRow(self.tr("Status"), self.status_box)
        form.addRow("", self.consequence_box)
        self.error_label = refusal_label()
        self.save_button = QPushButton(
            icon("mdi6.content-save-outline", on_accent=True), self.tr("Save")
        )
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self._on_save)
        self.remove_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Remove"))
        self.remove_button.clicked.connect(self._on_remove)
        lay_out_editor(
            self,
            left,
            [form, self.error_label],
            save=self.save_button,
            others=[self.remove_button],
        )
        self.new_action()

    def set_case(self, case: Case, select: int | None = None) -> None:
        self._case = case
        names = [p.name for p in case.taking_part()]
        for box in (self.carried_box, self.followed_box):
            text = box.currentText()
            box.clear()
            box.addItems(names)
            box.setCurrentText(text)
        self.list.blockSignals(True)
        self.list.clear()
        for action in case.actions:
            mark = " ⚑" if action.is_consequence else ""
            item = QListWidgetItem(
                f"{action.description}{mark}\n{labels.action_status(action.status)} · "
                f"{action.carried_out_by} → {action.followed_up_by}"
            )
            item.setData(_ID, action.id)
            self.list.addItem(item)
            if action.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty_label.setVisible(not case.actions)
        self.list.setVisible(bool(case.actions))
        chosen = next((a for a in case.actions if a.id == select), None)
        if chosen is not None:
            self._edit(chosen)
        else:
            self.new_action()

    def refuse(self, error: ConferenceRuleError) -> None:
        self.error_label.setText(labels.refusal(error))

    def draft(self) -> Action:
        """Raises ConferenceRuleError when a responsibility is missing (M14)."""
        return Action(
            self._editing,
            self.description_edit.text(),
            self.carried_box.currentText(),
            self.followed_box.currentText(),
            _date(self.due_edit.date()),
            _date(self.follow_up_edit.date()),
            ActionStatus(self.status_box.currentData()),
            self.consequence_box.isChecked(),
        )

    @Slot()
    def new_action(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        today = date.today()
        self._editing = NEW
        self.error_label.clear()
        self.description_edit.clear()
        self.carried_box.setCurrentText("")
        self.followed_box.setCurrentText("")
        self.due_edit.setDate(_qdate(today + timedelta(days=7)))
        self.follow_up_edit.setDate(_qdate(today + timedelta(days=14)))
        self.status_box.setCurrentIndex(0)
        self.consequence_box.setChecked(False)
        self.remove_button.setEnabled(False)
        self.remove_button.setToolTip(self.tr("Choose an action in the list to remove it."))

    def _edit(self, action: Action) -> None:
        self._editing = action.id
        self.error_label.clear()
        self.description_edit.setText(action.description)
        self.carried_box.setCurrentText(action.carried_out_by)
        self.followed_box.setCurrentText(action.followed_up_by)
        self.due_edit.setDate(_qdate(action.due_on))
        self.follow_up_edit.setDate(_qdate(action.follow_up_on))
        self.status_box.setCurrentIndex(self.status_box.findData(action.status))
        self.consequence_box.setChecked(action.is_consequence)
        self.remove_button.setEnabled(True)
        self.remove_button.setToolTip("")

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and self._case is not None:
            action_id = int(current.data(_ID))
            self._edit(next(a for a in self._case.actions if a.id == action_id))

    @Slot()
    def _on_save(self) -> None:
        try:
            action = self.draft()
        except ConferenceRuleError as exc:
            self.refuse(exc)
            return
        self.save_requested.emit(action)

    @Slot()
    def _on_remove(self) -> None:
        if self._editing != NEW:
            self.remove_requested.emit(self._editing)
