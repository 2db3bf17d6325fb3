"""Every released schema version upgrades to the current one with its data intact.

`tests/data/schemas/REV.sqlite3` are databases as each released version of circle-app
left them (made by tests/stress/schema_rows.py, never edited by hand). The same rows are
also written at each revision into the test database — PostgreSQL in CI's second run.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from circle_app.domain.circle import Arrived, RoundStarted, TurnTaken
from circle_app.domain.enums import Offer, Outcome, RoundMode
from circle_app.domain.prompts import PromptRef
from circle_app.store import StoreError, open_store
from circle_app.store.circles import CircleStore
from circle_app.store.conferences import ConferenceStore
from circle_app.store.conversations import ConversationStore
from circle_app.store.engine import make_engine, sqlite_path
from circle_app.store.groups import GroupStore
from circle_app.store.migrate import current_revision, head_revision
from circle_app.store.models import CircleRow, GroupRow, PersonRow
from circle_app.store.prompt_history import PromptHistory
from tests.stress.schema_rows import FIXTURES, NAMES, at, build, revisions, row_counts

PROMPT = PromptRef("da-peacetime-get-to-know", "dream-destination")
FIXTURE_REVISIONS = sorted(path.stem for path in FIXTURES.glob("*.sqlite3"))


def test_every_released_revision_has_a_fixture_database() -> None:
    released = revisions()[:-1]  # a revision with a successor has shipped
    assert released
    assert [rev for rev in released if rev not in FIXTURE_REVISIONS] == []


def check_data(engine: Engine, revision: str) -> None:
    """What each revision's rows mean to a teacher, read through today's store."""
    circle = CircleStore(engine).load(1)
    assert [s.name for s in circle.setup.seats] == NAMES
    assert circle.events == (
        RoundStarted(1, RoundMode.SEQUENTIAL, None, PROMPT, at(3)),
        TurnTaken(1, 0, Outcome.SPOKE, Offer.FIRST, at(3), at(4)),
        TurnTaken(1, 1, Outcome.PASSED, Offer.FIRST, at(4), at(5)),
        Arrived(3, at(6)),
        TurnTaken(1, 2, Outcome.SPOKE, Offer.FIRST, at(5), at(7)),
    )
    assert circle.current_seat == 3  # it resumes where it stopped
    [offer] = CircleStore(engine).unfinished()
    assert (offer.circle_id, offer.group_name, offer.turns) == (1, "4.b", 3)
    assert [m.person.display_name for m in GroupStore(engine).members(1)] == NAMES
    with Session(engine) as session:
        row = session.get_one(CircleRow, 1)
        assert (row.rounds_count, row.turns_count, row.passed_count) == (1, 3, 1)
        assert session.get_one(GroupRow, 1).keeper_roles == "staff"  # the default
        if revision >= "0003":
            assert session.get_one(GroupRow, 2).keeper_roles == "staff,pupil"
        assert session.get_one(GroupRow, 1).board_controls  # issue 18: on unless turned off
        if revision >= "0012":
            assert not session.get_one(GroupRow, 3).board_controls
    if revision >= "0002":
        assert PromptHistory(engine).favourites() == {PROMPT}
    if revision >= "0004":
        case = ConferenceStore(engine).load(1)
        assert [p.name for p in case.participants] == [NAMES[1], "Far"]
        assert case.participants[0].guardian_ids == (2,)
        assert case.held_on == date(2026, 9, 10)
        conversation = ConversationStore(engine).load(1)
        assert [p.name for p in conversation.setup.parties] == [NAMES[2], NAMES[0]]
        assert len(conversation.events) == 1


@pytest.mark.parametrize("revision", FIXTURE_REVISIONS)
def test_a_fixture_database_upgrades_with_its_data_after_a_backup(
    revision: str, tmp_path: Path
) -> None:
    path = tmp_path / "circle-app.sqlite3"
    shutil.copy(FIXTURES / f"{revision}.sqlite3", path)
    old = make_engine(f"sqlite:///{path}")
    before = row_counts(old)
    assert current_revision(old) == revision
    old.dispose()

    engine = open_store(f"sqlite:///{path}")
    try:
        assert current_revision(engine) == head_revision()
        after = row_counts(engine)
        with Session(engine) as session:  # 0007: a name typed into a case is a person
            after["person"] -= session.scalars(
                select(func.count()).where(PersonRow.listed.is_(False))
            ).one()
        assert {table: after[table] for table in before} == before
        check_data(engine, revision)
    finally:
        engine.dispose()
    if revision != head_revision():
        [backup] = tmp_path.glob(f"circle-app.sqlite3.bak-{revision}-*")
        assert backup.read_bytes()[:16] == b"SQLite format 3\x00"


@pytest.mark.parametrize("revision", revisions())
def test_each_revision_upgrades_with_its_data_on_this_database(
    revision: str, blank_database_url: str
) -> None:
    """The same on whatever the test database is (PostgreSQL in CI's second run, where the
    administrator's `circle-app db upgrade` does it: upgrade=True)."""
    database_url = blank_database_url
    engine = make_engine(database_url)
    build(engine, revision)
    engine.dispose()
    engine = open_store(database_url, upgrade=True)
    try:
        assert current_revision(engine) == head_revision()
        check_data(engine, revision)
    finally:
        engine.dispose()


def test_a_database_from_a_newer_version_is_refused_and_left_as_it_was(
    blank_database_url: str, tmp_path: Path
) -> None:
    database_url = blank_database_url
    engine = make_engine(database_url)
    build(engine, revisions()[-1])
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9001_future'")
    before = row_counts(engine)
    engine.dispose()
    file = sqlite_path(database_url)
    before_bytes = file.read_bytes() if file else b""

    with pytest.raises(StoreError, match="newer version of circle-app"):
        open_store(database_url)

    engine = make_engine(database_url)
    try:
        assert current_revision(engine) == "9001_future"
        assert row_counts(engine) == before
    finally:
        engine.dispose()
    if file:
        assert file.read_bytes() == before_bytes
        assert not list(tmp_path.glob("*.bak-*"))
