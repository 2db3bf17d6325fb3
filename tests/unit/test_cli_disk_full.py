"""A full disk on every write path of the command line: one sentence, nothing half-written.

Issue 12, finding 7. The faults are real, not mocked: SQLite's page limit
(`PRAGMA max_page_count`, set to the file's size on every connection) makes SQLite return
SQLITE_FULL exactly as a full disk does; /dev/full makes the kernel answer ENOSPC; and, where
this machine lets us mount (root, as CI runs), a 2 MiB tmpfs filled to the last byte is
a full disk in every sense.
"""

from __future__ import annotations

import errno
import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

from circle_app.cli import main
from circle_app.domain.enums import GroupKind, Role
from circle_app.store import open_store
from circle_app.store.engine import sqlite_path
from circle_app.store.groups import GroupStore
from circle_app.store.models import GroupRow, PersonRow

SENTENCE = "The disk is full: nothing was saved. Free some space and try again."


@contextmanager
def database_full() -> Iterator[None]:
    """Every SQLite connection opened meanwhile may not grow its file by a single page."""

    def limit(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(Pool, "connect", limit)
    try:
        yield
    finally:
        event.remove(Pool, "connect", limit)


def fill(folder: Path) -> None:
    """Write zeros into `folder` until its file system has no byte left."""

    def write_until_full(handle: io.BufferedIOBase, chunk: bytes) -> None:
        with pytest.raises(OSError, match="No space left") as caught:  # noqa: PT012
            while True:
                handle.write(chunk)
        assert caught.value.errno == errno.ENOSPC

    with (folder / "filler").open("wb", buffering=0) as handle:
        write_until_full(handle, b"\0" * 4096)
        write_until_full(handle, b"\0")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs of its own (unmounted afterwards); `fill` makes it full."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"a real small disk needs `mount -t tmpfs` (root): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def run_cli(database_url: str, *argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--database-url", database_url, *argv])
    _out, err = capsys.readouterr()
    return code, err


def run_process(*argv: str, stdout: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "circle_app", *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        check=False,
    )


def with_one_person(url: str) -> None:
    engine = open_store(url)
    try:
        GroupStore(engine).create_group("7A", GroupKind.CLASS, [("Aske Berg", Role.PUPIL)])
    finally:
        engine.dispose()


def test_finding_7_groups_import_on_a_full_disk_imports_nobody(
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 12, finding 7: `groups import` said a traceback; now one sentence, no one added."""
    open_store(sqlite_url).dispose()
    roster = tmp_path / "7b.csv"
    rows = [f"Elev Nummer {i:04d} Andersen;7.b" for i in range(600)]
    roster.write_text("navn;klasse\n" + "\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with database_full():
        code, err = run_cli(
            sqlite_url, "groups", "import", str(roster), "--group", "7B", "--yes", capsys=capsys
        )
    assert code == 1
    assert SENTENCE in err
    assert "Traceback" not in err
    assert "SQL" not in err
    engine = open_store(sqlite_url)
    try:
        with Session(engine) as session:
            assert session.scalars(select(func.count()).select_from(PersonRow)).one() == 0
            assert session.scalars(select(GroupRow)).all() == []
    finally:
        engine.dispose()
    path = sqlite_path(sqlite_url)
    assert path is not None
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_finding_7_groups_import_into_a_database_on_a_full_disk(
    small_disk: Path, tmp_path: Path
) -> None:
    """Issue 12, finding 7: the database on a really full file system, as the tester had it."""
    url = f"sqlite:///{small_disk / 'circle-app.sqlite3'}"
    open_store(url).dispose()
    roster = tmp_path / "7b.csv"
    rows = [f"Elev Nummer {i:04d} Andersen;7.b" for i in range(600)]
    roster.write_text("navn;klasse\n" + "\n".join(rows) + "\n", encoding="utf-8")
    fill(small_disk)
    done = run_process(
        "--database-url", url, "groups", "import", str(roster), "--group", "7B", "--yes",
        stdout=subprocess.PIPE,
    )  # fmt: skip
    assert done.returncode == 1
    assert SENTENCE in done.stderr
    assert "Traceback" not in done.stderr
    (small_disk / "filler").unlink()
    engine = open_store(url)
    try:
        with Session(engine) as session:
            assert session.scalars(select(func.count()).select_from(PersonRow)).one() == 0
    finally:
        engine.dispose()


def test_finding_7_people_export_to_a_full_device_says_so(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12, finding 7: `people export … -o FILE` where the kernel answers ENOSPC."""
    with_one_person(sqlite_url)
    code, err = run_cli(
        sqlite_url, "people", "export", "Aske Berg", "-o", "/dev/full", capsys=capsys
    )
    assert code == 1
    assert err == f"circle-app: {SENTENCE}\n"


def test_finding_7_people_export_on_a_full_disk_keeps_the_old_file(
    sqlite_url: str, small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12, finding 7: nothing half-written: the earlier export stays whole."""
    with_one_person(sqlite_url)
    target = small_disk / "aske.json"
    target.write_text("the earlier export\n", encoding="utf-8")
    fill(small_disk)
    code, err = run_cli(
        sqlite_url, "people", "export", "Aske Berg", "-o", str(target), capsys=capsys
    )
    assert code == 1
    assert err == f"circle-app: {SENTENCE}\n"
    assert target.read_text(encoding="utf-8") == "the earlier export\n"
    assert sorted(p.name for p in small_disk.iterdir()) == ["aske.json", "filler"]


@pytest.mark.parametrize(
    "argv",
    [
        ["people", "export", "Aske Berg"],
        ["report", "--format", "csv"],
    ],
    ids=["people export", "report csv"],
)
def test_finding_7_output_into_a_full_disk_is_one_sentence(
    sqlite_url: str, argv: list[str]
) -> None:
    """Issue 12, finding 7: `circle-app … > FILE` on a full disk (stdout is /dev/full)."""
    with_one_person(sqlite_url)
    with open("/dev/full", "w") as full:
        done = run_process("--database-url", sqlite_url, *argv, stdout=full)
    assert done.returncode == 1
    assert done.stderr == f"circle-app: {SENTENCE}\n"


def test_finding_7_banks_export_to_a_full_device_says_so(tmp_path: Path) -> None:
    """Issue 12, finding 7: `banks export ID FILE.csv`, FILE being a link to /dev/full."""
    target = tmp_path / "out.csv"
    target.symlink_to("/dev/full")
    done = run_process(
        "banks", "export", "da-peacetime-get-to-know", str(target), stdout=subprocess.PIPE
    )
    assert done.returncode == 1
    assert done.stderr == f"circle-app: {SENTENCE}\n"
    assert done.stdout == ""
    assert os.readlink(target) == "/dev/full"


@pytest.mark.parametrize("suffix", [".csv", ".toml"])
def test_finding_7_banks_export_on_a_full_disk_keeps_the_old_file(
    small_disk: Path, suffix: str
) -> None:
    """Issue 12, finding 7: the file written before is left whole; no temporary file stays."""
    target = small_disk / f"bank{suffix}"
    target.write_text("earlier\n", encoding="utf-8")
    fill(small_disk)
    done = run_process(
        "banks", "export", "da-peacetime-get-to-know", str(target), stdout=subprocess.PIPE
    )
    assert done.returncode == 1
    assert done.stderr == f"circle-app: {SENTENCE}\n"
    assert target.read_text(encoding="utf-8") == "earlier\n"
    assert sorted(p.name for p in small_disk.iterdir()) == [target.name, "filler"]


def test_finding_7_banks_import_on_a_full_disk_adds_no_bank(
    small_disk: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 12, finding 7: the user's banks folder on a full disk: no half bank file."""
    monkeypatch.setenv("CIRCLE_APP_DATA_DIR", str(small_disk / "data"))
    (small_disk / "data" / "question_banks").mkdir(parents=True)
    source = tmp_path / "farver.csv"
    source.write_text("text;ages;tags\nHvad er din yndlingsfarve?;;farver\n", encoding="utf-8")
    fill(small_disk)
    code = main(["banks", "import", str(source)])
    _out, err = capsys.readouterr()
    assert code == 1
    assert err == f"circle-app: {SENTENCE}\n"
    assert list((small_disk / "data" / "question_banks").iterdir()) == []
