"""Home's data at start, read with the standard library's sqlite3 alone (issue 20, ready).

Home needs four things: the groups, the groups used lately, an interrupted circle and an
interrupted conversation. Each is one portable SQL text here (named `:params`, which sqlite3
and SQLAlchemy's `text()` both take) and one function that makes domain objects of its
rows; the store's own readers (GroupStore.list_groups, PlanStore.recent_groups,
CircleStore.unfinished, ConversationStore.unfinished) run the same texts through SQLAlchemy.

`read_home` reads them before SQLAlchemy is imported, on a local SQLite file only, and only
when a start would change nothing: the file and its folder owner-only, no `-wal`/`-shm` left
beside it, sound (`PRAGMA quick_check`) and at `migrate.HEAD_REVISION`. The file is opened
`mode=ro&immutable=1`, so nothing is created or written, not even a `-shm`. Anything else
(an upgrade due, damage, a foreign or group-readable file, PostgreSQL, a URL with options)
gives None and the start goes the present way (engine.open_store). Writes always go through
the store.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from circle_app.domain.enums import AgeBand, CircleKind, GroupKind
from circle_app.domain.keepers import parse_roles
from circle_app.domain.people import Group
from circle_app.paths import default_database_path
from circle_app.store.integrity import quick_check
from circle_app.store.migrate import HEAD_REVISION, VERSION_TABLE

log = logging.getLogger(__name__)

ENV_DATABASE_URL = "CIRCLE_APP_DATABASE_URL"
RECENT_GROUPS = 4


def resolve_database_url(explicit: str | None = None) -> str:
    """--database-url, then CIRCLE_APP_DATABASE_URL, then SQLite in the user data folder."""
    if explicit:
        return explicit
    from_env = os.environ.get(ENV_DATABASE_URL)
    if from_env:
        return from_env
    return f"sqlite:///{default_database_path()}"


@dataclass(frozen=True, slots=True)
class UnfinishedCircle:
    """A circle the bell interrupted: what the start screen offers to continue."""

    circle_id: int
    kind: CircleKind
    group_name: str | None
    started_at: datetime
    last_action_at: datetime
    rounds: int
    turns: int


@dataclass(frozen=True, slots=True)
class UnfinishedConversation:
    conversation_id: int
    case_id: int | None
    parties: int
    turns: int
    started_at: datetime


@dataclass(frozen=True)
class HomeData:
    """What home shows at start: the same objects the store's readers give."""

    groups: list[Group]
    recent_groups: list[int]
    unfinished_circles: list[UnfinishedCircle]
    unfinished_conversations: list[UnfinishedConversation]


# -- the four texts and what their rows become -----------------------------------------

GROUPS_SQL = """
SELECT g.id, g.name, g.kind, g.age_band, g.language, g.keeper_roles, g.board_controls,
       (SELECT count(*) FROM membership AS m
         WHERE m.group_id = g.id AND m.left_on IS NULL) AS size
FROM circle_group AS g
ORDER BY g.name
"""

RECENT_GROUPS_SQL = """
SELECT c.group_id FROM circle AS c
WHERE c.group_id IS NOT NULL AND c.is_demo = :demo
ORDER BY c.started_at DESC, c.id DESC
LIMIT 200
"""
RECENT_GROUPS_PARAMS: dict[str, Any] = {"demo": False}

UNFINISHED_CIRCLES_SQL = """
SELECT c.id, c.kind, g.name, c.started_at,
       (SELECT count(*) FROM circle_round AS r WHERE r.circle_id = c.id) AS rounds,
       (SELECT count(*) FROM turn AS t WHERE t.circle_id = c.id) AS turns,
       (SELECT max(t.ended_at) FROM turn AS t WHERE t.circle_id = c.id) AS last_turn,
       (SELECT max(r.started_at) FROM circle_round AS r WHERE r.circle_id = c.id) AS last_round
FROM circle AS c LEFT OUTER JOIN circle_group AS g ON c.group_id = g.id
WHERE c.ended_at IS NULL
ORDER BY c.started_at DESC
"""

UNFINISHED_CONVERSATIONS_SQL = """
SELECT v.id, v.case_id,
       (SELECT count(*) FROM conversation_party AS p WHERE p.conversation_id = v.id) AS parties,
       (SELECT count(*) FROM conversation_turn AS t WHERE t.conversation_id = v.id) AS turns,
       v.started_at
FROM conversation AS v
WHERE v.ended_at IS NULL
ORDER BY v.started_at DESC
"""


