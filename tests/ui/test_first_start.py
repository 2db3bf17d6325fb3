"""Issue 20, first start: on a fresh machine (no database file yet) the database is made at
head, home is shown and ready, and only then are the banks parsed and the store opened, in
the order of any later start (app.py's wire, controller.read_home_first)."""

from __future__ import annotations

from pathlib import Path

import pytest

from circle_app.paths import default_database_path
from circle_app.store.start_read import read_home
from tests.ui.started_app import watch_a_start

ROOT = Path(__file__).parents[2]


@pytest.mark.parametrize("named", [True, False], ids=["url", "data-folder"])
def test_issue_20_a_first_start_is_ready_on_home_before_the_banks_are_parsed(
    tmp_path: Path, named: bool
) -> None:
    """issue 20, first start: the new database is made from the shipped SQL (neither Alembic
    nor SQLAlchemy loaded) and home shown with the store not yet opened and no bank parsed;
    then the banks and the store follow, home staying on screen; the file is 0600 and at
    head for the next start's read-ahead."""
    path = tmp_path / "data" / "circle-app.sqlite3" if named else default_database_path()
    url = f"sqlite:///{path}"
    assert not path.exists()
    seen = watch_a_start(
        url if named else "",
        tmp_path,
        banks_parsed='"circle_app.banks.loader" in sys.modules',
        alembic='"alembic" in sys.modules',
        sqlalchemy='"sqlalchemy" in sys.modules',
        visible="window.home.isVisible()",
    )
    first, last = seen[0], seen[-1]
    assert first == {
        "read_ahead": True,
        "banks_parsed": False,
        "alembic": False,
        "sqlalchemy": False,
        "store": False,
        "screen": "HomeScreen",
        "visible": True,
    }
    assert last == {**first, "banks_parsed": True, "sqlalchemy": True, "store": True}
    assert path.stat().st_mode & 0o777 == 0o600
    assert read_home(url) is not None
