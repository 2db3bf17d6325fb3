"""A fresh PostgreSQL schema per test, on the server CIRCLE_APP_TEST_DATABASE_URL names.

Each test gets an empty schema (created, then dropped with everything in it) and a URL
whose connections use it as their search path, so migrations, the store and the tests
see a database of their own — as fast as a new SQLite file and without mocks.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

_admins: dict[str, Engine] = {}


def _admin(server_url: str) -> Engine:
    if server_url not in _admins:
        _admins[server_url] = create_engine(server_url, pool_size=1, isolation_level="AUTOCOMMIT")
    return _admins[server_url]


def schema_url(server_url: str, schema: str) -> str:
    """The server URL with every connection's search_path set to `schema`."""
    url = make_url(server_url).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@contextmanager
def fresh_schema(server_url: str) -> Iterator[str]:
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = _admin(server_url)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield schema_url(server_url, schema)
    finally:
        with admin.connect() as connection:
            connection.execute(text("SET lock_timeout = '20s'"))
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
