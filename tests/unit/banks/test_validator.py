"""Every mistake a curator can make in a bank file is named as FILE:LINE: field: message."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from circle_app.banks.validator import check_file, check_files
from circle_app.domain.enums import AgeBand, BankKind, Stage

VALID = """\
[bank]
format = 1
id = "test-bank"
language = "da"
kind = "peacetime"
title = "Test"
description = "A small bank."

[[prompts]]
id = "one"
text = "Hvilket sted i verden ville du helst besøge – og hvorfor?"
ages = ["indskoling", "mellemtrin"]
tags = ["rejser"]

[[prompts]]
id = "two"
text = "Hvad er dit bedste minde fra børnehaven?"
ages = ["voksne"]
"""

CONFLICT = """\
[bank]
id = "test-conflict"
language = "en"
kind = "conflict"
title = "Conflict"

[[prompts]]
id = "c1"
text = "What happened?"
ages = ["udskoling"]
stage = "experienced"
"""


def write(tmp_path: Path, content: str | bytes, name: str = "bank.toml") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(textwrap.dedent(content), encoding="utf-8")
    return path


def lines_for(path: Path) -> list[str]:
    bank, problems = check_file(path)
    assert bank is None, "a file with problems must not load"
    return [str(problem) for problem in problems]


def test_a_valid_bank_loads_with_every_field(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    bank, problems = check_file(path)
    assert problems == []
    assert bank is not None
    assert (bank.id, bank.language, bank.kind, bank.title) == (
        "test-bank",
        "da",
        BankKind.PEACETIME,
        "Test",
    )
    assert [p.id for p in bank.prompts] == ["one", "two"]
    first = bank.prompts[0]
    assert first.ages == {AgeBand.INDSKOLING, AgeBand.MELLEMTRIN}
    assert first.tags == {"rejser"}
    assert first.bank_id == "test-bank"
    assert bank.prompts[1].tags == frozenset()


def test_a_conflict_prompt_keeps_its_stage(tmp_path: Path) -> None:
    bank, problems = check_file(write(tmp_path, CONFLICT))
    assert problems == []
    assert bank is not None
    assert bank.prompts[0].stage is Stage.EXPERIENCED


def test_a_bom_at_the_start_is_accepted(tmp_path: Path) -> None:
    bank, problems = check_file(write(tmp_path, b"\xef\xbb\xbf" + VALID.encode()))
    assert problems == []
    assert bank is not None


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # TOML syntax: tomllib's line and column
        ('title = "Test"', 'title = "Test', "6: toml: not valid TOML: Illegal character"),
        ('ages = ["voksne"]', 'ages = ["voksne"', "not valid TOML"),
        # missing fields of [bank]
        ('id = "test-bank"\n', "", "1: bank.id: missing"),
        ('language = "da"\n', "", "1: bank.language: missing"),
        ('kind = "peacetime"\n', "", "1: bank.kind: missing"),
        ('title = "Test"\n', "", "1: bank.title: missing"),
        # unknown values
        (
            'language = "da"',
            'language = "sv"',
            "4: bank.language: unknown language 'sv' (expected da or en)",
        ),
        ('kind = "peacetime"', 'kind = "fun"', "5: bank.kind: unknown kind 'fun'"),
        (
            'ages = ["voksne"]',
            'ages = ["voksne", "teenagers"]',
            "18: prompts[2].ages: unknown age band 'teenagers' (expected indskoling, "
            "mellemtrin, udskoling or voksne)",
        ),
        # wrong types
        ('title = "Test"', "title = 3", "6: bank.title: must be text in quotes, not a number"),
        ("format = 1", 'format = "1"', "2: bank.format: must be a whole number, not text"),
        ("format = 1", "format = 2", "2: bank.format: format 2 is not one this app reads"),
        (
            'ages = ["voksne"]',
            'ages = "voksne"',
            '18: prompts[2].ages: must be a list of texts in quotes, like ["a", "b"], not text',
        ),
        ('tags = ["rejser"]', "tags = [1, 2]", "13: prompts[1].tags: must be a list of texts"),
        ('id = "two"', "id = 2", "16: prompts[2].id: must be text in quotes, not a number"),
        (
            'text = "Hvad er dit bedste minde fra børnehaven?"',
            "text = true",
            "17: prompts[2].text: must be text in quotes, not true/false",
        ),
        # empty or whitespace text
        (
            'text = "Hvad er dit bedste minde fra børnehaven?"',
            'text = "   "',
            "17: prompts[2].text: is empty",
        ),
        (
            'text = "Hvad er dit bedste minde fra børnehaven?"',
            'text = ""',
            "17: prompts[2].text: is empty",
        ),
        ('text = "Hvad er dit bedste minde fra børnehaven?"\n', "", "15: prompts[2].text: missing"),
        ('ages = ["voksne"]', "ages = []", "18: prompts[2].ages: is empty: name at least one"),
        ('ages = ["voksne"]\n', "", "15: prompts[2].ages: missing"),
        (
            'id = "two"',
            'id = "one"',
            "16: prompts[2].id: duplicate prompt id 'one' (first at line 10)",
        ),
        ('id = "two"', 'id = "two words"', "16: prompts[2].id: 'two words' is not a valid id"),
        ('id = "test-bank"', 'id = ""', "3: bank.id: is empty"),
        # stage on a non-conflict prompt
        (
            'ages = ["voksne"]',
            'ages = ["voksne"]\nstage = "needs"',
            "19: prompts[2].stage: only conflict prompts have a stage "
            "(this bank's kind is peacetime)",
        ),
    ],
)
def test_each_mistake_is_one_line_naming_file_line_and_field(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    assert old in VALID
    path = write(tmp_path, VALID.replace(old, new, 1))
    lines = lines_for(path)
    assert any(line.startswith(f"{path}:") and expected in line for line in lines), lines


def test_a_missing_bank_table_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("[bank]", "[bunk]"))
    assert f"{path}:1: bank: missing the [bank] table (id, language, kind, title)" in lines_for(
        path
    )


def test_a_bank_that_is_not_a_table_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, 'bank = "x"\n[[prompts]]\nid = "a"\ntext = "b"\nages = ["voksne"]\n')
    assert f"{path}:1: bank: must be a [bank] table" in lines_for(path)


def test_a_bank_without_prompts_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.split("[[prompts]]")[0])
    assert f"{path}:1: prompts: the bank has no prompts (add [[prompts]])" in lines_for(path)


def test_an_empty_prompt_list_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "prompts = []\n" + VALID.split("[[prompts]]")[0])
    assert f"{path}:1: prompts: the bank has no prompts" in lines_for(path)


def test_prompts_that_are_not_tables_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, 'prompts = ["a"]\n' + VALID.split("[[prompts]]")[0])
    assert f"{path}:1: prompts: must be [[prompts]] tables" in lines_for(path)


def test_a_conflict_prompt_without_stage_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, CONFLICT.replace('stage = "experienced"\n', ""))
    assert (
        f"{path}:7: prompts[1].stage: a conflict prompt needs a stage "
        "(experienced, affected, needs or solutions)" in lines_for(path)
    )


def test_an_unknown_stage_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, CONFLICT.replace('"experienced"', '"feelings"'))
    assert any(
        line.startswith(f"{path}:11: prompts[1].stage: unknown stage 'feelings'")
        for line in lines_for(path)
    )


def test_a_syntax_error_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace('tags = ["rejser"]', 'tags = ["rejser",,]'))
    (line,) = lines_for(path)
    assert line.startswith(f"{path}:13: toml: not valid TOML:")


def test_an_unclosed_string_at_the_end_names_a_line(tmp_path: Path) -> None:
    path = write(tmp_path, VALID + 'extra = """never closed\n')
    (line,) = lines_for(path)
    assert line.startswith(f"{path}:")
    assert ": toml: not valid TOML:" in line


