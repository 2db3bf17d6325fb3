"""The follow-up's words on screen: how an action went, the next step (M14)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from circle_app.domain.follow_up import Kept, NextStep


def kept_label(value: Kept) -> str:
    return {
        Kept.KEPT: QCoreApplication.translate("followUp", "Kept"),
        Kept.PARTLY: QCoreApplication.translate("followUp", "Partly kept"),
        Kept.NOT_KEPT: QCoreApplication.translate("followUp", "Not kept"),
    }[value]


def next_step_label(value: NextStep) -> str:
    return {
        NextStep.NEW_DATE: QCoreApplication.translate("followUp", "Follow up again on"),
        NextStep.NEW_ACTION: QCoreApplication.translate("followUp", "Agree a new action instead"),
        NextStep.CLOSED: QCoreApplication.translate("followUp", "Closed"),
    }[value]
