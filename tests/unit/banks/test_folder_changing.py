"""A folder that changes while it is checked or read never stops the check with a traceback.

Found while testing issue 20: `circle-app banks validate /` walked the whole file system and
met other programs' temporary folders as they were deleted; `Path.rglob` (Python 3.11) lets
the FileNotFoundError through, and `banks validate` ended in a traceback. A shared or synced
school folder can change the same way while IT checks it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from circle_app.banks.cache import folder_key
from circle_app.banks.plans import check_plans
from circle_app.banks.validator import bank_files, folders_without_banks

BANK = """\
[bank]
id = "x"
"""


@pytest.fixture
def folder_vanishing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with one bank file and a subfolder that is deleted as it is about to be read."""
    (tmp_path / "kept").mkdir()
    (tmp_path / "kept" / "a.toml").write_text(BANK, encoding="utf-8")
    gone = tmp_path / "gone"
    (gone / "plans").mkdir(parents=True)
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)) in (gone, gone / "plans"):  # type: ignore[arg-type]
            raise FileNotFoundError(2, "No such file or directory", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    return tmp_path


def test_a_subfolder_deleted_while_the_banks_are_listed_is_passed_over(
    folder_vanishing: Path,
) -> None:
    files, problems = bank_files([folder_vanishing])
    assert files == [folder_vanishing / "kept" / "a.toml"]
    assert problems == []
    assert folders_without_banks([folder_vanishing]) == []


def test_a_subfolder_deleted_while_the_plans_are_looked_for_is_passed_over(
    folder_vanishing: Path,
) -> None:
    plans, problems = check_plans([folder_vanishing], banks=[])
    assert (plans, problems) == ([], [])


def test_a_subfolder_deleted_while_the_snapshot_key_is_made_is_passed_over(
    folder_vanishing: Path,
) -> None:
    key, _settled = folder_key([folder_vanishing])
    assert str(folder_vanishing / "kept" / "a.toml") in repr(key)
