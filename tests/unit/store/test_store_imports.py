"""Issue 20, peak memory: the store is plain SQLAlchemy 2.0 (declarative `Mapped[...]`
models). SQLModel, and with it pydantic's model machinery for every table, is never
imported: not by the store, not by a start, not by `circle-app demo` with its circle open.
A SQLite start loads no PostgreSQL dialect and no driver for it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[3]

LIST = (
    "print('modules ' + json.dumps(sorted(m for m in sys.modules "
    "if any(m == n or m.startswith(n + '.') for n in {names!r}))))"
)

STORE_AT_WORK = """
import json, sys
from circle_app.store import open_store
from circle_app.store import circles, conferences, conversations, groups, plans, privacy
from circle_app.store import prompt_history, reports, roster, roster_import, tally
engine = open_store(sys.argv[1])
groups.GroupStore(engine).list_groups()
engine.dispose()
"""

DEMO = """
import atexit, json, sys
atexit.register(lambda: {list})
from circle_app.cli import main
sys.exit(main(["demo"]))
"""


def _modules(code: str, *args: str, env: dict[str, str] | None = None) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=ROOT,
    )
    [line] = [ln for ln in result.stdout.splitlines() if ln.startswith("modules ")]
    modules: list[str] = json.loads(line.removeprefix("modules "))
    return modules


def test_the_store_at_work_imports_neither_sqlmodel_nor_pydantic(database_url: str) -> None:
    """issue 20, peak memory: opening the store, importing every repository and reading
    through one imports no SQLModel and no pydantic (about 20 MB with the table models)."""
    code = STORE_AT_WORK + LIST.format(names={"sqlmodel", "pydantic", "pydantic_core"})
    assert _modules(code, database_url) == []


@pytest.mark.slow
def test_circle_app_demo_on_sqlite_imports_no_sqlmodel_no_pydantic_and_nothing_of_postgresql(
    tmp_path: Path,
) -> None:
    """issue 20, peak memory: `circle-app demo` on its own SQLite file and bank snapshot (made
    by an earlier start, as on any day but the first), up to the demo circle on screen,
    imports no SQLModel, no pydantic (the bank files' checks: about 12 MB, needed only when
    the banks are read anew), no PostgreSQL dialect (about 6 MB) and no psycopg."""
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "CIRCLE_APP_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "CIRCLE_APP_REPORT_FIRST_FRAME": "circle",  # quits once the demo circle is on screen
    }
    _modules(DEMO.format(list=LIST.format(names=set())), env=env)  # the day before
    names = {"sqlmodel", "pydantic", "sqlalchemy.dialects.postgresql", "psycopg", "psycopg2"}
    code = DEMO.format(list=LIST.format(names=names))
    assert _modules(code, env=env) == []
