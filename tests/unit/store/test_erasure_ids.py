"""Ids are never handed out twice, so an id from an old note never reaches someone else
(issue 12, finding 8)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text

from circle_app.domain.enums import GroupKind, Role
from circle_app.store import open_store
from circle_app.store.conferences import ConferenceStore
from circle_app.store.groups import GroupStore
from circle_app.store.models import Base
from circle_app.store.privacy import erase_group, erase_person
from circle_app.store.roster import GroupDraft, PersonDraft, RosterStore
from tests.stress.schema_rows import FIXTURES, NAMES


def test_an_erased_persons_id_is_never_given_again(engine: Engine) -> None:
    """issue 12, finding 8: create, erase, create again: a new id."""
    roster = RosterStore(engine)
    group = roster.create_group(GroupDraft("5.a", GroupKind.CLASS))
    first = roster.add_person(group, PersonDraft("Asta Hansen", Role.PUPIL))
    erase_person(engine, first)
    again = roster.add_person(group, PersonDraft("Bilal Khan", Role.PUPIL))
    assert again != first
    assert again > first


def test_group_and_case_ids_are_never_given_again(engine: Engine) -> None:
    """issue 12, finding 8: groups and conference cases too."""
    roster = RosterStore(engine)
    group = roster.create_group(GroupDraft("5.a", GroupKind.CLASS))
    erase_group(engine, group)
    assert roster.create_group(GroupDraft("5.b", GroupKind.CLASS)) > group
    store = ConferenceStore(engine)
    case = store.create_case("Break", date(2026, 11, 26), "Malou Jensen")
    store.delete_case(case)
    assert store.create_case("Break", date(2026, 11, 26), "Malou Jensen") > case


def test_the_migrations_build_exactly_the_models_on_this_database(database_url: str) -> None:
    """issue 12, finding 8: migration 0007 matches the models on SQLite and PostgreSQL."""
    engine = open_store(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_an_upgraded_database_never_gives_an_erased_id_again(tmp_path: Path) -> None:
    """issue 12, finding 8: the tables of a database from before 0007 are rebuilt with
    AUTOINCREMENT, their rows, ids and links intact."""
    path = tmp_path / "circle-app.sqlite3"
    shutil.copy(FIXTURES / "0006.sqlite3", path)
    engine = open_store(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            for table in ("person", "circle_group", "circle", "conference_case"):
                sql = connection.execute(
                    text("SELECT sql FROM sqlite_master WHERE name = :t"), {"t": table}
                ).scalar_one()
                assert "AUTOINCREMENT" in sql, table
        members = GroupStore(engine).members(1)
        assert [m.person.display_name for m in members] == NAMES  # memberships kept
        last = max(m.person.id for m in members)
        erase_person(engine, last)
        again = RosterStore(engine).add_person(1, PersonDraft("Ny Elev", Role.PUPIL))
        assert again > last
    finally:
        engine.dispose()
