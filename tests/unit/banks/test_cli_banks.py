"""`circle-app banks …`: exit codes and one line per problem, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from circle_app.cli import main
from circle_app.paths import user_banks_dir
from tests.unit.banks.test_validator import VALID

DATA = Path(__file__).parents[2] / "data" / "banks"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_valid_files_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.toml").write_text(VALID, encoding="utf-8")
    code, out, err = run(["banks", "validate", str(tmp_path / "a.toml")], capsys)
    assert code == 0
    assert out == ""
    assert "1 bank, 2 prompts: all valid." in err


def test_validate_prints_one_line_per_problem_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(VALID.replace('"da"', '"sv"').replace('["voksne"]', '["x"]'), "utf-8")
    (tmp_path / "good.toml").write_text(VALID.replace("test-bank", "other"), "utf-8")
    code, out, _ = run(["banks", "validate", str(tmp_path)], capsys)
    assert code == 1
    assert out.splitlines() == [
        f"{bad}:4: bank.language: unknown language 'sv' (expected da or en)",
        f"{bad}:18: prompts[2].ages: unknown age band 'x' "
        "(expected indskoling, mellemtrin, udskoling or voksne)",
    ]


def test_validate_names_a_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["banks", "validate", str(tmp_path / "nope.toml")], capsys)
    assert code == 1
    assert out == f"{tmp_path / 'nope.toml'}: file: does not exist\n"
    assert "Traceback" not in err


def test_validate_without_a_path_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["banks", "validate"])
    assert exit_info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_validate_the_shipped_banks_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    from circle_app.paths import question_banks_dir

    code, out, _ = run(["banks", "validate", str(question_banks_dir())], capsys)
    assert (code, out) == (0, "")


def test_list_shows_shipped_and_user_banks_and_skipped_files(
    capsys: pytest.CaptureFixture[str],
) -> None:
    user = user_banks_dir()
    user.mkdir(parents=True)
    (user / "mine.toml").write_text(VALID.replace("test-bank", "my-bank"), "utf-8")
    (user / "broken.toml").write_bytes(b"\x00\x01")
    code, out, _ = run(["banks", "list"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "LANGUAGE", "KIND", "PROMPTS", "FROM"]
    assert "en-conversation en conversation 6 shipped" in [" ".join(x.split()) for x in lines]
    assert "my-bank da peacetime 2 user" in [" ".join(x.split()) for x in lines]
    assert f"skipped {user / 'broken.toml'}:" in lines
    assert f"  {user / 'broken.toml'}:1: file: is not a text file" in out


def test_import_then_export_a_spreadsheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        ["banks", "import", str(DATA / "excel-danish-cp1252.csv"), "--id", "farver"], capsys
    )
    assert code == 0
    assert out.startswith("Imported farver (3 prompts) into ")
    assert (user_banks_dir() / "farver.toml").is_file()
    target = tmp_path / "farver.csv"
    code, out, _ = run(["banks", "export", "farver", str(target)], capsys)
    assert code == 0
    assert target.read_bytes().startswith("\ufefftext;ages;tags;id\r\n".encode())


def test_a_bad_import_exits_1_and_writes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["banks", "import", str(DATA / "bad-rows.csv")], capsys)
    assert code == 1
    assert len(out.splitlines()) == 2
    assert "Nothing was imported." in err
    assert not user_banks_dir().exists()


def test_export_of_an_unknown_bank_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["banks", "export", "nope", str(tmp_path / "x.toml")], capsys)
    assert code == 1
    assert "no bank with id 'nope'" in err


@pytest.mark.slow
def test_the_installed_command_lists_banks_from_another_folder(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "circle_app", "banks", "list"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "da-peacetime-get-to-know" in result.stdout
    assert "Traceback" not in result.stderr


def test_validate_names_a_prompt_without_its_counterpart_in_the_other_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """issue 19: a da/ and en/ file of the same name are one bank in two languages."""
    da = VALID.replace("test-bank", "da-pair")
    en = VALID.replace("test-bank", "en-pair").replace('language = "da"', 'language = "en"')
    assert en != da.replace("da-pair", "en-pair")  # the fixture really is in Danish
    (tmp_path / "da").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "da" / "pair.toml").write_text(da, encoding="utf-8")
    first_prompt_ends = en.index("[[prompts]]", en.index("[[prompts]]") + 1)
    (tmp_path / "en" / "pair.toml").write_text(en[:first_prompt_ends], encoding="utf-8")
    code, out, _ = run(["banks", "validate", str(tmp_path / "da"), str(tmp_path / "en")], capsys)
    assert code == 1
    assert "has no counterpart in en-pair" in out
