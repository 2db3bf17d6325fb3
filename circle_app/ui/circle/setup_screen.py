"""Before the circle: who is here, where they sit, what kind of circle, who keeps it."""

from __future__ import annotations

import random
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
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

from circle_app.domain.circle import ROUNDS_OF_THE_KIND, CircleSetup, Seat
from circle_app.domain.enums import AgeBand, CircleKind, Direction, Role
from circle_app.domain.people import Group, Member
from circle_app.domain.plan import Plan
from circle_app.ui.circle.plan_chooser import PlanChooser
from circle_app.ui.circle.setup_keeper import KeeperChooser
from circle_app.ui.support import labels
from circle_app.ui.support.icons import icon
from circle_app.ui.widgets.stepper import Stepper

QUICK = -1
_PERSON = Qt.ItemDataRole.UserRole


class CircleSetupScreen(QWidget):
    start_requested = Signal(object, str)  # CircleSetup, title for the board
    home_requested = Signal()
    group_changed = Signal(int)  # group id; the controller answers with set_members()
    # and set_group_plans()
    plan_saved = Signal(int, object)  # group id, Plan: keep it; answer with set_group_plans()

    def __init__(
        self,
        groups: list[Group],
        language: str,
        parent: QWidget | None = None,
        *,
        plans: Sequence[Plan] = (),
        group_id: int | None = None,
    ) -> None:
        """`plans`: the shipped plans; `group_id`: the group to start from (the last one
        used); without it, the only group there is, if there is one (issue 14, finding 9)."""
        super().__init__(parent)
        self.setObjectName("setup")
        self._groups = {group.id: group for group in groups}
        self._members: list[Member] = []

        heading = QLabel(self.tr("New circle"))
        heading.setStyleSheet("font-size: 30pt; font-weight: bold;")

        # -- who --------------------------------------------------------------------
        self.group_box = QComboBox()
        self.group_box.addItem(self.tr("Quick circle: numbered seats, no names"), QUICK)
        for group in groups:
            self.group_box.addItem(
                self.tr("%1 (%2 people)").replace("%1", group.name).replace("%2", str(group.size)),
                group.id,
            )
        self.seat_count = Stepper(2, 200, 12, self.tr(" seats"))
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Who sits in the circle"))
        self.people.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.people.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.model().rowsMoved.connect(self._refresh_start_seats)
        self.people.itemChanged.connect(self._refresh_start_seats)
        self.shuffle_button = QPushButton(icon("mdi6.shuffle-variant"), self.tr("Shuffle seats"))
        self.shuffle_button.clicked.connect(self.shuffle)
        self.all_present_button = QPushButton(icon("mdi6.check-all"), self.tr("All present"))
        self.all_present_button.clicked.connect(self._mark_all_present)
        hint = QLabel(self.tr("Tick who is here. Drag to change the seat order."))
        hint.setProperty("muted", True)
        hint.setWordWrap(True)

        who = QVBoxLayout()
        who.addWidget(self._section(self.tr("Who sits in the circle")))
        who.addWidget(self.group_box)
        who.addWidget(self.seat_count)
        who.addWidget(hint)
        who.addWidget(self.people, 1)
        row = QHBoxLayout()
        row.addWidget(self.all_present_button)
        row.addWidget(self.shuffle_button)
        who.addLayout(row)

        # -- how --------------------------------------------------------------------
        self.kind_buttons = QButtonGroup(self)
        kinds = QGridLayout()
        kinds.setSpacing(10)
        for index, kind in enumerate(CircleKind):
            button = QPushButton(labels.circle_kind(kind))
            button.setCheckable(True)
            button.setProperty("kind", kind.value)
            self.kind_buttons.addButton(button, index)
            kinds.addWidget(button, index // 2, index % 2)
        self.kind_buttons.button(0).setChecked(True)
        self.kind_buttons.idToggled.connect(self._on_kind)

        self.rounds = Stepper(1, 12, 3)
        self.plans = PlanChooser(plans, language)
        self.plans.set_main_rounds(self.rounds.value())
        self.rounds.valueChanged.connect(self.plans.set_main_rounds)
        self.plans.changed.connect(self._on_plan)
        self.plans.save_requested.connect(self._on_save_plan)
        self.direction = QComboBox()
        for value in Direction:
            self.direction.addItem(labels.direction(value), value.value)
        self.start_seat = QComboBox()
        self.keeper = KeeperChooser()
        self.board_controls = QCheckBox(
            self.tr("Show Next and Pass on the board for children to tap")
        )
        self.board_controls.setChecked(True)
        self.board_controls.setToolTip(
            self.tr("With a board screen of its own; the keeper always has them on the laptop")
        )
        self.language = QComboBox()
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language == "da" else 1)
        self.age_band = QComboBox()
        self.age_band.addItem(self.tr("Any age"), "")
        for band in AgeBand:
            self.age_band.addItem(labels.age_band(band), band.value)

        rounds_row = QHBoxLayout()
        rounds_row.setContentsMargins(0, 0, 0, 0)
        self.rounds.label.setMinimumWidth(56)  # a number of rounds is one or two digits
        rounds_row.addWidget(self.rounds)
        rounds_row.addWidget(self.plans.checkin_button, 1)
        rounds_row.addWidget(self.plans.checkout_button, 1)
        prompts_row = QHBoxLayout()
        prompts_row.setContentsMargins(0, 0, 0, 0)
        prompts_row.addWidget(self.language, 1)
        prompts_row.addWidget(self.age_band, 2)
        self.age_band.setAccessibleName(self.tr("Age"))

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Plan"), self.plans)
        form.addRow(self.tr("Rounds"), rounds_row)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Starts with"), self.start_seat)
        form.addRow(self.tr("Keeper"), self.keeper)
        form.addRow(self.tr("Prompts in"), prompts_row)
        form.addRow("", self.board_controls)

        how = QVBoxLayout()
        how.addWidget(self._section(self.tr("What kind of circle")))
        how.addLayout(kinds)
        how.addSpacing(8)
        how.addLayout(form)
        how.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(40)
        left, right = QFrame(), QFrame()
        left.setLayout(who)
        right.setLayout(how)
        columns.addWidget(left, 1)
        columns.addWidget(right, 1)

        self.back_button = QPushButton(icon("mdi6.home-outline"), self.tr("Home"))
        self.back_button.clicked.connect(self.home_requested)
        self.start_button = QPushButton(
            icon("mdi6.play", on_accent=True), self.tr("Start the circle")
        )
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(self._on_start)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 24)
        layout.addWidget(heading)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

        self.group_box.currentIndexChanged.connect(self._on_group)
        self.seat_count.valueChanged.connect(self._fill_quick)
        if group_id is None and len(groups) == 1:
            group_id = groups[0].id
        start_at = self.group_box.findData(group_id) if group_id is not None else -1
        if start_at > 0:
            self.group_box.blockSignals(True)
            self.group_box.setCurrentIndex(start_at)
            self.group_box.blockSignals(False)
            self.start_button.setEnabled(False)  # until the group's people are here
            # group_changed once whoever made the screen has connected to it
            QTimer.singleShot(0, self._on_group)
        else:
            self._on_group()

    # -- public ---------------------------------------------------------------------------

    def set_members(self, members: list[Member]) -> None:
        """The people of the chosen group, in their usual seat order."""
        from datetime import date

        self._members = members
        self.people.clear()
        today = date.today()
        for member in members:
            item = QListWidgetItem(
                f"{member.person.display_name}  ·  {labels.role(member.person.role)}"
            )
            item.setData(_PERSON, member.person.id)
            item.setSizeHint(QSize(0, 48))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            away = member.is_away(today)
            item.setCheckState(Qt.CheckState.Unchecked if away else Qt.CheckState.Checked)
            self.people.addItem(item)
        self._refresh_keepers()
        self._refresh_start_seats()

    def set_group_plans(self, plans: Sequence[Plan]) -> None:
        """The chosen group's own plans, listed first in the plan chooser."""
        self.plans.set_group_plans(plans)

    def suggest_keeper(self, person_id: int | None, role: Role) -> None:
        """Pre-select whose turn it is to keep the circle (M6); the teacher may change it."""
        self.keeper.suggest(person_id, role)

    def set_board_controls(self, shown: bool) -> None:
        """The chosen group's option: Pass and Next on the board (issue 18)."""
        self.board_controls.setChecked(shown)

    def shows_board_controls(self) -> bool:
        """Pass and Next on the board: as ticked for a group; always for a quick circle."""
        return self.board_controls.isChecked() or self.group_box.currentData() == QUICK

    def setup(self) -> CircleSetup:
        """The circle as chosen on screen."""
        kind = self._kind()
        group_id = self.group_box.currentData()
        by_id = {member.person.id: member.person for member in self._members}
        seats: list[Seat] = []
        present: set[int] = set()
        for row in range(self.people.count()):
            item = self.people.item(row)
            person_id = item.data(_PERSON)
            person = by_id.get(person_id) if person_id is not None else None
            if person is None:
                seats.append(Seat(row))
            else:
                seats.append(
                    Seat(row, person.id, person.display_name, person.short_name, person.role)
                )
            if item.checkState() == Qt.CheckState.Checked:
                present.add(row)
        keeper_id, keeper_role = self.keeper.chosen(by_id)
        band = self.age_band.currentData()
        plan = self.plans.plan()
        rounds = self.rounds.value()
        if plan is not None or kind is CircleKind.CONFLICT:
            rounds = ROUNDS_OF_THE_KIND  # the plan's, or a conflict circle's four (M4)
        return CircleSetup(
            kind=kind,
            seats=tuple(seats),
            present=frozenset(present),
            start_seat=max(self.start_seat.currentData() or 0, 0),
            direction=Direction(self.direction.currentData()),
            planned_rounds=rounds,
            language=self.language.currentData(),
            age_band=band or None,
            group_id=group_id if group_id != QUICK else None,
            keeper_person_id=keeper_id,
            keeper_role=keeper_role,
            plan=plan,
        )

    def title(self) -> str:
        group_id = self.group_box.currentData()
        group = self._groups.get(group_id)
        return group.name if group else ""

    @Slot()
    def shuffle(self, rng: random.Random | None = None) -> None:
        items = [self.people.takeItem(0) for _ in range(self.people.count())]
        (rng or random.Random()).shuffle(items)
        for item in items:
            self.people.addItem(item)
        self._refresh_start_seats()

    # -- internals ------------------------------------------------------------------------

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-size: 18pt; font-weight: bold; margin-top: 8px;")
        return label

    def _kind(self) -> CircleKind:
        button = self.kind_buttons.checkedButton()
        return CircleKind(button.property("kind")) if button else CircleKind.PEACETIME

    @Slot(int, bool)
    def _on_kind(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        conflict = self._kind() is CircleKind.CONFLICT
        if conflict:
            self.rounds.setValue(4)  # M4: four rounds, in order
        self.plans.set_kind(self._kind())

    @Slot()
    def _on_plan(self) -> None:
        """A ready-made plan sets the rounds; so does a conflict circle (M4)."""
        conflict = self._kind() is CircleKind.CONFLICT
        self.rounds.setEnabled(self.plans.uses_rounds and not conflict)

    @Slot(object)
    def _on_save_plan(self, plan: Plan) -> None:
        group_id = self.group_box.currentData()
        if group_id != QUICK:
            self.plan_saved.emit(group_id, plan)

    @Slot()
    def _on_group(self) -> None:
        group_id = self.group_box.currentData()
        quick = group_id == QUICK
        self.plans.set_group(None if quick else group_id)
        self.seat_count.setVisible(quick)
        self.board_controls.setVisible(not quick)  # a quick circle: on the board
        self.shuffle_button.setEnabled(not quick)
        if quick:
            self._members = []
            self._fill_quick()
        else:
            group = self._groups.get(group_id)
            if group and group.age_band:
                self.age_band.setCurrentIndex(max(self.age_band.findData(group.age_band.value), 0))
            if group:
                self.language.setCurrentIndex(max(self.language.findData(group.language), 0))
            self.group_changed.emit(group_id)

    @Slot()
    def _fill_quick(self) -> None:
        if self.group_box.currentData() != QUICK:
            return
        self.people.clear()
        for number in range(1, self.seat_count.value() + 1):
            item = QListWidgetItem(self.tr("Seat %1").replace("%1", str(number)))
            item.setSizeHint(QSize(0, 48))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(item)
        self._refresh_keepers()
        self._refresh_start_seats()

    @Slot()
    def _mark_all_present(self) -> None:
        for row in range(self.people.count()):
            self.people.item(row).setCheckState(Qt.CheckState.Checked)

    def _refresh_keepers(self) -> None:
        self.keeper.fill(self._members)

    @Slot()
    def _refresh_start_seats(self) -> None:
        previous = self.start_seat.currentData()
        self.start_seat.blockSignals(True)
        self.start_seat.clear()
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                self.start_seat.addItem(item.text().split("  ·  ")[0], row)
        index = self.start_seat.findData(previous)
        self.start_seat.setCurrentIndex(index if index >= 0 else 0)
        self.start_seat.blockSignals(False)
        self.start_button.setEnabled(self.start_seat.count() > 0)

    @Slot()
    def _on_start(self) -> None:
        self.start_requested.emit(self.setup(), self.title())
