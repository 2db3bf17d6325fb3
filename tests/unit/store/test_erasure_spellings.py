"""Erasure and export find a person however their name was typed into a conversation or a
conference, and find people typed only there (issue 12, finding 3)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from circle_app.domain.conference import Action, Consent, Participant, ParticipantRole, PreMeeting
from circle_app.domain.conversation import ConversationSetup, Facilitator, Party
from circle_app.domain.enums import GroupKind, Role
from circle_app.store import open_store
from circle_app.store.conferences import NEW, ConferenceStore
from circle_app.store.conversations import ConversationStore
from circle_app.store.engine import sqlite_path
from circle_app.store.groups import GroupStore
from circle_app.store.models import PersonRow
from circle_app.store.privacy import erase_person, export_person, find_people
from circle_app.store.roster import GroupDraft, PersonDraft, RosterStore

TODAY = date(2026, 11, 26)
R = ParticipantRole
NAME = "Zofia Quillbrook"


def case_naming(engine: Engine, *, participant: str, in_action: str, carries_out: str) -> int:
    store = ConferenceStore(engine)
    case_id = store.create_case(f"Break-time, {in_action}", TODAY, "Malou Jensen")
    for name in (participant, "Bilal Khan"):
        store.save_participant(case_id, Participant(NEW, name, R.AFFECTED, Consent.ACCEPTED), TODAY)
    case = store.load(case_id)
    store.save_pre_meeting(
        case_id, PreMeeting(NEW, case.participants[0].id, TODAY, explained=f"Met {in_action}")
    )
    store.save_action(
        case_id,
        Action(
            NEW,
            f"Bilal walks home with {in_action} on Fridays",
            carries_out,
            "Malou Jensen",
            TODAY + timedelta(days=7),
            TODAY + timedelta(days=14),
        ),
    )
    store.start(case_id, TODAY, override_reason="Met by phone")
    return case_id


def everything_typed(engine: Engine, case_id: int, conversation_id: int) -> str:
    case = ConferenceStore(engine).load(case_id)
    conversation = ConversationStore(engine).load(case.conversation_id or 0)
    standalone = ConversationStore(engine).load(conversation_id)
    return json.dumps(
        [
            case.title,
            case.facilitator,
            [p.name for p in case.participants],
            [(m.explained, m.expectations) for m in case.pre_meetings],
            [(a.description, a.carried_out_by, a.followed_up_by) for a in case.actions],
            [p.name for p in conversation.setup.parties],
            [p.name for p in standalone.setup.parties],
            standalone.setup.facilitator.name,
        ],
        ensure_ascii=False,
    )


def database_bytes(url: str) -> bytes:
    path = sqlite_path(url)
    assert path is not None
    return b"".join(
        p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def test_every_spelling_of_the_name_is_erased_from_conferences_and_conversations(
    database_url: str,
) -> None:
    """issue 12, finding 3: two spaces, a no-break space, other case, "Surname, First"."""
    engine = open_store(database_url)
    roster = RosterStore(engine)
    group = roster.create_group(GroupDraft("5.a", GroupKind.CLASS))
    person = roster.add_person(group, PersonDraft(NAME, Role.PUPIL))
    roster.add_person(group, PersonDraft("Bilal Khan", Role.PUPIL))
    case_id = case_naming(
        engine,
        participant="Zofia  Quillbrook",
        in_action="QUILLBROOK, ZOFIA",
        carries_out="zofia\u00a0quillbrook",
    )
    conversation_id, _ = ConversationStore(engine).create(
        ConversationSetup(
            (Party(0, "Quillbrook, Zofia", Role.PUPIL), Party(1, "Bilal Khan", Role.PUPIL)),
            Facilitator("Malou Jensen"),
        )
    )
    before = everything_typed(engine, case_id, conversation_id)
    assert "uillbrook" in before.casefold()
    exported = export_person(engine, person)
    assert {"conference_participant", "conversation_party", "agreement_action"} <= set(
        exported["tables"]
    )

    erasure = erase_person(engine, person)

    after = everything_typed(engine, case_id, conversation_id)
    assert "uillbrook" not in after.casefold()
    assert "zofia" not in after.casefold()
    assert "Bilal walks home with — on Fridays" in after
    assert "Bilal Khan" in after
    assert erasure.people == 1
    assert [m.person.display_name for m in GroupStore(engine).members(group)] == ["Bilal Khan"]
    engine.dispose()
    if sqlite_path(database_url) is not None:
        blob = database_bytes(database_url).lower()
        for encoding in ("utf-8", "utf-16-le"):
            assert "uillbrook".encode(encoding) not in blob


def test_a_party_typed_only_into_a_conversation_is_exported_and_erased(
    database_url: str,
) -> None:
    """issue 12, finding 3: nobody in the roster, yet export and erasure find them."""
    engine = open_store(database_url)
    conversation_id, _ = ConversationStore(engine).create(
        ConversationSetup(
            (Party(0, NAME, Role.PUPIL), Party(1, "Bilal Khan", Role.PUPIL)),
            Facilitator("Malou Jensen"),
        )
    )
    [match] = find_people(engine, "quillbrook,  zofia")
    exported = export_person(engine, match.id)
    assert exported["person"]["display_name"] == NAME
    assert exported["person"]["listed"] is False
    assert [row["conversation_id"] for row in exported["tables"]["conversation_party"]] == [
        conversation_id
    ]
    erase_person(engine, match.id)
    parties = ConversationStore(engine).load(conversation_id).setup.parties
    assert [p.name for p in parties] == ["—", "Bilal Khan"]
    assert find_people(engine, NAME) == []
    engine.dispose()


def test_a_participant_typed_only_into_a_conference_is_exported_and_erased(
    sqlite_url: str,
) -> None:
    """issue 12, finding 3: the case's own people are people the store knows."""
    engine = open_store(sqlite_url)
    case_id = case_naming(engine, participant=NAME, in_action=NAME, carries_out=NAME)
    [match] = find_people(engine, NAME)
    exported = export_person(engine, match.id)
    assert set(exported["tables"]) >= {
        "conference_participant",
        "conversation_party",
        "agreement_action",
    }
    assert "pre_meeting" in exported["mentioned_in"]
    erase_person(engine, match.id)
    case = ConferenceStore(engine).load(case_id)
    assert [p.name for p in case.participants] == ["—", "Bilal Khan"]
    assert case.actions[0].carried_out_by == "—"
    engine.dispose()
    assert b"Quillbrook" not in database_bytes(sqlite_url)


