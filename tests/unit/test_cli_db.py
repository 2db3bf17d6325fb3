"""`circle-app db status` / `db upgrade` (issue 12, shared database), on SQLite and on the
PostgreSQL server of CI's second run."""

from __future__ import annotations

import shutil
from pathlib import Path

from circle_app.store.engine import make_engine, sqlite_path
from circle_app.store.migrate import current_revision, head_revision
from tests.stress.schema_rows import FIXTURES
from tests.unit.conftest import Cli


def test_status_then_upgrade_then_status_on_an_empty_database(
    blank_database_url: str, cli_at: Cli
) -> None:
    """issue 12, shared database: status says what is needed and changes nothing."""
    code, out, _ = cli_at(blank_database_url, "db", "status")
    assert code == 0
    assert "Schema revision: none" in out
    assert f"needs: {head_revision()}" in out
    assert "An upgrade is needed: run circle-app db upgrade" in out
    file = sqlite_path(blank_database_url)
    if file is not None:
        assert not file.exists()  # status made no file

    code, out, _ = cli_at(blank_database_url, "db", "upgrade")
    assert code == 0
    assert f"Created the circle-app tables (schema {head_revision()})" in out
    code, out, _ = cli_at(blank_database_url, "db", "status")
    assert code == 0
    assert f"Schema revision: {head_revision()}" in out
    assert "Up to date" in out
    code, out, _ = cli_at(blank_database_url, "db", "upgrade")
    assert code == 0
    assert "nothing was changed" in out


def test_status_refuses_a_database_from_a_newer_version(
    blank_database_url: str, cli_at: Cli
) -> None:
    """issue 12, shared database."""
    assert cli_at(blank_database_url, "db", "upgrade")[0] == 0
    engine = make_engine(blank_database_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9001_future'")
    engine.dispose()
    code, out, _ = cli_at(blank_database_url, "db", "status")
    assert code == 1
    assert "newer version of circle-app" in out
    code, _, err = cli_at(blank_database_url, "db", "upgrade")
    assert code == 1
    assert "newer version of circle-app" in err


def test_db_upgrade_on_an_old_sqlite_file_keeps_a_copy_first(tmp_path: Path, cli_at: Cli) -> None:
    """issue 12, shared database: on SQLite, db upgrade is what the app does at start."""
    path = tmp_path / "circle-app.sqlite3"
    shutil.copy(FIXTURES / "0003.sqlite3", path)
    url = f"sqlite:///{path}"
    code, out, _ = cli_at(url, "db", "status")
    assert "Schema revision: 0003" in out
    code, out, _ = cli_at(url, "db", "upgrade")
    assert code == 0
    assert f"Upgraded the schema from 0003 to {head_revision()}" in out
    assert len(list(tmp_path.glob("circle-app.sqlite3.bak-0003-*"))) == 1
    engine = make_engine(url)
    assert current_revision(engine) == head_revision()
    engine.dispose()
