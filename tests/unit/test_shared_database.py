"""A shared PostgreSQL run as a school's IT runs it (issue 12, shared database).

The owner role upgrades the schema with `circle-app db upgrade`; the app runs as a role
with only SELECT/INSERT/UPDATE/DELETE (and USAGE on sequences), granted by exactly the
statements the README's "Shared database" section gives, and never changes the schema
itself. Runs on the real server of CI's second run (CIRCLE_APP_TEST_DATABASE_URL).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.enums import CircleKind
from circle_app.store import StoreError, open_store
from circle_app.store.circles import CircleStore, RecordedCircle
from circle_app.store.groups import GroupStore
from circle_app.store.migrate import head_revision
from tests.conftest import server_url
from tests.pg import fresh_schema, schema_url
from tests.unit.conftest import Cli

ROOT = Path(__file__).parents[2]
ROSTER = ROOT / "tests" / "data" / "rosters" / "en-comma-utf8.csv"

pytestmark = pytest.mark.skipif(
    server_url() is None,
    reason="a shared PostgreSQL only: runs in CI's second run (CIRCLE_APP_TEST_DATABASE_URL)",
)


def readme_grants() -> list[str]:
    """The README's statements for the schema (the database-level ones need a superuser)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Shared database", 1)[1].split("\n## ", 1)[0]
    statements = re.findall(
        r"^((?:GRANT|ALTER DEFAULT|REVOKE)[^;]*SCHEMA public[^;]*;)", section, re.M
    )
    assert len(statements) >= 4, "the README gives the GRANT statements"
    return statements


@pytest.fixture
def school() -> Iterator[tuple[str, str]]:
    """(owner URL, app URL): an empty schema owned by the server's role, and a DML-only
    app role granted what the README says."""
    server = server_url()
    assert server is not None
    owner = make_url(server)
    app_role = f"circle_app_{uuid.uuid4().hex[:10]}"
    password = uuid.uuid4().hex
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with fresh_schema(server) as owner_url:
        schema = make_url(owner_url).query["options"].split("=", 1)[1]  # type: ignore[union-attr]
        with admin.connect() as connection:
            connection.execute(text(f"CREATE ROLE {app_role} LOGIN PASSWORD '{password}'"))
            for statement in readme_grants():
                connection.execute(
                    text(
                        statement.replace("SCHEMA public", f'SCHEMA "{schema}"')
                        .replace("circle_owner", str(owner.username))
                        .replace("circle_app", app_role)
                    )
                )
        app_server = owner.set(username=app_role, password=password)
        app_url = schema_url(app_server.render_as_string(hide_password=False), schema)
        yield owner_url, app_url
    with admin.connect() as connection:
        connection.execute(text(f"DROP ROLE {app_role}"))
    admin.dispose()


def test_the_app_never_upgrades_a_shared_database_and_names_the_command(
    school: tuple[str, str], cli_at: Cli
) -> None:
    """issue 12, shared database: even the owner's URL, used by the app, changes no schema."""
    owner_url, app_url = school
    for url in (owner_url, app_url):
        code, _, err = cli_at(url, "groups", "list")
        assert code == 1
        assert "circle-app db upgrade" in err
        assert "SQL" not in err
    engine = create_engine(owner_url)
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == []
    engine.dispose()
    with pytest.raises(StoreError, match="circle-app db upgrade"):
        open_store(app_url)


def test_the_owner_upgrades_and_the_dml_only_app_role_records_and_exports(
    school: tuple[str, str], cli_at: Cli
) -> None:
    """issue 12, shared database: owner runs db upgrade; the app role (README's GRANTs)
    records a circle and exports a person, and cannot run DDL."""
    owner_url, app_url = school
    code, out, _ = cli_at(owner_url, "db", "status")
    assert code == 0
    assert "An upgrade is needed" in out
    assert "circle:circle@" not in out  # the password is not shown
    code, out, err = cli_at(owner_url, "db", "upgrade")
    assert code == 0, err
    assert head_revision() in out
    code, out, _ = cli_at(app_url, "db", "status")
    assert code == 0
    assert "Up to date" in out

    code, _, err = cli_at(app_url, "groups", "import", str(ROSTER), "--group", "3.a", "--yes")
    assert code == 0, err
    engine = open_store(app_url)
    try:
        [group] = [g for g in GroupStore(engine).list_groups() if g.name == "3.a"]
        members = GroupStore(engine).members(group.id)
        seats = tuple(
            Seat(i, m.person.id, m.person.display_name, m.person.short_name, m.person.role)
            for i, m in enumerate(members)
        )
        recorded = RecordedCircle.begin(
            CircleStore(engine),
            CircleSetup(
                CircleKind.PEACETIME,
                seats,
                frozenset(range(len(seats))),
                start_seat=0,
                planned_rounds=1,
                group_id=group.id,
            ),
        )
        recorded.start_round(None)
        recorded.speak()
        recorded.pass_turn()
        assert len(CircleStore(engine).load(recorded.circle_id).events) == 3
        with engine.connect() as connection:
            for ddl in ("CREATE TABLE intruder (x integer)", "DROP TABLE person"):
                with pytest.raises(ProgrammingError, match="permission denied|must be owner"):
                    connection.execute(text(ddl))
                connection.rollback()
    finally:
        engine.dispose()

    code, out, err = cli_at(app_url, "people", "export", "Bilal Khan")
    assert code == 0, err
    exported = json.loads(out)
    assert exported["person"]["display_name"] == "Bilal Khan"
    assert exported["circles"]