def test_renaming_or_deleting_leaves_no_unlisted_person_behind(engine: Engine) -> None:
    """issue 12, finding 3: a typo corrected, or a case deleted, keeps no stray name."""
    store = ConferenceStore(engine)
    case_id = store.create_case("Break", TODAY, "Malou Jensen")
    case = store.save_participant(
        case_id, Participant(NEW, "Zofia Quilbrok", R.AFFECTED, Consent.ACCEPTED), TODAY
    )
    store.save_participant(
        case_id,
        Participant(case.participants[0].id, NAME, R.AFFECTED, Consent.ACCEPTED),
        TODAY,
    )
    assert find_people(engine, "Zofia Quilbrok") == []
    assert len(find_people(engine, NAME)) == 1
    store.delete_case(case_id)
    with Session(engine) as session:
        assert session.scalars(select(PersonRow).where(PersonRow.listed.is_(False))).all() == []


def test_upgrading_links_the_names_already_typed_into_cases(tmp_path: Path) -> None:
    """issue 12, finding 3: migration 0007 links the names a school already typed."""
    import shutil

    from sqlalchemy import text

    from tests.stress.schema_rows import FIXTURES, NAMES

    path = tmp_path / "circle-app.sqlite3"
    shutil.copy(FIXTURES / "0006.sqlite3", path)
    engine = open_store(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            people = {
                name: (person_id, bool(listed))
                for person_id, name, listed in connection.execute(
                    text("SELECT id, display_name, listed FROM person")
                )
            }

            def linked(sql: str) -> list[tuple[int, bool]]:
                ids = connection.execute(text(sql)).scalars().all()
                by_id = {person_id: (name, listed) for name, (person_id, listed) in people.items()}
                return [by_id[i] for i in ids]

            assert linked("SELECT person_id FROM conference_participant ORDER BY id") == [
                (NAMES[1], True),
                ("Far", False),
            ]
            assert linked("SELECT person_id FROM conversation_party ORDER BY id") == [
                (NAMES[2], True),
                (NAMES[0], True),
            ]
            assert linked(
                "SELECT carried_out_by_person_id FROM agreement_action UNION ALL "
                "SELECT followed_up_by_person_id FROM agreement_action"
            ) == [(NAMES[0], True), ("K. Holm", False)]
            facilitators = connection.execute(
                text(
                    "SELECT facilitator_person_id FROM conference_case UNION "
                    "SELECT facilitator_person_id FROM conversation"
                )
            ).scalars()
            assert list(facilitators) == [people["K. Holm"][0]]  # one person, not three
        [far] = find_people(engine, "far")
        assert export_person(engine, far.id)["tables"]["conference_participant"][0]["name"] == "Far"
    finally:
        engine.dispose()
