"""The preview before a roster import: the layout it was read as, who is new, who is
already in the group (or changed, or back), who is no longer on the list, duplicates
flagged; or why not.

A refused file shows its problems (file, line, where: why, in the interface language) and
offers nothing to import. Names with hidden characters are refused, never changed, and the
preview says so. A file with several classes can become one group per class.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

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
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.name_rules import GROUP_NAME_MAX, PERSON_NAME_MAX, NameRefusal, name_refusal
from circle_app.domain.roster_csv import DUPLICATE_IN_FILE, RosterPreview, RosterProblem, RosterRow
from circle_app.domain.roster_model import LAYOUT_NAMES
from circle_app.domain.roster_sync import ImportPlan, plan_import
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


Planner = Callable[[str, Iterable[RosterRow]], ImportPlan]


class RosterImportDialog(QDialog):
    def __init__(
        self,
        preview: RosterPreview,
        group_name: str,
        parent: QWidget | None = None,
        *,
        plan: Planner | None = None,
    ) -> None:
        """`plan` says who in the file the group already has (store: RosterStore.plan_import);
        without it everyone is new."""
        super().__init__(parent)
        self._preview = preview
        self._planner: Planner = plan or (lambda _name, rows: plan_import([], rows))
        self._plans: dict[str, ImportPlan] = {}
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

        self.table = QTableWidget(len(preview.rows), 6)
        self.table.setAccessibleName(self.tr("The lines of the file"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Born"),
                self.tr("Check"),
                self.tr("Class"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        for index, row in enumerate(preview.rows):
            cells = [
                str(row.line),
                row.display_name,
                labels.role(row.role),
                str(row.birth_year or ""),
                "",
                row.class_name,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
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
        self.split_by_class = QCheckBox(self.tr("One group per class"))
        self.split_by_class.setVisible(preview.ok and len(preview.classes) > 1)
        self.split_by_class.toggled.connect(self._refresh)
        self.mark_gone = QCheckBox()
        self.mark_gone.toggled.connect(self._refresh)
        for box in (self.skip_duplicates, self.split_by_class, self.mark_gone):
            box.setMinimumHeight(48)  # the whole box is the target, no dead space beside it
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = QFormLayout()
        form.addRow(self.tr("Into group"), self.group_name)
        form.addRow("", self.split_by_class)
        form.addRow("", self.mark_gone)
        self.group_name.textChanged.connect(self._replan)

        self.cancel_button = QPushButton(self.tr("Cancel") if preview.ok else self.tr("Close"))
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = QPushButton(icon("mdi6.account-multiple-plus", on_accent=True), "")
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
        # A school system's list into a group it made (ids on both sides) says who has left.
        plans = self.plans() if preview.ok else []
        from_system = bool(preview.rows) and all(row.source_id for row in preview.rows)
        self.mark_gone.setChecked(
            from_system
            and any(plan.matched for plan in plans)
            and all(person.source_id for plan in plans for person in plan.gone)
        )

    def lists(self) -> list[tuple[str, tuple[RosterRow, ...]]]:
        """(group name, rows) to import: one group, or one per class."""
        rows = self._preview.to_import(skip_duplicates=self.skip_duplicates.isChecked())
        if not self.split_by_class.isChecked():
            return [(" ".join(self.group_name.text().split()), rows)]
        split: dict[str, tuple[RosterRow, ...]] = {}
        for row in rows:
            split[row.class_name] = (*split.get(row.class_name, ()), row)
        return list(split.items())

    def plans(self) -> list[ImportPlan]:
        return [self._plan(name, rows) for name, rows in self.lists()]

    def rows_to_import(self) -> int:
        """How many people the import adds (people already in the group are not added)."""
        return sum(len(plan.new) for plan in self.plans())

    def _plan(self, name: str, rows: tuple[RosterRow, ...]) -> ImportPlan:
        key = f"{name}\x00{len(rows)}\x00{self.skip_duplicates.isChecked()}"
        if key not in self._plans:
            self._plans[key] = self._planner(name, rows)
        return self._plans[key]

    @Slot()
    def _replan(self) -> None:
        self._plans.clear()
        self._refresh()

    def _flag(self, row: RosterRow, matched: dict[int, str]) -> str:
        if row.duplicate == DUPLICATE_IN_FILE:
            return self.tr("Twice in the file")
        return matched.get(row.line, "")

    @Slot()
    def _refresh(self) -> None:
        preview = self._preview
        if not preview.ok:
            self.summary.setText(
                self.tr("This file cannot be imported, so nothing was changed. Fix these lines:")
            )
            return
        plans = self.plans()
        matched: dict[int, str] = {}
        for plan in plans:
            for match in plan.matched:
                if match.returning:
                    matched[match.row.line] = self.tr("Back in the group")
                elif match.changes:
                    matched[match.row.line] = self.tr("Already in the group, changed")
                else:
                    matched[match.row.line] = self.tr("Already in the group")
        for index, row in enumerate(preview.rows):
            flag = self._flag(row, matched)
            for column in range(self.table.columnCount()):
                item = self.table.item(index, column)
                if item is None:
                    continue
                if column == 4:
                    item.setText(flag)
                item.setBackground(QBrush(_FLAG) if flag else QBrush())
        gone = sum(len(plan.gone) for plan in plans)
        self.mark_gone.setText(
            self.tr("Mark the %n people not in the file as having left the group", "", gone)
        )
        self.mark_gone.setVisible(gone > 0)
        self.group_name.setEnabled(not self.split_by_class.isChecked())
        count = self.rows_to_import()
        layout = QCoreApplication.translate("RosterLayout", LAYOUT_NAMES[preview.layout])
        text = self.tr("Read as %1.").replace("%1", layout)
        text += " " + self.tr("%n people in the file.", "", len(preview.rows))
        if self.split_by_class.isChecked():
            text += " " + self.tr("%n groups, one per class.", "", len(plans))
        if preview.duplicates:
            text += " " + self.tr(
                "%n flagged as possible duplicate(s): check them.", "", len(preview.duplicates)
            )
        if preview.guardians:
            text += " " + self.tr(
                "%n guardians are linked to their children.", "", len(preview.guardians)
            )
        if preview.ignored_columns:
            text += " " + self.tr("Columns not read: %1.").replace(
                "%1", ", ".join(preview.ignored_columns)
            )
        refusal = name_refusal(self.group_name.text(), limit=GROUP_NAME_MAX)
        if self.split_by_class.isChecked():
            refusal = None
        elif refusal is not None and self.group_name.text().strip():
            text += " " + self.tr("Group name: %1.").replace(
                "%1", _filled("NameRules", refusal.template, refusal.params)
            )
        self.summary.setText(text)
        self.import_button.setText(self.tr("Import %n people", "", count))
        changes = count or any(p.changed or p.returning for p in plans)
        changes = changes or (self.mark_gone.isChecked() and gone > 0)
        self.import_button.setEnabled(bool(changes) and refusal is None)
