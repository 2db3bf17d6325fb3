"""What counts as a full disk, from each layer that can say so. Issue 12, finding 7.

The errors are the real ones each library raises (constructed here, as the drivers would
construct them); the end-to-end faults are in tests/unit/test_cli_disk_full.py and
tests/ui/test_disk_full_ui.py.
"""

from __future__ import annotations

import errno
import sqlite3

import psycopg.errors
import pytest
from sqlalchemy.exc import OperationalError

from circle_app.store import DiskFullError, StoreError
from circle_app.store.engine import unsaved
from circle_app.store.faults import DISK_FULL, is_disk_full


def sqlite_full() -> sqlite3.OperationalError:
    """SQLite's own SQLITE_FULL, from a page limit."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (x)")
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")
    try:
        connection.executemany("INSERT INTO t VALUES (?)", [("x" * 1000,)] * 100)
    except sqlite3.OperationalError as exc:
        return exc
    finally:
        connection.close()
    raise AssertionError("the page limit never filled")


@pytest.mark.parametrize(
    "exc",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EDQUOT, "Disk quota exceeded"),
        sqlite_full(),
        OperationalError("INSERT …", {}, sqlite_full()),
        OperationalError("INSERT …", {}, psycopg.errors.DiskFull("could not extend file")),
        DiskFullError(),
    ],
    ids=["ENOSPC", "EDQUOT", "SQLITE_FULL", "SQLAlchemy SQLite", "PostgreSQL DiskFull", "ours"],
)
def test_finding_7_a_full_disk_is_recognised_from_every_layer(exc: BaseException) -> None:
    """Issue 12, finding 7: each becomes the one sentence."""
    assert is_disk_full(exc)
    error = unsaved(exc)
    assert isinstance(error, DiskFullError)
    assert str(error) == DISK_FULL
    assert isinstance(error, StoreError)


@pytest.mark.parametrize(
    "exc",
    [
        OSError(errno.ENOENT, "No such file or directory"),
        sqlite3.OperationalError("database is locked"),
        OperationalError("SELECT …", {}, psycopg.errors.QueryCanceled("canceling statement")),
        ValueError("no space left in this sentence is not a disk"),
    ],
    ids=["ENOENT", "locked", "PostgreSQL cancel", "other"],
)
def test_finding_7_other_faults_are_not_called_a_full_disk(exc: BaseException) -> None:
    """Issue 12, finding 7: the sentence is only said when it is true."""
    assert not is_disk_full(exc)
    assert not isinstance(unsaved(exc), DiskFullError)
