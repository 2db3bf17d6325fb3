"""Bank diagnostics a teacher can act on: what is wrong, what to do, in Danish or English,
always with the file, the line and the field (issue 15, findings 5 and 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from circle_app.banks.loader import BankLibrary
from circle_app.banks.schema import Problem
from circle_app.banks.transfer import import_bank
from circle_app.banks.validator import check_file
from tests.unit.banks.test_validator import VALID

TRANSLATIONS = Path(__file__).parents[3] / "resources" / "translations"


@pytest.fixture(scope="module")
def danish() -> QTranslator:
    translator = QTranslator()
    assert translator.load("circle_app_da", str(TRANSLATIONS))
    return translator


def in_danish(problem: Problem, translator: QTranslator) -> str:
    return problem.in_words(lambda context, text: translator.translate(context, text) or text)


def problems_of(tmp_path: Path, text: str) -> list[Problem]:
    path = tmp_path / "bank.toml"
    path.write_text(text, encoding="utf-8")
    bank, problems = check_file(path)
    assert bank is None
    return problems


def test_issue15_finding5_a_bank_problem_reads_in_danish_with_file_line_and_field(
    tmp_path: Path, danish: QTranslator
) -> None:
    """issue 15, finding 5: the diagnostics have Danish; file, line and field stay as they are."""
    (problem,) = problems_of(tmp_path, VALID.replace('language = "da"', 'language = "sv"'))
    text = in_danish(problem, danish)
    where = f"{tmp_path / 'bank.toml'}:4: bank.language: "
    assert text == where + "ukendt sprog 'sv' (skriv et af: da, en)"


def test_issue15_finding5_every_message_of_the_table_has_danish(
    tmp_path: Path, danish: QTranslator
) -> None:
    """issue 15, finding 5: no bank message a curator can meet is left in English."""
    broken = (
        VALID.replace('id = "test-bank"\n', "")
        .replace('kind = "peacetime"', 'kind = "fun"')
        .replace('ages = ["voksne"]', "ages = []")
        .replace('title = "Test"', "title = 3")
    )
    problems = problems_of(tmp_path, broken)
    assert len(problems) == 4
    for problem in problems:
        assert problem.template, problem
        assert danish.translate("BankProblem", problem.template), problem.template
    texts = [in_danish(problem, danish) for problem in problems]
    assert not any("missing" in text or "a number" in text for text in texts), texts


def test_issue15_finding5_a_missing_key_says_where_to_add_it(tmp_path: Path) -> None:
    """issue 15, finding 5: a missing key says what to write and where."""
    (problem,) = problems_of(tmp_path, VALID.replace('title = "Test"\n', ""))
    assert str(problem).endswith(": bank.title: missing: add title = … under [bank]")


def test_issue15_finding5_a_toml_syntax_error_says_what_to_look_for(tmp_path: Path) -> None:
    """issue 15, finding 5: the parser's words come with a hint a teacher can follow."""
    (problem,) = problems_of(tmp_path, VALID.replace('title = "Test"', 'title = "Test'))
    assert problem.line == 6
    assert "missing quote, bracket, comma or =" in problem.message


def test_issue15_finding6_an_unclosed_quote_in_a_spreadsheet_names_its_line(
    tmp_path: Path,
) -> None:
    """issue 15, finding 6: a quotation mark left open is named, with its line and a fix,
    instead of swallowing the rows after it into one long text."""
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    library = BankLibrary.load(shipped, tmp_path / "user-banks")
    source = tmp_path / "open-quote.csv"
    source.write_text(
        'text;ages\nHvad glæder du dig til?;voksne\n"Hvad drømmer du om?;voksne\n'
        "Hvem vil du takke?;voksne\n",
        encoding="utf-8",
    )
    result = import_bank(source, library)
    assert result.bank is None
    assert [str(problem) for problem in result.problems] == [
        f"{source}:3: text: a quotation mark is not closed: close it, or remove it"
    ]
