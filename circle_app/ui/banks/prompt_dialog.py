"""Add a prompt to one of the teacher's own banks (or start a new bank)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.enums import CONFLICT_STAGES, AgeBand, BankKind, Stage
from circle_app.ui.support import labels


class PromptDialog(QDialog):
    """Text, ages, tags (and the stage for a conflict bank). The bank's checker has the last
    word when the prompt is saved."""

    def __init__(self, kind: BankKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New prompt"))
        self.setMinimumWidth(620)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("The question as you would say it to the circle"))
        self.text.setFixedHeight(110)
        self.ages = {band: QCheckBox(labels.age_band(band)) for band in AgeBand}
        for box in self.ages.values():
            box.setChecked(True)
        ages = QVBoxLayout()
        for box in self.ages.values():
            ages.addWidget(box)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. seasons, memories"))
        self.stage = QComboBox()
        for stage in CONFLICT_STAGES:
            self.stage.addItem(labels.stage(stage), stage.value)
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.text)
        form.addRow(self.tr("Ages"), ages)
        form.addRow(self.tr("Tags"), self.tags)
        if kind is BankKind.CONFLICT:
            form.addRow(self.tr("Round"), self.stage)
        self._conflict = kind is BankKind.CONFLICT
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, frozenset[AgeBand], frozenset[str], Stage | None]:
        text = " ".join(self.text.toPlainText().split())
        ages = frozenset(band for band, box in self.ages.items() if box.isChecked())
        tags = frozenset(tag.strip().lower() for tag in self.tags.text().split(",") if tag.strip())
        stage = Stage(self.stage.currentData()) if self._conflict else None
        return text, ages, tags, stage


class NewBankDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New bank"))
        self.setMinimumWidth(560)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Our class's favourite questions"))
        self.language = QComboBox()
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language == "da" else 1)
        self.kind = QComboBox()
        for kind, label in (
            (BankKind.PEACETIME, self.tr("Peacetime questions")),
            (BankKind.ACADEMIC, self.tr("Academic check-ins")),
            (BankKind.PARENTS, self.tr("Parent meetings")),
            (BankKind.CONFLICT, self.tr("Conflict circle rounds")),
            (BankKind.AFFECTIVE, self.tr("Affective statements for staff")),
        ):
            self.kind.addItem(label, kind.value)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Kind"), self.kind)
        note = QLabel(self.tr("Your banks are kept in your own folder, beside the shipped ones."))
        note.setProperty("muted", True)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(buttons)
