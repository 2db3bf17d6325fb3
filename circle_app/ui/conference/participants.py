"""Who takes part in a conference (M12), their consent (M13), and the guardian rule.

A list on the left, the selected participant's form on the right. A child under 18 cannot
be saved as taking part without a linked parent/guardian who takes part: the app refuses
and says why, and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
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
    PARTICIPANT_ROLES,
    Case,
    ConferenceRuleError,
    Consent,
    Participant,
    ParticipantRole,
)
from circle_app.store.conferences import NEW
from circle_app.ui.support import labels
from circle_app.ui.support.icons import icon
from circle_app.ui.widgets.editor_page import lay_out_editor, refusal_label

_ID = Qt.ItemDataRole.UserRole


class ParticipantsPage(QWidget):
    #: a Participant to save; the case screen answers with set_case() or refuse()
    save_requested = Signal(object)
    remove_requested = Signal(int)
    move_requested = Signal(int, int)  # participant id, step

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        guardians_on_record: Callable[[int], list[str]] = lambda _person_id: [],
    ) -> None:
        super().__init__(parent)
        self._guardians_on_record = guardians_on_record  # from the class list (M13)
        self._case: Case | None = None
        self._editing = NEW

        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._on_selected)
        self.list.setSpacing(6)  # two-line entries stay apart
        self.list.setAlternatingRowColors(True)
        self.new_button = QPushButton(icon("mdi6.account-plus-outline"), self.tr("New participant"))
        self.list.setAccessibleName(self.tr("Participants"))
        self.new_button.clicked.connect(self.new_participant)
        self.up_button = QPushButton(icon("mdi6.arrow-up"), "")
        self.up_button.setToolTip(self.tr("Earlier in the order of asking"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(icon("mdi6.arrow-down"), "")
        self.down_button.setToolTip(self.tr("Later in the order of asking"))
        self.down_button.clicked.connect(lambda: self._move(1))
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button, 1)
        list_buttons.addWidget(self.up_button)
        list_buttons.addWidget(self.down_button)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)

        self.name_edit = QLineEdit()
        self.role_box = QComboBox()
        for role in PARTICIPANT_ROLES:
            self.role_box.addItem(labels.participant_role(role), role)
        self.consent_box = QComboBox()
        for consent in Consent:
            self.consent_box.addItem(labels.consent(consent), consent)
        # A field like the others (padded, no spin arrows to clip): empty means not given.
        self.birth_year = QLineEdit()
        self.birth_year.setValidator(QIntValidator(1900, date.today().year, self))
        self.birth_year.setMaxLength(4)
        self.birth_year.setPlaceholderText(self.tr("not given"))
        self.birth_year.setMinimumHeight(48)
        self.under_18_box = QComboBox()
        self.under_18_box.addItem(self.tr("Go by the birth year"), None)
        self.under_18_box.addItem(self.tr("Yes, under 18"), True)
        self.under_18_box.addItem(self.tr("No, 18 or older"), False)
        self.guardians = QListWidget()
        self.guardians.setMinimumHeight(96)
        self.guardians.setMaximumHeight(150)
        # The hint sits in the row's label: a row of its own did not fit a 768-pixel board.
        self.guardians.setToolTip(
            self.tr("A child comes with a parent or guardian. Tick who (add them first).")
        )
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Role"), self.role_box)
        form.addRow(self.tr("Taking part"), self.consent_box)
        form.addRow(self.tr("Birth year"), self.birth_year)
        form.addRow(self.tr("Under 18?"), self.under_18_box)
        form.addRow(self.tr("Comes with\n(parent/guardian)"), self.guardians)
        self.on_record = QLabel()  # the child's parents/guardians on the class list
        self.on_record.setWordWrap(True)
        self.on_record.hide()
        form.addRow("", self.on_record)

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
        self.new_participant()

    # -- public ---------------------------------------------------------------------------

    def set_case(self, case: Case, select: int | None = None) -> None:
        self._case = case
        self.list.blockSignals(True)
        self.list.clear()
        for participant in case.participants:
            text = (
                f"{participant.name}\n{labels.participant_role(participant.role)} · "
                f"{labels.consent(participant.consent)}"
            )
            item = QListWidgetItem(text)
            item.setData(_ID, participant.id)
            self.list.addItem(item)
            if participant.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if select is not None and any(p.id == select for p in case.participants):
            self._edit(case.participant(select))
        else:
            self.new_participant()

    def refuse(self, error: ConferenceRuleError) -> None:
        self.error_label.setText(labels.refusal(error))

    def draft(self) -> Participant:
        """The participant as the form holds it (id NEW for a new one)."""
        year = self.birth_year.text().strip()
        guardian_ids = tuple(
            int(self.guardians.item(row).data(_ID))
            for row in range(self.guardians.count())
            if self.guardians.item(row).checkState() == Qt.CheckState.Checked
        )
        return Participant(
            id=self._editing,
            name=" ".join(self.name_edit.text().split()),
            role=ParticipantRole(self.role_box.currentData()),
            consent=Consent(self.consent_box.currentData()),
            birth_year=int(year) if self.birth_year.hasAcceptableInput() else None,
            under_18=self.under_18_box.currentData(),
            guardian_ids=guardian_ids,
        )

    @Slot()
    def new_participant(self) -> None:
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._edit(Participant(NEW, "", ParticipantRole.AFFECTED))
        self.name_edit.setFocus()

    # -- internals ------------------------------------------------------------------------

    def _edit(self, participant: Participant) -> None:
        self._editing = participant.id
        self.error_label.clear()
        self.name_edit.setText(participant.name)
        self.role_box.setCurrentIndex(self.role_box.findData(participant.role))
        self.consent_box.setCurrentIndex(self.consent_box.findData(participant.consent))
        self.birth_year.setText(str(participant.birth_year) if participant.birth_year else "")
        self.under_18_box.setCurrentIndex({None: 0, True: 1, False: 2}[participant.under_18])
        self.guardians.clear()
        if self._case is not None:
            for other in self._case.participants:
                if other.role is not ParticipantRole.GUARDIAN or other.id == participant.id:
                    continue
                item = QListWidgetItem(f"{other.name} ({labels.consent(other.consent)})")
                item.setData(_ID, other.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = other.id in participant.guardian_ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.guardians.addItem(item)
        on_record = (
            self._guardians_on_record(participant.person_id)
            if participant.person_id is not None
            and participant.role is not ParticipantRole.GUARDIAN
            else []
        )
        self.on_record.setText(
            self.tr(
                "On the class list: %1. Add them as parents/guardians to tick them here."
            ).replace("%1", ", ".join(on_record))
        )
        self.on_record.setVisible(bool(on_record))
        self.remove_button.setEnabled(participant.id != NEW)
        self.remove_button.setToolTip(
            "" if participant.id != NEW else self.tr("Choose someone in the list to remove them.")
        )

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and self._case is not None:
            self._edit(self._case.participant(int(current.data(_ID))))

    @Slot()
    def _on_save(self) -> None:
        draft = self.draft()
        if not draft.name:
            self.error_label.setText(self.tr("Every participant needs a name."))
            return
        self.save_requested.emit(draft)

    @Slot()
    def _on_remove(self) -> None:
        if self._editing != NEW:
            self.remove_requested.emit(self._editing)

    def _move(self, step: int) -> None:
        if self._editing != NEW:
            self.move_requested.emit(self._editing, step)
