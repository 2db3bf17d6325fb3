"""`banks validate` says what is there: no banks, a symbolic link loop, nesting too deep.

Issue 12, finding 12 (the bank side).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from circle_app.banks.validator import check_files, check_text
from circle_app.cli import main
from tests.unit.banks.test_validator import VALID


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_finding_12_a_folder_without_banks_is_not_all_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12, finding 12: an empty folder (or one of text files only) says so, exit 1."""
    empty = tmp_path / "banks"
    empty.mkdir()
    (empty / "notes.txt").write_text("not a bank", encoding="utf-8")
    code, out, err = run(["banks", "validate", str(empty)], capsys)
    assert code == 1
    assert f"no bank files found in {empty}" in out + err
    assert "all valid" not in out + err


def test_finding_12_one_empty_folder_among_good_files_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12, finding 12: the good file is checked, the empty folder still fails the run."""
    (tmp_path / "a.toml").write_text(VALID, encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run(["banks", "validate", str(tmp_path / "a.toml"), str(empty)], capsys)
    assert code == 1
    assert f"no bank files found in {empty}" in out + err
    assert "all valid" not in out + err


def test_finding_12_a_symbolic_link_loop_is_called_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12, finding 12: given directly, two links pointing at each other, or inside a
    folder: "a symbolic link loop", not "does not exist"."""
    (tmp_path / "self.toml").symlink_to("self.toml")
    (tmp_path / "a.toml").symlink_to("b.toml")
    (tmp_path / "b.toml").symlink_to("a.toml")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "good.toml").write_text(VALID, encoding="utf-8")
    (folder / "loop.toml").symlink_to("loop.toml")
    code, out, _err = run(
        ["banks", "validate", str(tmp_path / "self.toml"), str(tmp_path / "a.toml"), str(folder)],
        capsys,
    )
    assert code == 1
    assert out.splitlines() == [
        f"{tmp_path / 'self.toml'}: file: is a symbolic link loop",
        f"{tmp_path / 'a.toml'}: file: is a symbolic link loop",
        f"{folder / 'loop.toml'}: file: is a symbolic link loop",
    ]


def test_finding_12_a_dangling_link_says_where_it_points(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12, finding 12: a link to nothing is not the same as a loop."""
    (tmp_path / "gone.toml").symlink_to(tmp_path / "nowhere.toml")
    code, out, _err = run(["banks", "validate", str(tmp_path / "gone.toml")], capsys)
    assert code == 1
    assert out.strip() == (
        f"{tmp_path / 'gone.toml'}: file: is a symbolic link to "
        f"{tmp_path / 'nowhere.toml'}, which does not exist"
    )


@pytest.mark.parametrize(
    ("nested", "opener"),
    [("[" * 5000 + "]" * 5000, "["), ("{a = " * 5000 + "}" * 5000, "{")],
    ids=["arrays", "inline tables"],
)
def test_finding_12_too_deep_nesting_gives_file_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], nested: str, opener: str
) -> None:
    """Issue 12, finding 12: FILE:LINE: toml: message, the line where it goes too deep."""
    text = VALID + '\n[[prompts]]\nid = "deep"\ntext = "Hvorfor?"\n' + f"tags = {nested}\n"
    deep_line = text.count("\n")  # the last line
    path = tmp_path / "deep.toml"
    path.write_text(text, encoding="utf-8")
    code, out, _err = run(["banks", "validate", str(path)], capsys)
    assert code == 1
    assert re.fullmatch(
        rf"{re.escape(str(path))}:{deep_line}: toml: not valid TOML: .*nested too deeply.*\n", out
    )
    bank, problems = check_text(text, path)
    assert bank is None
    assert [problem.line for problem in problems] == [deep_line]
    assert opener in text


def test_finding_12_the_loader_still_takes_an_empty_user_folder(tmp_path: Path) -> None:
    """Issue 12, finding 12: an empty folder is only a problem when asked to validate it."""
    (tmp_path / "user").mkdir()
    assert check_files([tmp_path / "user"]) == ([], [])


def test_a_file_name_with_a_nul_byte_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Found by the command-line property test: `banks validate` given a NUL byte."""
    assert main(["banks", "validate", "bank\x00.toml"]) == 1
    out, _ = capsys.readouterr()
    assert "is not a valid file name" in out
