"""A circle plan's rounds in words: the round tracker on the board and the setup screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from circle_app.domain.plan import Plan, PlannedRound, RoundPrompt
from circle_app.ui.support import labels


def round_label(planned: PlannedRound, number: int) -> str:
    """Short: a tracker entry ("Check-in", "Needs", "Round 2")."""
    if planned.stage is not None:
        return labels.stage(planned.stage)
    if planned.prompt is RoundPrompt.CHECKIN:
        return QCoreApplication.translate("plan", "Check-in")
    if planned.prompt is RoundPrompt.CHECKOUT:
        return QCoreApplication.translate("plan", "Check-out")
    return QCoreApplication.translate("plan", "Round %1").replace("%1", str(number))


def round_heading(planned: PlannedRound, number: int) -> str:
    """The card's heading for the round: the stage's question, or what the round is."""
    if planned.stage is not None:
        return labels.stage_question(planned.stage)
    if planned.prompt is RoundPrompt.CHECKIN:
        return QCoreApplication.translate("plan", "Check-in round")
    if planned.prompt is RoundPrompt.CHECKOUT:
        return QCoreApplication.translate("plan", "Check-out round")
    return round_label(planned, number)


def plan_rounds(plan: Plan) -> str:
    """ "Check-in → Round 2 → Round 3 → Check-out"."""
    return " → ".join(round_label(planned, i + 1) for i, planned in enumerate(plan.rounds))


def plan_name(plan: Plan, language: str) -> str:
    """A shipped plan by its title; a group's own by its rounds (it has no typed title)."""
    if plan.group_id is None:
        return plan.title(language)
    return QCoreApplication.translate("plan", "The group's own: %1").replace(
        "%1", plan_rounds(plan)
    )