def stored_time(value: datetime | str) -> datetime:
    """A timestamp as a raw row holds it (SQLite: UTC text; PostgreSQL: a datetime), in UTC."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def groups_from(rows: Iterable[Sequence[Any]]) -> list[Group]:
    return [
        Group(
            id=gid,
            name=name,
            kind=GroupKind(kind),
            age_band=AgeBand(age_band) if age_band else None,
            language=language,
            size=size,
            keeper_roles=parse_roles(keeper_roles),
            board_controls=bool(board_controls),
        )
        for gid, name, kind, age_band, language, keeper_roles, board_controls, size in rows
        if gid is not None
    ]


def recent_groups_from(rows: Iterable[Sequence[Any]], limit: int = RECENT_GROUPS) -> list[int]:
    """The groups of the newest circles, newest first, each once."""
    return [gid for gid in dict.fromkeys(row[0] for row in rows) if gid is not None][:limit]


def unfinished_circles_from(rows: Iterable[Sequence[Any]]) -> list[UnfinishedCircle]:
    """Circles not ended that have at least one round, newest first."""
    found = []
    for cid, kind, group_name, started, rounds, turns, last_turn, last_round in rows:
        if not rounds:
            continue
        candidates = [stored_time(t) for t in (last_turn, last_round) if t is not None]
        found.append(
            UnfinishedCircle(
                circle_id=cid,
                kind=CircleKind(kind),
                group_name=group_name,
                started_at=stored_time(started),
                last_action_at=max(candidates),
                rounds=rounds,
                turns=turns,
            )
        )
    return found


def unfinished_conversations_from(rows: Iterable[Sequence[Any]]) -> list[UnfinishedConversation]:
    return [
        UnfinishedConversation(cid, case_id, parties, turns, stored_time(started))
        for cid, case_id, parties, turns, started in rows
    ]


# -- the read itself ---------------------------------------------------------------------


def local_sqlite_file(url: str) -> Path | None:
    """The file of a plain `sqlite:///PATH` URL; None for anything make_url must read."""
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            rest = url[len(prefix) :]
            if not rest or rest == ":memory:" or any(c in rest for c in "?%#"):
                return None
            return Path(rest)
    return None


def _private(path: Path) -> bool:
    try:
        info = path.stat()
    except OSError:
        return False
    return not info.st_mode & 0o077 and (not hasattr(os, "getuid") or info.st_uid == os.getuid())


def _unchanged_by_a_start(path: Path) -> bool:
    """Nothing the present start would tighten, create or recover: see engine.open_store."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    if not os.access(path, os.R_OK | os.W_OK) or not _private(path):
        return False
    if path.parent == default_database_path().parent and not _private(path.parent):
        return False
    # A -wal or -shm: another window has it open, or the last one did not close cleanly.
    return not any(path.with_name(path.name + end).exists() for end in ("-wal", "-shm"))


def read_home(url: str | None) -> HomeData | None:
    """Home's data read-only before SQLAlchemy, or None: then open the store as ever."""
    path = local_sqlite_file(resolve_database_url(url))
    if path is None or not _unchanged_by_a_start(path):
        return None
    try:
        if quick_check(path, immutable=True) is False:
            return None  # damaged: the present way says so
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"  # no -shm, no lock, no write
        connection = sqlite3.connect(uri, uri=True)
    except (sqlite3.Error, OSError):
        return None
    try:
        connection.execute("BEGIN")  # one snapshot for the four reads
        stamped = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
        if stamped != [(HEAD_REVISION,)]:
            return None  # an upgrade is due, or a newer app's file: the present way
        return HomeData(
            groups=groups_from(connection.execute(GROUPS_SQL)),
            recent_groups=recent_groups_from(
                connection.execute(RECENT_GROUPS_SQL, RECENT_GROUPS_PARAMS)
            ),
            unfinished_circles=unfinished_circles_from(connection.execute(UNFINISHED_CIRCLES_SQL)),
            unfinished_conversations=unfinished_conversations_from(
                connection.execute(UNFINISHED_CONVERSATIONS_SQL)
            ),
        )
    except (sqlite3.Error, ValueError, TypeError) as exc:
        log.info("home not read ahead (%s); opening the store", type(exc).__name__)
        return None
    finally:
        connection.close()
