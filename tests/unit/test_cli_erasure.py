"""`circle-app people delete`: ids from old notes, backups (issue 12, findings 4 and 8)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from circle_app.cli import main

DATA = Path(__file__).parents[1] / "data" / "rosters"


def test_delete_of_an_old_id_says_nobody_has_it(cli) -> None:
    """issue 12, finding 8: after an erasure, the old id reaches nobody else."""
    cli("groups", "import", str(DATA / "en-comma-utf8.csv"), "--group", "3.a", "--yes")
    code, out, _ = cli("people", "delete", "4", "--yes")
    assert code == 0
    assert "Erased person 4;" in out
    cli("groups", "import", str(DATA / "en-comma-utf8.csv"), "--group", "3.b", "--yes")
    code, _, err = cli("people", "delete", "4", "--yes")
    assert code == 1
    assert "nobody has the id 4" in err
    code, _, err = cli("people", "export", "#4")
    assert code == 1
    assert "nobody has the id 4" in err


def test_delete_asks_and_says_the_backups_go_too(
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """issue 12, finding 4: the confirmation says the pre-upgrade copies are deleted."""
    args = ["--database-url", sqlite_url]
    main([*args, "groups", "import", str(DATA / "en-comma-utf8.csv"), "--group", "3.a", "--yes"])
    backup = tmp_path / "test.sqlite3.bak-0006-20260101T000000"
    backup.write_bytes(b"SQLite format 3\x00 Bilal Khan")
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("no\n"))
    assert main([*args, "people", "delete", "Bilal Khan"]) == 1
    out, _ = capsys.readouterr()
    assert "The 1 older copy of the database kept from before upgrades will be deleted" in out
    assert backup.exists()  # nothing erased, nothing deleted
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))
    assert main([*args, "people", "delete", "Bilal Khan"]) == 0
    out, _ = capsys.readouterr()
    assert "Deleted 1 older copy of the database kept from before upgrades" in out
    assert not backup.exists()


def test_a_party_named_only_in_a_conversation_can_be_exported_and_deleted(
    cli, database_url
) -> None:
    """issue 12, finding 3: `people export/delete NAME` find them ("nobody is called" before)."""
    from circle_app.domain.conversation import ConversationSetup, Facilitator, Party
    from circle_app.store import open_store
    from circle_app.store.conversations import ConversationStore

    engine = open_store(database_url)
    try:
        ConversationStore(engine).create(
            ConversationSetup(
                (Party(0, "Zofia Quillbrook"), Party(1, "Bilal Khan")), Facilitator("Malou Jensen")
            )
        )
    finally:
        engine.dispose()
    code, out, _ = cli("people", "export", "Quillbrook, Zofia")
    assert code == 0
    assert '"display_name": "Zofia Quillbrook"' in out
    assert '"conversation_party"' in out
    code, out, _ = cli("people", "delete", "zofia  quillbrook", stdin="n\n")
    assert "named only in a conversation or conference" in out
    code, out, _ = cli("people", "delete", "zofia  quillbrook", "--yes")
    assert code == 0
    code, _, err = cli("people", "export", "Zofia Quillbrook")
    assert code == 1
    assert "nobody is called" in err
