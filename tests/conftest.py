"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# The tests read English: the CLI and the window follow the system's UI languages when no
# language is saved (a C locale gives Danish), so the test process asks for English first.
os.environ["LANGUAGE"] = "en"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from sqlalchemy import Engine  # noqa: E402

from circle_app.store import open_store  # noqa: E402

# Hypothesis: a bounded number of examples per parser in CI; many more when asked:
#   CIRCLE_APP_HYPOTHESIS_PROFILE=thorough uv run pytest
# In CI (CI=true) the examples are derandomised: a clean clone's run is the same every time,
# and what a developer's random runs find is pinned with @example.
settings.register_profile(
    "default", max_examples=200, deadline=None, derandomize=bool(os.environ.get("CI"))
)
settings.register_profile("thorough", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("CIRCLE_APP_HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user folders, settings or database."""
    data = tmp_path / "user-data"
    monkeypatch.setenv("CIRCLE_APP_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("CIRCLE_APP_DATABASE_URL", raising=False)
    return data


def server_url() -> str | None:
    """The PostgreSQL server the tests run on a second time (CI), or None for SQLite."""
    return os.environ.get("CIRCLE_APP_TEST_DATABASE_URL") or None


@pytest.fixture
def blank_database_url(tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file not yet made, or an empty schema on the PostgreSQL
    server given by CIRCLE_APP_TEST_DATABASE_URL (dropped after the test)."""
    server = server_url()
    if not server:
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    from tests.pg import fresh_schema

    with fresh_schema(server) as url:
        yield url


@pytest.fixture
def database_url(blank_database_url: str) -> str:
    """The database the app is pointed at. On PostgreSQL its schema is at head, as the
    school's administrator leaves it with `circle-app db upgrade` (the app never upgrades a
    shared server itself); a SQLite file is made and upgraded by the app at its first open."""
    if server_url():
        open_store(blank_database_url, upgrade=True).dispose()
    return blank_database_url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """Always a SQLite file: for tests of what lies in the database file itself."""
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = open_store(database_url)
    yield engine
    engine.dispose()
