"""The agreement PDF (M14): it fits the page, says so when nothing is agreed, and shows
each action's outcome once the case is followed up (issue 14 finding 10, issue 16)."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextTable
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from circle_app.domain.conference import Case
from circle_app.domain.follow_up import Kept, NextStep, Review
from circle_app.store.conferences import ConferenceStore, add_demo_actions, create_demo_case
from circle_app.ui.conference.agreement_document import agreement_document, write_agreement_pdf
from tests.pdf import pdf_text

TODAY = date(2026, 11, 26)


def flat(path: Path) -> str:
    return " ".join(unicodedata.normalize("NFKC", pdf_text(path)).split())


def followed_up(store: ConferenceStore, language: str) -> Case:
    case_id = create_demo_case(store, language, TODAY)
    lunch, tidy, call = add_demo_actions(store, case_id, language, TODAY).actions
    day = TODAY + timedelta(days=14)
    return store.hold_follow_up(
        case_id,
        day,
        [
            Review(lunch.id, Kept.KEPT, NextStep.CLOSED),
            Review(tidy.id, Kept.PARTLY, NextStep.NEW_DATE, new_date=day + timedelta(days=14)),
            Review(call.id, Kept.NOT_KEPT, NextStep.CLOSED),
        ],
    )


@pytest.mark.parametrize("language", ["da", "en"])
def test_issue14_finding10_every_table_of_the_agreement_fits_the_page(
    qtbot: QtBot, engine: Engine, tmp_path: Path, language: str
) -> None:
    """issue 14, finding 10: the action table's last columns ran past the right margin."""
    store = ConferenceStore(engine)
    case_id = create_demo_case(store, language, TODAY)
    plain = add_demo_actions(store, case_id, language, TODAY)
    for case in (plain, followed_up(store, language)):
        writer = QPdfWriter(str(tmp_path / "measure.pdf"))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        document = agreement_document(case, writer)
        width = document.pageSize().width()
        tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
        assert len(tables) >= 2
        for table in tables:
            box = document.documentLayout().frameBoundingRect(table)
            assert box.left() >= 0
            # within a pixel (Qt rounds the frame to whole device pixels); it ran 22 px past
            assert box.right() <= width + 1, f"a table runs {box.right() - width:.0f} px past"


@pytest.mark.parametrize("language", ["da", "en"])
def test_issue14_finding10_an_agreement_without_actions_says_so_without_signature_lines(
    qtbot: QtBot, engine: Engine, tmp_path: Path, language: str
) -> None:
    store = ConferenceStore(engine)
    case = store.load(create_demo_case(store, language, TODAY))
    text = flat(write_agreement_pdf(case, tmp_path / "none.pdf"))
    nothing = "Der er ikke aftalt tiltag endnu." if language == "da" else "No actions have"
    assert nothing in text
    assert ("Underskrift" if language == "da" else "Signature") not in text


@pytest.mark.parametrize("language", ["da", "en"])
def test_m14_the_agreement_of_a_followed_up_case_shows_each_actions_outcome(
    qtbot: QtBot, engine: Engine, tmp_path: Path, language: str
) -> None:
    """issue 16: kept / partly / not kept and the next step, per action."""
    case = followed_up(ConferenceStore(engine), language)
    text = flat(write_agreement_pdf(case, tmp_path / "followed.pdf"))
    if language == "da":
        words = ["Overholdt", "Delvist overholdt", "Ikke overholdt", "Afsluttet", "igen"]
    else:
        words = ["Kept", "Partly kept", "Not kept", "Closed", "again"]
    for word in words:
        assert word in text
    assert ("Underskrift" if language == "da" else "Signature") in text
