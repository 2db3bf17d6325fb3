"""Files in and out of the roster screen: import a class list with a preview, export a
person's data or a group's list. The screen reads the file the teacher chose and hands
bytes to the domain; every write goes through the store (0600, all or nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from circle_app.domain.enums import GroupKind, Role
from circle_app.domain.roster_csv import parse_roster
from circle_app.store import StoreError
from circle_app.ui.roster.import_dialog import RosterImportDialog
from circle_app.ui.roster.roster_actions import DEFAULT_ROLE
from circle_app.ui.support.errors import error_text

if TYPE_CHECKING:
    from circle_app.ui.roster.roster_screen import RosterScreen


class RosterFiles(QObject):
    def __init__(self, screen: RosterScreen) -> None:
        super().__init__(screen)
        self._screen = screen
        self._services = screen.services

    def export_person(self) -> None:
        screen = self._screen
        member = screen.current_member()
        if member is None:
            return
        suggested = str(Path.home() / f"circle-app-person-{member.person.id}.json")
        path, _ = QFileDialog.getSaveFileName(
            screen,
            self.tr("Export a person's data"),
            suggested,
            self.tr("JSON files (*.json)"),
        )
        if path:
            self.export_person_to(Path(path))

    def export_person_to(self, path: Path) -> None:
        screen = self._screen
        member = screen.current_member()
        if member is None:
            return
        try:
            self._services.privacy.export_person(member.person.id, path)
        except (OSError, StoreError) as exc:
            text = self.tr("Could not write the file: %1")
            screen.host.error(text.replace("%1", error_text(exc)))
            return
        screen.say(self.tr("Exported to %1").replace("%1", str(path)))

    def export_group(self) -> None:
        screen = self._screen
        group = screen.current_group()
        if group is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            screen,
            self.tr("Save the group's list"),
            str(Path.home() / f"{group.name}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export_group_to(Path(path))

    def export_group_to(self, path: Path) -> None:
        screen = self._screen
        group = screen.current_group()
        if group is None:
            return
        try:
            count = self._services.privacy.export_group(group.id, path)
        except (OSError, StoreError) as exc:
            text = self.tr("Could not write the file: %1")
            screen.host.error(text.replace("%1", error_text(exc)))
            return
        screen.say(self.tr("%n people saved to %1", "", count).replace("%1", str(path)))

    def import_list(self) -> None:
        screen = self._screen
        if screen.host.dialog is not None:
            return
        path, _ = QFileDialog.getOpenFileName(
            screen,
            self.tr("Import a class list"),
            str(Path.home()),
            self.tr("Class lists (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if path:
            self.preview_import(Path(path))

    def preview_import(self, path: Path) -> None:
        screen = self._screen
        group = screen.current_group()
        try:
            data = path.read_bytes()
            roles_path = path.with_name("roles.csv")  # School Data Sync v2.1 keeps it beside
            roles = roles_path.read_bytes() if roles_path.is_file() and roles_path != path else None
        except OSError as exc:
            text = self.tr("Could not read the file: %1")
            screen.host.error(text.replace("%1", str(exc.strerror)))
            return
        kind = group.kind if group else GroupKind.CLASS
        preview = parse_roster(
            data,
            path.name,
            default_role=DEFAULT_ROLE.get(kind, Role.PUPIL),
            this_year=screen.today().year,
            roles_csv=roles,
        )
        if group is not None:
            name = group.name
        elif len(preview.classes) == 1:
            name = preview.classes[0]
        else:
            name = path.stem
        dialog = RosterImportDialog(preview, name, screen, plan=self._services.roster.plan_import)

        def save() -> None:
            lists = dialog.lists()
            same = group is not None and [name for name, _ in lists] == [group.name]
            try:
                results = self._services.roster.import_groups(
                    lists,
                    kind=kind if same else GroupKind.CLASS,
                    language=screen.language,
                    mark_gone=dialog.mark_gone.isChecked(),
                    guardians=preview.guardians,
                    today=screen.today(),
                )
            except StoreError as exc:
                screen.host.error(error_text(exc))
                return
            screen.reload(results[0].group_id)
            added = sum(result.added for result in results)
            text = self.tr("Imported %n people.", "", added)
            left = sum(result.left for result in results)
            if len(results) > 1:
                text += " " + self.tr("%n groups, one per class.", "", len(results))
            if left:
                text += " " + self.tr("%n marked as having left the group.", "", left)
            screen.say(text)

        screen.host.open(dialog, save)
