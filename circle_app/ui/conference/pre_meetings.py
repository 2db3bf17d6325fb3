"""Pre-meetings (M11): the facilitator meets each party taking part before the conference,
children together with their parents/guardians, where the party prefers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.conference import PARTY_ROLES, Case, MeetingPlace, PreMeeting
from circle_app.store.conferences import NEW
from circle_app.ui.support import labels
from circle_app.ui.support.icons import icon
from circle_app.ui.widgets.editor_page import lay_out_editor

_ID = Qt.ItemDataRole.UserRole


class PreMeetingsPage(QWidget):
    save_requested = Signal(object)  # PreMeeting

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._participant: int | None = None

        hint = QLabel(
            self.tr(
                "Each party taking part meets the facilitator first. A child's pre-meeting is "
                "held with their parents/guardians and covers them too."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._on_selected)
        self.list.setSpacing(6)  # two-line entries stay apart
        self.list.setAlternatingRowColors(True)
        left = QVBoxLayout()
        left.addWidget(hint)
        left.addWidget(self.list, 1)

        self.party_label = QLabel()
        self.party_label.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate.currentDate())
        self.place_box = QComboBox()
        for place in MeetingPlace:
            self.place_box.addItem(labels.meeting_place(place), place)
        self.explained_edit = QLineEdit()
        self.explained_edit.setPlaceholderText(self.tr("What to expect, the questions, voluntary"))
        self.expectations_edit = QLineEdit()
        self.expectations_edit.setPlaceholderText(self.tr("Who takes part, what it is about"))
        self.done_box = QCheckBox(self.tr("The pre-meeting has been held"))
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Place"), self.place_box)
        form.addRow(self.tr("Explained"), self.explained_edit)
        form.addRow(self.tr("Expectations"), self.expectations_edit)
        form.addRow("", self.done_box)
        self.save_button = QPushButton(
            icon("mdi6.content-save-outline", on_accent=True), self.tr("Save")
        )
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self._on_save)
        lay_out_editor(self, left, [self.party_label, form], save=self.save_button)
        self._set_enabled(False)

    def set_case(self, case: Case) -> None:
        self._case = case
        keep = self._participant
        self.list.blockSignals(True)
        self.list.clear()
        guardians_of_children = {g for p in case.participants for g in p.guardian_ids}
        for participant in case.participants:
            if participant.role not in PARTY_ROLES:
                continue
            meeting = case.pre_meeting_of(participant.id)
            if case.covered_by_pre_meeting(participant.id):
                state = self.tr("done")
                if meeting is None or not meeting.done:
                    state = self.tr("done, with the child")
            elif participant.id in guardians_of_children and meeting is None:
                state = self.tr("with the child's pre-meeting")
            elif meeting is not None:
                state = self.tr("planned")
            else:
                state = self.tr("not yet")
            if not participant.taking_part:
                state += " · " + labels.consent(participant.consent)
            item = QListWidgetItem(f"{participant.name}\n{state}")
            item.setData(_ID, participant.id)
            self.list.addItem(item)
            if participant.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if keep is not None and any(p.id == keep for p in case.participants):
            self._edit(keep)

    def select(self, participant_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID) == participant_id:
                self.list.setCurrentRow(row)

    def _edit(self, participant_id: int) -> None:
        assert self._case is not None
        self._participant = participant_id
        participant = self._case.participant(participant_id)
        meeting = self._case.pre_meeting_of(participant_id)
        names = [participant.name] + [
            self._case.participant(g).name for g in participant.guardian_ids
        ]
        self.party_label.setText(" + ".join(names))
        meeting = meeting or PreMeeting(NEW, participant_id, date.today())
        held = meeting.held_on or date.today()
        self.date_edit.setDate(QDate(held.year, held.month, held.day))
        self.place_box.setCurrentIndex(self.place_box.findData(meeting.place))
        self.explained_edit.setText(meeting.explained)
        self.expectations_edit.setText(meeting.expectations)
        self.done_box.setChecked(meeting.done)
        self._set_enabled(True)

    def draft(self) -> PreMeeting | None:
        if self._participant is None:
            return None
        qdate = self.date_edit.date()
        return PreMeeting(
            NEW,
            self._participant,
            date(qdate.year(), qdate.month(), qdate.day()),
            MeetingPlace(self.place_box.currentData()),
            self.explained_edit.text(),
            self.expectations_edit.text(),
            self.done_box.isChecked(),
        )

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.date_edit,
            self.place_box,
            self.explained_edit,
            self.expectations_edit,
            self.done_box,
            self.save_button,
        ):
            widget.setEnabled(enabled)
        if not enabled:
            self.party_label.setText(self.tr("Choose a party on the left"))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self._edit(int(current.data(_ID)))

    @Slot()
    def _on_save(self) -> None:
        draft = self.draft()
        if draft is not None:
            self.save_requested.emit(draft)
