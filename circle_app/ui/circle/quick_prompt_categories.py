"""The quick prompt's choices: the kinds of question offered, and the age bands."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from circle_app.banks.loader import BankLibrary
from circle_app.domain.enums import AgeBand, BankKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuickPromptScreen", text)


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
        (None, _tr("All ages")),
        (AgeBand.INDSKOLING, _tr("Grades 0–3")),
        (AgeBand.MELLEMTRIN, _tr("Grades 4–6")),
        (AgeBand.UDSKOLING, _tr("Grades 7–9")),
        (AgeBand.VOKSNE, _tr("Adults")),
    ]


def kind_label(kind: BankKind) -> str:
    return {
        BankKind.PEACETIME: _tr("Peacetime: all topics"),
        BankKind.ACADEMIC: _tr("Academic check-in"),
        BankKind.PARENTS: _tr("Parent meeting"),
        BankKind.AFFECTIVE: _tr("Affective statements (staff)"),
        BankKind.CONFLICT: _tr("Conflict circle"),
        BankKind.CONVERSATION: _tr("Restorative conversation"),
        BankKind.CHECKIN: _tr("Check-in rounds"),
        BankKind.CHECKOUT: _tr("Check-out rounds"),
        BankKind.FOLLOWUP: _tr("Follow-up after a conflict"),
        BankKind.STAFF: _tr("Staff circles"),
        BankKind.SUPPORT: _tr("Support (facilitator only)"),
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