def test_a_file_that_is_not_utf8_is_named_with_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        VALID.encode("utf-8").replace("børnehaven".encode(), "børnehaven".encode("cp1252")),
    )
    assert lines_for(path) == [f"{path}:17: file: is not UTF-8 text (byte 0xF8); save it as UTF-8"]


def test_a_binary_file_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert lines_for(path) == [
        f"{path}:3: file: is not a text file (it holds binary data, NUL bytes)"
    ]


def test_an_empty_file_is_a_missing_bank(tmp_path: Path) -> None:
    path = write(tmp_path, "")
    assert f"{path}:1: bank: missing the [bank] table (id, language, kind, title)" in lines_for(
        path
    )


def test_an_unreadable_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, VALID)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert lines_for(path) == [f"{path}: file: cannot be read: Permission denied"]


def test_a_folder_given_as_file_is_named(tmp_path: Path) -> None:
    assert lines_for(tmp_path) == [f"{tmp_path}: file: is a folder, not a bank file"]


def test_one_bad_prompt_skips_the_whole_file(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace('ages = ["voksne"]', 'ages = ["babies"]'))
    bank, problems = check_file(path)
    assert bank is None
    assert len(problems) == 1


def test_every_problem_of_a_file_is_reported_at_once(tmp_path: Path) -> None:
    text = VALID.replace('kind = "peacetime"', 'kind = "x"').replace('text = ""', "")
    text = text.replace('ages = ["voksne"]', "ages = []")
    lines = lines_for(write(tmp_path, text))
    assert len(lines) == 2


def test_duplicate_bank_ids_across_files_skip_the_later_file(tmp_path: Path) -> None:
    first = write(tmp_path, VALID, "a.toml")
    second = write(tmp_path, VALID, "b.toml")
    banks, problems = check_files([tmp_path])
    assert [bank.path for bank in banks] == [first]
    assert [str(p) for p in problems] == [
        f"{second}:3: bank.id: duplicate bank id 'test-bank' (already used by {first}); "
        "this file was skipped"
    ]


def test_a_folder_is_searched_for_toml_files_only(tmp_path: Path) -> None:
    write(tmp_path, VALID, "a.toml")
    write(tmp_path, "not a bank", "notes.txt")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", CONFLICT, "c.toml")
    banks, problems = check_files([tmp_path])
    assert problems == []
    assert sorted(bank.id for bank in banks) == ["test-bank", "test-conflict"]


def test_a_path_that_does_not_exist_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    _, problems = check_files([missing])
    assert [str(p) for p in problems] == [f"{missing}: file: does not exist"]


def test_unknown_extra_fields_are_allowed_for_future_formats(tmp_path: Path) -> None:
    text = VALID.replace('tags = ["rejser"]', 'tags = ["rejser"]\nauthor = "Mette"')
    bank, problems = check_file(write(tmp_path, text))
    assert problems == []
    assert bank is not None


def test_a_text_too_long_for_the_card_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("Hvad er dit bedste", "Hvad " * 100 + "er dit bedste"))
    assert any(
        "17: prompts[2].text: is 5" in line and "at most 400" in line for line in lines_for(path)
    )
