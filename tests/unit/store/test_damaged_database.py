"""A database with damaged pages is refused untouched, in one sentence (issue 12, finding 6).

The file is checked at open (PRAGMA quick_check, read-only, bounded in time) before anything
writes to it, and SQLite's "database disk image is malformed" at any later moment ends in the
same plain refusal naming the newest good copy, never in a traceback.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from circle_app.cli import main
from circle_app.store import StoreError, open_store
from circle_app.store.engine import backup_sqlite, make_engine, quick_check
from circle_app.store.migrate import head_revision
from circle_app.store.privacy import export_person

PUPILS = 2000


def build(path: Path) -> None:
    """A database whose person table spans many pages (one of them is damaged later)."""
    open_store(f"sqlite:///{path}").dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.executemany(
            "INSERT INTO person (display_name, role, created_at) "
            "VALUES (?, 'pupil', '2026-09-01 08:00:00')",
            [(f"Elev {i:04d} " + "x" * 200,) for i in range(PUPILS)],
        )
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def damage(path: Path) -> None:
    """Overwrite the person table's root page, as a failing disk sector would."""
    with closing(sqlite3.connect(path)) as connection:
        [(root,)] = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'person'"
        ).fetchall()
        [(page_size,)] = connection.execute("PRAGMA page_size").fetchall()
    for stale in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, Path]:
    """A damaged database with a good older copy and a damaged newer one beside it."""
    path = tmp_path / "circle-app.sqlite3"
    build(path)
    good = backup_sqlite(path, head_revision())
    damage(path)
    bad = path.with_name(f"{path.name}.bak-{head_revision()}-29990101T000000")
    shutil.copy(path, bad)
    os.utime(good, (time.time() - 3600, time.time() - 3600))
    return path, good


def test_finding_6_a_damaged_database_is_refused_untouched_naming_the_newest_good_copy(
    damaged: tuple[Path, Path],
) -> None:
    """issue 12, finding 6: refused at open, the file's bytes unchanged, the good copy named."""
    path, good = damaged
    before = digest(path)
    with pytest.raises(StoreError) as refused:
        open_store(f"sqlite:///{path}")
    message = str(refused.value)
    assert "is damaged" in message
    assert str(good) in message
    assert "29990101" not in message  # the newer copy is damaged too: not offered
    assert "malformed" not in message
    assert "\n" not in message
    assert digest(path) == before


def test_finding_6_without_a_good_copy_the_refusal_says_so(tmp_path: Path) -> None:
    """issue 12, finding 6."""
    path = tmp_path / "circle-app.sqlite3"
    build(path)
    damage(path)
    before = digest(path)
    with pytest.raises(StoreError, match="There is no good copy beside it"):
        open_store(f"sqlite:///{path}")
    assert digest(path) == before


def test_finding_6_people_export_on_a_damaged_database_is_one_sentence_not_a_traceback(
    damaged: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """issue 12, finding 6: the reported case, `people export` on a damaged file."""
    path, good = damaged
    before = digest(path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(["--database-url", f"sqlite:///{path}", "people", "export", "1"])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "is damaged" in err
    assert str(good) in err
    for word in ("Traceback", "DatabaseError", "malformed", "SQL"):
        assert word not in err
    assert digest(path) == before


def test_finding_6_damage_found_later_by_a_query_is_the_same_plain_refusal(
    damaged: tuple[Path, Path],
) -> None:
    """issue 12, finding 6: a page that goes bad after the check (the engine made without
    open_store's check) gives the same StoreError, not sqlite's DatabaseError."""
    path, good = damaged
    engine = make_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(StoreError) as refused:
            export_person(engine, 1)
    finally:
        engine.dispose()
    assert "is damaged" in str(refused.value)
    assert str(good) in str(refused.value)


def test_finding_6_the_check_is_bounded_in_time(tmp_path: Path) -> None:
    """issue 12, finding 6: on a huge file the check stops after its time and lets it be."""
    path = tmp_path / "circle-app.sqlite3"
    build(path)
    assert quick_check(path) is True
    started = time.monotonic()
    assert quick_check(path, seconds=0.0) is None  # stopped at once: not judged
    assert time.monotonic() - started < 1.0
