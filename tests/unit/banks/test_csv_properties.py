"""Whatever a spreadsheet holds, importing it answers with a bank or named problems — never
an exception, never half a bank. (TOML files: test_validator_properties.py.)"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circle_app.banks.loader import BankLibrary
from circle_app.banks.transfer import import_bank
from tests.unit.banks.test_validator import VALID

GOOD = "tekst;aldre;emner\nHvad glæder du dig til?;mellemtrin;weekend\nHvem hjalp dig i dag?;;\n"

CELLS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["", '"', '""', "indskoling", "voksne, mellemtrin", "needs", "x" * 600, "\x00", "\r"]
    ),
)


@st.composite
def spreadsheets(draw: st.DrawFn) -> bytes:
    """Rows of cells joined by a separator, in one of the encodings Excel writes."""
    separator = draw(st.sampled_from([";", ",", "\t", "|"]))
    rows = draw(st.lists(st.lists(CELLS, max_size=5), max_size=8))
    text = "\n".join(separator.join(row) for row in rows)
    if draw(st.booleans()):
        text = GOOD + text
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return text.encode(encoding, errors="replace")


def check_import(data: bytes, tmp_path: Path) -> None:
    shipped = tmp_path / "shipped"
    shipped.mkdir(exist_ok=True)
    (shipped / "test.toml").write_text(VALID, encoding="utf-8")
    user = tmp_path / "user-banks"
    library = BankLibrary.load(shipped, user)
    source = tmp_path / "hostile.csv"
    source.write_bytes(data)
    before = sorted(user.glob("*")) if user.exists() else []

    result = import_bank(source, library, title="Fuzz")

    if result.bank is None:
        assert result.problems, "a refused file must say why"
        for problem in result.problems:
            assert str(problem).startswith(f"{source}:") or str(problem).startswith(f"{source} ")
            assert problem.line is None or problem.line >= 1
        after = sorted(user.glob("*")) if user.exists() else []
        assert after == before  # nothing half-imported
    else:
        assert result.bank.prompts
        for path in user.glob("*"):
            path.unlink()


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=spreadsheets())
def test_hostile_spreadsheets_import_whole_or_not_at_all(data: bytes, tmp_path: Path) -> None:
    check_import(data, tmp_path)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_as_a_spreadsheet_never_raise(data: bytes, tmp_path: Path) -> None:
    check_import(data, tmp_path)
