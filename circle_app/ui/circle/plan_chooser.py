"""Choosing a circle's shape in setup: a shipped plan, the group's own, or rounds composed
on the spot (a check-in first, a check-out last) that the teacher may keep for the group."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

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
        self.checkin_button = QPushButton()
        self.checkin_button.setAccessibleName(self.tr("Begin with a check-in round"))
        self.checkout_button = QPushButton()
        self.checkout_button.setAccessibleName(self.tr("End with a check-out round"))
        for button in (self.checkin_button, self.checkout_button):
            button.setCheckable(True)
            button.setMinimumHeight(48)
            button.setStyleSheet("padding: 0 10px; border-radius: 24px;")  # room on a laptop
            button.toggled.connect(self._on_changed)
        self._name_toggles()
        self.save_button = QPushButton(self.tr("Keep"))
        self.save_button.setAccessibleName(self.tr("Keep these rounds for the group"))
        self.save_button.setMinimumHeight(48)
        self.save_button.clicked.connect(self._on_save)

        # One row here (plan, keep); the setup screen puts the check-in and check-out
        # toggles beside its rounds stepper, so the form fits a 1366×768 laptop.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plan_box, 1)
        layout.addWidget(self.save_button)
        self.setMinimumHeight(max(self.save_button.sizeHint().height(), 52))
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

    def rounds_text(self) -> str:
        """The chosen or composed plan's rounds in words ("Check-in → Round 2 → …")."""
        plan = self.plan()
        return plan_rounds(plan) if plan is not None else ""

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

    def _name_toggles(self) -> None:
        """A ticked toggle says so in words too, not by its colour alone."""
        for button, text in (
            (self.checkin_button, self.tr("Check-in")),
            (self.checkout_button, self.tr("Check-out")),
        ):
            button.setText(("✓ " if button.isChecked() else "") + text)

    @Slot()
    def _on_changed(self) -> None:
        self._name_toggles()
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
        rounds = self.rounds_text()
        self.plan_box.setItemText(
            0,
            self.tr("As chosen: %1").replace("%1", rounds)
            if composing and rounds
            else self.tr("Rounds as chosen here"),
        )
        self.plan_box.setToolTip(rounds)
        self.changed.emit()

    @Slot()
    def _on_save(self) -> None:
        plan = self.plan()
        if plan is not None and self._group_id is not None:
            self.save_requested.emit(plan)
