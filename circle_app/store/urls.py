"""Database URLs: read into SQLAlchemy's form, and shown only with the password masked.

`parse_database_url` turns whatever was typed (`--database-url`, CIRCLE_APP_DATABASE_URL)
into a URL circle-app can use, or raises one plain StoreError sentence. `mask_url` is the
only way a URL reaches a message or a log line: it hides the password even in a string
SQLAlchemy cannot parse.
"""

from __future__ import annotations

import re

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from circle_app.store.errors import QT_TRANSLATE_NOOP, StoreError

MASK = "***"

NOT_A_DATABASE_URL = QT_TRANSLATE_NOOP(
    "StoreError",
    "“{url}” is not a database URL circle-app can use (for example "
    "sqlite:////path/to/file.sqlite3 or postgresql+psycopg://host/db).",
)

# circle-app runs on these two; `postgres` is the short form Heroku, libpq and many
# hosting panels print, and both mean psycopg 3 (the driver circle-app[postgres] installs).
_BACKENDS = {"sqlite": "sqlite", "postgresql": "postgresql", "postgres": "postgresql"}
_DEFAULT_DRIVER = {"postgresql": "postgresql+psycopg"}

_SCHEME = re.compile(r"^(?P<scheme>[^:/?#@\s]*)://(?P<rest>.*)$", re.DOTALL)
# password=… in a query string or in a libpq "key=value key=value" string
_PASSWORD_PARAM = re.compile(r"(?i)((?:^|[?&;\s])(?:password|passwd|pwd)\s*=\s*)[^&;\s]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def mask_url(url: str | URL) -> str:
    """`url` as it may be shown: the password (userinfo or query parameter) as ***.

    Works on any string: a password is whatever lies between the first `:` of the userinfo
    and the last `@` (so an `@` or `/` typed into a password unescaped is hidden too).
    """
    text = url if isinstance(url, str) else url.render_as_string(hide_password=False)
    match = _SCHEME.match(text)
    head, rest = (match["scheme"] + "://", match["rest"]) if match else ("", text)
    if "@" in rest:
        userinfo, host = rest.rsplit("@", 1)
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":" + MASK
        rest = f"{userinfo}@{host}"
    rest = _PASSWORD_PARAM.sub(lambda m: m[1] + MASK, rest)
    shown = head + rest
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", shown)  # one line on a terminal


def _malformed(raw: str) -> StoreError:
    return StoreError(NOT_A_DATABASE_URL, url=mask_url(raw))


def parse_database_url(raw: str | URL) -> URL:
    """The URL to connect to, or StoreError (one sentence, password masked).

    `postgres://` and `postgresql://` mean psycopg 3; only SQLite and PostgreSQL are taken.
    """
    if isinstance(raw, URL):
        raw = raw.render_as_string(hide_password=False)
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError, TypeError):  # garbage, a non-numeric port
        raise _malformed(raw) from None
    backend, _, driver = url.drivername.partition("+")
    backend = _BACKENDS.get(backend.lower(), "")
    if not backend:
        raise _malformed(raw)
    if backend == "postgresql" and driver in ("", "psycopg"):
        url = url.set(drivername=_DEFAULT_DRIVER[backend])
    elif driver:
        url = url.set(drivername=f"{backend}+{driver}")
    else:
        url = url.set(drivername=backend)
    if url.port is not None and not 0 < url.port < 65536:
        raise _malformed(raw)
    try:
        url.get_dialect()
    except (ArgumentError, ImportError):  # a driver SQLAlchemy has no dialect for
        raise _malformed(raw) from None
    return url


__all__ = ["NOT_A_DATABASE_URL", "mask_url", "parse_database_url"]
