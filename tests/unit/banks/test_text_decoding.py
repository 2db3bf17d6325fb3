"""Issue 13: bank files are read as class lists are (circle_app/domain/text_files.py).

The same file a teacher saves from a spreadsheet, Notepad or Excel is read the same way
whether it is a class list or a bank: UTF-8 with or without a BOM, UTF-16 with a BOM
(Excel's "Unicode text", Notepad's "Unicode"), else Windows-1252 throughout; a file mixing
UTF-8 lines with lines in another encoding, or holding binary data, is refused naming the
file and its first bad line, never imported as "SÃ¸ren".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from circle_app.banks.loader import BankLibrary
from circle_app.banks.plans import check_plans, is_plan_file
from circle_app.banks.transfer import import_bank
from circle_app.banks.validator import check_file, check_files
from circle_app.domain.roster_csv import parse_roster
from tests.unit.banks.test_plans import PLAN
from tests.unit.banks.test_validator import VALID

SPREADSHEET = "tekst;aldre;emner\nHvad glæder du dig til?;mellemtrin;weekend\nHvem så du?;;\n"


@pytest.fixture
def library(tmp_path: Path) -> BankLibrary:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "test.toml").write_text(VALID, encoding="utf-8")
    return BankLibrary.load(shipped, tmp_path / "user-banks")


def spreadsheet(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "spørgsmål.csv"
    path.write_bytes(data)
    return path


def test_a_bank_spreadsheet_saved_as_excels_unicode_text_is_imported(
    library: BankLibrary, tmp_path: Path
) -> None:
    """Excel's "Unicode text (*.txt)" is UTF-16 with a BOM, tabs between the columns."""
    data = SPREADSHEET.replace(";", "\t").encode("utf-16")
    result = import_bank(spreadsheet(tmp_path, data), library, title="Weekend")
    assert result.problems == ()
    assert result.bank is not None
    assert [p.text for p in result.bank.prompts] == ["Hvad glæder du dig til?", "Hvem så du?"]
    assert [sorted(p.tags) for p in result.bank.prompts] == [["weekend"], []]


def test_a_tab_separated_bank_spreadsheet_is_read_by_its_columns(
    library: BankLibrary, tmp_path: Path
) -> None:
    data = SPREADSHEET.replace(";", "\t").encode("utf-8")
    result = import_bank(spreadsheet(tmp_path, data), library, title="Weekend")
    assert result.problems == ()
    assert result.bank is not None
    assert result.bank.prompts[0].text == "Hvad glæder du dig til?"


def test_a_spreadsheet_without_a_header_whose_questions_hold_commas_splits_on_semicolons(
    library: BankLibrary, tmp_path: Path
) -> None:
    data = b"Hvad, hvem, hvor?;indskoling\nHvem, hvad?;mellemtrin\n"
    result = import_bank(spreadsheet(tmp_path, data), library, title="Spørgsmål")
    assert result.problems == ()
    assert result.bank is not None
    assert [p.text for p in result.bank.prompts] == ["Hvad, hvem, hvor?", "Hvem, hvad?"]


def test_a_bank_spreadsheet_mixing_utf8_and_windows_1252_is_refused_at_its_first_bad_line(
    library: BankLibrary, tmp_path: Path
) -> None:
    data = SPREADSHEET.encode() + "Hvad så Søren?;;\n".encode("cp1252")
    source = spreadsheet(tmp_path, data)
    result = import_bank(source, library, title="Blandet")
    assert result.bank is None
    assert [str(p) for p in result.problems] == [
        f"{source}:4: file: is not UTF-8 text (byte 0xE5); save it as UTF-8"
    ]
    assert not library.user_dir.exists() or not any(library.user_dir.iterdir())


