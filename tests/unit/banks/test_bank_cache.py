"""The banks' parsed snapshot (banks/cache.py): a normal start reads one file instead of
parsing every bank, and never shows a bank other than what its file says (issue 20)."""

from __future__ import annotations

import os
import shutil
import stat
import time
from pathlib import Path

import pytest

from circle_app.banks.loader import BankLibrary
from circle_app.paths import bank_cache_file, question_banks_dir

BANK = """\
[bank]
format = 1
id = "cache-test"
language = "en"
kind = "checkin"
title = "{title}"
description = "A bank for the cache tests."

[[prompts]]
id = "first"
text = "What made you smile this week?"
ages = ["indskoling", "mellemtrin"]
"""

AN_HOUR_AGO = time.time_ns() - 3600 * 10**9


def _write_bank(folder: Path, title: str, mtime_ns: int = AN_HOUR_AGO) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cache-test.toml"
    path.write_text(BANK.format(title=title), encoding="utf-8")
    os.utime(path, ns=(mtime_ns, mtime_ns))  # an edit made well before the start
    return path


def _titles(library: BankLibrary) -> dict[str, str]:
    return {bank.id: bank.title for bank in library.banks}


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    shipped = tmp_path / "shipped"
    shutil.copytree(question_banks_dir(), shipped)
    return shipped, tmp_path / "user-banks", tmp_path / "cache" / "banks.pickle"


def test_issue_20_a_cached_start_shows_the_same_banks_as_parsing_them(
    folders: tuple[Path, Path, Path],
) -> None:
    """issue 20, banks: the snapshot gives exactly the banks (and skipped files) parsing gives."""
    shipped, user, cache = folders
    _write_bank(user, "Mine")
    parsed = BankLibrary.load(shipped, user)
    first = BankLibrary.load(shipped, user, cache=cache)  # parses, writes the snapshot
    assert cache.is_file()
    cached = BankLibrary.load(shipped, user, cache=cache)
    assert cached.banks == parsed.banks == first.banks
    assert cached.problems == parsed.problems
    assert [b.prompts for b in cached.banks] == [b.prompts for b in parsed.banks]
    assert _titles(cached)["cache-test"] == "Mine"


def test_issue_20_an_edited_bank_file_shows_its_change_at_the_next_start(
    folders: tuple[Path, Path, Path],
) -> None:
    """issue 20, banks: a stale snapshot is never used (edit a bank file -> the change shows)."""
    shipped, user, cache = folders
    path = _write_bank(user, "Before")
    assert _titles(BankLibrary.load(shipped, user, cache=cache))["cache-test"] == "Before"
    _write_bank(user, "After!", mtime_ns=AN_HOUR_AGO + 10**9)  # a later edit, other size
    assert _titles(BankLibrary.load(shipped, user, cache=cache))["cache-test"] == "After!"
    _write_bank(user, "Later!", mtime_ns=AN_HOUR_AGO + 2 * 10**9)  # same size, later time
    assert _titles(BankLibrary.load(shipped, user, cache=cache))["cache-test"] == "Later!"
    path.unlink()  # a removed file
    assert "cache-test" not in _titles(BankLibrary.load(shipped, user, cache=cache))
    (shipped / "en" / "checkin.toml").unlink()  # a shipped one too
    again = BankLibrary.load(shipped, user, cache=cache)
    assert again.banks == BankLibrary.load(shipped, user).banks


def test_issue_20_a_file_edited_just_now_is_read_again_next_time(
    folders: tuple[Path, Path, Path],
) -> None:
    """issue 20, banks: a file written within the last moments may change again within the
    file system's clock tick, same size, unseen by its time: it is not trusted to a snapshot."""
    shipped, user, cache = folders
    path = _write_bank(user, "Fresh", mtime_ns=time.time_ns())
    BankLibrary.load(shipped, user, cache=cache)
    stamp = path.stat().st_mtime_ns
    path.write_text(BANK.format(title="Fresh"[::-1]), encoding="utf-8")  # same size
    os.utime(path, ns=(stamp, stamp))  # and the same time: only parsing can tell
    assert _titles(BankLibrary.load(shipped, user, cache=cache))["cache-test"] == "hserF"


def test_issue_20_a_broken_snapshot_gives_the_same_banks(
    folders: tuple[Path, Path, Path],
) -> None:
    """issue 20, banks: a damaged or foreign snapshot is ignored, and written again."""
    shipped, user, cache = folders
    _write_bank(user, "Mine")
    parsed = BankLibrary.load(shipped, user)
    BankLibrary.load(shipped, user, cache=cache)
    whole = cache.read_bytes()
    for damaged in (b"", b"not a snapshot", whole[: len(whole) // 2], whole[:-7] + b"garbage"):
        cache.write_bytes(damaged)
        assert BankLibrary.load(shipped, user, cache=cache).banks == parsed.banks
        assert BankLibrary.load(shipped, user, cache=cache).banks == parsed.banks  # rewritten
    assert cache.read_bytes() != damaged


def test_issue_20_the_snapshot_is_the_owners_only_and_a_loose_one_is_not_read(
    folders: tuple[Path, Path, Path],
) -> None:
    """issue 20, banks: the snapshot is 0600 like every file the app writes; one that
    others could have written is not trusted (it is rebuilt from the files)."""
    shipped, user, cache = folders
    path = _write_bank(user, "Mine")
    BankLibrary.load(shipped, user, cache=cache)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.parent.stat().st_mode) == 0o700
    # The file changes but keeps its size and time: the snapshot still has the old title
    # (that is the snapshot at work) until the snapshot is loose, then the file is read.
    path.write_text(BANK.format(title="Enim"), encoding="utf-8")
    os.utime(path, ns=(AN_HOUR_AGO, AN_HOUR_AGO))
    assert _titles(BankLibrary.load(shipped, user, cache=cache))["cache-test"] == "Mine"
    cache.chmod(0o666)
    assert _titles(BankLibrary.load(shipped, user, cache=cache))["cache-test"] == "Enim"
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600


def test_issue_20_the_snapshot_lives_in_the_cache_folder_beside_the_data() -> None:
    """issue 20, banks: the snapshot is in the app's cache folder (here, the test's data
    folder's), never among the banks or in the shipped folder."""
    place = bank_cache_file()
    assert place.parent.name == "cache"
    assert place.parent.parent == Path(os.environ["CIRCLE_APP_DATA_DIR"])
