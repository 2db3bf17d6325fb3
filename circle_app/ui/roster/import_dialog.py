"""The preview before a roster import: who would be added, duplicates flagged, or why not.

A refused file shows its problems (file, line, where: why, in the interface language) and
offers nothing to import. Names with hidden characters are refused, never changed, and the
preview says so.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.name_rules import GROUP_NAME_MAX, PERSON_NAME_MAX, NameRefusal, name_refusal
from circle_app.domain.roster_csv import DUPLICATE_IN_FILE, RosterPreview, RosterProblem
from circle_app.ui.support import labels
from circle_app.ui.support.icons import icon

_FLAG = QColor(235, 154, 46, 70)


def _filled(context: str, template: str, params: dict[str, object]) -> str:
    translated = QCoreApplication.translate(context, template)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with broken blanks
        return template.format(**params)


def problem_text(problem: RosterProblem) -> str:
    """One refusal in the interface language: file, line, where, and why."""
    if problem.template:
        params = {
            key: _filled("NameRules", value.template, value.params)
            if isinstance(value, NameRefusal)
            else value
            for key, value in problem.params.items()
        }
        message = _filled("RosterProblem", problem.template, params)
    else:
        message = problem.message
    values = {"1": problem.source, "2": str(problem.line), "3": message}
    if problem.field in ("file", "line"):  # the line says it all
        text = QCoreApplication.translate("RosterImportDialog", "%1, line %2: %3")
    else:
        values["4"] = QCoreApplication.translate("RosterProblem", problem.field)
        text = QCoreApplication.translate("RosterImportDialog", "%1, line %2, %4: %3")
    # one pass, so a "%2" inside a file name or a cell is never filled in again
    return re.sub(r"%(\d)", lambda match: values.get(match.group(1), match.group(0)), text)


class RosterImportDialog(QDialog):
    def __init__(
        self, preview: RosterPreview, group_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._preview = preview
        self.setWindowTitle(self.tr("Import a class list"))
        self.setMinimumSize(860, 560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 15pt;")

        self.problems = QListWidget()
        self.problems.addItems([problem_text(problem) for problem in preview.problems])
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.problems.setVisible(not preview.ok)

        self.table = QTableWidget(len(preview.rows), 5)
        self.table.setAccessibleName(self.tr("The lines of the file"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Name"), self.tr("Role"), self.tr("Born"), self.tr("Check")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        for index, row in enumerate(preview.rows):
            flag = ""
            if row.duplicate == DUPLICATE_IN_FILE:
                flag = self.tr("Twice in the file")
            elif row.duplicate:
                flag = self.tr("Already in the group")
            cells = [
                str(row.line),
                row.display_name,
                labels.role(row.role),
                str(row.birth_year or ""),
                flag,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if flag:
                    item.setBackground(QBrush(_FLAG))
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, column, item)
        self.table.setVisible(preview.ok)

        self.rule = QLabel(
            self.tr(
                "Names are checked, never changed: a name with a hidden character (a control, "
                "text-direction or zero-width character) refuses the file, and a name has at "
                "most %1 characters."
            ).replace("%1", str(PERSON_NAME_MAX))
        )
        self.rule.setWordWrap(True)
        self.rule.setProperty("muted", True)

        self.group_name = QLineEdit(group_name)
        self.group_name.setMaxLength(GROUP_NAME_MAX)
        self.skip_duplicates = QCheckBox(self.tr("Skip the flagged duplicates"))
        self.skip_duplicates.setChecked(True)
        self.skip_duplicates.setVisible(bool(preview.duplicates))
        self.skip_duplicates.toggled.connect(self._refresh)
        form = QFormLayout()
        form.addRow(self.tr("Into group"), self.group_name)
        self.group_name.textChanged.connect(self._refresh)

        self.cancel_button = QPushButton(self.tr("Cancel") if preview.ok else self.tr("Close"))
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = QPushButton(icon("mdi6.account-multiple-plus"), "")
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.accept)
        self.import_button.setVisible(preview.ok)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_duplicates)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rule)
        if preview.ok:
            layout.addLayout(form)
        layout.addLayout(buttons)
        self._refresh()

    def rows_to_import(self) -> int:
        return len(self._preview.to_import(skip_duplicates=self.skip_duplicates.isChecked()))

    @Slot()
    def _refresh(self) -> None:
        preview = self._preview
        if not preview.ok:
            self.summary.setText(
                self.tr("This file cannot be imported, so nothing was changed. Fix these lines:")
            )
            return
        count = self.rows_to_import()
        text = self.tr("%n people in the file.", "", len(preview.rows))
        if preview.duplicates:
            text += " " + self.tr(
                "%n flagged as possible duplicate(s): check them.", "", len(preview.duplicates)
            )
        if preview.ignored_columns:
            text += " " + self.tr("Columns not read: %1.").replace(
                "%1", ", ".join(preview.ignored_columns)
            )
        refusal = name_refusal(self.group_name.text(), limit=GROUP_NAME_MAX)
        if refusal is not None and self.group_name.text().strip():
            text += " " + self.tr("Group name: %1.").replace(
                "%1", _filled("NameRules", refusal.template, refusal.params)
            )
        self.summary.setText(text)
        self.import_button.setText(self.tr("Import %n people", "", count))
        self.import_button.setEnabled(count > 0 and refusal is None)
