"""Rosters on disk, export of one person, erasure down to the bytes of the database files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.enums import AgeBand, CircleKind, GroupKind, Role
from circle_app.domain.keepers import KeeperRecord
from circle_app.domain.roster_csv import parse_roster
from circle_app.store import StoreError, open_store
from circle_app.store.circles import CircleStore, RecordedCircle
from circle_app.store.clock import utcnow
from circle_app.store.engine import sqlite_path
from circle_app.store.groups import GroupStore
from circle_app.store.models import (
    CircleRow,
    CircleSeatRow,
    ConferenceParticipantRow,
    GroupRow,
    MembershipRow,
    PersonRow,
    TurnRow,
)
from circle_app.store.privacy import (
    erase_group,
    erase_person,
    export_person,
    find_people,
    person_references,
)
from circle_app.store.roster import GroupDraft, PersonDraft, RosterStore

DATA = Path(__file__).parents[2] / "data" / "rosters"
SECRET = "Zofiaæøå Quillbrook"  # distinctive: found in the file only if really stored


def make_class(engine: Engine) -> tuple[int, dict[str, int]]:
    roster = RosterStore(engine)
    group = roster.create_group(
        GroupDraft("5.a", GroupKind.CLASS, AgeBand.MELLEMTRIN, "da", frozenset({Role.PUPIL}))
    )
    ids = {
        name: roster.add_person(group, PersonDraft(name, role, birth_year=2015))
        for name, role in [
            ("Asta Hansen", Role.PUPIL),
            (SECRET, Role.PUPIL),
            ("Bilal Khan", Role.PUPIL),
            ("Malou Jensen", Role.STAFF),
        ]
    }
    return group, ids


def run_circle(engine: Engine, group_id: int, keeper_id: int | None) -> int:
    members = GroupStore(engine).members(group_id)
    seats = tuple(
        Seat(i, m.person.id, m.person.display_name, m.person.short_name, m.person.role)
        for i, m in enumerate(members)
    )
    keeper_role = next((m.person.role for m in members if m.person.id == keeper_id), Role.STAFF)
    setup = CircleSetup(
        kind=CircleKind.PEACETIME,
        seats=seats,
        present=frozenset(range(len(seats))),
        start_seat=0,
        planned_rounds=1,
        group_id=group_id,
        keeper_person_id=keeper_id,
        keeper_role=keeper_role,
    )
    recorded = RecordedCircle.begin(CircleStore(engine), setup)
    recorded.start_round(None)
    recorded.speak()
    recorded.pass_turn()
    recorded.speak()
    recorded.speak()
    recorded.speak()  # seat 1 passed; offered again, speaks (M1)
    recorded.end()
    return recorded.circle_id


def database_bytes(url: str) -> bytes:
    path = sqlite_path(url)
    assert path is not None
    return b"".join(
        p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def name_encodings(name: str) -> list[bytes]:
    return [name.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


# -- roster ------------------------------------------------------------------------------


def test_groups_people_seat_order_and_away(engine: Engine) -> None:
    roster, groups = RosterStore(engine), GroupStore(engine)
    group, ids = make_class(engine)
    listed = groups.list_groups()
    assert [(g.name, g.size, g.age_band, g.keeper_roles) for g in listed] == [
        ("5.a", 4, AgeBand.MELLEMTRIN, frozenset({Role.PUPIL}))
    ]
    order = [ids["Malou Jensen"], ids["Asta Hansen"], ids[SECRET], ids["Bilal Khan"]]
    roster.set_seat_order(group, order)
    assert [m.person.id for m in groups.members(group)] == order
    roster.set_away(group, ids["Asta Hansen"], date(2026, 5, 1))
    members = {m.person.id: m for m in groups.members(group)}
    assert members[ids["Asta Hansen"]].away_until == date(2026, 5, 1)
    assert members[ids["Bilal Khan"]].person.birth_year == 2015
    roster.remove_from_group(group, ids["Asta Hansen"])
    assert [m.seat for m in groups.members(group)] == [0, 1, 2]  # renumbered
    with pytest.raises(StoreError, match="changed meanwhile"):
        roster.set_seat_order(group, order)


def test_a_person_in_several_groups(engine: Engine) -> None:
    roster, groups = RosterStore(engine), GroupStore(engine)
    group, ids = make_class(engine)
    staff = roster.create_group(GroupDraft("Teachers", GroupKind.STAFF))
    roster.add_existing(staff, ids["Malou Jensen"])
    assert roster.group_count(ids["Malou Jensen"]) == 2
    with pytest.raises(StoreError, match="already in the group"):
        roster.add_existing(staff, ids["Malou Jensen"])
    assert [m.person.display_name for m in groups.members(staff)] == ["Malou Jensen"]
    assert find_people(engine, "malou  JENSEN")[0].groups == ("5.a", "Teachers")


def test_group_names_are_unique_and_needed(engine: Engine) -> None:
    roster = RosterStore(engine)
    roster.create_group(GroupDraft("5.a", GroupKind.CLASS))
    with pytest.raises(StoreError, match="already a group called “5.a”"):
        roster.create_group(GroupDraft(" 5.a ", GroupKind.CLASS))
    with pytest.raises(StoreError, match="needs a name"):
        roster.create_group(GroupDraft("  ", GroupKind.CLASS))


def test_import_is_all_or_nothing(engine: Engine) -> None:
    roster = RosterStore(engine)
    preview = parse_roster((DATA / "da-semicolon-utf8.csv").read_bytes(), "f.csv")
    result = roster.import_rows("4.b", preview.to_import())
    assert (result.created_group, result.added) == (True, 4)
    # A row that the database refuses (a NULL role) rolls every row of the import back.
    bad = [*preview.to_import()]
    bad.append(bad[0].__class__(9, "X", "", None, None, None, ""))  # type: ignore[arg-type]
    with pytest.raises(Exception):  # noqa: B017, PT011 - whatever the driver raises
        roster.import_rows("4.b", bad)
    with Session(engine) as session:
        assert session.scalars(select(func.count()).select_from(PersonRow)).one() == 4
        assert session.scalars(select(func.count()).select_from(MembershipRow)).one() == 4


def test_keeper_history_is_what_circles_recorded(engine: Engine) -> None:
    group, ids = make_class(engine)
    run_circle(engine, group, ids["Asta Hansen"])
    run_circle(engine, group, None)
    history = GroupStore(engine).keeper_history(group)
    assert [(r.person_id, r.role) for r in history] == [
        (ids["Asta Hansen"], Role.PUPIL),
        (None, Role.STAFF),
    ]
    assert all(isinstance(r, KeeperRecord) and r.started_at.tzinfo for r in history)


# -- export --------------------------------------------------------------------------------


def test_export_holds_every_table_that_references_the_person(engine: Engine) -> None:
    group, ids = make_class(engine)
    person = ids[SECRET]
    circle_id = run_circle(engine, group, person)
    data = export_person(engine, person)
    json.dumps(data)  # JSON as it is
    referencing = {table.name for table, _ in person_references()}
    assert {"membership", "circle", "circle_seat", "turn"} <= referencing
    # Completeness: every table pointing at person.id is in the export, with every row.
    with Session(engine) as session:
        for table, column in person_references():
            count = session.connection().execute(
                select(func.count()).select_from(table).where(table.c[column] == person)
            )
            expected = count.scalar_one()
            got = [row for row in data["tables"].get(table.name, []) if row[column] == person]
            assert len(got) == expected, table.name
    assert data["person"]["display_name"] == SECRET
    assert data["person"]["birth_year"] == 2015
    assert data["tables"]["membership"][0]["group"] == "5.a"
    turns = data["tables"]["turn"]
    assert [t["outcome"] for t in turns] == ["passed", "spoke"]  # seat 1: passed, offered again
    assert all(t["started_at"] and t["ended_at"] for t in turns)
    assert data["circles"] == [
        {
            "id": circle_id,
            "group": "5.a",
            "kind": "peacetime",
            "started_at": data["circles"][0]["started_at"],
            "ended_at": data["circles"][0]["ended_at"],
            "kept_by_this_person": True,
        }
    ]
    other = export_person(engine, ids["Bilal Khan"])
    assert SECRET not in json.dumps(other, ensure_ascii=False)


def test_find_people_by_id_or_whole_name(engine: Engine) -> None:
    _, ids = make_class(engine)
    RosterStore(engine).add_person(
        RosterStore(engine).create_group(GroupDraft("6.b", GroupKind.CLASS)),
        PersonDraft("asta hansen", Role.PUPIL),
    )
    assert len(find_people(engine, "Asta Hansen")) == 2
    assert find_people(engine, str(ids["Bilal Khan"]))[0].display_name == "Bilal Khan"
    assert find_people(engine, f"#{ids['Bilal Khan']}")[0].id == ids["Bilal Khan"]
    assert find_people(engine, "Asta") == []  # never a partial match
    assert find_people(engine, "99999") == []


# -- erasure -------------------------------------------------------------------------------


def test_erased_name_is_gone_from_every_database_file(sqlite_url: str) -> None:
    """A SQLite file on purpose: this is about the bytes in the database files."""
    engine = open_store(sqlite_url)
    group, ids = make_class(engine)
    person = ids[SECRET]
    circle_id = run_circle(engine, group, person)
    with Session(engine) as session:
        turns_before = session.scalars(
            select(func.count()).where(TurnRow.circle_id == circle_id)
        ).one()
    assert any(n in database_bytes(sqlite_url) for n in name_encodings(SECRET))

    erasure = erase_person(engine, person)
    # Not only after closing: while the app still runs, the WAL holds no old page either.
    for encoded in name_encodings(SECRET):
        assert encoded not in database_bytes(sqlite_url)
    assert erasure.people == 1
    assert erasure.anonymous_turns == 2
    assert erasure.scrubbed
    with Session(engine) as session:
        turns = select(func.count()).where(TurnRow.circle_id == circle_id)
        assert session.scalars(turns).one() == turns_before
        seat = session.scalars(select(CircleSeatRow).where(CircleSeatRow.position == 1)).one()
        assert seat.person_id is None
        circle = session.get_one(CircleRow, circle_id)
        assert (circle.keeper_person_id, circle.keeper_role) == (None, "pupil")
        assert (
            session.scalars(
                select(func.count()).where(TurnRow.seat == 1, TurnRow.person_id.is_(None))
            ).one()
            == 2
        )
    assert [m.person.display_name for m in GroupStore(engine).members(group)] == [
        "Asta Hansen",
        "Bilal Khan",
        "Malou Jensen",
    ]
    engine.dispose()  # the app closes

    blob = database_bytes(sqlite_url)
    for encoded in name_encodings(SECRET):
        assert encoded not in blob
    assert b"Zofia" not in blob
    assert b"Bilal Khan" in blob  # the others are still there


def test_erasing_a_group_keeps_people_who_are_in_another_group(database_url: str) -> None:
    engine = open_store(database_url)
    roster = RosterStore(engine)
    group, ids = make_class(engine)
    staff = roster.create_group(GroupDraft("Teachers", GroupKind.STAFF))
    roster.add_existing(staff, ids["Malou Jensen"])
    circle_id = run_circle(engine, group, ids["Malou Jensen"])

    erasure = erase_group(engine, group)
    assert (erasure.people, erasure.kept_in_other_groups, erasure.anonymous_turns) == (3, 1, 4)
    with Session(engine) as session:
        assert session.get(GroupRow, group) is None
        people = session.scalars(select(PersonRow)).all()
        assert [p.display_name for p in people] == ["Malou Jensen"]
        circle = session.get_one(CircleRow, circle_id)
        assert circle.group_id is None
        assert circle.keeper_person_id == ids["Malou Jensen"]
        turns = select(func.count()).where(TurnRow.circle_id == circle_id)
        assert session.scalars(turns).one() == 5
    engine.dispose()
    if sqlite_path(database_url) is not None:
        blob = database_bytes(database_url)
        for name in ("Asta Hansen", SECRET, "Bilal Khan", "5.a"):
            for encoded in name_encodings(name):
                assert encoded not in blob, name


def test_erasing_someone_unknown_is_refused(engine: Engine) -> None:
    with pytest.raises(StoreError, match="No person with id 404"):
        erase_person(engine, 404)
    with pytest.raises(StoreError, match="No group with id 404"):
        erase_group(engine, 404)


def test_names_typed_into_conferences_are_exported_and_erased_too(sqlite_url: str) -> None:
    """A case keeps its people as typed; erasure still takes the name out of it."""
    from circle_app.store.models import AgreementActionRow, ConferenceCaseRow

    engine = open_store(sqlite_url)
    _, ids = make_class(engine)
    with Session(engine) as session:
        case = ConferenceCaseRow(
            title="Break-time conflict",
            held_on=date(2026, 10, 2),
            facilitator="Malou Jensen",
            created_at=utcnow(),
        )
        session.add(case)
        session.flush()
        assert case.id is not None
        session.add(
            ConferenceParticipantRow(
                case_id=case.id, position=0, name=SECRET, role="harmed", consent="accepted"
            )
        )
        session.add(
            AgreementActionRow(
                case_id=case.id,
                position=0,
                description=f"Bilal Khan walks home with {SECRET.upper()} on Fridays",
                carried_out_by="Bilal Khan",
                followed_up_by="Malou Jensen",
                due_on=date(2026, 10, 20),
                follow_up_on=date(2026, 10, 27),
                status="agreed",
            )
        )
        session.commit()
    exported = export_person(engine, ids[SECRET])
    assert set(exported["mentioned_in"]) == {"conference_participant", "agreement_action"}

    erase_person(engine, ids[SECRET])
    engine.dispose()
    blob = database_bytes(sqlite_url)
    for encoded in name_encodings(SECRET) + name_encodings(SECRET.upper()):
        assert encoded not in blob
    assert b"Bilal Khan walks home with" in blob  # the agreement itself stays
