"""A new local SQLite database, made at head in one step (issue 20, first start).

A fresh machine's first start used to import Alembic and run every migration on an empty
file (about a second). A database with nothing in it yet is instead given the models'
schema and the `alembic_version` stamp (HEAD_REVISION) in one transaction, without Alembic
(migrate.create_at_head, reached through engine.open_store); a failure leaves the file
with no table in it, which the next start treats as new again. An existing database is
upgraded by Alembic, as ever.

On a fresh machine's first start in the data folder the file is made by a process of its
own (start_creating, from app.run_gui), on the other core while the first frame is built;
the shell waits for it (create_if_new) before it reads home ahead from the new file.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import subprocess

log = logging.getLogger(__name__)

_CHILD = (
    "import sys\n"
    "from circle_app.store.create import create_if_new\n"
    "sys.exit(0 if create_if_new(sys.argv[1] or None) else 1)\n"
)
_early: subprocess.Popen[bytes] | None = None


def _new_file(url: str | None) -> bool:
    from circle_app.store.start_read import local_sqlite_file, resolve_database_url

    path = local_sqlite_file(resolve_database_url(url))
    try:
        return path is not None and (not path.exists() or path.stat().st_size == 0)
    except OSError:
        return False


def start_creating(url: str | None) -> None:
    """A first start in the data folder: make the new file in a process of its own (the
    other core) while this one builds the first frame; create_if_new waits for it. Nothing
    for a database named by URL or environment, when the file exists, or when the app is
    frozen into one executable (create_if_new then makes it here, after the first frame).
    Light on purpose: it runs before the first frame (tests/ui/test_first_frame_loads.py)."""
    global _early  # noqa: PLW0603 - one creation per process
    from circle_app.paths import default_database_path

    # start_read.ENV_DATABASE_URL, not imported: start_read brings datetime before the frame
    if url or os.environ.get("CIRCLE_APP_DATABASE_URL") or _early is not None:
        return
    if getattr(sys, "frozen", False) or default_database_path().exists():
        return
    import subprocess

    try:
        _early = subprocess.Popen(  # noqa: S603 - this interpreter, our own code
            [sys.executable, "-c", _CHILD, url or ""],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        _early = None


def create_if_new(url: str | None) -> bool:
    """A first start (a plain local SQLite file not made yet, or left empty): make it at
    head now (0600, through engine.open_store) and close it, so that home is read ahead
    from it as on any later start (store/start_read.py); or wait for start_creating's
    process to have made it. False: not new, or it could not be made (the start then goes
    the present way, which says why)."""
    global _early  # noqa: PLW0603
    if _early is not None:
        early, _early = _early, None
        if early.wait() == 0:
            return True
    if not _new_file(url):
        return False
    from circle_app.store.engine import open_store
    from circle_app.store.errors import StoreError

    try:
        open_store(url).dispose()
    except StoreError as exc:
        log.error("new database not made ahead (%s)", type(exc).__name__)
        return False
    return True
