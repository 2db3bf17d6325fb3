"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# The tests read English: the CLI and the window follow the system's UI languages when no
# language is saved (a C locale gives Danish), so the test process asks for English first.
os.environ["LANGUAGE"] = "en"

import sqlite3  # noqa: E402
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


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A SQLite database at head, migrated once per test run by the app itself: its bytes.

    Migrating takes about half a second; copying the result takes a millisecond, so each
    test starts from a copy instead of running every migration again."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_store(f"sqlite:///{path}").dispose()
    connection = sqlite3.connect(path)
    try:  # everything in the one file, no -wal beside it
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return path.read_bytes()


@pytest.fixture
def database_url(blank_database_url: str, request: pytest.FixtureRequest) -> str:
    """The database the app is pointed at, its schema at head. On PostgreSQL as the
    school's administrator leaves it with `circle-app db upgrade` (the app never upgrades a
    shared server itself); on SQLite a private (0600) copy of the run's migrated template,
    which the app opens as it would its own upgraded file."""
    if server_url():
        open_store(blank_database_url, upgrade=True).dispose()
        return blank_database_url
    template: bytes = request.getfixturevalue("migrated_sqlite_template")
    path = Path(blank_database_url.removeprefix("sqlite:///"))
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(template)
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