def test_a_bank_spreadsheet_in_no_encoding_names_its_line(
    library: BankLibrary, tmp_path: Path
) -> None:
    data = b"tekst\nHvad?\n\x81\x8d?\n"  # bytes Windows-1252 leaves undefined, no UTF-8 line
    source = spreadsheet(tmp_path, data)
    result = import_bank(source, library)
    assert [str(p) for p in result.problems] == [
        f"{source}:3: file: is neither UTF-8 nor Windows-1252 text; save it as UTF-8"
    ]


def bank_file(tmp_path: Path, data: bytes, name: str = "bank.toml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le-bom", "cp1252"], ids=["unicode", "unicode-le", "ansi"]
)
def test_a_bank_file_notepad_saved_as_unicode_or_ansi_loads_with_its_danish_letters(
    tmp_path: Path, encoding: str
) -> None:
    data = (
        b"\xff\xfe" + VALID.encode("utf-16-le")
        if encoding == "utf-16-le-bom"
        else VALID.encode(encoding)
    )
    bank, problems = check_file(bank_file(tmp_path, data))
    assert problems == []
    assert bank is not None
    assert bank.prompts[1].text == "Hvad er dit bedste minde fra børnehaven?"


def test_a_bank_file_mixing_utf8_and_windows_1252_is_still_refused_with_its_line(
    tmp_path: Path,
) -> None:
    data = VALID.encode().replace("børnehaven".encode(), "børnehaven".encode("cp1252"))
    path = bank_file(tmp_path, data)
    bank, problems = check_file(path)
    assert bank is None
    assert [str(p) for p in problems] == [
        f"{path}:17: file: is not UTF-8 text (byte 0xF8); save it as UTF-8"
    ]


def test_a_duplicate_bank_id_in_a_unicode_file_names_the_line_of_its_id(tmp_path: Path) -> None:
    first = bank_file(tmp_path, VALID.encode(), "a.toml")
    second = bank_file(tmp_path, VALID.encode("utf-16"), "b.toml")
    banks, problems = check_files([first, second])
    assert [bank.path for bank in banks] == [first]
    assert [str(p) for p in problems] == [
        f"{second}:3: bank.id: duplicate bank id 'test-bank' (already used by {first}); "
        "this file was skipped"
    ]


def test_a_plan_file_saved_as_unicode_is_a_plan_and_its_duplicate_id_is_named(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    first = bank_file(folder, PLAN.encode(), "a.toml")
    second = bank_file(folder, PLAN.encode("utf-16"), "b.toml")
    given = bank_file(tmp_path, PLAN.encode("utf-16"), "mine.toml")
    assert is_plan_file(given)
    plans, problems = check_plans([tmp_path])
    assert [plan.id for plan in plans] == ["mine"]
    assert [str(p) for p in problems] == [
        f"{second}:2: plan.id: duplicate plan id 'mine' (already used by {first}); "
        "this file was skipped"
    ]


@pytest.mark.parametrize(
    "data",
    [
        "navn\nAsta Ærø\n".encode(),
        "navn\nAsta Ærø\n".encode("utf-8-sig"),
        "navn\nAsta Ærø\n".encode("utf-16"),
        "navn\nAsta Ærø\n".encode("cp1252"),
        "navn\nAsta Ærø\n".encode() + "Åse\n".encode("cp1252"),
        b"navn\nAsta\x00\n",
        b"navn\n\x81\x8d\n",
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "cp1252", "mixed", "binary", "undecodable"],
)
def test_a_class_list_and_a_bank_spreadsheet_accept_and_refuse_the_same_files(
    library: BankLibrary, tmp_path: Path, data: bytes
) -> None:
    """The same bytes, once as a class list and once as a bank: both read them, or both
    refuse the file as a whole (one column: a list of names, or questions without a header)."""
    roster = parse_roster(data, "f.csv", this_year=2026)
    roster_refused = any(p.field == "file" for p in roster.problems)
    result = import_bank(spreadsheet(tmp_path, data), library, title="Liste")
    bank_refused = any(p.field == "file" for p in result.problems)
    assert (roster_refused, bank_refused) in ((True, True), (False, False))
    assert bank_refused == (result.bank is None)
