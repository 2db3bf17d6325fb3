"""Issue 20: a start at head checks the schema with one query and never imports Alembic;
an older database still upgrades, reporting each migration step as it is applied."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from circle_app.store import open_store
from circle_app.store.migrate import HEAD_REVISION, current_revision, head_revision
from tests.stress.schema_rows import FIXTURES

ROOT = Path(__file__).parents[3]

OPEN_AND_LIST_MODULES = """
import json, sys
from circle_app.services import Services
services = Services.open(sys.argv[1])
services.close()
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("alembic", "mako"))))
"""


def _modules_after_open(url: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", OPEN_AND_LIST_MODULES, url],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    modules: list[str] = json.loads(result.stdout.splitlines()[-1])
    return modules


def test_the_head_revision_known_at_start_is_the_last_migration() -> None:
    """issue 20, finding 1: the constant the start compares with is the scripts' head, so a
    new migration without it fails here (and would otherwise never run)."""
    assert head_revision() == HEAD_REVISION


def test_a_start_at_head_does_not_import_alembic(database_url: str) -> None:
    """issue 20, finding 1: Alembic (about 17 MB) is imported only when an upgrade is due."""
    assert _modules_after_open(database_url) == []


def test_an_old_database_still_upgrades_and_only_then_imports_alembic(tmp_path: Path) -> None:
    """issue 20, finding 1: a database at 0005 is brought to head by a normal start."""
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "0005.sqlite3", path)
    url = f"sqlite:///{path}"
    assert "alembic" in _modules_after_open(url)
    engine = open_store(url)
    try:
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()


def test_an_upgrade_reports_each_migration_step_as_it_is_applied(tmp_path: Path) -> None:
    """issue 20, finding 5: progress comes from inside the upgrade, one step per migration,
    counting up to all of them; the schema is at head afterwards."""
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "0005.sqlite3", path)
    seen: list[tuple[int, int]] = []
    url = f"sqlite:///{path}"
    engine = open_store(url, progress=lambda done, total: seen.append((done, total)))
    try:
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()
    steps = int(HEAD_REVISION) - 5
    assert seen == [(done, steps) for done in range(steps + 1)]
