"""The agreement document (M14): a clean printable PDF of what a conference agreed.

Written in the case's language (Danish or English), whatever the UI language is, so it can
be handed to a family in theirs: the document's words are kept here in both languages.
QTextDocument lays it out and QPdfWriter prints it; no extra dependency.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from circle_app.domain.conference import Action, Case, ParticipantRole
from circle_app.domain.follow_up import NextStep, latest_review
from circle_app.store.files import private_open, private_umask
from circle_app.ui.support.theme import load_bundled_fonts

_WORDS: dict[str, dict[str, str]] = {
    "da": {
        "doc": "Aftale efter konferencemøde",
        "date": "Dato",
        "facilitator": "Facilitator",
        "participants": "Deltagere",
        "name": "Navn",
        "role": "Rolle",
        "actions": "Aftalte tiltag",
        "action": "Tiltag",
        "carried": "Udføres af",
        "who": "Udføres af / følges op af",
        "when": "Datoer",
        "outcome": "Ved opfølgning",
        "kept": "Overholdt",
        "partly": "Delvist overholdt",
        "not_kept": "Ikke overholdt",
        "new_date": "Følges op igen",
        "new_action": "Erstattet af et nyt tiltag",
        "closed": "Afsluttet",
        "followed": "Følges op af",
        "due": "Senest",
        "follow_up": "Opfølgning",
        "consequence": "Konsekvens",
        "no_actions": "Der er ikke aftalt tiltag endnu.",
        "intro": "Deltagerne i konferencemødet er blevet enige om følgende tiltag, og om hvem "
        "der er ansvarlig for at gennemføre dem, og hvem der følger op på dem.",
        "signatures": "Underskrifter",
        "signature": "Underskrift og dato",
        "footer": "Genoprettende praksis (RGP). Aftalen opbevares af facilitatoren.",
        ParticipantRole.AFFECTED: "Mest berørt",
        ParticipantRole.CAUSED_HARM: "Har gjort skade",
        ParticipantRole.GUARDIAN: "Forælder / værge",
        ParticipantRole.PERIPHERAL: "Part i periferien",
        ParticipantRole.RESOURCE: "Ressourceperson",
        ParticipantRole.LEADERSHIP: "Ledelse",
    },
    "en": {
        "doc": "Agreement after a conference",
        "date": "Date",
        "facilitator": "Facilitator",
        "participants": "Participants",
        "name": "Name",
        "role": "Role",
        "actions": "Agreed actions",
        "action": "Action",
        "carried": "Carried out by",
        "who": "Carried out by / followed up by",
        "when": "Dates",
        "outcome": "At follow-up",
        "kept": "Kept",
        "partly": "Partly kept",
        "not_kept": "Not kept",
        "new_date": "Followed up again",
        "new_action": "Replaced by a new action",
        "closed": "Closed",
        "followed": "Followed up by",
        "due": "By",
        "follow_up": "Follow-up",
        "consequence": "Consequence",
        "no_actions": "No actions have been agreed yet.",
        "intro": "The participants of the conference have agreed on the following actions, "
        "on who is responsible for carrying out each of them and who follows it up.",
        "signatures": "Signatures",
        "signature": "Signature and date",
        "footer": "Restorative practice (RGP). The facilitator keeps this agreement.",
        ParticipantRole.AFFECTED: "Most affected",
        ParticipantRole.CAUSED_HARM: "Caused harm",
        ParticipantRole.GUARDIAN: "Parent / guardian",
        ParticipantRole.PERIPHERAL: "Peripheral party",
        ParticipantRole.RESOURCE: "Resource person",
        ParticipantRole.LEADERSHIP: "Leadership",
    },
}


def _day(value: date, language: str) -> str:
    return value.strftime("%d.%m.%Y") if language == "da" else value.isoformat()


def agreement_html(case: Case) -> str:
    """The document as HTML (QTextDocument's subset): header, people, actions, signatures."""
    language = case.language if case.language in _WORDS else "en"
    w = _WORDS[language]
    taking = case.taking_part()
    people = "".join(
        f"<tr><td>{escape(p.name)}</td><td>{escape(w[p.role])}</td></tr>" for p in taking
    )
    followed_up = bool(case.follow_up_meetings)
    actions = "".join(
        _action_row(case, number, action, w, language)
        for number, action in enumerate(case.actions, start=1)
    )
    if case.actions:
        # Percent widths that add up to 100, dates that may wrap, and 98 %: Qt places a
        # table one cell padding in from the margin, so 100 % ran past the right margin
        # (issue 14, finding 10). The outcome column only once the case is followed up.
        widths = (5, 30, 23, 20, 22) if followed_up else (5, 43, 28, 24)  # sum: 100
        heads = ["#", w["action"], w["who"], w["when"]]
        if followed_up:
            heads.append(w["outcome"])
        head = "".join(
            f"<th width='{width}%'>{escape(text)}</th>"
            for width, text in zip(widths, heads, strict=True)
        )
        action_table = (
            f"<p>{w['intro']}</p>"
            "<table class='grid' width='98%' cellspacing='0' cellpadding='6'>"
            f"<tr>{head}</tr>{actions}</table>"
        )
        signers = [
            f"{escape(p.name)}<br/><span class='small'>{w['signature']}</span>" for p in taking
        ]
        signers.append(
            f"{escape(case.facilitator)} ({w['facilitator']})<br/>"
            f"<span class='small'>{w['signature']}</span>"
        )
        # The line is the cell's top border, so a page break never parts a line from its
        # name; the room to sign is an empty row above it.
        cells = [
            f"<td width='48%' style='border-top: 1px solid #555; padding-top: 4px;'>{text}</td>"
            for text in signers
        ]
        rows = "".join(
            "<tr><td colspan='3' height='150'></td></tr><tr>"
            + "<td width='4%'></td>".join(cells[i : i + 2])
            + "</tr>"
            for i in range(0, len(cells), 2)
        )
        signatures = (
            f"<h2>{w['signatures']}</h2>"
            f"<table width='100%' cellspacing='0' cellpadding='0'>{rows}</table>"
        )
    else:
        # Nothing agreed: nothing to sign (issue 14, finding 10).
        action_table = f"<p>{w['no_actions']}</p>"
        signatures = ""
    return f"""
<html><head><style>
  body {{ font-size: 10pt; color: #222; }}
  h1 {{ font-size: 19pt; margin: 0 0 2px 0; }}
  h2 {{ font-size: 13pt; margin: 18px 0 6px 0; color: #1f5f55; }}
  .sub {{ font-size: 12pt; color: #444; }}
  .small {{ font-size: 8.5pt; color: #666; }}
  table.grid {{ border-collapse: collapse; }}
  table.grid th {{ background: #e9f2f0; text-align: left; border: 1px solid #b9ccc8; }}
  table.grid td {{ border: 1px solid #c9d6d3; vertical-align: top; }}
</style></head><body>
<h1>{w["doc"]}</h1>
<p class='sub'><b>{escape(case.title)}</b><br/>
{w["date"]}: {_day(case.held_on, language)} &nbsp;·&nbsp;
{w["facilitator"]}: {escape(case.facilitator)}</p>
<h2>{w["participants"]}</h2>
<table class='grid' width='70%' cellspacing='0' cellpadding='5'>
<tr><th>{w["name"]}</th><th>{w["role"]}</th></tr>{people}</table>
<h2>{w["actions"]}</h2>
{action_table}
{signatures}
<p class='small' style='margin-top: 24px;'>{w["footer"]}</p>
</body></html>
"""


def _action_row(case: Case, number: int, action: Action, w: dict[str, str], language: str) -> str:
    consequence = f"<br/><i>({escape(w['consequence'])})</i>" if action.is_consequence else ""
    cells = [
        str(number),
        escape(action.description) + consequence,
        f"{escape(action.carried_out_by)}<br/><span class='small'>{w['followed']}:</span> "
        f"{escape(action.followed_up_by)}",
        f"{w['due']} {_day(action.due_on, language)}<br/>"
        f"{w['follow_up']} {_day(action.follow_up_on, language)}",
    ]
    if case.follow_up_meetings:
        review = latest_review(case, action.id)
        if review is None:
            cells.append("–")
        else:
            step = w[review.next_step.value]
            if review.next_step is NextStep.NEW_DATE and review.new_date is not None:
                step += " " + _day(review.new_date, language)
            cells.append(f"<b>{w[review.kept.value]}</b><br/>{escape(step)}")
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def write_agreement_pdf(case: Case, path: Path, font_family: str | None = None) -> Path:
    """Print the agreement to an A4 PDF. Needs a QGuiApplication (offscreen is fine).

    Set in the app's bundled font unless told another family (its zero is not Ø's twin).
    It names children: the file is 0600 before Qt writes its first byte."""
    with private_open(path, "wb"):
        pass
    with private_umask():
        _print_agreement(case, path, font_family)
    return path


#: print_() keeps margins of 2 cm of its own around a document with no page size.
_MARGIN_CM = 2.0


def agreement_document(
    case: Case, device: QPagedPaintDevice, font_family: str | None = None
) -> QTextDocument:
    """The agreement laid out on the device's page, inside 2 cm margins, as printed."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont(font_family or load_bundled_fonts())
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    margin = device.logicalDpiX() / 2.54 * _MARGIN_CM
    document.setPageSize(QSizeF(device.width() - 2 * margin, device.height() - 2 * margin))
    document.setDocumentMargin(0)
    document.setHtml(agreement_html(case))
    return document


def _print_agreement(case: Case, path: Path, font_family: str | None) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    # the page's own margins, so print_() keeps the document where it was laid out
    writer.setPageMargins(QMarginsF(*(_MARGIN_CM * 10,) * 4), QPageLayout.Unit.Millimeter)
    writer.setTitle(case.title)
    writer.setCreator("circle-app")
    agreement_document(case, writer, font_family).print_(writer)
