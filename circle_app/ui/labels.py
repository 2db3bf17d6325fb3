"""Enums to translated words. The domain never holds display text; widgets ask here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from circle_app.domain.enums import AgeBand, CircleKind, Direction, Role, RoundMode, Stage


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def circle_kind(kind: CircleKind) -> str:
    return {
        CircleKind.PEACETIME: _t("Peacetime circle"),
        CircleKind.ACADEMIC: _t("Academic check-in"),
        CircleKind.PARENTS: _t("Parent meeting circle"),
        CircleKind.CONFLICT: _t("Conflict circle"),
    }[kind]


def stage(value: Stage) -> str:
    return {
        Stage.EXPERIENCED: _t("Experienced"),
        Stage.AFFECTED: _t("Affected"),
        Stage.NEEDS: _t("Needs"),
        Stage.SOLUTIONS: _t("Solutions"),
    }[value]


def stage_question(value: Stage) -> str:
    """The stage as the round's heading: what the round is about (M4)."""
    return {
        Stage.EXPERIENCED: _t("What did you experience?"),
        Stage.AFFECTED: _t("How were you affected?"),
        Stage.NEEDS: _t("What do you need?"),
        Stage.SOLUTIONS: _t("What could solve it?"),
    }[value]


def round_mode(mode: RoundMode) -> str:
    return {RoundMode.SEQUENTIAL: _t("Seat by seat"), RoundMode.OPEN: _t("Open round")}[mode]


def direction(value: Direction) -> str:
    return {
        Direction.CLOCKWISE: _t("Clockwise"),
        Direction.COUNTER_CLOCKWISE: _t("Counter-clockwise"),
    }[value]


def role(value: Role) -> str:
    return {
        Role.PUPIL: _t("Pupil"),
        Role.STAFF: _t("Staff"),
        Role.PARENT: _t("Parent"),
        Role.GUEST: _t("Guest"),
    }[value]


def age_band(value: AgeBand) -> str:
    return {
        AgeBand.INDSKOLING: _t("Grades 0–3 (indskoling)"),
        AgeBand.MELLEMTRIN: _t("Grades 4–6 (mellemtrin)"),
        AgeBand.UDSKOLING: _t("Grades 7–9 (udskoling)"),
        AgeBand.VOKSNE: _t("Adults"),
    }[value]
