"""What the roster screen's buttons and keys do to groups and people (issue 7).

Create, change and erase groups; add, edit and remove people; move seats; mark someone
away. Each asks in a window-modal dialog first and writes through the narrow services.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from circle_app.domain.enums import GroupKind, Role
from circle_app.store import StoreError
from circle_app.store.privacy import Erasure
from circle_app.ui.roster.away_dialog import BACK, AwayDialog
from circle_app.ui.roster.group_dialog import GroupDialog
from circle_app.ui.roster.person_dialog import PersonDialog
from circle_app.ui.support.errors import error_text

if TYPE_CHECKING:
    from circle_app.ui.roster.roster_screen import RosterScreen

DEFAULT_ROLE = {GroupKind.PARENT_MEETING: Role.PARENT, GroupKind.STAFF: Role.STAFF}


class RosterActions(QObject):
    def __init__(self, screen: RosterScreen) -> None:
        super().__init__(screen)
        self._screen = screen
        self._services = screen.services

    def erased_text(self, erasure: Erasure, done: str) -> str:
        """`done`, or — when a pre-upgrade copy that holds the name could not be deleted — that
        it could not, which copies, and what to do."""
        if not erasure.backups_left:
            return done
        return (
            self.tr(
                "%1, but %n copy of the database from before an upgrade could not be deleted and "
                "still holds the name: %2. Delete it by hand.",
                "",
                len(erasure.backups_left),
            )
            .replace("%1", done.rstrip("."))
            .replace("%2", ", ".join(str(path) for path in erasure.backups_left))
        )

    # -- groups ---------------------------------------------------------------------------

    def new_group(self) -> None:
        screen = self._screen
        dialog = GroupDialog(None, screen.language, screen)

        def save() -> None:
            try:
                group_id = self._services.roster.create_group(dialog.draft())
            except StoreError as exc:
                screen.host.error(error_text(exc))
                return
            screen.reload(group_id)
            screen.say(self.tr("Group created."))

        screen.host.open(dialog, save)

    def edit_group(self) -> None:
        screen = self._screen
        group = screen.current_group()
        if group is None:
            return
        dialog = GroupDialog(self._services.roster.group_draft(group.id), screen.language, screen)

        def save() -> None:
            try:
                self._services.roster.update_group(group.id, dialog.draft())
            except StoreError as exc:
                screen.host.error(error_text(exc))
                return
            screen.reload(group.id)
            screen.say(self.tr("Group saved."))

        screen.host.open(dialog, save)

    def erase_group(self) -> None:
        screen = self._screen
        group = screen.current_group()
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
                erasure = self._services.privacy.erase_group(group.id)
            except StoreError as exc:
                screen.host.error(error_text(exc))
                return
            screen.reload()
            done = self.tr("Group erased: %n people erased.", "", erasure.people)
            screen.say(self.erased_text(erasure, done))

        screen.host.confirm(
            self.tr("Erase group"),
            text,
            self.tr("Erase group"),
            erase,
        )

    # -- people ---------------------------------------------------------------------------

    def add_person(self) -> None:
        screen = self._screen
        group = screen.current_group()
        if group is None or screen.host.dialog is not None:
            return
        dialog = PersonDialog(None, screen)
        dialog.role.setCurrentIndex(
            dialog.role.findData(DEFAULT_ROLE.get(group.kind, Role.PUPIL).value)
        )

        def save() -> None:
            try:
                person_id = self._services.roster.add_person(group.id, dialog.draft())
            except StoreError as exc:
                screen.host.error(error_text(exc))
                return
            screen.reload(group.id, person_id)
            screen.say(self.tr("Person added."))

        screen.host.open(dialog, save)

    def edit_person(self) -> None:
        screen = self._screen
        member, group = screen.current_member(), screen.current_group()
        if member is None or group is None:
            return
        dialog = PersonDialog(self._services.roster.person_draft(member.person.id), screen)

        def save() -> None:
            try:
                self._services.roster.update_person(member.person.id, dialog.draft())
            except StoreError as exc:
                screen.host.error(error_text(exc))
                return
            screen.reload(group.id, member.person.id)
            screen.say(self.tr("Saved."))

        screen.host.open(dialog, save)

    def save_order(self, order: list[int], person_id: int | None) -> None:
        screen = self._screen
        group = screen.current_group()
        if group is None:
            return
        try:
            self._services.roster.set_seat_order(group.id, order)
        except StoreError as exc:
            screen.host.error(error_text(exc))
        screen.reload(group.id, person_id)
        screen.people.setFocus()

    def mark_away(self) -> None:
        screen = self._screen
        member, group = screen.current_member(), screen.current_group()
        if member is None or group is None:
            return
        today = screen.today()
        away = member.away_until if member.is_away(today) else None
        dialog = AwayDialog(away, today, screen)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                until: date | None = dialog.until()
            elif result == BACK:
                until = None
            else:
                return
            self._services.roster.set_away(group.id, member.person.id, until)
            screen.reload(group.id, member.person.id)

        screen.host.open(dialog, None, finished=done)

    def remove_person(self) -> None:
        screen = self._screen
        member, group = screen.current_member(), screen.current_group()
        if member is None or group is None or screen.host.dialog is not None:
            return
        name = member.person.display_name
        if self._services.roster.group_count(member.person.id) > 1:
            text = self.tr("Remove %1 from %2? They stay in their other groups.")
            text = text.replace("%1", name).replace("%2", group.name)

            def remove() -> None:
                self._services.roster.remove_from_group(group.id, member.person.id)
                screen.reload(group.id)
                screen.say(self.tr("Removed from the group."))

            screen.host.confirm(
                self.tr("Remove from group"),
                text,
                self.tr("Remove"),
                remove,
            )
            return
        text = self.tr(
            "Erase %1 everywhere? Their turns stay in past circles as an anonymous seat, so the "
            "statistics keep their counts. The name is wiped from the database, also where it "
            "was typed into a conversation or conference, and copies of the database kept from "
            "before upgrades are deleted, as they hold the name. This cannot be undone.",
        ).replace("%1", name)

        def erase() -> None:
            try:
                erasure = self._services.privacy.erase_person(member.person.id)
            except StoreError as exc:
                screen.host.error(error_text(exc))
                return
            screen.reload(group.id)
            screen.say(self.erased_text(erasure, self.tr("Erased.")))

        screen.host.confirm(
            self.tr("Erase person"),
            text,
            self.tr("Erase"),
            erase,
        )
