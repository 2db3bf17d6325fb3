"""Groups and people: the staff's roster editor (issue 7).

Create, change and erase groups; add, edit and remove people; drag seats into the group's
usual order (or Ctrl+↑/↓ and the move buttons); mark someone away; import a class list from
CSV with a preview; export what is stored about a person; erase a person or a whole group
at the end of the school year. Every dialog opens window-modal without blocking (open()),
so a finger, a keyboard and the tests drive the same widgets.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from circle_app.domain.enums import GroupKind, Role
from circle_app.domain.keepers import ROTATING_ROLES
from circle_app.domain.people import Group, Member
from circle_app.domain.roster_csv import parse_roster
from circle_app.store import StoreError
from circle_app.store.files import private_open
from circle_app.store.groups import GroupStore
from circle_app.store.privacy import erase_group, erase_person, export_person
from circle_app.store.roster import RosterStore
from circle_app.ui.roster.away_dialog import BACK, AwayDialog
from circle_app.ui.roster.group_dialog import GroupDialog
from circle_app.ui.roster.import_dialog import RosterImportDialog
from circle_app.ui.roster.person_dialog import PersonDialog
from circle_app.ui.support import labels
from circle_app.ui.support.errors import error_text
from circle_app.ui.support.icons import icon

log = logging.getLogger(__name__)

_ID = Qt.ItemDataRole.UserRole
DEFAULT_ROLE = {GroupKind.PARENT_MEETING: Role.PARENT, GroupKind.STAFF: Role.STAFF}


class RosterScreen(QWidget):
    home_requested = Signal()

    def __init__(
        self,
        engine: Engine,
        language: str = "da",
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roster")
        self._engine = engine
        self._groups_store = GroupStore(engine)
        self._roster = RosterStore(engine)
        self._language = language
        self._today = today
        self._groups: list[Group] = []
        self._members: list[Member] = []
        self.dialog: QDialog | None = None  # the one open dialog, if any

        heading = QLabel(self.tr("Groups and people"))
        heading.setStyleSheet("font-size: 30pt; font-weight: bold;")
        privacy = QLabel(
            self.tr(
                "Names stay on this computer. Export or erase a person's data at any time; "
                "erase a class at the end of the school year."
            )
        )
        privacy.setProperty("muted", True)
        privacy.setWordWrap(True)

        # -- groups -------------------------------------------------------------------------
        self.group_list = QListWidget()
        self.group_list.setAccessibleName(self.tr("Groups"))
        self.group_list.currentRowChanged.connect(self._on_group)
        self.new_group_button = self._button("mdi6.plus", self.tr("New group"))
        self.new_group_button.clicked.connect(self.new_group)
        self.import_button = self._button("mdi6.file-table-outline", self.tr("Import list…"))
        self.import_button.clicked.connect(self.import_csv)
        groups_column = QVBoxLayout()
        groups_column.addWidget(self._section(self.tr("Groups")))
        groups_column.addWidget(self.group_list, 1)
        group_buttons = QHBoxLayout()
        group_buttons.addWidget(self.new_group_button)
        group_buttons.addWidget(self.import_button)
        groups_column.addLayout(group_buttons)

        # -- people -------------------------------------------------------------------------
        self.group_title = self._section("")
        self.group_details = QLabel()
        self.group_details.setProperty("muted", True)
        self.group_details.setWordWrap(True)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People in seat order"))
        self.people.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.people.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.model().rowsMoved.connect(self._on_rows_moved)
        self.people.currentRowChanged.connect(self._refresh_buttons)
        self.people.itemActivated.connect(lambda _item: self.edit_person())
        hint = QLabel(self.tr("Drag to change the seat order, or use Ctrl+↑ and Ctrl+↓."))
        hint.setProperty("muted", True)
        hint.setWordWrap(True)

        self.add_button = self._button("mdi6.account-plus", self.tr("Add person"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = self._button("mdi6.account-edit", self.tr("Edit"))
        self.edit_button.clicked.connect(self.edit_person)
        self.up_button = self._button("mdi6.arrow-up", self.tr("Up"))
        self.up_button.clicked.connect(lambda: self.move_person(-1))
        self.down_button = self._button("mdi6.arrow-down", self.tr("Down"))
        self.down_button.clicked.connect(lambda: self.move_person(1))
        self.away_button = self._button("mdi6.calendar-remove", self.tr("Away…"))
        self.away_button.clicked.connect(self.mark_away)
        self.export_button = self._button("mdi6.file-export-outline", self.tr("Export…"))
        self.export_button.clicked.connect(self.export_person)
        self.remove_button = self._button("mdi6.account-remove", self.tr("Remove…"))
        self.remove_button.clicked.connect(self.remove_person)
        for button, tip in (
            (self.up_button, self.tr("Move up one seat (Ctrl+↑)")),
            (self.down_button, self.tr("Move down one seat (Ctrl+↓)")),
            (self.add_button, self.tr("Add a person to the group (Ctrl+N)")),
            (self.export_button, self.tr("Save everything stored about this person (Ctrl+E)")),
            (self.remove_button, self.tr("Remove from the group, or erase (Delete)")),
            (self.away_button, self.tr("Away until a day: not ticked present, not keeper")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        person_buttons = QGridLayout()
        person_buttons.setSpacing(10)
        person_buttons.addWidget(self.add_button, 0, 0, 1, 2)
        person_buttons.addWidget(self.edit_button, 1, 0)
        person_buttons.addWidget(self.away_button, 1, 1)
        person_buttons.addWidget(self.up_button, 2, 0)
        person_buttons.addWidget(self.down_button, 2, 1)
        person_buttons.addWidget(self.export_button, 3, 0)
        person_buttons.addWidget(self.remove_button, 3, 1)
        person_buttons.setRowStretch(4, 1)

        self.settings_button = self._button("mdi6.cog-outline", self.tr("Group settings…"))
        self.settings_button.clicked.connect(self.edit_group)
        self.erase_group_button = self._button("mdi6.delete-forever", self.tr("Erase group…"))
        self.erase_group_button.clicked.connect(self.erase_group)

        people_row = QHBoxLayout()
        people_row.addWidget(self.people, 1)
        people_row.addLayout(person_buttons)
        title_row = QHBoxLayout()
        title_text = QVBoxLayout()
        title_text.addWidget(self.group_title)
        title_text.addWidget(self.group_details)
        title_row.addLayout(title_text, 1)
        title_row.addWidget(self.settings_button)
        title_row.addWidget(self.erase_group_button)
        people_column = QVBoxLayout()
        people_column.addLayout(title_row)
        people_column.addWidget(hint)
        people_column.addLayout(people_row, 1)

        columns = QHBoxLayout()
        columns.setSpacing(32)
        left, right = QFrame(), QFrame()
        left.setLayout(groups_column)
        right.setLayout(people_column)
        columns.addWidget(left, 1)
        columns.addWidget(right, 2)

        self.home_button = self._button("mdi6.home-outline", self.tr("Home"))
        self.home_button.clicked.connect(self.home_requested)
        self.status = QLabel()
        self.status.setProperty("muted", True)
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.home_button)
        bottom.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 24)
        layout.addWidget(heading)
        layout.addWidget(privacy)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

        for keys, slot in (
            ("Ctrl+Up", lambda: self.move_person(-1)),
            ("Ctrl+Down", lambda: self.move_person(1)),
            ("Ctrl+N", self.add_person),
            ("Insert", self.add_person),
            ("Delete", self.remove_person),
            ("Ctrl+I", self.import_csv),
            ("Ctrl+E", self.export_person),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.setFocusProxy(self.group_list)
        self.reload()

    # -- reading --------------------------------------------------------------------------

    def reload(self, group_id: int | None = None, person_id: int | None = None) -> None:
        """Read the groups again; keep (or move to) the given group and person."""
        if group_id is None and self.current_group() is not None:
            group_id = self.current_group().id  # type: ignore[union-attr]
        self._groups = self._groups_store.list_groups()
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for group in self._groups:
            item = QListWidgetItem(
                self.tr("%1  ·  %n people", "", group.size).replace("%1", group.name)
            )
            item.setData(_ID, group.id)
            item.setSizeHint(QSize(0, 52))
            self.group_list.addItem(item)
        row = next((i for i, g in enumerate(self._groups) if g.id == group_id), 0)
        self.group_list.setCurrentRow(row if self._groups else -1)
        self.group_list.blockSignals(False)
        self._show_group(person_id)

    def current_group(self) -> Group | None:
        row = self.group_list.currentRow()
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def current_member(self) -> Member | None:
        row = self.people.currentRow()
        if row < 0:
            return None
        person_id = self.people.item(row).data(_ID)
        return next((m for m in self._members if m.person.id == person_id), None)

    @Slot(int)
    def _on_group(self, _row: int) -> None:
        self._show_group(None)

    def _show_group(self, person_id: int | None) -> None:
        group = self.current_group()
        self._members = self._groups_store.members(group.id) if group else []
        if group is None:
            self.group_title.setText(self.tr("No groups yet"))
            self.group_details.setText(
                self.tr("Create a group, or import a class list from a spreadsheet (CSV).")
            )
        else:
            self.group_title.setText(group.name)
            details = [labels.group_kind(group.kind)]
            if group.age_band:
                details.append(labels.age_band(group.age_band))
            keepers = ", ".join(
                labels.roles_plural(role) for role in ROTATING_ROLES if role in group.keeper_roles
            )
            details.append(self.tr("keepers: %1").replace("%1", keepers))
            self.group_details.setText("  ·  ".join(details))
        self._fill_people(person_id)

    def _fill_people(self, person_id: int | None) -> None:
        self.people.blockSignals(True)
        self.people.clear()
        today = self._today()
        locale = QLocale()
        current = 0
        for index, member in enumerate(self._members):
            person = member.person
            parts = [f"{index + 1}.  {person.display_name}", labels.role(person.role)]
            if person.short_name:
                parts.append(person.short_name)
            if member.is_away(today) and member.away_until is not None:
                until = member.away_until
                parts.append(
                    self.tr("away until %1").replace(
                        "%1",
                        locale.toString(
                            QDate(until.year, until.month, until.day),
                            QLocale.FormatType.ShortFormat,
                        ),
                    )
                )
            item = QListWidgetItem("  ·  ".join(parts))
            item.setData(_ID, person.id)
            item.setSizeHint(QSize(0, 52))
            if member.is_away(today):
                item.setIcon(icon("mdi6.calendar-remove"))
            self.people.addItem(item)
            if person.id == person_id:
                current = index
        self.people.blockSignals(False)
        if self._members:
            self.people.setCurrentRow(current)
        self._refresh_buttons()

    @Slot()
    def _refresh_buttons(self) -> None:
        has_group = self.current_group() is not None
        member = self.current_member()
        row = self.people.currentRow()
        for button in (self.add_button, self.settings_button, self.erase_group_button):
            button.setEnabled(has_group)
        for button in (self.edit_button, self.away_button, self.export_button, self.remove_button):
            button.setEnabled(member is not None)
        self.up_button.setEnabled(member is not None and row > 0)
        self.down_button.setEnabled(member is not None and row < self.people.count() - 1)

    # -- groups ---------------------------------------------------------------------------

    @Slot()
    def new_group(self) -> None:
        dialog = GroupDialog(None, self._language, self)

        def save() -> None:
            try:
                group_id = self._roster.create_group(dialog.draft())
            except StoreError as exc:
                self._error(error_text(exc))
                return
            self.reload(group_id)
            self._say(self.tr("Group created."))

        self._open(dialog, save)

    @Slot()
    def edit_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        dialog = GroupDialog(self._roster.group_draft(group.id), self._language, self)

        def save() -> None:
            try:
                self._roster.update_group(group.id, dialog.draft())
            except StoreError as exc:
                self._error(error_text(exc))
                return
            self.reload(group.id)
            self._say(self.tr("Group saved."))

        self._open(dialog, save)

    @Slot()
    def erase_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        text = self.tr(
            "Erase %1 and its %n people for good? People who are also in another group stay "
            "there. Past circles stay in the statistics with anonymous seats. Copies of the "
            "database kept from before upgrades are deleted, as they hold the names. This "
            "cannot be undone.",
            "",
            group.size,
        ).replace("%1", group.name)

        def erase() -> None:
            try:
                erasure = erase_group(self._engine, group.id)
            except StoreError as exc:
                self._error(error_text(exc))
                return
            self.reload()
            self._say(self.tr("Group erased: %n people erased.", "", erasure.people))

        self._confirm(self.tr("Erase group"), text, self.tr("Erase group"), erase)

    # -- people ---------------------------------------------------------------------------

    @Slot()
    def add_person(self) -> None:
        group = self.current_group()
        if group is None or self.dialog is not None:
            return
        dialog = PersonDialog(None, self)
        dialog.role.setCurrentIndex(
            dialog.role.findData(DEFAULT_ROLE.get(group.kind, Role.PUPIL).value)
        )

        def save() -> None:
            try:
                person_id = self._roster.add_person(group.id, dialog.draft())
            except StoreError as exc:
                self._error(error_text(exc))
                return
            self.reload(group.id, person_id)
            self._say(self.tr("Person added."))

        self._open(dialog, save)

    @Slot()
    def edit_person(self) -> None:
        member = self.current_member()
        group = self.current_group()
        if member is None or group is None:
            return
        dialog = PersonDialog(self._roster.person_draft(member.person.id), self)

        def save() -> None:
            try:
                self._roster.update_person(member.person.id, dialog.draft())
            except StoreError as exc:
                self._error(error_text(exc))
                return
            self.reload(group.id, member.person.id)
            self._say(self.tr("Saved."))

        self._open(dialog, save)

    @Slot()
    def move_person(self, step: int) -> None:
        row = self.people.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.people.count():
            return
        item = self.people.takeItem(row)
        self.people.insertItem(target, item)
        self.people.setCurrentRow(target)
        self._save_order()

    @Slot()
    def _on_rows_moved(self) -> None:
        self._save_order()

    def _save_order(self) -> None:
        group = self.current_group()
        if group is None:
            return
        order = [self.people.item(row).data(_ID) for row in range(self.people.count())]
        row = self.people.currentRow()
        person_id = self.people.item(row).data(_ID) if row >= 0 else None
        try:
            self._roster.set_seat_order(group.id, order)
        except StoreError as exc:
            self._error(error_text(exc))
        self.reload(group.id, person_id)
        self.people.setFocus()

    @Slot()
    def mark_away(self) -> None:
        member, group = self.current_member(), self.current_group()
        if member is None or group is None:
            return
        away = member.away_until if member.is_away(self._today()) else None
        dialog = AwayDialog(away, self._today(), self)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                until: date | None = dialog.until()
            elif result == BACK:
                until = None
            else:
                return
            self._roster.set_away(group.id, member.person.id, until)
            self.reload(group.id, member.person.id)

        self._open(dialog, None, finished=done)

    @Slot()
    def remove_person(self) -> None:
        member, group = self.current_member(), self.current_group()
        if member is None or group is None or self.dialog is not None:
            return
        name = member.person.display_name
        if self._roster.group_count(member.person.id) > 1:
            text = self.tr("Remove %1 from %2? They stay in their other groups.")
            text = text.replace("%1", name).replace("%2", group.name)

            def remove() -> None:
                self._roster.remove_from_group(group.id, member.person.id)
                self.reload(group.id)
                self._say(self.tr("Removed from the group."))

            self._confirm(self.tr("Remove from group"), text, self.tr("Remove"), remove)
            return
        text = self.tr(
            "Erase %1 everywhere? Their turns stay in past circles as an anonymous seat, so the "
            "statistics keep their counts. The name is wiped from the database, also where it "
            "was typed into a conversation or conference, and copies of the database kept from "
            "before upgrades are deleted, as they hold the name. This cannot be undone."
        ).replace("%1", name)

        def erase() -> None:
            try:
                erase_person(self._engine, member.person.id)
            except StoreError as exc:
                self._error(error_text(exc))
                return
            self.reload(group.id)
            self._say(self.tr("Erased."))

        self._confirm(self.tr("Erase person"), text, self.tr("Erase"), erase)

    @Slot()
    def export_person(self) -> None:
        member = self.current_member()
        if member is None:
            return
        suggested = str(Path.home() / f"circle-app-person-{member.person.id}.json")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a person's data"), suggested, self.tr("JSON files (*.json)")
        )
        if not path:
            return
        try:
            data = export_person(self._engine, member.person.id)
            with private_open(path) as handle:
                json.dump(data, handle, ensure_ascii=False, indent=2)
                handle.write("\n")
        except (OSError, StoreError) as exc:
            self._error(self.tr("Could not write the file: %1").replace("%1", error_text(exc)))
            return
        log.info("person %s exported", member.person.id)
        self._say(self.tr("Exported to %1").replace("%1", path))

    @Slot()
    def import_csv(self) -> None:
        if self.dialog is not None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a class list"),
            str(Path.home()),
            self.tr("Class lists (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.preview_import(Path(path))

    def preview_import(self, path: Path) -> None:
        group = self.current_group()
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._error(self.tr("Could not read the file: %1").replace("%1", str(exc.strerror)))
            return
        kind = group.kind if group else GroupKind.CLASS
        preview = parse_roster(
            data,
            path.name,
            default_role=DEFAULT_ROLE.get(kind, Role.PUPIL),
            existing_names=[m.person.display_name for m in self._members],
            this_year=self._today().year,
        )
        if group is not None:
            name = group.name
        elif len(preview.classes) == 1:
            name = preview.classes[0]
        else:
            name = path.stem
        dialog = RosterImportDialog(preview, name, self)

        def save() -> None:
            rows = preview.to_import(skip_duplicates=dialog.skip_duplicates.isChecked())
            target = " ".join(dialog.group_name.text().split())
            same = group is not None and target == group.name
            try:
                result = self._roster.import_rows(
                    target,
                    rows,
                    kind=kind if same else GroupKind.CLASS,
                    language=self._language,
                )
            except StoreError as exc:
                self._error(error_text(exc))
                return
            self.reload(result.group_id)
            self._say(self.tr("Imported %n people.", "", result.added))

        self._open(dialog, save)

    # -- helpers --------------------------------------------------------------------------

    def _open(
        self,
        dialog: QDialog,
        accepted: Callable[[], None] | None,
        *,
        finished: Callable[[int], None] | None = None,
    ) -> None:
        """Window-modal without blocking; `accepted` runs when the dialog says yes."""
        if self.dialog is not None:
            dialog.deleteLater()
            return
        self.dialog = dialog

        def on_finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if finished is not None:
                finished(result)
            elif result == QDialog.DialogCode.Accepted and accepted is not None:
                accepted()

        dialog.finished.connect(on_finished)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def _confirm(self, title: str, text: str, action: str, then: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setObjectName("confirm")
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)  # Enter on a destructive question does nothing harmful
        box.setEscapeButton(no)

        def done(_result: int) -> None:
            if box.clickedButton() is yes:
                then()

        self._open(box, None, finished=done)

    def _error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), text, parent=self)
        box.setObjectName("error")
        self._open(box, None)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _button(self, icon_name: str, text: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setMinimumHeight(52)
        return button

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-size: 18pt; font-weight: bold;")
        return label
