"""On PostgreSQL, an erased name is gone from the database's files, not only from its
live rows: no dead row version keeps it (issue 12, finding 2).

Needs the server's files on this machine, as with CI's throw-away cluster
(.ci/start-postgres): the test reads the relation files of every table that can hold a
name, with their TOAST tables and indexes, after a CHECKPOINT. CHECKPOINT and the data
folder need a superuser: CIRCLE_APP_TEST_PG_ADMIN_URL, else the `postgres` role on the
same server (the throw-away cluster trusts local connections).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from circle_app.domain.conference import Consent, Participant, ParticipantRole, PreMeeting
from circle_app.domain.conversation import ConversationSetup, Facilitator, Party
from circle_app.domain.enums import GroupKind, Role
from circle_app.store import open_store
from circle_app.store.conferences import NEW, ConferenceStore
from circle_app.store.conversations import ConversationStore
from circle_app.store.privacy import erase_person, named_tables
from circle_app.store.roster import GroupDraft, PersonDraft, RosterStore
from tests.unit.store.test_erasure_spellings import TODAY, case_naming

SERVER = os.environ.get("CIRCLE_APP_TEST_DATABASE_URL", "")
NAME = "Zofia Quillbrook"

pytestmark = pytest.mark.skipif(
    not SERVER, reason="needs CIRCLE_APP_TEST_DATABASE_URL (a PostgreSQL server)"
)


def admin_engine() -> Engine:
    url = os.environ.get("CIRCLE_APP_TEST_PG_ADMIN_URL") or make_url(SERVER).set(
        username="postgres", password=None
    )
    return create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1)


def relation_files(engine: Engine, admin: Engine) -> list[Path]:
    """The files of every table that can hold a name, its TOAST table and all indexes."""
    with admin.connect() as connection:
        data = Path(connection.execute(text("SHOW data_directory")).scalar_one())
    with engine.connect() as connection:
        relative = (
            connection.execute(
                text(
                    """
                WITH t AS (
                    SELECT to_regclass(name)::oid AS oid
                    FROM unnest(CAST(:names AS text[])) name
                ),
                rel AS (
                    SELECT oid FROM t
                    UNION SELECT c.reltoastrelid FROM pg_class c JOIN t USING (oid)
                          WHERE c.reltoastrelid <> 0
                    UNION SELECT i.indexrelid FROM pg_index i JOIN t ON i.indrelid = t.oid
                    UNION SELECT i.indexrelid FROM pg_index i
                          JOIN pg_class c ON i.indrelid = c.reltoastrelid JOIN t ON c.oid = t.oid
                )
                SELECT pg_relation_filepath(oid) FROM rel
                """
                ),
                {"names": named_tables()},
            )
            .scalars()
            .all()
        )
    files = []
    for path in relative:
        main = data / path
        files += [
            p
            for p in main.parent.glob(f"{main.name}*")
            if p.name == main.name or p.name[len(main.name)] in "._"
        ]
    assert len(relative) >= len(named_tables())
    return files


def name_on_disk(engine: Engine, admin: Engine) -> list[str]:
    with admin.connect() as connection:
        connection.execute(text("CHECKPOINT"))
    return [
        file.name
        for file in relation_files(engine, admin)
        if NAME.encode() in file.read_bytes() or NAME.upper().encode() in file.read_bytes()
    ]


def test_an_erased_name_leaves_no_dead_row_in_the_database_files(database_url: str) -> None:
    """issue 12, finding 2: after `people delete` and a CHECKPOINT, no byte of the name."""
    engine = open_store(database_url)
    admin = admin_engine()
    try:
        roster = RosterStore(engine)
        group = roster.create_group(GroupDraft("5.a", GroupKind.CLASS))
        person = roster.add_person(group, PersonDraft(NAME, Role.PUPIL))
        roster.add_person(group, PersonDraft("Bilal Khan", Role.PUPIL))
        case_naming(engine, participant=NAME, in_action=NAME.upper(), carries_out=NAME)
        ConversationStore(engine).create(
            ConversationSetup(
                (Party(0, NAME, Role.PUPIL), Party(1, "Bilal Khan", Role.PUPIL)),
                Facilitator("Malou Jensen"),
            )
        )
        # A long note goes to the TOAST table.
        store = ConferenceStore(engine)
        case_id = store.create_case("Long", TODAY, "Malou Jensen")
        case = store.save_participant(
            case_id,
            Participant(NEW, "Bilal Khan", ParticipantRole.AFFECTED, Consent.ACCEPTED),
            TODAY,
        )
        store.save_pre_meeting(
            case_id,
            PreMeeting(
                NEW,
                case.participants[0].id,
                TODAY,
                explained=os.urandom(6000).hex() + f" {NAME} " + os.urandom(6000).hex(),
            ),
        )
        assert name_on_disk(engine, admin)  # the test sees the name where it is

        erasure = erase_person(engine, person)

        assert erasure.scrubbed
        assert name_on_disk(engine, admin) == []
    finally:
        engine.dispose()
        admin.dispose()
