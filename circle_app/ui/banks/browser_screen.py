"""Question banks in the app: browse the shipped ones, write your own, import and export."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circle_app.banks.loader import BankLibrary
from circle_app.banks.schema import Bank, Problem
from circle_app.domain.enums import BankKind
from circle_app.domain.prompts import Prompt
from circle_app.ui.banks.prompt_dialog import NewBankDialog, PromptDialog
from circle_app.ui.support import labels
from circle_app.ui.support.icons import icon

# circle_app.banks.transfer is imported where it is used: its checks load pydantic (about
# 12 MB), which a day without a bank import or export never needs (issue 20).

_BANK = Qt.ItemDataRole.UserRole


class BankBrowserScreen(QWidget):
    home_requested = Signal()
    prompt_chosen = Signal(object)  # a Prompt to show on the card, as it is

    def __init__(self, library: BankLibrary, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banks")
        self._library = library
        self._language = language

        heading = QLabel(self.tr("Question banks"))
        heading.setStyleSheet("font-size: 28pt; font-weight: bold;")
        self.language = QComboBox()
        self.language.addItem(self.tr("All languages"), "")
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if language == "da" else 2)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the prompts"))
        self.search.setClearButtonEnabled(True)
        self.home_button = QPushButton(icon("mdi6.home-outline"), self.tr("Home"))
        self.home_button.clicked.connect(self.home_requested)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.language)
        top.addWidget(self.search, 1)
        top.addWidget(self.home_button)

        self.banks = QListWidget()
        self.banks.setAccessibleName(self.tr("Question banks"))
        self.banks.setMinimumWidth(380)
        self.prompts = QListWidget()
        self.prompts.setAccessibleName(self.tr("Prompts"))
        self.prompts.setWordWrap(True)
        self.prompts.setSpacing(2)
        self.description = QLabel()
        self.description.setProperty("muted", True)
        self.description.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setProperty("muted", True)
        self.hint.setWordWrap(True)
        # A facilitator-only bank (support) says so, with its note, above its prompts.
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("font-weight: bold;")
        self.note.setVisible(False)
        right = QVBoxLayout()
        right.addWidget(self.description)
        right.addWidget(self.note)
        right.addWidget(self.hint)
        right.addWidget(self.prompts, 1)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(self.banks, 2)
        body.addLayout(right, 3)

        self.new_bank_button = QPushButton(icon("mdi6.folder-plus-outline"), self.tr("New bank"))
        self.add_button = QPushButton(icon("mdi6.plus"), self.tr("Add prompt"))
        self.remove_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Remove prompt"))
        self.import_button = QPushButton(icon("mdi6.file-import-outline"), self.tr("Import…"))
        self.export_button = QPushButton(icon("mdi6.file-export-outline"), self.tr("Export…"))
        self.show_button = QPushButton(icon("mdi6.presentation"), self.tr("Show on the card"))
        self.show_button.setToolTip(self.tr("Show the chosen prompt on the quick prompt card"))
        bottom = QHBoxLayout()
        for button in (self.new_bank_button, self.add_button, self.remove_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.show_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 24)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.language.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self._show_prompts)
        self.banks.currentItemChanged.connect(self._show_prompts)
        self.prompts.currentItemChanged.connect(self._update_buttons)
        self.new_bank_button.clicked.connect(self.new_bank)
        self.add_button.clicked.connect(self.add_prompt)
        self.remove_button.clicked.connect(self.remove_prompt)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.show_button.clicked.connect(self.show_chosen)
        self.prompts.itemActivated.connect(lambda _item: self.show_chosen())
        self.refresh()

    # -- reading --------------------------------------------------------------------------

    def selected_bank(self) -> Bank | None:
        item = self.banks.currentItem()
        return self._library.bank(item.data(_BANK)) if item is not None else None

    @Slot()
    def refresh(self, select: str | None = None) -> None:
        shown = self.selected_bank()
        current = select or (shown.id if shown is not None else None)
        language = self.language.currentData()
        self.banks.blockSignals(True)
        self.banks.clear()
        ordered = sorted(self._library.banks, key=lambda b: (not b.user, b.language, b.title))
        for bank in ordered:
            if language and bank.language != language:
                continue
            mine = self.tr(" · yours") if bank.user else ""
            if not bank.drawable:
                mine += self.tr(" · facilitator only")
            kind = labels.bank_kind(bank.kind)
            text = f"{bank.title}\n{bank.language} · {kind} · {len(bank)}{mine}"
            item = QListWidgetItem(text)
            item.setData(_BANK, bank.id)
            item.setSizeHint(QSize(0, 64))
            self.banks.addItem(item)
            if bank.id == current:
                self.banks.setCurrentItem(item)
        if self.banks.currentItem() is None and self.banks.count():
            self.banks.setCurrentRow(0)
        self.banks.blockSignals(False)
        self._show_prompts()

    @Slot()
    def _show_prompts(self) -> None:
        bank = self.selected_bank()
        self.prompts.clear()
        if bank is None:
            self.description.setText("")
            self.note.setVisible(False)
            self._update_buttons()
            return
        self.description.setText(bank.description or bank.title)
        lines = []
        if not bank.drawable:
            lines.append(
                self.tr(
                    "Facilitator only: never drawn at random. Choose a prompt and show it "
                    "on the card."
                )
            )
        if bank.note:
            lines.append(bank.note)
        self.note.setText("\n".join(lines))
        self.note.setVisible(bool(lines))
        needle = self.search.text().strip().lower()
        for prompt in bank.prompts:
            if needle and needle not in prompt.text.lower():
                continue
            item = QListWidgetItem(prompt.text)
            item.setData(_BANK, prompt.id)
            item.setSizeHint(QSize(0, 52))
            self.prompts.addItem(item)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        bank = self.selected_bank()
        own = bank is not None and bank.user
        editable = own and bank is not None and bank.kind is not BankKind.CONVERSATION
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.prompts.currentItem() is not None)
        self.export_button.setEnabled(bank is not None)
        self.show_button.setEnabled(self.chosen_prompt() is not None)
        self.hint.setText(
            "" if own or bank is None else self.tr("Shipped banks are read-only: start your own.")
        )

    def chosen_prompt(self) -> Prompt | None:
        bank, item = self.selected_bank(), self.prompts.currentItem()
        if bank is None or item is None:
            return None
        return bank.prompt(item.data(_BANK))

    @Slot()
    def show_chosen(self) -> None:
        """The teacher picked this prompt: the quick prompt card shows it as it is."""
        prompt = self.chosen_prompt()
        if prompt is not None:
            self.prompt_chosen.emit(prompt)

    # -- writing --------------------------------------------------------------------------

    @Slot()
    def new_bank(self) -> None:
        dialog = NewBankDialog(self._language, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        title = " ".join(dialog.title.text().split()) or self.tr("My questions")
        taken = {bank.id for bank in self._library.banks}
        from circle_app.banks.transfer import slug

        base = "user-" + (slug(title) or "bank")
        bank_id, number = base, 2
        while bank_id in taken:
            bank_id, number = f"{base}-{number}", number + 1
        # A bank needs a prompt to be valid: ask for the first one straight away.
        kind = BankKind(dialog.kind.currentData())
        prompt = self._ask_prompt(kind, bank_id, dialog.language.currentData(), ())
        if prompt is None:
            return
        bank = Bank(
            id=bank_id,
            language=dialog.language.currentData(),
            kind=kind,
            title=title,
            description="",
            path=self._library.user_dir / f"{bank_id}.toml",
            prompts=(prompt,),
            user=True,
        )
        self._save(bank)

    @Slot()
    def add_prompt(self) -> None:
        bank = self.selected_bank()
        if bank is None or not bank.user:
            return
        prompt = self._ask_prompt(bank.kind, bank.id, bank.language, bank.prompts)
        if prompt is not None:
            self._save(dataclasses.replace(bank, prompts=(*bank.prompts, prompt)))

    @Slot()
    def remove_prompt(self) -> None:
        bank, item = self.selected_bank(), self.prompts.currentItem()
        if bank is None or item is None or not bank.user:
            return
        if len(bank.prompts) == 1:
            QMessageBox.information(
                self, self.tr("Keep one"), self.tr("A bank keeps at least one prompt.")
            )
            return
        answer = QMessageBox.question(
            self, self.tr("Remove prompt"), self.tr("Remove this prompt from your bank?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            wanted = item.data(_BANK)
            kept = tuple(p for p in bank.prompts if p.id != wanted)
            self._save(dataclasses.replace(bank, prompts=kept))

    @Slot()
    def import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a bank"),
            str(Path.home()),
            self.tr("Banks and spreadsheets (*.toml *.csv)"),
        )
        if not path:
            return
        source = Path(path)
        options: dict[str, str] = {}
        if source.suffix.lower() == ".csv":
            dialog = NewBankDialog(self._language, self)
            dialog.title.setText(source.stem)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            options = {
                "title": dialog.title.text().strip() or source.stem,
                "language": dialog.language.currentData(),
                "kind": dialog.kind.currentData(),
            }
        from circle_app.banks.transfer import import_bank

        result = import_bank(source, self._library, **options)  # type: ignore[arg-type]
        if not result.ok or result.bank is None:
            self._refused(self.tr("Nothing was imported."), result.problems)
            return
        self.refresh(select=result.bank.id)

    @Slot()
    def export_file(self) -> None:
        bank = self.selected_bank()
        if bank is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the bank"),
            str(Path.home() / f"{bank.id}.toml"),
            self.tr("Bank file (*.toml);;Spreadsheet (*.csv)"),
        )
        if not path:
            return
        from circle_app.banks.transfer import export_bank

        problems = export_bank(bank, Path(path))
        if problems:
            self._refused(self.tr("The bank was not exported."), tuple(problems))

    def _ask_prompt(
        self, kind: BankKind, bank_id: str, language: str, existing: tuple[Prompt, ...]
    ) -> Prompt | None:
        dialog = PromptDialog(kind, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        text, ages, tags, stage = dialog.values()
        taken = {prompt.id for prompt in existing}
        from circle_app.banks.transfer import slug

        base = slug(text) or "prompt"
        prompt_id, number = base, 2
        while prompt_id in taken:
            prompt_id, number = f"{base}-{number}", number + 1
        return Prompt(bank_id, prompt_id, text, language, kind, ages, tags, stage)

    def _save(self, bank: Bank) -> None:
        from circle_app.banks.transfer import save_user_bank

        result = save_user_bank(bank, self._library)
        if not result.ok or result.bank is None:
            self._refused(self.tr("Not saved."), result.problems)
            return
        self.refresh(select=result.bank.id)

    def _refused(self, headline: str, problems: tuple[Problem, ...]) -> None:
        translate = QCoreApplication.translate
        details = "\n".join(problem.in_words(translate) for problem in problems[:12])
        QMessageBox.warning(self, self.tr("Question banks"), f"{headline}\n\n{details}")
