"""Choosing a circle's shape in setup: a shipped plan, the group's own, or rounds composed
on the spot (a check-in first, a check-out last) that the teacher may keep for the group."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from circle_app.domain.enums import CircleKind
from circle_app.domain.plan import Plan, simple_plan
from circle_app.ui.circle.plan_labels import plan_name, plan_rounds
from circle_app.ui.support.icons import icon

_OWN_TITLES = {"da": "Egen plan", "en": "Own plan"}  # data, never shown: see plan_name()


class PlanChooser(QWidget):
    changed = Signal()  # the plan (or whether the rounds stepper applies) changed
    save_requested = Signal(object)  # Plan: keep the composed rounds for the group

    def __init__(self, plans: Sequence[Plan], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shipped = tuple(plans)
        self._group_plans: tuple[Plan, ...] = ()
        self._language = language
        self._kind = CircleKind.PEACETIME
        self._group_id: int | None = None
        self._main_rounds = 1

        self.plan_box = QComboBox()
        self.plan_box.setAccessibleName(self.tr("Plan"))
        self.checkin_button = QPushButton(self.tr("Check-in first"))
        self.checkout_button = QPushButton(self.tr("Check-out last"))
        for button in (self.checkin_button, self.checkout_button):
            button.setCheckable(True)
            button.setMinimumHeight(48)
            button.toggled.connect(self._on_changed)
        self.save_button = QPushButton(self.tr("Keep for the group"))
        self.save_button.setMinimumHeight(48)
        self.save_button.clicked.connect(self._on_save)
        self.summary = QLabel()
        self.summary.setProperty("muted", True)
        self.summary.setWordWrap(True)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.checkin_button)
        row.addWidget(self.checkout_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plan_box)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        self.plan_box.currentIndexChanged.connect(self._on_changed)
        self._fill()

    # -- public ---------------------------------------------------------------------------

    def set_kind(self, kind: CircleKind) -> None:
        self._kind = kind
        self._fill()

    def set_group(self, group_id: int | None) -> None:
        """The chosen group (None: a quick circle); its own plans follow with set_group_plans."""
        self._group_id = group_id
        self._group_plans = ()
        self._fill()

    def set_group_plans(self, plans: Sequence[Plan]) -> None:
        self._group_plans = tuple(plans)
        self._fill()

    def choose(self, plan_id: str) -> bool:
        index = self.plan_box.findData(plan_id)
        if index >= 0:
            self.plan_box.setCurrentIndex(index)
        return index >= 0

    @property
    def uses_rounds(self) -> bool:
        """True when the keeper sets the number of main rounds (no ready-made plan)."""
        return self._chosen() is None

    def set_main_rounds(self, count: int) -> None:
        """The main rounds of composed rounds (the setup screen's rounds stepper)."""
        self._main_rounds = count
        self._on_changed()

    def plan(self) -> Plan | None:
        """The chosen plan; composed rounds with a check-in or check-out; else None."""
        chosen = self._chosen()
        if chosen is not None:
            return chosen
        return self._composed(self._main_rounds)

    def refresh_icons(self) -> None:
        self.save_button.setIcon(icon("mdi6.content-save-outline"))

    # -- internals ------------------------------------------------------------------------

    def _composed(self, main_rounds: int) -> Plan | None:
        if not (self.checkin_button.isChecked() or self.checkout_button.isChecked()):
            return None
        return simple_plan(
            self._kind,
            _OWN_TITLES,
            checkin=self.checkin_button.isChecked(),
            main_rounds=main_rounds,
            checkout=self.checkout_button.isChecked(),
        )

    def _plans(self) -> list[Plan]:
        mine = [plan for plan in self._group_plans if plan.kind is self._kind]
        return [*mine, *(plan for plan in self._shipped if plan.kind is self._kind)]

    def _chosen(self) -> Plan | None:
        plan_id = self.plan_box.currentData()
        return next((plan for plan in self._plans() if plan.id == plan_id), None)

    def _fill(self) -> None:
        previous = self.plan_box.currentData()
        self.plan_box.blockSignals(True)
        self.plan_box.clear()
        self.plan_box.addItem(self.tr("Rounds as chosen here"), "")
        for plan in self._plans():
            self.plan_box.addItem(plan_name(plan, self._language), plan.id)
        index = self.plan_box.findData(previous)
        self.plan_box.setCurrentIndex(max(index, 0))
        self.plan_box.blockSignals(False)
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        composing = self._chosen() is None
        self.checkin_button.setEnabled(composing)
        self.checkout_button.setEnabled(composing)
        composed = self._composed(self._main_rounds)
        can_save = composing and composed is not None and self._group_id is not None
        self.save_button.setEnabled(can_save)
        if not can_save:
            reason = (
                self.tr("Choose a group to keep a plan for it.")
                if self._group_id is None
                else self.tr("Add a check-in or a check-out to keep the rounds as a plan.")
            )
            self.save_button.setToolTip(reason if composing else "")
        else:
            self.save_button.setToolTip("")
        plan = self.plan()
        self.summary.setText(plan_rounds(plan) if plan is not None else "")
        self.changed.emit()

    @Slot()
    def _on_save(self) -> None:
        plan = self.plan()
        if plan is not None and self._group_id is not None:
            self.save_requested.emit(plan)
