"""The store keeps only names a person can read, and imports a class list in one batch."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from circle_app.domain.enums import AgeBand, GroupKind, Role
from circle_app.domain.roster_csv import RosterRow
from circle_app.store import StoreError
from circle_app.store.groups import GroupStore
from circle_app.store.models import GroupRow, MembershipRow, PersonRow
from circle_app.store.roster import GroupDraft, PersonDraft, RosterStore


def count(engine: Engine, table: type) -> int:
    with Session(engine) as session:
        return session.scalars(select(func.count()).select_from(table)).one()


def row(line: int, name: str) -> RosterRow:
    return RosterRow(line, name, "", Role.PUPIL, 2016, None, "4.a")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "Asta\x1b[2J",
            "The name was not saved: it holds an invisible or control character (U+001B) at "
            "character 5. Type it again without.",
        ),
        (
            "Asta \u202enesnaH",
            "The name was not saved: it holds an invisible or control character (U+202E) at "
            "character 6. Type it again without.",
        ),
        (
            "A" * 101,
            "The name was not saved: it is 101 characters long, and at most 100 are allowed.",
        ),
    ],
)
def test_finding_10_a_person_name_with_hidden_characters_or_too_long_is_not_stored(
    engine: Engine, name: str, message: str
) -> None:
    """issue 12, finding 10: the store refuses what the dialogs refuse (defence in depth)."""
    store = RosterStore(engine)
    group_id = store.create_group(GroupDraft("4.a", GroupKind.CLASS))
    with pytest.raises(StoreError) as raised:
        store.add_person(group_id, PersonDraft(name, Role.PUPIL))
    assert str(raised.value) == message
    assert count(engine, PersonRow) == 0
    person_id = store.add_person(group_id, PersonDraft("Asta", Role.PUPIL))
    with pytest.raises(StoreError):
        store.update_person(person_id, PersonDraft(name, Role.PUPIL))
    assert store.person_draft(person_id).display_name == "Asta"


def test_finding_10_a_group_name_is_at_most_80_characters_and_readable(engine: Engine) -> None:
    """issue 12, finding 10: a group name is capped at 80 and holds no control characters."""
    store = RosterStore(engine)
    with pytest.raises(StoreError, match="81 characters long, and at most 80"):
        store.create_group(GroupDraft("G" * 81, GroupKind.CLASS))
    with pytest.raises(StoreError, match=r"U\+200B"):
        store.create_group(GroupDraft("4.\u200ba", GroupKind.CLASS))
    with pytest.raises(StoreError, match=r"U\+001B"):
        store.import_rows("4.a\x1b[31m", [row(2, "Asta")])
    assert store.create_group(GroupDraft("G" * 80, GroupKind.CLASS)) > 0
    assert count(engine, GroupRow) == 1
    assert count(engine, PersonRow) == 0


def test_finding_10_an_import_with_one_hidden_character_imports_nobody(engine: Engine) -> None:
    """issue 12, finding 10: all or nothing, even when rows were built by other code."""
    rows = [row(line, f"Elev {line}") for line in range(2, 500)]
    rows.insert(250, row(999, "Bo\u2066lal"))
    with pytest.raises(StoreError, match="U\\+2066"):
        RosterStore(engine).import_rows("4.a", rows)
    assert (count(engine, GroupRow), count(engine, PersonRow)) == (0, 0)


def test_finding_12_a_bulk_import_keeps_the_order_and_continues_the_seats(
    engine: Engine,
) -> None:
    """issue 12, finding 12: the batched import writes every person in file order, seated
    after the people already in the group, in one transaction."""
    store = RosterStore(engine)
    first = store.import_rows("4.a", [row(2, "Asta"), row(3, "Bilal")])
    assert (first.created_group, first.added) == (True, 2)
    rows = [row(line, f"Elev {line:05d}") for line in range(2, 3002)]
    result = store.import_rows("4.a", rows)
    assert (result.group_id, result.created_group, result.added) == (first.group_id, False, 3000)
    members = GroupStore(engine).members(first.group_id)
    assert [m.person.display_name for m in members] == [
        "Asta",
        "Bilal",
        *(f"Elev {line:05d}" for line in range(2, 3002)),
    ]
    assert [m.seat for m in members] == list(range(3002))
    assert all(m.person.birth_year == 2016 and m.person.role is Role.PUPIL for m in members)
    store.add_person(first.group_id, PersonDraft("Written by the form", Role.STAFF))
    with Session(engine) as session:
        ids = session.scalars(select(MembershipRow.person_id).order_by(MembershipRow.seat)).all()
        people = session.scalars(select(PersonRow).order_by(PersonRow.id)).all()
        stored = session.connection().exec_driver_sql("SELECT created_at FROM person").all()
    assert ids == sorted(ids)  # ids follow the file's order
    assert people[-1].display_name == "Written by the form"
    # written as the ORM writes them: the same stored form, read back as the same UTC time
    assert {type(value) for (value,) in stored} == {type(stored[0][0])}
    if isinstance(stored[0][0], str):
        assert {len(value) for (value,) in stored} == {len(stored[0][0])}
        assert {value[10] for (value,) in stored} == {stored[0][0][10]}
    assert all(
        person.created_at.utcoffset() == people[0].created_at.utcoffset() for person in people
    )
    assert max(p.created_at for p in people) - min(p.created_at for p in people) < timedelta(
        minutes=5
    )


def test_a_bulk_import_stores_every_name_and_field_as_it_was_given(engine: Engine) -> None:
    """issue 20, roster import: the people go in as one batch; whatever their names hold
    (quotes, backslashes, emoji, Arabic, decomposed accents, text that looks like numbers
    or JSON), each comes back as it was, with their short name, id, year and age band."""
    names = [
        'Åse "Ugle" Berg',
        "O'Brien \\ Khan",
        "محمد علي",
        "Zoë 🌟",
        "Zoe\u0308 Lund",
        "null",
        "123",
        '{"a": [1]}',
        "Ærø-Øjvind Åsø",
    ]
    rows = [
        RosterRow(
            line,
            name,
            "Kort" if line % 2 else "",
            [Role.PUPIL, Role.STAFF, Role.GUEST][line % 3],
            2016 if line % 2 else None,
            [None, AgeBand.INDSKOLING, AgeBand.VOKSNE][line % 3],
            "4.a",
            source_id=f"id-{line}" if line % 3 else "",
        )
        for line, name in enumerate(names, start=2)
    ]
    result = RosterStore(engine).import_rows("4.a", rows)
    with Session(engine) as session:
        stored = session.scalars(select(PersonRow).order_by(PersonRow.id)).all()
        seats = session.scalars(select(MembershipRow.seat).order_by(MembershipRow.id)).all()
    assert [
        (p.display_name, p.short_name, p.role, p.birth_year, p.age_band, p.source_id)
        for p in stored
    ] == [
        (
            r.display_name,
            r.short_name or None,
            r.role.value,
            r.birth_year,
            r.age_band.value if r.age_band else None,
            r.source_id or None,
        )
        for r in rows
    ]
    assert seats == list(range(len(names)))
    assert result.added == len(names)
