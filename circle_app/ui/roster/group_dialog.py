"""Create or change a group: name, kind, age band, language, who takes turns keeping (M6)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.enums import AgeBand, GroupKind, Role
from circle_app.domain.keepers import ROTATING_ROLES
from circle_app.domain.name_rules import GROUP_NAME_MAX, name_refusal
from circle_app.store.roster import GroupDraft
from circle_app.ui.support import labels


class GroupDialog(QDialog):
    def __init__(
        self, draft: GroupDraft | None = None, language: str = "da", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Group settings") if draft else self.tr("New group"))
        self.setMinimumWidth(600)
        self.name = QLineEdit()
        self.name.setMaxLength(GROUP_NAME_MAX)
        self.name.setPlaceholderText(self.tr("For example 5.a or Parents of 5.a"))
        self.kind = QComboBox()
        for kind in GroupKind:
            self.kind.addItem(labels.group_kind(kind), kind.value)
        self.age_band = QComboBox()
        self.age_band.addItem(self.tr("Mixed ages"), "")
        for band in AgeBand:
            self.age_band.addItem(labels.age_band(band), band.value)
        self.language = QComboBox()
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.keeper_buttons: dict[Role, QPushButton] = {}
        keepers = QHBoxLayout()
        for role in ROTATING_ROLES:
            button = QPushButton(labels.roles_plural(role))
            button.setCheckable(True)
            self.keeper_buttons[role] = button
            keepers.addWidget(button)
        keepers.addStretch(1)
        hint = QLabel(
            self.tr("Who takes turns keeping the circle? The app suggests whose turn it is.")
        )
        hint.setProperty("muted", True)
        hint.setWordWrap(True)

        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Age"), self.age_band)
        form.addRow(self.tr("Prompts in"), self.language)
        form.addRow(self.tr("Keepers"), keepers)
        form.addRow("", hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if draft else self.tr("Create"))
        self.ok_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        self.error = QLabel()
        self.error.setProperty("muted", True)
        self.error.setWordWrap(True)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        draft = draft or GroupDraft("", GroupKind.CLASS, None, language)
        self.name.setText(draft.name)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
        self.age_band.setCurrentIndex(
            self.age_band.findData(draft.age_band.value if draft.age_band else "")
        )
        self.language.setCurrentIndex(max(self.language.findData(draft.language), 0))
        for role, button in self.keeper_buttons.items():
            button.setChecked(role in draft.keeper_roles)
        self.name.textChanged.connect(self._validate)
        self._validate()
        self.name.setFocus()

    def draft(self) -> GroupDraft:
        band = self.age_band.currentData()
        return GroupDraft(
            name=" ".join(self.name.text().split()),
            kind=GroupKind(self.kind.currentData()),
            age_band=AgeBand(band) if band else None,
            language=self.language.currentData(),
            keeper_roles=frozenset(
                role for role, button in self.keeper_buttons.items() if button.isChecked()
            ),
        )

    @Slot()
    def _validate(self) -> None:
        """Save only a name the rule accepts (domain.name_rules); say why not."""
        text = ""
        if not self.name.text().strip():
            text = self.tr("A group needs a name.")
        elif (refusal := name_refusal(self.name.text(), limit=GROUP_NAME_MAX)) is not None:
            reason = QCoreApplication.translate("NameRules", refusal.template)
            text = self.tr("Name: %1.").replace("%1", reason.format(**refusal.params))
        self.ok_button.setEnabled(not text)
        self.error.setText(text)
