"""A conference case (M11-M15): the case itself, participants, pre-meetings, agreements.

A staff screen, still touch-sized. The conference starts from here once every party taking
part has had a pre-meeting (or the facilitator overrides that with a reason); the M15
notes about facilitation stay visible at the top. After the conference, the Follow-up tab
holds the follow-up meeting and "Follow-up circle" asks for a circle with those who took part.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.conference import (
    Action,
    Case,
    ConferenceRuleError,
    Participant,
    PreMeeting,
    Refusal,
    Review,
)
from circle_app.domain.follow_up import follow_up_circle
from circle_app.store import StoreError
from circle_app.store.conferences import ConferenceStore
from circle_app.ui.conference.agreements import AgreementsPage
from circle_app.ui.conference.follow_up_page import FollowUpPage
from circle_app.ui.conference.participants import ParticipantsPage
from circle_app.ui.conference.pre_meetings import PreMeetingsPage
from circle_app.ui.support import labels
from circle_app.ui.support.errors import warn_unsaved
from circle_app.ui.support.icons import icon
from circle_app.ui.widgets.editor_page import refusal_label

log = logging.getLogger(__name__)


class ConferenceCaseScreen(QWidget):
    back_requested = Signal()
    conference_requested = Signal(int)  # conversation id: the questions round (M14)
    export_requested = Signal(int)  # case id
    # A domain CircleSetup with those who took part, for "how has it gone since?" (M14).
    follow_up_circle_requested = Signal(object)

    def __init__(
        self,
        store: ConferenceStore,
        case_id: int,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conferenceCase")
        self._store = store
        self._today = today
        self._case = store.load(case_id)

        self.back_button = QPushButton(icon("mdi6.arrow-left"), self.tr("Conferences"))
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 24pt; font-weight: bold;")
        self.export_button = QPushButton(icon("mdi6.file-pdf-box"), self.tr("Agreement PDF"))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.case.id))
        self.circle_button = QPushButton(
            icon("mdi6.account-group-outline"), self.tr("Follow-up circle")
        )
        self.circle_button.clicked.connect(self._on_circle_clicked)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.circle_button)
        top.addWidget(self.export_button)
        self.buttons_hint = QLabel()  # why a button at the top is not available yet
        self.buttons_hint.setWordWrap(True)
        self.buttons_hint.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.notes_label = QLabel()
        self.notes_label.setObjectName("facilitationNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(
            "background: #fff3d6; color: #5c3b00; border-radius: 12px; padding: 10px 16px;"
            "font-size: 13pt;"
        )

        self.blockers_label = QLabel()
        self.blockers_label.setWordWrap(True)
        self.blockers_label.setStyleSheet("font-size: 13pt;")
        self.override_edit = QLineEdit()
        self.override_edit.setPlaceholderText(
            self.tr("Start without every pre-meeting, because… (a reason is required)")
        )
        self.override_edit.textChanged.connect(self._update_start)
        self.start_button = QPushButton(
            icon("mdi6.play", on_accent=True), self.tr("Start the conference")
        )
        self.start_button.setProperty("primary", True)
        self.start_button.setMinimumHeight(56)
        self.start_button.clicked.connect(self._on_start_clicked)
        start_row = QHBoxLayout()
        start_column = QVBoxLayout()
        start_column.addWidget(self.blockers_label)
        start_column.addWidget(self.override_edit)
        start_row.addLayout(start_column, 1)
        start_row.addWidget(self.start_button)

        # -- the case tab ---------------------------------------------------------------
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Short; no sensitive detail needed"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.facilitator_edit = QLineEdit()
        self.own_box = QCheckBox(self.tr("The facilitator is from the parties' own institution"))
        self.police_box = QCheckBox(self.tr("The police are involved"))
        self.language_box = QComboBox()
        self.language_box.addItem("Dansk", "da")
        self.language_box.addItem("English", "en")
        self.save_case_button = QPushButton(
            icon("mdi6.content-save-outline", on_accent=True), self.tr("Save")
        )
        self.save_case_button.setProperty("primary", True)
        self.save_case_button.clicked.connect(self.save_case)
        self.case_error = refusal_label()
        case_form = QFormLayout()
        case_form.setVerticalSpacing(12)
        case_form.addRow(self.tr("Title"), self.title_edit)
        case_form.addRow(self.tr("Date"), self.date_edit)
        case_form.addRow(self.tr("Facilitator"), self.facilitator_edit)
        case_form.addRow("", self.own_box)
        case_form.addRow("", self.police_box)
        case_form.addRow(self.tr("Language (questions, PDF)"), self.language_box)
        case_page = QWidget()
        case_layout = QVBoxLayout(case_page)
        case_layout.setContentsMargins(16, 16, 16, 16)
        case_layout.addLayout(case_form)
        case_layout.addWidget(self.case_error)
        case_layout.addStretch(1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_case_button)
        case_layout.addLayout(save_row)

        self.participants = ParticipantsPage(guardians_on_record=store.guardians_on_record)
        self.participants.save_requested.connect(self._save_participant)
        self.participants.remove_requested.connect(self._remove_participant)
        self.participants.move_requested.connect(self._move_participant)
        self.pre_meetings = PreMeetingsPage()
        self.pre_meetings.save_requested.connect(self._save_pre_meeting)
        self.agreements = AgreementsPage()
        self.agreements.save_requested.connect(self._save_action)
        self.agreements.remove_requested.connect(self._remove_action)
        self.follow_up = FollowUpPage(today=today)
        self.follow_up.save_requested.connect(self._hold_follow_up)

        self.tabs = QTabWidget()
        self.tabs.setStyleSheet("QTabBar::tab { min-height: 44px; padding: 4px 22px; }")
        self.tabs.addTab(case_page, self.tr("Case"))
        self.tabs.addTab(self.participants, self.tr("Participants"))
        self.tabs.addTab(self.pre_meetings, self.tr("Pre-meetings"))
        self.tabs.addTab(self.agreements, self.tr("Agreements"))
        self.tabs.addTab(self.follow_up, self.tr("Follow-up"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.buttons_hint)
        layout.addWidget(self.notes_label)
        layout.addLayout(start_row)
        layout.addWidget(self.tabs, 1)
        self._fill_case_form()
        self._refresh(self._case)

    @property
    def case(self) -> Case:
        return self._case

    def show_follow_up(self) -> None:
        """Open at the follow-up meeting (from the follow-up list)."""
        self.tabs.setCurrentWidget(self.follow_up)

    # -- actions --------------------------------------------------------------------------

    @Slot()
    def save_case(self) -> None:
        qdate = self.date_edit.date()
        changed = replace(
            self._case,
            title=self.title_edit.text().strip(),
            held_on=date(qdate.year(), qdate.month(), qdate.day()),
            facilitator=self.facilitator_edit.text().strip(),
            facilitator_own_institution=self.own_box.isChecked(),
            police_involved=self.police_box.isChecked(),
            language=str(self.language_box.currentData()),
        )
        self.case_error.clear()
        if not changed.title:
            self.case_error.setText(
                labels.refusal(ConferenceRuleError(Refusal.EMPTY_TITLE, "empty title"))
            )
            return
        self._write(lambda: self._store.update_case(changed))

    @Slot()
    def start_conference(self) -> None:
        """Start the questions round for all taking part (M14), if M11/M13 allow it."""
        reason = self.override_edit.text().strip() or None
        try:
            conversation_id = self._store.start(self._case.id, self._today(), reason)
        except ConferenceRuleError as exc:
            self.blockers_label.setText(labels.refusal(exc))
            return
        except StoreError as exc:
            warn_unsaved(self, exc)
            return
        log.info("conference %s started (conversation %s)", self._case.id, conversation_id)
        self._refresh(self._store.load(self._case.id))
        self.conference_requested.emit(conversation_id)

    # -- internals ------------------------------------------------------------------------

    def _fill_case_form(self) -> None:
        case = self._case
        self.title_edit.setText(case.title)
        self.date_edit.setDate(QDate(case.held_on.year, case.held_on.month, case.held_on.day))
        self.facilitator_edit.setText(case.facilitator)
        self.own_box.setChecked(case.facilitator_own_institution)
        self.police_box.setChecked(case.police_involved)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(case.language)))

    def _write(
        self, change: Callable[[], Case], page: object = None, select: int | None = None
    ) -> bool:
        try:
            case = change()
        except ConferenceRuleError as exc:
            log.info("case %s: change refused (%s)", self._case.id, exc.refusal)
            if isinstance(page, ParticipantsPage | AgreementsPage | FollowUpPage):
                page.refuse(exc)
            else:
                self.case_error.setText(labels.refusal(exc))
            return False
        except StoreError as exc:
            warn_unsaved(self, exc)
            return False
        self._refresh(case, select=select)
        return True

    def _refresh(self, case: Case, select: int | None = None) -> None:
        self._case = case
        self.title_label.setText(case.title)
        notes = [labels.conference_note(note) for note in case.notes()]
        self.notes_label.setText("\n".join("⚠ " + note for note in notes))
        self.notes_label.setVisible(bool(notes))
        self.participants.set_case(
            case, select if self.tabs.currentWidget() is self.participants else None
        )
        self.pre_meetings.set_case(case)
        self.agreements.set_case(
            case, select if self.tabs.currentWidget() is self.agreements else None
        )
        self.follow_up.set_case(case)
        self._update_top_buttons()
        self._update_start()

    def _update_top_buttons(self) -> None:
        """A disabled button says why, as a tooltip and in the line under the buttons."""
        case = self._case
        pdf_reason = (
            "" if case.actions else self.tr("Agreement PDF: agree an action first (Agreements).")
        )
        circle_reason = ""
        if case.started_at is None:
            circle_reason = self.tr("Follow-up circle: after the conference has been held.")
        elif len(case.taking_part()) < 2:
            circle_reason = self.tr("Follow-up circle: at least two must have taken part.")
        for button, reason in (
            (self.export_button, pdf_reason),
            (self.circle_button, circle_reason),
        ):
            button.setEnabled(not reason)
            button.setToolTip(reason)
        self.buttons_hint.setText("  ".join(r for r in (circle_reason, pdf_reason) if r))
        self.buttons_hint.setVisible(bool(circle_reason or pdf_reason))

    @Slot()
    def _update_start(self) -> None:
        case = self._case
        if case.started_at is not None:
            self.blockers_label.setText(self.tr("The conference has been held."))
            self.override_edit.hide()
            self.start_button.setText(self.tr("Continue the conference"))
            self.start_button.setEnabled(case.conversation_id is not None)
            return
        blockers = case.start_blockers(self._today())
        texts = [labels.refusal(blocker) for blocker in blockers]
        only_pre_meetings = bool(blockers) and all(
            b.refusal is Refusal.PRE_MEETING_MISSING for b in blockers
        )
        self.override_edit.setVisible(only_pre_meetings)
        if not blockers:
            self.blockers_label.setText(
                self.tr("Ready: %n take(s) part.", "", len(case.taking_part()))
            )
        else:
            self.blockers_label.setText("\n".join(texts))
        reason = self.override_edit.text().strip()
        enabled = not blockers or (only_pre_meetings and bool(reason))
        self.start_button.setEnabled(enabled)
        self.start_button.setToolTip("" if enabled else self.blockers_label.text())

    @Slot()
    def _on_start_clicked(self) -> None:
        if self._case.started_at is None:
            self.start_conference()
        elif self._case.conversation_id is not None:
            self.conference_requested.emit(self._case.conversation_id)

    @Slot(object)
    def _save_participant(self, participant: object) -> None:
        assert isinstance(participant, Participant)
        before = {p.id for p in self._case.participants}

        def change() -> Case:
            return self._store.save_participant(self._case.id, participant, self._today())

        if self._write(change, self.participants):
            added = [p.id for p in self._case.participants if p.id not in before]
            self.participants.set_case(self._case, added[0] if added else participant.id)

    @Slot(int)
    def _remove_participant(self, participant_id: int) -> None:
        self._write(
            lambda: self._store.remove_participant(self._case.id, participant_id, self._today()),
            self.participants,
        )

    @Slot(int, int)
    def _move_participant(self, participant_id: int, step: int) -> None:
        if self._write(lambda: self._store.move_participant(self._case.id, participant_id, step)):
            self.participants.set_case(self._case, participant_id)

    @Slot(object)
    def _save_pre_meeting(self, meeting: object) -> None:
        assert isinstance(meeting, PreMeeting)
        self._write(lambda: self._store.save_pre_meeting(self._case.id, meeting))

    @Slot(object)
    def _save_action(self, action: object) -> None:
        assert isinstance(action, Action)
        before = {a.id for a in self._case.actions}
        if self._write(lambda: self._store.save_action(self._case.id, action), self.agreements):
            added = [a.id for a in self._case.actions if a.id not in before]
            self.agreements.set_case(self._case, added[0] if added else action.id)

    @Slot(object, object)
    def _hold_follow_up(self, held_on: object, reviews: object) -> None:
        assert isinstance(held_on, date)
        assert isinstance(reviews, tuple)
        checked = tuple(r for r in reviews if isinstance(r, Review))
        self._write(
            lambda: self._store.hold_follow_up(self._case.id, held_on, checked), self.follow_up
        )

    @Slot()
    def _on_circle_clicked(self) -> None:
        try:
            setup = follow_up_circle(self._case, self._today())
        except ConferenceRuleError as exc:
            self.buttons_hint.setText(labels.refusal(exc))
            return
        log.info("case %s: follow-up circle with %d seat(s)", self._case.id, len(setup.seats))
        self.follow_up_circle_requested.emit(setup)

    @Slot(int)
    def _remove_action(self, action_id: int) -> None:
        self._write(lambda: self._store.remove_action(self._case.id, action_id), self.agreements)
