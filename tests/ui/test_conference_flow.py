"""A conference walked end to end on the real window (M11-M15), and its agreement PDF."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from circle_app.domain.conference import ConferenceRuleError, Consent, ParticipantRole, Refusal
from circle_app.store.conferences import ConferenceStore, add_demo_actions, create_demo_case
from circle_app.ui.conference.agreement_document import write_agreement_pdf
from circle_app.ui.conference.case_screen import ConferenceCaseScreen
from circle_app.ui.conference.overview_screen import ConferenceOverviewScreen
from circle_app.ui.conversation.conversation_screen import ConversationScreen
from circle_app.ui.shell.controller import AppController
from circle_app.ui.support import labels
from tests.pdf import pdf_text

CLICK = Qt.MouseButton.LeftButton


def add(
    qtbot: QtBot,
    screen: ConferenceCaseScreen,
    name: str,
    role: ParticipantRole,
    consent: Consent,
    *,
    under_18: bool | None = None,
    guardians: tuple[str, ...] = (),
) -> None:
    page = screen.participants
    qtbot.mouseClick(page.new_button, CLICK)
    page.name_edit.setText(name)
    page.role_box.setCurrentIndex(page.role_box.findData(role))
    page.consent_box.setCurrentIndex(page.consent_box.findData(consent))
    page.under_18_box.setCurrentIndex({None: 0, True: 1, False: 2}[under_18])
    for row in range(page.guardians.count()):
        item = page.guardians.item(row)
        if item.text().split(" (")[0] in guardians:
            item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.save_button, CLICK)


def test_m11_m13_m14_conference_walked_end_to_end(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    controller = make_app(database_url)
    qtbot.mouseClick(controller.window.home.conferences_button, CLICK)
    overview = controller.window.stack.currentWidget()
    assert isinstance(overview, ConferenceOverviewScreen)
    qtbot.mouseClick(overview.new_button, CLICK)
    screen = controller.window.stack.currentWidget()
    assert isinstance(screen, ConferenceCaseScreen)

    screen.title_edit.setText("Break conflict")
    screen.facilitator_edit.setText("Malou")
    screen.own_box.setChecked(True)
    qtbot.mouseClick(screen.save_case_button, CLICK)
    assert "own school or institution" in screen.notes_label.text()  # M15 warning
    assert screen.notes_label.isVisibleTo(screen)

    screen.tabs.setCurrentWidget(screen.participants)
    # M13: the child is refused as taking part until a guardian takes part.
    add(qtbot, screen, "Emil", ParticipantRole.AFFECTED, Consent.ACCEPTED, under_18=True)
    assert "under 18" in screen.participants.error_label.text()
    assert screen.case.participants == ()
    add(qtbot, screen, "Mette", ParticipantRole.GUARDIAN, Consent.ACCEPTED)
    add(
        qtbot,
        screen,
        "Emil",
        ParticipantRole.AFFECTED,
        Consent.ACCEPTED,
        under_18=True,
        guardians=("Mette",),
    )
    add(qtbot, screen, "Jonas", ParticipantRole.CAUSED_HARM, Consent.ACCEPTED, under_18=False)
    add(qtbot, screen, "Freja", ParticipantRole.PERIPHERAL, Consent.DECLINED, under_18=True)
    assert [p.name for p in screen.case.taking_part()] == ["Mette", "Emil", "Jonas"]

    # M11: no start before the pre-meetings; an override needs a reason.
    assert not screen.start_button.isEnabled()
    assert "pre-meeting" in screen.blockers_label.text()
    screen.tabs.setCurrentWidget(screen.pre_meetings)
    emil = next(p.id for p in screen.case.participants if p.name == "Emil")
    screen.pre_meetings.select(emil)
    screen.pre_meetings.done_box.setChecked(True)
    qtbot.mouseClick(screen.pre_meetings.save_button, CLICK)
    assert [p.name for p in screen.case.missing_pre_meetings()] == ["Jonas"]  # Mette came along
    screen.override_edit.setText("Jonas's family met by phone")
    assert screen.start_button.isEnabled()
    qtbot.mouseClick(screen.start_button, CLICK)

    # M14: the conversation's questions for all taking part, same order rule.
    board = controller.window.stack.currentWidget()
    assert isinstance(board, ConversationScreen)
    parties = []
    while not board.conversation.finished:
        parties.append((board.party_label.text(), len(board.card_questions())))
        qtbot.keyClick(board, Qt.Key.Key_PageDown)
    assert parties == [
        ("Mette", 5),
        ("Emil", 5),
        ("Jonas", 5),
        ("Mette", 1),
        ("Emil", 1),
        ("Jonas", 1),
    ]
    qtbot.mouseClick(board.next_button, CLICK)

    screen = controller.window.stack.currentWidget()
    assert isinstance(screen, ConferenceCaseScreen)
    assert screen.tabs.currentWidget() is screen.agreements
    assert screen.case.start_override_reason == "Jonas's family met by phone"
    page = screen.agreements
    page.description_edit.setText("Lunch with the class")
    page.carried_box.setCurrentText("Jonas")
    qtbot.mouseClick(page.save_button, CLICK)  # M14: who follows it up is missing
    assert "who follows it up" in page.error_label.text()
    assert screen.case.actions == ()
    page.followed_box.setCurrentText("Sofie (class teacher)")
    qtbot.mouseClick(page.save_button, CLICK)
    assert [a.description for a in screen.case.actions] == ["Lunch with the class"]

    qtbot.mouseClick(screen.back_button, CLICK)
    overview = controller.window.stack.currentWidget()
    assert isinstance(overview, ConferenceOverviewScreen)
    assert [item.action.description for item in overview.follow_up_items] == [
        "Lunch with the class"
    ]
    overview.table.selectRow(0)
    qtbot.mouseClick(overview.done_button, CLICK)
    assert overview.follow_up_items[0].action.status.value == "done"


@pytest.mark.parametrize("language", ["da", "en"])
def test_m14_agreement_pdf_names_participants_actions_and_responsibilities(
    qtbot: QtBot, engine: object, tmp_path: Path, language: str
) -> None:
    store = ConferenceStore(engine)  # type: ignore[arg-type]
    case_id = create_demo_case(store, language, date(2026, 11, 26))
    case = add_demo_actions(store, case_id, language, date(2026, 11, 26))
    path = write_agreement_pdf(case, tmp_path / "agreement.pdf")
    assert path.read_bytes().startswith(b"%PDF-")
    text = pdf_text(path)  # Qt's own QtPdf: no poppler-utils needed (issue 12, finding 11)
    assert text.strip(), "the agreement has text a reader can select"
    flat = " ".join(unicodedata.normalize("NFKC", text).split())  # ligatures: fi, fl
    for participant in case.taking_part():
        assert participant.name in flat
    assert "Freja" not in flat  # declined: not a party to the agreement
    assert "Malou Krogh" in flat
    for action in case.actions:
        assert action.description.split()[0] in flat
        assert action.followed_up_by.split()[0] in flat
    heading = "Aftale efter konferencemøde" if language == "da" else "Agreement after a conference"
    assert heading in flat
    assert ("Underskrift" if language == "da" else "Signature") in flat


def test_m14_every_refusal_has_a_translated_label() -> None:
    for refusal in Refusal:
        assert labels.refusal(ConferenceRuleError(refusal, "x", ["Ali"])).strip()
