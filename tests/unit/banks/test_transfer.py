"""Teachers import spreadsheets and TOML files, all or nothing, and export banks to both."""

from __future__ import annotations

from pathlib import Path

import pytest

from circle_app.banks.loader import BankLibrary
from circle_app.banks.schema import Bank
from circle_app.banks.transfer import bank_to_csv, export_bank, import_bank, slug
from circle_app.banks.validator import check_file
from circle_app.domain.enums import AgeBand, Stage
from tests.unit.banks.test_validator import VALID

DATA = Path(__file__).parents[2] / "data" / "banks"


@pytest.fixture
def library(tmp_path: Path) -> BankLibrary:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "test.toml").write_text(VALID, encoding="utf-8")
    return BankLibrary.load(shipped, tmp_path / "user-banks")


def texts(bank: Bank | None) -> list[str]:
    assert bank is not None
    return [p.text for p in bank.prompts]


def test_danish_excel_semicolons_and_windows_1252_import(library: BankLibrary) -> None:
    result = import_bank(DATA / "excel-danish-cp1252.csv", library, title="Farver og dyr")
    assert result.problems == ()
    assert texts(result.bank) == [
        "Hvad er din yndlingsfarve, og hvorfor?",
        "Hvilken årstid kan du bedst lide?",
        "Hvis du var et dyr; hvilket?",
    ]
    assert result.bank is not None
    first, second, third = result.bank.prompts
    assert first.ages == {AgeBand.INDSKOLING, AgeBand.MELLEMTRIN}
    assert first.tags == {"farver"}
    assert second.ages == frozenset(AgeBand)  # empty ages: every age band
    assert second.tags == {"årstider", "natur"}
    assert third.ages == {AgeBand.VOKSNE}
    assert result.bank.title == "Farver og dyr"
    assert result.bank.id == "user-excel-danish-cp1252"


def test_utf8_with_bom_imports(library: BankLibrary) -> None:
    result = import_bank(DATA / "excel-utf8-bom.csv", library)
    assert texts(result.bank)[0] == "Hvad glæder du dig til i weekenden?"
    assert result.bank is not None
    assert result.bank.prompts[0].ages == {AgeBand.UDSKOLING, AgeBand.VOKSNE}


def test_comma_separated_without_header_imports(library: BankLibrary) -> None:
    result = import_bank(DATA / "comma-no-header.csv", library, language="en")
    assert result.problems == ()
    assert result.bank is not None
    assert [p.ages for p in result.bank.prompts[:2]] == [
        {AgeBand.INDSKOLING, AgeBand.MELLEMTRIN},
        {AgeBand.UDSKOLING, AgeBand.VOKSNE},
    ]
    assert result.bank.prompts[1].tags == {"books", "dreams"}
    assert result.bank.language == "en"


def test_a_conflict_spreadsheet_with_danish_headers_keeps_stages(library: BankLibrary) -> None:
    result = import_bank(DATA / "conflict-danish-header.csv", library, kind="conflict")
    assert result.problems == ()
    assert result.bank is not None
    assert [p.stage for p in result.bank.prompts] == [Stage.EXPERIENCED, Stage.AFFECTED]


def test_an_imported_bank_is_written_to_the_user_folder_and_loads_again(
    library: BankLibrary,
) -> None:
    result = import_bank(DATA / "excel-utf8-bom.csv", library)
    assert result.written is not None
    assert result.written.parent == library.user_dir
    assert library.bank(result.bank.id if result.bank else "") is not None
    library.reload()
    reloaded = library.bank("user-excel-utf8-bom")
    assert reloaded is not None
    assert reloaded.user
    assert texts(reloaded) == texts(result.bank)


def test_one_bad_row_imports_nothing_and_names_every_bad_row(library: BankLibrary) -> None:
    source = DATA / "bad-rows.csv"
    result = import_bank(source, library)
    assert result.bank is None
    assert [str(p) for p in result.problems] == [
        f"{source}:3: text: is empty",
        f"{source}:4: ages: unknown age band 'babyer' "
        "(expected indskoling, mellemtrin, udskoling or voksne)",
    ]
    assert not library.user_dir.exists() or list(library.user_dir.iterdir()) == []


