"""Before a restorative conversation: the parties in the order of asking, the uninvolved
facilitator (staff or student, M8), and the conversation's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.conversation import (
    ConversationRuleError,
    ConversationSetup,
    Facilitator,
    Party,
)
from circle_app.domain.enums import Role
from circle_app.domain.name_rules import name_refusal
from circle_app.ui.support.icons import icon


class ConversationSetupScreen(QWidget):
    start_requested = Signal(object)  # ConversationSetup
    home_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationSetup")

        heading = QLabel(self.tr("Restorative conversation"))
        heading.setStyleSheet("font-size: 30pt; font-weight: bold;")
        intro = QLabel(
            self.tr(
                "Every party gets the same six questions. Each in turn answers questions 1–5, "
                "then question 6 goes to everyone in the same order."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("muted", True)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name of a party"))
        self.name_edit.returnPressed.connect(self.add_party)
        self.add_button = QPushButton(icon("mdi6.account-plus-outline"), self.tr("Add"))
        self.add_button.clicked.connect(self.add_party)
        self.parties = QListWidget()
        self.parties.setAccessibleName(self.tr("Parties, in the order of asking"))
        self.up_button = QPushButton(icon("mdi6.arrow-up"), self.tr("Earlier"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(icon("mdi6.arrow-down"), self.tr("Later"))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button = QPushButton(icon("mdi6.close"), self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)

        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        order_row = QHBoxLayout()
        order_row.addWidget(self.up_button)
        order_row.addWidget(self.down_button)
        order_row.addStretch(1)
        order_row.addWidget(self.remove_button)
        parties = QVBoxLayout()
        section = QLabel(self.tr("Parties, in the order of asking"))
        section.setStyleSheet("font-size: 17pt; font-weight: bold;")
        parties.addWidget(section)
        parties.addLayout(add_row)
        parties.addWidget(self.parties, 1)
        parties.addLayout(order_row)

        self.facilitator_edit = QLineEdit()
        self.facilitator_edit.setPlaceholderText(self.tr("Someone not involved"))
        self.facilitator_role = QComboBox()
        self.facilitator_role.addItem(self.tr("Staff"), Role.STAFF)
        self.facilitator_role.addItem(self.tr("Student"), Role.PUPIL)
        self.language_box = QComboBox()
        self.language_box.addItem("Dansk", "da")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.addRow(self.tr("Facilitator"), self.facilitator_edit)
        form.addRow(self.tr("Facilitator is"), self.facilitator_role)
        form.addRow(self.tr("Questions in"), self.language_box)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("error", True)  # the theme's error colour
        self.error_label.setStyleSheet("font-size: 14pt;")
        side = QVBoxLayout()
        section2 = QLabel(self.tr("Who facilitates"))
        section2.setStyleSheet("font-size: 17pt; font-weight: bold;")
        side.addWidget(section2)
        side.addLayout(form)
        side.addWidget(self.error_label)
        side.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(40)
        columns.addLayout(parties, 3)
        columns.addLayout(side, 2)

        self.home_button = QPushButton(icon("mdi6.arrow-left"), self.tr("Home"))
        self.home_button.clicked.connect(self.home_requested)
        self.start_button = QPushButton(
            icon("mdi6.play", on_accent=True), self.tr("Start the conversation")
        )
        self.start_button.setProperty("primary", True)
        self.start_button.setMinimumHeight(64)
        self.start_button.clicked.connect(self._on_start)
        bottom = QHBoxLayout()
        bottom.addWidget(self.home_button)
        bottom.addStretch(1)
        bottom.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 24)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self._update()

    def party_names(self) -> list[str]:
        return [self.parties.item(row).text() for row in range(self.parties.count())]

    def build_setup(self) -> ConversationSetup:
        """Raises ConversationRuleError when the method does not allow it (M8)."""
        role = Role(self.facilitator_role.currentData())
        return ConversationSetup(
            parties=tuple(Party(i, name) for i, name in enumerate(self.party_names())),
            facilitator=Facilitator(self.facilitator_edit.text().strip(), role),
            language=str(self.language_box.currentData()),
        )

    @Slot()
    def add_party(self) -> None:
        name = " ".join(self.name_edit.text().split())
        refusal = name_refusal(name) if name else None
        if refusal is not None:  # kept in the field, to be corrected
            reason = QCoreApplication.translate("NameRules", refusal.template)
            self.error_label.setText(
                self.tr("Name: %1.").replace("%1", reason.format(**refusal.params))
            )
            self.name_edit.setFocus()
            return
        if name:
            self.parties.addItem(name)
            self.name_edit.clear()
        self.name_edit.setFocus()
        self._update()

    @Slot()
    def _remove(self) -> None:
        row = self.parties.currentRow()
        if row >= 0:
            self.parties.takeItem(row)
        self._update()

    def _move(self, step: int) -> None:
        row = self.parties.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.parties.count():
            return
        item = self.parties.takeItem(row)
        self.parties.insertItem(target, item)
        self.parties.setCurrentRow(target)

    def _update(self) -> None:
        self.start_button.setEnabled(self.parties.count() >= 2)
        if self.parties.count() < 2:
            self.error_label.setText(self.tr("Add two or more parties."))
        else:
            self.error_label.setText("")

    @Slot()
    def _on_start(self) -> None:
        if not self.facilitator_edit.text().strip():
            self.error_label.setText(self.tr("Who facilitates? Someone not involved."))
            return
        try:
            setup = self.build_setup()
        except ConversationRuleError:
            self.error_label.setText(
                self.tr(
                    "The facilitator must not be one of the parties: choose someone not involved."
                )
            )
            return
        self.start_requested.emit(setup)
