"""Groups and people: the staff's roster editor (issue 7).

Create, change and erase groups; add, edit and remove people; drag seats into the group's
usual order (or Ctrl+↑/↓ and the move buttons); mark someone away; import a class list
(CSV, Excel, school systems' exports) with a preview; export what is stored about a person
or a group's list; erase a person or a whole group at the end of the school year. This
module lays the screen out and shows the groups; roster_actions does what the buttons do,
roster_files reads and writes files, modal_host keeps the one open dialog. The screen gets
narrow services (store.roster_services), never builds a store or writes a file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circle_app.domain.keepers import ROTATING_ROLES
from circle_app.domain.people import Group, Member
from circle_app.store.roster_services import RosterServices
from circle_app.ui.roster.modal_host import ModalHost
from circle_app.ui.roster.roster_actions import RosterActions
from circle_app.ui.roster.roster_files import RosterFiles
from circle_app.ui.support import labels
from circle_app.ui.support.icons import icon

_ID = Qt.ItemDataRole.UserRole


class RosterScreen(QWidget):
    home_requested = Signal()

    def __init__(
        self,
        services: RosterServices,
        language: str = "da",
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roster")
        self.services = services
        self.language = language
        self.today = today
        self.host = ModalHost(self)
        self.edits = RosterActions(self)
        self.files = RosterFiles(self)
        self._groups: list[Group] = []
        self._members: list[Member] = []

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
        self.new_group_button.clicked.connect(self.edits.new_group)
        self.import_button = self._button("mdi6.file-table-outline", self.tr("Import list…"))
        self.import_button.clicked.connect(self.files.import_list)
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
        self.people.itemActivated.connect(lambda _item: self.edits.edit_person())
        hint = QLabel(self.tr("Drag to change the seat order, or use Ctrl+↑ and Ctrl+↓."))
        hint.setProperty("muted", True)
        hint.setWordWrap(True)

        self.add_button = self._button("mdi6.account-plus", self.tr("Add person"))
        self.add_button.clicked.connect(self.edits.add_person)
        self.edit_button = self._button("mdi6.account-edit", self.tr("Edit"))
        self.edit_button.clicked.connect(self.edits.edit_person)
        self.up_button = self._button("mdi6.arrow-up", self.tr("Up"))
        self.up_button.clicked.connect(lambda: self.move_person(-1))
        self.down_button = self._button("mdi6.arrow-down", self.tr("Down"))
        self.down_button.clicked.connect(lambda: self.move_person(1))
        self.away_button = self._button("mdi6.calendar-remove", self.tr("Away…"))
        self.away_button.clicked.connect(self.edits.mark_away)
        self.export_button = self._button("mdi6.file-export-outline", self.tr("Export…"))
        self.export_button.clicked.connect(self.files.export_person)
        self.remove_button = self._button("mdi6.account-remove", self.tr("Remove…"))
        self.remove_button.clicked.connect(self.edits.remove_person)
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
        self.settings_button.clicked.connect(self.edits.edit_group)
        self.save_list_button = self._button("mdi6.file-download-outline", self.tr("Save list…"))
        self.save_list_button.setToolTip(self.tr("Save the group's list as Excel or CSV (Ctrl+S)"))
        self.save_list_button.clicked.connect(self.files.export_group)
        self.erase_group_button = self._button("mdi6.delete-forever", self.tr("Erase group…"))
        self.erase_group_button.clicked.connect(self.edits.erase_group)

        people_row = QHBoxLayout()
        people_row.addWidget(self.people, 1)
        people_row.addLayout(person_buttons)
        title_row = QHBoxLayout()
        title_text = QVBoxLayout()
        title_text.addWidget(self.group_title)
        title_text.addWidget(self.group_details)
        title_row.addLayout(title_text, 1)
        title_row.addWidget(self.settings_button)
        title_row.addWidget(self.save_list_button)
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
            ("Ctrl+N", self.edits.add_person),
            ("Insert", self.edits.add_person),
            ("Delete", self.edits.remove_person),
            ("Ctrl+I", self.files.import_list),
            ("Ctrl+E", self.files.export_person),
            ("Ctrl+S", self.files.export_group),
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
        self._groups = self.services.groups.list_groups()
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
        self._members = self.services.groups.members(group.id) if group else []
        if group is None:
            self.group_title.setText(self.tr("No groups yet"))
            self.group_details.setText(
                self.tr(
                    "Create a group, or import a class list: Excel, CSV or a school system's "
                    "export."
                )
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
        today = self.today()
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
        for button in (
            self.add_button,
            self.settings_button,
            self.save_list_button,
            self.erase_group_button,
        ):
            button.setEnabled(has_group)
        for button in (self.edit_button, self.away_button, self.export_button, self.remove_button):
            button.setEnabled(member is not None)
        self.up_button.setEnabled(member is not None and row > 0)
        self.down_button.setEnabled(member is not None and row < self.people.count() - 1)

    # -- actions (roster_actions, roster_files) -------------------------------------------

    @property
    def dialog(self) -> QDialog | None:
        """The one open dialog, if any."""
        return self.host.dialog

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
        order = [self.people.item(row).data(_ID) for row in range(self.people.count())]
        row = self.people.currentRow()
        self.edits.save_order(order, self.people.item(row).data(_ID) if row >= 0 else None)

    def preview_import(self, path: Path) -> None:
        """The import preview of a class list file (what Ctrl+I opens after the file dialog)."""
        self.files.preview_import(path)

    # -- helpers --------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.status.setText(text)

    def _button(self, icon_name: str, text: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setMinimumHeight(52)
        return button

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-size: 18pt; font-weight: bold;")
        return label