def test_a_conflict_row_without_stage_is_refused(library: BankLibrary, tmp_path: Path) -> None:
    source = tmp_path / "c.csv"
    source.write_text("What happened?;indskoling;\n", encoding="utf-8")
    result = import_bank(source, library, kind="conflict")
    assert [str(p) for p in result.problems] == [
        f"{source}:1: stage: a conflict prompt needs a stage "
        "(experienced, affected, needs or solutions)"
    ]


def test_a_binary_file_is_not_imported(library: BankLibrary, tmp_path: Path) -> None:
    source = tmp_path / "photo.csv"
    source.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    result = import_bank(source, library)
    assert [str(p) for p in result.problems] == [
        f"{source}:1: file: is not a text file (it holds binary data)"
    ]


def test_a_toml_bank_imports_as_it_is(library: BankLibrary, tmp_path: Path) -> None:
    source = tmp_path / "mine.toml"
    source.write_text(VALID.replace("test-bank", "my-bank") + "# my notes\n", encoding="utf-8")
    result = import_bank(source, library)
    assert result.problems == ()
    assert result.written == library.user_dir / "my-bank.toml"
    assert result.written.read_text(encoding="utf-8").endswith("# my notes\n")


def test_a_toml_bank_with_a_taken_id_is_refused(library: BankLibrary, tmp_path: Path) -> None:
    source = tmp_path / "copy.toml"
    source.write_text(VALID, encoding="utf-8")
    result = import_bank(source, library)
    assert result.bank is None
    assert "a bank with id 'test-bank' exists already" in str(result.problems[0])


def test_a_broken_toml_file_imports_nothing(library: BankLibrary, tmp_path: Path) -> None:
    source = tmp_path / "broken.toml"
    source.write_text(VALID.replace('kind = "peacetime"', "kind = "), "utf-8")
    result = import_bank(source, library)
    assert result.bank is None
    assert str(result.problems[0]).startswith(f"{source}:5: toml: not valid TOML")
    assert not library.user_dir.exists()


def test_importing_the_same_spreadsheet_twice_gives_two_banks(library: BankLibrary) -> None:
    first = import_bank(DATA / "excel-utf8-bom.csv", library)
    second = import_bank(DATA / "excel-utf8-bom.csv", library)
    assert first.bank is not None
    assert second.bank is not None
    assert second.bank.id == "user-excel-utf8-bom-2"
    assert first.written != second.written


@pytest.mark.parametrize("suffix", [".toml", ".csv"])
def test_export_then_import_gives_the_same_prompts(
    library: BankLibrary, tmp_path: Path, suffix: str
) -> None:
    bank = library.bank("test-bank")
    assert bank is not None
    target = tmp_path / f"export{suffix}"
    assert export_bank(bank, target) == []
    if suffix == ".toml":
        exported, problems = check_file(target)
        assert problems == []
        assert exported is not None
        assert exported.prompts == bank.prompts
        return
    result = import_bank(target, library, bank_id="round-trip")
    assert result.problems == ()
    assert result.bank is not None
    assert [(p.id, p.text, p.ages, p.tags) for p in result.bank.prompts] == [
        (p.id, p.text, p.ages, p.tags) for p in bank.prompts
    ]


def test_csv_export_opens_in_danish_excel(library: BankLibrary, tmp_path: Path) -> None:
    bank = library.bank("test-bank")
    assert bank is not None
    target = tmp_path / "bank.csv"
    export_bank(bank, target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbftext;ages;tags;id\r\n")
    assert bank_to_csv(bank).splitlines()[1] == (
        "Hvilket sted i verden ville du helst besøge – og hvorfor?;indskoling,mellemtrin;rejser;one"
    )


def test_export_to_an_unknown_format_says_so(library: BankLibrary, tmp_path: Path) -> None:
    bank = library.bank("test-bank")
    assert bank is not None
    (problem,) = export_bank(bank, tmp_path / "bank.xlsx")
    assert problem.message == "export to a .toml or a .csv file"


def test_a_conflict_bank_exports_its_stages_to_csv(library: BankLibrary) -> None:
    result = import_bank(DATA / "conflict-danish-header.csv", library, kind="conflict")
    assert result.bank is not None
    assert bank_to_csv(result.bank).splitlines()[:2] == [
        "text;ages;tags;stage;id",
        "Hvad skete der?;indskoling;;experienced;hvad-skete-der",
    ]


def test_ids_made_from_danish_text_are_readable() -> None:
    assert slug("Hvad drømmer du om – i år?") == "hvad-droemmer-du-om-i-aar"
