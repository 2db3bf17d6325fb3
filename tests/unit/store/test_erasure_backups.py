"""Erasure reaches the copies of a SQLite database kept from before upgrades
(issue 12, finding 4)."""

from __future__ import annotations

import shutil
from pathlib import Path

from circle_app.domain.enums import GroupKind, Role
from circle_app.store import open_store
from circle_app.store.engine import sqlite_path
from circle_app.store.privacy import backups_beside, erase_group, erase_person
from circle_app.store.roster import GroupDraft, PersonDraft, RosterStore

NAME = "Zofia Quillbrook"


def test_erasing_a_person_deletes_the_backups_that_hold_the_name(sqlite_url: str) -> None:
    """issue 12, finding 4: no pre-upgrade copy keeps an erased name."""
    engine = open_store(sqlite_url)
    roster = RosterStore(engine)
    group = roster.create_group(GroupDraft("5.a", GroupKind.CLASS))
    person = roster.add_person(group, PersonDraft(NAME, Role.PUPIL))
    roster.add_person(group, PersonDraft("Bilal Khan", Role.PUPIL))
    path = sqlite_path(sqlite_url)
    assert path is not None
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    copies = [path.with_name(f"{path.name}.bak-{rev}-20260101T000000") for rev in ("0005", "0006")]
    for copy in copies:
        shutil.copy(path, copy)
        assert NAME.encode() in copy.read_bytes()
    assert backups_beside(path) == copies

    erasure = erase_person(engine, person)
    engine.dispose()

    assert (erasure.backups_deleted, erasure.backups_left) == (2, ())
    assert backups_beside(path) == []
    for file in path.parent.iterdir():
        assert NAME.encode() not in file.read_bytes(), file


def test_erasing_a_group_deletes_the_backups_too(sqlite_url: str) -> None:
    """issue 12, finding 4: the end-of-year erasure reaches the copies as well."""
    engine = open_store(sqlite_url)
    roster = RosterStore(engine)
    group = roster.create_group(GroupDraft("5.a", GroupKind.CLASS))
    roster.add_person(group, PersonDraft(NAME, Role.PUPIL))
    path = sqlite_path(sqlite_url)
    assert path is not None
    copy = Path(f"{path}.bak-0006-20260101T000000")
    copy.write_bytes(NAME.encode())
    erasure = erase_group(engine, group)
    engine.dispose()
    assert erasure.backups_deleted == 1
    assert not copy.exists()
