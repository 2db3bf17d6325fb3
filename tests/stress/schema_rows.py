"""Representative rows for every released schema revision, and fixture databases from them.

Each revision adds the rows its tables make possible; a fixture database at revision N has
the rows of revisions 1..N, written with the columns that existed then. Upgrading it to the
current schema must keep every row and every value a person would miss.

Regenerate the committed files after a migration is released (never edit them by hand):

    uv run python -m tests.stress.schema_rows            # every revision up to head
    uv run python -m tests.stress.schema_rows 0005       # up to and including 0005
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData, Table, func, select

from circle_app.store.engine import make_engine
from circle_app.store.migrate import MIGRATIONS_DIR, alembic_config

FIXTURES = Path(__file__).parents[1] / "data" / "schemas"
T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0.replace(minute=minutes)


# Names that stress the text columns: Danish letters, right to left, emoji, a long one.
NAMES = ["Åse Ødegård", "محمد علي", "Zoë 🌟 Kristensen", "Maximilian " + "Y" * 120]

ROWS: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "0001": [
        (
            "circle_group",
            {
                "id": 1,
                "name": "4.b",
                "kind": "class",
                "age_band": "mellemtrin",
                "language": "da",
                "created_at": at(0),
            },
        ),
        *[
            (
                "person",
                {
                    "id": i + 1,
                    "display_name": name,
                    "short_name": name[:3],
                    "role": "pupil",
                    "birth_year": 2016,
                    "age_band": "mellemtrin",
                    "created_at": at(1),
                },
            )
            for i, name in enumerate(NAMES)
        ],
        *[
            (
                "membership",
                {
                    "id": i + 1,
                    "group_id": 1,
                    "person_id": i + 1,
                    "seat": i,
                    "away_until": date(2026, 9, 3) if i == 3 else None,
                },
            )
            for i in range(4)
        ],
        (
            "circle",
            {
                "id": 1,
                "group_id": 1,
                "kind": "peacetime",
                "language": "da",
                "age_band": "mellemtrin",
                "direction": "clockwise",
                "start_seat": 0,
                "planned_rounds": 2,
                "keeper_person_id": None,
                "keeper_role": "staff",
                "started_at": at(2),
                "ended_at": None,
                "is_demo": False,
            },
        ),
        *[
            (
                "circle_seat",
                {"id": i + 1, "circle_id": 1, "position": i, "person_id": i + 1, "present": i != 3},
            )
            for i in range(4)
        ],
        (
            "circle_round",
            {
                "id": 1,
                "circle_id": 1,
                "seq": 0,
                "number": 1,
                "mode": "sequential",
                "stage": None,
                "bank_id": "da-peacetime-get-to-know",
                "prompt_id": "dream-destination",
                "started_at": at(3),
            },
        ),
        (
            "turn",
            {
                "id": 1,
                "circle_id": 1,
                "seq": 1,
                "round_number": 1,
                "seat": 0,
                "person_id": 1,
                "outcome": "spoke",
                "offer": 1,
                "started_at": at(3),
                "ended_at": at(4),
            },
        ),
        (
            "turn",
            {
                "id": 2,
                "circle_id": 1,
                "seq": 2,
                "round_number": 1,
                "seat": 1,
                "person_id": 2,
                "outcome": "passed",
                "offer": 1,
                "started_at": at(4),
                "ended_at": at(5),
            },
        ),
        (
            "circle_event",
            {
                "id": 1,
                "circle_id": 1,
                "seq": 3,
                "kind": "arrive",
                "seat": 3,
                "bank_id": None,
                "prompt_id": None,
                "at": at(6),
            },
        ),
        (
            "turn",
            {
                "id": 3,
                "circle_id": 1,
                "seq": 4,
                "round_number": 1,
                "seat": 2,
                "person_id": 3,
                "outcome": "spoke",
                "offer": 1,
                "started_at": at(5),
                "ended_at": at(7),
            },
        ),
        (
            "prompt_use",
            {
                "id": 1,
                "group_id": 1,
                "circle_id": 1,
                "bank_id": "da-peacetime-get-to-know",
                "prompt_id": "dream-destination",
                "used_at": at(3),
            },
        ),
    ],
    "0002": [
        (
            "favourite_prompt",
            {
                "id": 1,
                "bank_id": "da-peacetime-get-to-know",
                "prompt_id": "dream-destination",
                "created_at": at(8),
            },
        ),
    ],
    "0003": [
        (
            "circle_group",
            {
                "id": 2,
                "name": "SFO Stjernen",
                "kind": "sfo",
                "age_band": None,
                "language": "da",
                "created_at": at(9),
                "keeper_roles": "staff,pupil",
            },
        ),
    ],
    "0004": [
        (
            "conference_case",
            {
                "id": 1,
                "title": "Frikvarter",
                "held_on": date(2026, 9, 10),
                "facilitator": "K. Holm",
                "facilitator_own_institution": False,
                "police_involved": False,
                "language": "da",
                "created_at": at(10),
                "started_at": None,
                "start_override_reason": None,
                "is_demo": False,
            },
        ),
        (
            "conference_participant",
            {
                "id": 1,
                "case_id": 1,
                "position": 0,
                "name": NAMES[1],
                "role": "affected",
                "consent": "accepted",
                "birth_year": 2015,
                "under_18": True,
            },
        ),
        (
            "conference_participant",
            {
                "id": 2,
                "case_id": 1,
                "position": 1,
                "name": "Far",
                "role": "guardian",
                "consent": "invited",
                "birth_year": None,
                "under_18": False,
            },
        ),
        ("conference_guardian", {"id": 1, "child_id": 1, "guardian_id": 2}),
        (
            "pre_meeting",
            {
                "id": 1,
                "case_id": 1,
                "participant_id": 1,
                "held_on": date(2026, 9, 5),
                "place": "school",
                "explained": "forløbet",
                "expectations": "",
                "done": True,
            },
        ),
        (
            "agreement_action",
            {
                "id": 1,
                "case_id": 1,
                "position": 0,
                "description": "Hjælpe i frikvarteret",
                "carried_out_by": NAMES[0],
                "followed_up_by": "K. Holm",
                "due_on": date(2026, 9, 20),
                "follow_up_on": date(2026, 9, 21),
                "status": "agreed",
                "is_consequence": False,
            },
        ),
        ("follow_up_meeting", {"id": 1, "case_id": 1, "held_on": date(2026, 9, 21), "note": ""}),
        (
            "conversation",
            {
                "id": 1,
                "case_id": None,
                "language": "da",
                "facilitator": "K. Holm",
                "facilitator_role": "staff",
                "started_at": at(11),
                "ended_at": None,
                "is_demo": False,
            },
        ),
        (
            "conversation_party",
            {"id": 1, "conversation_id": 1, "position": 0, "name": NAMES[2], "role": "pupil"},
        ),
        (
            "conversation_party",
            {"id": 2, "conversation_id": 1, "position": 1, "name": NAMES[0], "role": "pupil"},
        ),
        (
            "conversation_turn",
            {
                "id": 1,
                "conversation_id": 1,
                "seq": 0,
                "step": "story",
                "party": 0,
                "started_at": at(11),
                "ended_at": at(12),
            },
        ),
    ],
    "0012": [
        (
            "circle_group",
            {
                "id": 3,
                "name": "7.c",
                "kind": "class",
                "age_band": "udskoling",
                "language": "da",
                "created_at": at(13),
                "keeper_roles": "staff",
                "board_controls": False,  # Pass and Next not on the board (issue 18)
            },
        ),
    ],
}


# Values a version kept up to date itself (its migration back-fills older databases).
UPDATES: dict[str, list[tuple[str, int, dict[str, Any]]]] = {
    "0005": [("circle", 1, {"rounds_count": 1, "turns_count": 3, "passed_count": 1})],
}


def revisions() -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def insert_rows(connection: Connection, revision: str) -> None:
    """The rows of all revisions up to `revision`, with that revision's columns."""
    metadata = MetaData()
    for rev in revisions():
        for table_name, row in ROWS.get(rev, []):
            table = Table(table_name, metadata, autoload_with=connection)
            connection.execute(table.insert(), [row])
        for table_name, row_id, values in UPDATES.get(rev, []):
            table = Table(table_name, metadata, autoload_with=connection)
            connection.execute(table.update().where(table.c.id == row_id).values(values))
        if rev == revision:
            break
    if connection.dialect.name == "postgresql":  # explicit ids: move the sequences on
        for table_name in {name for rows in ROWS.values() for name, _ in rows}:
            if table_name in metadata.tables:
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table_name}', 'id'), "
                    f"(SELECT max(id) FROM {table_name}))"
                )


def build(engine: Engine, revision: str) -> None:
    """Migrate an empty database to `revision` and fill it as that version would have."""
    command.upgrade(alembic_config(engine), revision)
    with engine.begin() as connection:
        insert_rows(connection, revision)


def row_counts(engine: Engine) -> dict[str, int]:
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as connection:
        return {
            name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in metadata.tables.items()
            if name != "alembic_version"
        }


def main(up_to: str | None = None) -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for revision in revisions():
        target = FIXTURES / f"{revision}.sqlite3"
        target.unlink(missing_ok=True)
        engine = make_engine(f"sqlite:///{target}")
        build(engine, revision)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("PRAGMA journal_mode = DELETE")  # one file, no -wal
            connection.exec_driver_sql("PRAGMA page_size = 1024")
            connection.exec_driver_sql("VACUUM")  # small files in the repository
        engine.dispose()
        print(f"{target.relative_to(Path.cwd())}: {row_counts_of(target)} rows")  # noqa: T201
        if revision == up_to:
            break


def row_counts_of(path: Path) -> int:
    engine = make_engine(f"sqlite:///{path}")
    try:
        return sum(row_counts(engine).values())
    finally:
        engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
