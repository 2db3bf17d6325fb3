"""issue 17: re-importing a class list keeps history; guardians are linked (M13)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from circle_app.domain.enums import Role
from circle_app.domain.roster_csv import RosterRow, parse_roster
from circle_app.store.circles import CircleStore
from circle_app.store.groups import GroupStore
from circle_app.store.guardians import guardians_of
from circle_app.store.models import PersonRow
from circle_app.store.privacy import erase_person, export_person
from circle_app.store.roster import RosterStore
from tests.unit.store.test_roster_privacy import run_circle

DATA = Path(__file__).parents[2] / "data" / "rosters"
FIRST = (
    b"SIS ID,School SIS ID,First Name,Last Name,Grade\n"
    b"s-1,x,Asta,Hansen,3\ns-2,x,Bilal,Khan,3\ns-3,x,Clara,Berg,3\ns-5,x,Eva,Lund,3\n"
)
# Bilal has left the school, Clara's surname changed, Dina is new.
SECOND = (
    b"SIS ID,School SIS ID,First Name,Last Name,Grade\n"
    b"s-1,x,Asta,Hansen,3\ns-3,x,Clara,Berg-Olsen,3\ns-4,x,Dina,Ali,3\ns-5,x,Eva,Lund,3\n"
)


def rows(data: bytes) -> tuple[RosterRow, ...]:
    preview = parse_roster(data, "Student.csv", this_year=2026)
    assert preview.ok, [str(p) for p in preview.problems]
    return preview.to_import()


def roster_names(engine: Engine, group_id: int) -> list[str]:
    return [m.person.display_name for m in GroupStore(engine).members(group_id)]


def test_a_reimport_shows_new_gone_and_changed_and_keeps_history(engine: Engine) -> None:
    store = RosterStore(engine)
    first = store.import_rows("3.a", rows(FIRST))
    assert roster_names(engine, first.group_id) == [
        "Asta Hansen",
        "Bilal Khan",
        "Clara Berg",
        "Eva Lund",
    ]
    circle_id = run_circle(engine, first.group_id, None)
    bilal = GroupStore(engine).members(first.group_id)[1].person.id

    plan = store.plan_import("3.a", rows(SECOND))
    assert [row.display_name for row in plan.new] == ["Dina Ali"]
    assert [person.display_name for person in plan.gone] == ["Bilal Khan"]
    assert [(m.before.display_name, m.row.display_name, m.changes) for m in plan.changed] == [
        ("Clara Berg", "Clara Berg-Olsen", ("name",))
    ]

    result = store.import_rows("3.a", rows(SECOND), mark_gone=True, today=date(2027, 1, 4))
    assert (result.group_id, result.added, result.changed, result.left) == (
        first.group_id,
        1,
        1,
        1,
    )
    assert roster_names(engine, first.group_id) == [
        "Asta Hansen",
        "Clara Berg-Olsen",
        "Eva Lund",
        "Dina Ali",
    ]
    # Bilal left the group, but his turns in the past circle stay his.
    assert len(export_person(engine, bilal)["tables"]["turn"]) == 2  # passed, then spoke
    assert CircleStore(engine).load(circle_id).setup.seats[1].person_id == bilal
    # The same file again changes nothing and duplicates nobody.
    again = store.import_rows("3.a", rows(SECOND), mark_gone=True)
    assert (again.added, again.changed, again.left) == (0, 0, 0)
    with Session(engine) as session:
        assert len(session.scalars(select(PersonRow.id)).all()) == 5


def test_a_person_who_comes_back_rejoins_at_the_end(engine: Engine) -> None:
    store = RosterStore(engine)
    group = store.import_rows("3.a", rows(FIRST)).group_id
    store.import_rows("3.a", rows(SECOND), mark_gone=True)
    back = store.import_rows("3.a", rows(FIRST), mark_gone=False)
    assert (back.added, back.back) == (0, 1)
    assert roster_names(engine, group)[-1] == "Bilal Khan"


def test_without_ids_people_are_matched_by_name_as_people_read_it(engine: Engine) -> None:
    store = RosterStore(engine)
    group = store.import_rows("4.b", rows(b"navn\nAsta Hansen\nBo Berg\n")).group_id
    plan = store.plan_import("4.b", rows(b"navn\n  asta   HANSEN \nEmil Ek\n"))
    assert [r.display_name for r in plan.new] == ["Emil Ek"]
    assert [p.display_name for p in plan.gone] == ["Bo Berg"]
    store.import_rows("4.b", rows(b"navn\nAsta Hansen\nEmil Ek\n"))  # gone not marked
    assert roster_names(engine, group) == ["Asta Hansen", "Bo Berg", "Emil Ek"]


def test_two_children_with_one_name_but_two_ids_stay_two(engine: Engine) -> None:
    store = RosterStore(engine)
    data = b"navn;elevid\nEmma Hansen;e-1\n"
    group = store.import_rows("5.c", rows(data)).group_id
    [row] = rows(b"navn;elevid\nEmma Hansen;e-2\n")
    result = store.import_rows("5.c", [replace(row, line=3)])
    assert result.added == 1
    assert roster_names(engine, group) == ["Emma Hansen", "Emma Hansen"]


def test_m13_oneroster_guardians_are_linked_to_their_child(engine: Engine) -> None:
    preview = parse_roster((DATA / "oneroster-1.1-users.csv").read_bytes(), "users.csv")
    result = RosterStore(engine).import_rows(
        "3.a", preview.to_import(), guardians=preview.guardians
    )
    assert result.guardians == 3
    asta, bilal = GroupStore(engine).members(result.group_id)
    assert [(g.display_name, g.role) for g in guardians_of(engine, asta.person.id)] == [
        ("Mette Nørgaard", Role.PARENT),
        ("Jonas Nørgaard", Role.PARENT),
    ]
    assert [g.display_name for g in guardians_of(engine, bilal.person.id)] == ["Aisha Khan"]
    # guardians are not on the class list
    assert [m.person.display_name for m in GroupStore(engine).members(result.group_id)] == [
        "Asta Nørgaard",
        "Bilal Khan",
    ]
    # a re-import links nobody twice
    again = RosterStore(engine).import_rows("3.a", preview.to_import(), guardians=preview.guardians)
    assert again.guardians == 0


def test_m13_a_guardian_column_links_by_name_and_goes_with_the_last_child(
    engine: Engine,
) -> None:
    preview = parse_roster((DATA / "guardian-column.csv").read_bytes(), "liste.csv")
    group = RosterStore(engine).import_rows("3.a", preview.to_import()).group_id
    asta = GroupStore(engine).members(group)[0].person.id
    assert [g.display_name for g in guardians_of(engine, asta)] == [
        "Mette Nørgaard",
        "Jonas Nørgaard",
    ]
    erase_person(engine, asta)
    with Session(engine) as session:
        names = session.scalars(select(PersonRow.display_name).order_by(PersonRow.id)).all()
    assert names == ["Bilal Khan", "Aisha Khan"]  # Asta's parents are erased with her
