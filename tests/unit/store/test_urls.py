"""Database URLs: a password is never shown, a malformed URL is one plain sentence.

Issue 12, finding 1. The password below is the secret every test looks for in whatever
the user or the log file gets to see.
"""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from circle_app.store import StoreError, open_store
from circle_app.store.engine import make_engine
from circle_app.store.urls import mask_url, parse_database_url

SECRET = "s3cr3t-Pw"

MALFORMED = [
    f"postgresql://bob:{SECRET}@db.school.dk:abc/circles",  # a non-numeric port
    f"postgresql://bob:{SECRET}@db.school.dk:99999/circles",  # a port out of range
    f"mysql://bob:{SECRET}@db.school.dk/circles",  # a database circle-app does not use
    f"foo+bar://bob:{SECRET}@db.school.dk/circles",  # an unknown driver
    f"oracle://bob:{SECRET}@db.school.dk/circles",
    f"bob:{SECRET}@db.school.dk/circles",  # no scheme
    f"postgresql:/bob:{SECRET}@db.school.dk",  # one slash short
    f"://bob:{SECRET}@db.school.dk",
    f"postgresql://bob:{SECRET}@[::1/circles",  # an unclosed IPv6 bracket
    "garbage",
]


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (f"postgresql://bob:{SECRET}@db/c", "postgresql://bob:***@db/c"),
        (f"postgres://bob:{SECRET}@db:5432/c", "postgres://bob:***@db:5432/c"),
        (f"foo+bar://bob:{SECRET}@db/c", "foo+bar://bob:***@db/c"),
        (f"postgresql://bob:{SECRET}@db:abc/c", "postgresql://bob:***@db:abc/c"),
        (f"postgresql://bob:p@ss/{SECRET}@db/c", "postgresql://bob:***@db/c"),  # @ and / inside
        (f"bob:{SECRET}@db/c", "bob:***@db/c"),
        (
            f"postgresql://db/c?user=bob&password={SECRET}",
            "postgresql://db/c?user=bob&password=***",
        ),
        (f"host=db user=bob password={SECRET}", "host=db user=bob password=***"),
        ("postgresql://bob@db/c", "postgresql://bob@db/c"),
        ("sqlite:////tmp/x.sqlite3", "sqlite:////tmp/x.sqlite3"),
    ],
)
def test_finding_1_mask_url_hides_the_password_of_any_url(url: str, shown: str) -> None:
    """Issue 12, finding 1: masked whether or not SQLAlchemy can parse the URL."""
    assert mask_url(url) == shown
    assert SECRET not in mask_url(url)


@pytest.mark.parametrize("url", MALFORMED)
def test_finding_1_a_malformed_url_is_one_sentence_without_the_password(
    url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 12, finding 1: StoreError, one line, the password masked, nothing logged raw."""
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StoreError) as caught:
        open_store(url)
    message = str(caught.value)
    assert SECRET not in message
    assert "\n" not in message
    assert "Traceback" not in message
    assert "is not a database URL circle-app can use" in message
    assert SECRET not in caplog.text
    for param in caught.value.params.values():
        assert SECRET not in str(param)


@pytest.mark.parametrize("scheme", ["postgres", "postgresql", "postgres+psycopg"])
def test_finding_1_postgres_and_postgresql_mean_psycopg_3(scheme: str) -> None:
    """Issue 12, finding 1: the common short forms use the installed driver, psycopg 3."""
    parsed = parse_database_url(f"{scheme}://bob:{SECRET}@db.school.dk:5433/circles")
    assert parsed.drivername == "postgresql+psycopg"
    assert (parsed.username, parsed.password, parsed.host, parsed.port, parsed.database) == (
        "bob",
        SECRET,
        "db.school.dk",
        5433,
        "circles",
    )
    engine = make_engine(f"{scheme}://bob:{SECRET}@db.school.dk/circles")
    try:
        assert engine.dialect.driver == "psycopg"
    finally:
        engine.dispose()


@pytest.mark.parametrize("scheme", ["postgres", "postgresql"])
def test_finding_1_a_refused_connection_names_the_server_without_the_password(
    scheme: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 12, finding 1: nobody listens on port 1; the message masks the password."""
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StoreError) as caught:
        open_store(f"{scheme}://bob:{SECRET}@127.0.0.1:1/circles?connect_timeout=5")
    message = str(caught.value)
    assert "bob:***@127.0.0.1:1/circles" in message
    assert "not installed" not in message  # postgres:// found psycopg 3
    assert SECRET not in message
    assert SECRET not in caplog.text


@pytest.mark.parametrize("url", [*MALFORMED, f"postgres://bob:{SECRET}@127.0.0.1:1/circles"])
def test_finding_1_the_cli_says_one_sentence_and_never_the_password(url: str) -> None:
    """Issue 12, finding 1: `circle-app --database-url URL groups list` as a user types it."""
    done = subprocess.run(
        [sys.executable, "-m", "circle_app", "--database-url", url, "groups", "list"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert SECRET not in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("circle-app: ")
    assert done.stdout == ""
