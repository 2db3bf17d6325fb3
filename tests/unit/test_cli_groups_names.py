"""`circle-app groups import` with hostile class lists: refused, nothing raw on the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from circle_app.store import open_store
from circle_app.store.models import GroupRow, PersonRow

HIDDEN = set("\x1b\x07\x9b\u202e\u202a\u2066\u2069\u200b\u200d\ufeff\u2060")


def stored(database_url: str) -> tuple[int, int]:
    engine = open_store(database_url)
    try:
        with Session(engine) as session:
            return (
                session.scalars(select(func.count()).select_from(GroupRow)).one(),
                session.scalars(select(func.count()).select_from(PersonRow)).one(),
            )
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('navn;klasse\nAsta;4.a\n"Bo\x1b]0;owned\x07\x1b[2J\x1b[31m";4.a\n', "f.csv:3: name:"),
        ("navn;klasse\nAsta;4.a\nBilal \u202enahK;4.a\n", "f.csv:3: name:"),
        ("navn;klasse\nAs\u200bta;4.a\n", "f.csv:2: name:"),
        ("navn;klasse\nAsta;4.a\u2066\n", "f.csv:2: class:"),
        ("navn;note\x1b[8m\nAsta;x\n", "f.csv:1: header:"),
    ],
)
def test_finding_10_hidden_characters_refuse_the_import_and_are_never_echoed(
    cli, database_url, tmp_path: Path, text: str, where: str
) -> None:
    """issue 12, finding 10: an escape sequence in a roster never reaches the terminal."""
    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    code, out, err = cli("groups", "import", str(path), "--group", "4.a", "--yes")
    assert code == 1
    assert not set(out + err) & HIDDEN, repr(out + err)
    assert f"{path}:{where.removeprefix('f.csv:')}" in out
    assert "nothing was imported" in err
    assert stored(database_url) == (0, 0)


def test_finding_10_a_mixed_encoding_file_is_refused_naming_the_line(
    cli, database_url, tmp_path: Path
) -> None:
    """issue 12, finding 10: UTF-8 with a pasted cp1252 line is not imported as "SÃ¸ren"."""
    path = tmp_path / "f.csv"
    path.write_bytes("navn;klasse\nSøren Ærø;4.a\n".encode() + "Åse Øster;4.a\n".encode("cp1252"))
    code, out, err = cli("groups", "import", str(path), "--group", "4.a", "--yes")
    assert code == 1
    assert f"{path}:3: file: this line is not UTF-8 but other lines are" in out
    assert "Ã" not in out
    assert stored(database_url) == (0, 0)


def test_finding_10_duplicated_headers_are_refused(cli, database_url, tmp_path: Path) -> None:
    """issue 12, finding 10: `navn;navn` is refused, not read as one column."""
    path = tmp_path / "f.csv"
    path.write_text("navn;navn\nAsta;Hansen\n", encoding="utf-8")
    code, out, _ = cli("groups", "import", str(path), "--group", "4.a", "--yes")
    assert code == 1
    assert f"{path}:1: header: columns 1 and 2 are both “navn”; keep one of them" in out
    assert stored(database_url) == (0, 0)


@pytest.mark.parametrize(
    ("group", "message"),
    [
        ("G" * 81, "--group: is 81 characters long; at most 80 are allowed"),
        (
            "4.a\x1b[2J",
            "--group: contains a control character (U+001B) at character 4, such as a "
            "terminal escape; retype it without",
        ),
    ],
)
def test_finding_10_the_group_name_is_checked_before_anything_is_read(
    cli, database_url, tmp_path: Path, group: str, message: str
) -> None:
    """issue 12, finding 10: a group's name is capped at 80 and holds no control characters."""
    path = tmp_path / "f.csv"
    path.write_text("navn\nAsta\n", encoding="utf-8")
    code, out, err = cli("groups", "import", str(path), "--group", group, "--yes")
    assert code == 1
    assert message in err
    assert "\x1b" not in out + err
    assert stored(database_url) == (0, 0)


def test_finding_10_a_file_name_with_an_escape_is_not_echoed_raw(
    cli, database_url, tmp_path: Path
) -> None:
    """issue 12, finding 10: the preview names the file without its control characters."""
    path = tmp_path / "klasse\x1b[2J.csv"
    path.write_text("navn\nAsta\n", encoding="utf-8")
    code, out, err = cli("groups", "import", str(path), "--group", "4.a", "--yes")
    assert code == 0
    assert "\x1b" not in out + err
    assert "klasse\\x1b[2J.csv" in out
    assert stored(database_url) == (1, 1)
