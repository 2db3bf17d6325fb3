"""M13 with the class list: a child's parents/guardians on record are suggested (issue 17)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from circle_app.domain.conference import Participant, ParticipantRole
from circle_app.domain.roster_csv import parse_roster
from circle_app.store.conferences import NEW, ConferenceStore
from circle_app.store.roster import RosterStore
from circle_app.ui.conference.case_screen import ConferenceCaseScreen

DATA = Path(__file__).parents[1] / "data" / "rosters"
TODAY = date(2026, 11, 26)


def test_m13_a_childs_guardians_on_the_class_list_are_suggested_in_the_conference(
    qtbot: QtBot, engine: Engine
) -> None:
    preview = parse_roster((DATA / "guardian-column.csv").read_bytes(), "liste.csv")
    RosterStore(engine).import_rows("3.a", preview.to_import())
    store = ConferenceStore(engine)
    case_id = store.create_case("Frikvarteret", TODAY, "Malou")
    child = Participant(NEW, "Asta Nørgaard", ParticipantRole.AFFECTED, birth_year=2016)
    case = store.save_participant(case_id, child, TODAY)
    asta = next(p for p in case.participants if p.name == "Asta Nørgaard")
    assert asta.person_id is not None  # the typed name is the pupil on the class list
    assert store.guardians_on_record(asta.person_id) == ["Mette Nørgaard", "Jonas Nørgaard"]

    screen = ConferenceCaseScreen(store, case_id, today=lambda: TODAY)
    qtbot.addWidget(screen)
    screen.show()
    page = screen.participants
    page.list.setCurrentRow(0)
    assert page.on_record.isVisibleTo(page)
    assert "Mette Nørgaard" in page.on_record.text()
    assert "Jonas Nørgaard" in page.on_record.text()
