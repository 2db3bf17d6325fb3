"""The quick prompt's choices: the kinds of question offered, and the age bands."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from circle_app.banks.loader import BankLibrary
from circle_app.domain.enums import AgeBand, BankKind

#: Low-stakes kinds offered as categories, peacetime first (M3). Support banks never are:
#: they are facilitator-only, and their prompts are chosen by hand in the bank browser.
KINDS = (
    BankKind.PEACETIME,
    BankKind.CHECKIN,
    BankKind.CHECKOUT,
    BankKind.ACADEMIC,
    BankKind.PARENTS,
    BankKind.STAFF,
    BankKind.FOLLOWUP,
    BankKind.AFFECTIVE,
)


@dataclass(frozen=True, slots=True)
class Category:
    """One entry of the category list: a kind, optionally narrowed to some banks."""

    label: str
    kind: BankKind
    bank_ids: frozenset[str] = frozenset()


def age_labels() -> list[tuple[AgeBand | None, str]]:
    return [
        (None, QCoreApplication.translate("QuickPromptScreen", "All ages")),
        (AgeBand.INDSKOLING, QCoreApplication.translate("QuickPromptScreen", "Grades 0–3")),
        (AgeBand.MELLEMTRIN, QCoreApplication.translate("QuickPromptScreen", "Grades 4–6")),
        (AgeBand.UDSKOLING, QCoreApplication.translate("QuickPromptScreen", "Grades 7–9")),
        (AgeBand.VOKSNE, QCoreApplication.translate("QuickPromptScreen", "Adults")),
    ]


def kind_label(kind: BankKind) -> str:
    return {
        BankKind.PEACETIME: QCoreApplication.translate(
            "QuickPromptScreen", "Peacetime: all topics"
        ),
        BankKind.ACADEMIC: QCoreApplication.translate("QuickPromptScreen", "Academic check-in"),
        BankKind.PARENTS: QCoreApplication.translate("QuickPromptScreen", "Parent meeting"),
        BankKind.AFFECTIVE: QCoreApplication.translate(
            "QuickPromptScreen", "Affective statements (staff)"
        ),
        BankKind.CONFLICT: QCoreApplication.translate("QuickPromptScreen", "Conflict circle"),
        BankKind.CONVERSATION: QCoreApplication.translate(
            "QuickPromptScreen", "Restorative conversation"
        ),
        BankKind.CHECKIN: QCoreApplication.translate("QuickPromptScreen", "Check-in rounds"),
        BankKind.CHECKOUT: QCoreApplication.translate("QuickPromptScreen", "Check-out rounds"),
        BankKind.FOLLOWUP: QCoreApplication.translate(
            "QuickPromptScreen", "Follow-up after a conflict"
        ),
        BankKind.STAFF: QCoreApplication.translate("QuickPromptScreen", "Staff circles"),
        BankKind.SUPPORT: QCoreApplication.translate(
            "QuickPromptScreen", "Support (facilitator only)"
        ),
    }[kind]


def categories_for(library: BankLibrary, language: str) -> list[Category]:
    """Each offered kind that has drawable banks, then its banks when it has several."""
    categories: list[Category] = []
    for kind in KINDS:
        banks = library.banks_for(kind=kind, language=language, drawable_only=True)
        if not banks:
            continue
        categories.append(Category(kind_label(kind), kind))
        if len(banks) > 1:
            categories.extend(
                Category(f"    {bank.title}", kind, frozenset({bank.id})) for bank in banks
            )
    return categories
