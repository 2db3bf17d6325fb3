"""Add or edit one person: name, short name, role, birth year or age band."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.enums import AgeBand, Role
from circle_app.domain.name_rules import (
    PERSON_NAME_MAX,
    SHORT_NAME_MAX,
    character_refusal,
    name_refusal,
)
from circle_app.store.roster import PersonDraft
from circle_app.ui.support import labels


class PersonDialog(QDialog):
    def __init__(self, draft: PersonDraft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit person") if draft else self.tr("Add a person"))
        self.setMinimumWidth(560)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("First name and last name"))
        self.name.setMaxLength(PERSON_NAME_MAX)
        self.short_name = QLineEdit()
        self.short_name.setMaxLength(SHORT_NAME_MAX)
        self.short_name.setPlaceholderText(self.tr("Initials, if the names are hidden"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(labels.role(role), role.value)
        self.birth_year = QLineEdit()
        self.birth_year.setValidator(QIntValidator(1900, date.today().year, self))
        self.birth_year.setPlaceholderText(self.tr("Optional; conferences need it for under-18s"))
        self.age_band = QComboBox()
        self.age_band.addItem(self.tr("Not given"), "")
        for band in AgeBand:
            self.age_band.addItem(labels.age_band(band), band.value)

        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Short name"), self.short_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Birth year"), self.birth_year)
        form.addRow(self.tr("Age"), self.age_band)
        self.error = QLabel()
        self.error.setProperty("muted", True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.ok_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if draft is not None:
            self.name.setText(draft.display_name)
            self.short_name.setText(draft.short_name)
            self.role.setCurrentIndex(self.role.findData(draft.role.value))
            self.birth_year.setText(str(draft.birth_year) if draft.birth_year else "")
            band_value = draft.age_band.value if draft.age_band else ""
            self.age_band.setCurrentIndex(self.age_band.findData(band_value))
        self.name.textChanged.connect(self._validate)
        self.short_name.textChanged.connect(self._validate)
        self._validate()
        self.name.setFocus()

    def draft(self) -> PersonDraft:
        year = self.birth_year.text().strip()
        band = self.age_band.currentData()
        return PersonDraft(
            display_name=" ".join(self.name.text().split()),
            role=Role(self.role.currentData()),
            short_name=self.short_name.text().strip(),
            birth_year=int(year) if year.isascii() and year.isdigit() else None,
            age_band=AgeBand(band) if band else None,
        )

    @Slot()
    def _validate(self) -> None:
        """Save only a name the rule accepts (domain.name_rules); say why not."""
        text = ""
        if not self.name.text().strip():
            text = self.tr("A person needs a name.")
        elif (refusal := name_refusal(self.name.text(), limit=PERSON_NAME_MAX)) is not None:
            reason = QCoreApplication.translate("NameRules", refusal.template)
            text = self.tr("Name: %1.").replace("%1", reason.format(**refusal.params))
        elif (refusal := character_refusal(self.short_name.text())) is not None:
            reason = QCoreApplication.translate("NameRules", refusal.template)
            text = self.tr("Short name: %1.").replace("%1", reason.format(**refusal.params))
        self.ok_button.setEnabled(not text)
        self.error.setText(text)
