"""Who keeps the circle (M6): the setup screen's keeper choice, split from it.

The group's people first, then a role for someone not on the list; staff by default, and
whose turn it is marked and chosen when the flow suggests it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from circle_app.domain.enums import Role
from circle_app.domain.people import Member, Person
from circle_app.ui.support import labels


class KeeperChooser(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def fill(self, members: Sequence[Member]) -> None:
        self.clear()
        for member in members:
            self.addItem(
                f"{member.person.display_name} ({labels.role(member.person.role)})",
                member.person.id,
            )
        for role in (Role.STAFF, Role.PUPIL, Role.PARENT):
            self.addItem(
                QCoreApplication.translate("CircleSetupScreen", "A %1 not on the list").replace(
                    "%1", labels.role(role).lower()
                ),
                role.value,
            )
        staff = [m for m in members if m.person.role is Role.STAFF]
        default = self.findData(staff[0].person.id) if staff else self.findData("staff")
        self.setCurrentIndex(max(default, 0))

    def suggest(self, person_id: int | None, role: Role) -> None:
        """Pre-select whose turn it is (M6); the teacher may change it."""
        index = self.findData(person_id if person_id is not None else role.value)
        if index < 0:
            return
        self.setItemText(
            index,
            QCoreApplication.translate("CircleSetupScreen", "%1 — their turn").replace(
                "%1", self.itemText(index)
            ),
        )
        self.setCurrentIndex(index)

    def chosen(self, people: Mapping[int, Person]) -> tuple[int | None, Role | None]:
        """(the keeper's person id, their role) as chosen."""
        data = self.currentData()
        if isinstance(data, int):
            return data, people[data].role if data in people else None
        if isinstance(data, str):
            return None, Role(data)
        return None, None
