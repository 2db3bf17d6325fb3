"""The agreement document (M14): a clean printable PDF of what a conference agreed.

Written in the case's language (Danish or English), whatever the UI language is, so it can
be handed to a family in theirs: the document's words are kept here in both languages.
QTextDocument lays it out and QPdfWriter prints it; no extra dependency.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from circle_app.domain.conference import Case, ParticipantRole
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
    actions = "".join(
        "<tr>"
        f"<td>{number}.</td>"
        f"<td>{escape(a.description)}"
        + (f"<br/><i>({escape(w['consequence'])})</i>" if a.is_consequence else "")
        + "</td>"
        f"<td>{escape(a.carried_out_by)}</td>"
        f"<td>{escape(a.followed_up_by)}</td>"
        f"<td style='white-space: nowrap;'>{_day(a.due_on, language)}</td>"
        f"<td style='white-space: nowrap;'>{_day(a.follow_up_on, language)}</td>"
        "</tr>"
        for number, a in enumerate(case.actions, start=1)
    )
    if case.actions:
        action_table = (
            "<table class='grid' width='100%' cellspacing='0' cellpadding='6'>"
            f"<tr><th width='4%'>#</th><th width='34%'>{w['action']}</th>"
            f"<th width='16%'>{w['carried']}</th><th width='18%'>{w['followed']}</th>"
            f"<th width='14%'>{w['due']}</th><th width='14%'>{w['follow_up']}</th></tr>"
            f"{actions}</table>"
        )
    else:
        action_table = f"<p>{w['no_actions']}</p>"
    signers = [*taking]
    cells = []
    for participant in signers:
        cells.append(
            "<td width='50%' style='padding: 28px 18px 4px 0;'>"
            "<hr/>"
            f"{escape(participant.name)}<br/><span class='small'>{w['signature']}</span></td>"
        )
    cells.append(
        "<td width='50%' style='padding: 34px 18px 4px 0;'><hr/>"
        f"{escape(case.facilitator)} ({w['facilitator']})<br/>"
        f"<span class='small'>{w['signature']}</span></td>"
    )
    rows = "".join("<tr>" + "".join(cells[i : i + 2]) + "</tr>" for i in range(0, len(cells), 2))
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
<p>{w["intro"]}</p>
{action_table}
<h2>{w["signatures"]}</h2>
<table width='100%' cellspacing='0' cellpadding='0'>{rows}</table>
<p class='small' style='margin-top: 24px;'>{w["footer"]}</p>
</body></html>
"""


def write_agreement_pdf(case: Case, path: Path, font_family: str | None = None) -> Path:
    """Print the agreement to an A4 PDF. Needs a QGuiApplication (offscreen is fine).

    Set in the app's bundled font unless told another family (its zero is not Ø's twin).
    It names children: the file is 0600 before Qt writes its first byte."""
    with private_open(path, "wb"):
        pass
    with private_umask():
        _print_agreement(case, path, font_family)
    return path


def _print_agreement(case: Case, path: Path, font_family: str | None) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # print_() keeps 2 cm margins of its own; the writer adds none
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(case.title)
    writer.setCreator("circle-app")
    document = QTextDocument()
    font = QFont(font_family or load_bundled_fonts())
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(agreement_html(case))
    document.print_(writer)  # paginates on the writer's A4 page, at its resolution
