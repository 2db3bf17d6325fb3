"""`circle-app groups …` and `circle-app people …`: exit codes, previews, confirmations."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from circle_app.store import open_store
from circle_app.store.engine import sqlite_path
from circle_app.store.groups import GroupStore
from circle_app.store.models import PersonRow

DATA = Path(__file__).parents[1] / "data" / "rosters"


def people_count(database_url: str) -> int:
    engine = open_store(database_url)
    try:
        with Session(engine) as session:
            return session.scalars(select(func.count()).select_from(PersonRow)).one()
    finally:
        engine.dispose()


def test_import_with_yes_creates_the_group_and_prints_the_preview(cli, database_url) -> None:
    code, out, _ = cli(
        "groups", "import", str(DATA / "da-semicolon-utf8.csv"), "--group", "4.b", "--yes"
    )
    assert code == 0
    assert "4 people in" in out
    assert "into 4.b (new group):" in out
    assert "line    3  Søren Ærø  (pupil, 2016, 3.a)" in out
    assert out.rstrip().endswith("Imported 4 people into 4.b.")
    code, out, _ = cli("groups", "list")
    assert code == 0
    assert out.splitlines()[0].split() == ["ID", "NAME", "KIND", "PEOPLE"]
    assert out.splitlines()[1].split() == ["1", "4.b", "class", "4"]


def test_import_asks_and_a_no_imports_nothing(cli, database_url) -> None:
    code, out, err = cli(
        "groups", "import", str(DATA / "en-comma-utf8.csv"), "--group", "3.a", stdin="n\n"
    )
    assert code == 1
    assert "Import 4 people into 3.a? [y/N]" in out
    assert "Nothing was imported." in err
    assert people_count(database_url) == 0
    code, out, _ = cli(
        "groups", "import", str(DATA / "en-comma-utf8.csv"), "--group", "3.a", stdin="ja\n"
    )
    assert code == 0
    assert people_count(database_url) == 4


def test_import_without_an_answer_is_a_no(cli, database_url) -> None:
    code, _, err = cli("groups", "import", str(DATA / "en-comma-utf8.csv"), "--group", "3.a")
    assert code == 1
    assert "Nothing was imported." in err
    assert people_count(database_url) == 0


def test_duplicates_are_flagged_and_skipped_unless_kept(cli, database_url) -> None:
    """issue 17: people already in the group are matched, never added twice; a name twice
    in the file is flagged, skipped unless kept (two children may share a name)."""
    cli("groups", "import", str(DATA / "en-comma-utf8.csv"), "--group", "3.a", "--yes")
    code, out, _ = cli("groups", "import", str(DATA / "duplicates.csv"), "--group", "3.a", "--yes")
    assert code == 0
    assert "Asta Hansen  (pupil, 2016)  already in the group" in out
    assert "asta hansen  (pupil, 2016)  DUPLICATE (in the file)" in out
    assert "Clara Berg  (pupil, 2015)\n" in out  # not 'Clara "Cle" Berg': new
    assert "1 duplicate flagged: skipped." in out  # a real plural (issue 15)
    assert "Imported 1 person into 3.a." in out
    code, out, _ = cli(
        "groups",
        "import",
        str(DATA / "duplicates.csv"),
        "--group",
        "3.a",
        "--yes",
        "--keep-duplicates",
    )
    assert "imported anyway" in out
    assert "Imported 1 person into 3.a." in out
    assert people_count(database_url) == 4 + 1 + 1


def test_malformed_file_is_refused_with_lines_and_nothing_changes(cli, database_url) -> None:
    cli("groups", "import", str(DATA / "en-comma-utf8.csv"), "--group", "3.a", "--yes")
    bad = DATA / "malformed-bad-role.csv"
    code, out, err = cli("groups", "import", str(bad), "--group", "3.a", "--yes")
    assert code == 1
    assert out.splitlines() == [
        f"{bad}:3: role: 'rektor' is not a role the app knows; write elev (pupil), personale "
        "(staff), forælder (parent) or gæst (guest)",
        f"{bad}:4: birth year: '20x5' is not a year between 1900 and now; write the year with "
        "four digits, like 2016",
    ]
    assert "nothing was imported" in err
    assert people_count(database_url) == 4
    code, out, _ = cli("groups", "import", str(DATA / "nope.csv"), "--group", "x")
    assert (code, out) == (1, f"{DATA / 'nope.csv'}: file: does not exist\n")


def test_people_export_prints_json_and_writes_a_private_file(cli, database_url, tmp_path) -> None:
    cli("groups", "import", str(DATA / "en-comma-utf8.csv"), "--group", "3.a", "--yes")
    code, out, _ = cli("people", "export", "bilal khan")
    assert code == 0
    data = json.loads(out)
    assert data["person"]["display_name"] == "Bilal Khan"
    assert data["tables"]["membership"][0]["group"] == "3.a"
    target = tmp_path / "bilal.json"
    code, _, err = cli("people", "export", str(data["person"]["id"]), "-o", str(target))
    assert code == 0
    assert json.loads(target.read_text("utf-8"))["person"]["id"] == data["person"]["id"]
    assert target.stat().st_mode & 0o077 == 0


def test_ambiguous_or_unknown_names_are_refused_with_ids(cli, database_url) -> None:
    cli("groups", "import", str(DATA / "en-comma-utf8.csv"), "--group", "3.a", "--yes")
    cli("groups", "import", str(DATA / "da-semicolon-utf8.csv"), "--group", "4.b", "--yes")
    code, out, err = cli("people", "delete", "Asta Hansen", "--yes")
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert lines[0] == "circle-app: 2 people are called 'Asta Hansen'; give the id of one:"
    assert [line.split()[0] for line in lines[1:]] == ["1", "5"]
    assert "(pupil; 3.a)" in lines[1]
    assert people_count(database_url) == 8
    code, _, err = cli("people", "export", "Asta")
    assert code == 1
    assert "nobody is called 'Asta'" in err


def test_delete_asks_and_erases_only_on_yes(cli, database_url, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    cli("groups", "import", str(DATA / "en-comma-utf8.csv"), "--group", "3.a", "--yes")
    code, out, err = cli("people", "delete", "Bilal Khan", stdin="no\n")
    assert code == 1
    assert "Erase Bilal Khan (id 2; 3.a) everywhere?" in out
    assert "Nothing was erased." in err
    assert people_count(database_url) == 4
    code, out, _ = cli("people", "delete", "Bilal Khan", stdin="y\n")
    assert code == 0
    assert "Erased person 2; 0 turns kept as anonymous seats." in out
    assert people_count(database_url) == 3
    code, out, _ = cli("people", "delete", "#1", "--yes")
    assert code == 0
    engine = open_store(database_url)
    try:
        names = [m.person.display_name for m in GroupStore(engine).members(1)]
    finally:
        engine.dispose()
    assert names == ['Clara "Cle" Berg', "Malou Jensen"]
    # Never a name in the log.
    for name in ("Bilal", "Asta", "Clara", "Malou"):
        assert name not in caplog.text


def test_delete_deletes_backups_that_hold_the_name(cli, database_url, tmp_path) -> None:
    """issue 12, finding 4: the copies kept before upgrades are deleted, and it says so."""
    if sqlite_path(database_url) is None:
        pytest.skip("pre-upgrade copies are made of a SQLite file only (a server has none)")
    cli("groups", "import", str(DATA / "en-comma-utf8.csv"), "--group", "3.a", "--yes")
    backup = tmp_path / "test.sqlite3.bak-0002-20260101T000000"
    backup.write_bytes(b"old")
    code, out, _ = cli("people", "delete", "Bilal Khan", "--yes")
    assert code == 0
    if database_url.startswith("sqlite"):
        assert "Deleted 1 older copy of the database kept from before upgrades" in out
        assert not backup.exists()


def test_import_names_the_layout_and_splits_a_whole_school_by_class(cli, database_url) -> None:
    """issue 17: a file whose rows carry a class becomes one group per class."""
    code, out, _ = cli(
        "groups", "import", str(DATA / "whole-school-cp1252.csv"), "--split-by-class", "--yes"
    )
    assert code == 0, out
    assert "into 3.a (new group):" in out
    assert "into 4.b (new group):" in out
    assert "Imported 3 people into 3.a." in out
    assert "Imported 2 people into 4.b." in out
    code, out, _ = cli("groups", "list")
    assert [line.split()[1:] for line in out.splitlines()[1:]] == [
        ["3.a", "class", "3"],
        ["4.b", "class", "2"],
    ]
    code, out, _ = cli("groups", "import", str(DATA / "oneroster-1.1-users.csv"), "--group", "x")
    assert "(OneRoster 1.1 (users.csv))" in out
    assert "3 guardians linked to their children." in out
    assert "1 staff member not read (add --all-roles to read them)." in out


def test_reimport_with_mark_gone_marks_who_left(cli, database_url, tmp_path: Path) -> None:
    """issue 17: the preview says who is gone; --mark-gone marks them as left the group."""
    first = tmp_path / "Student.csv"
    first.write_text(
        "SIS ID,School SIS ID,First Name,Last Name\ns-1,x,Asta,Hansen\ns-2,x,Bilal,Khan\n"
    )
    cli("groups", "import", str(first), "--group", "3.a", "--yes")
    second = tmp_path / "Student2.csv"
    second.write_text(
        "SIS ID,School SIS ID,First Name,Last Name\ns-1,x,Asta,Hansen-Berg\ns-3,x,Dina,Ali\n"
    )
    code, out, _ = cli("groups", "import", str(second), "--group", "3.a", "--mark-gone", "--yes")
    assert code == 0
    assert "Asta Hansen-Berg  (pupil)  changed: name (was Asta Hansen)" in out
    assert "Not in the file, marked as left the group: Bilal Khan." in out
    assert "Imported 1 person into 3.a. (1 changed, 1 marked as left)" in out
    assert people_count(database_url) == 3


def test_groups_export_writes_a_private_list_that_imports_back(
    cli, database_url, tmp_path: Path
) -> None:
    cli("groups", "import", str(DATA / "en-comma-utf8.csv"), "--group", "3.a", "--yes")
    for name in ("liste.xlsx", "liste.csv"):
        target = tmp_path / name
        code, out, _ = cli("groups", "export", "3.a", str(target))
        assert code == 0
        assert out.strip() == f"Wrote 4 people to {target}."
        assert target.stat().st_mode & 0o777 == 0o600
        code, out, _ = cli("groups", "import", str(target), "--group", "3.a", "--yes")
        assert "Imported 0 people into 3.a." in out
    code, _, err = cli("groups", "export", "3.a", str(tmp_path / "liste.pdf"))
    assert code == 1
    assert "give the file the ending .xlsx or .csv" in err
