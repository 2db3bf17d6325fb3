"""Files that can hold a name are the owner's only, from their first byte.

Every writer of such a file (the database and its copies, the log, a person's export, an
agreement PDF, a CSV) creates it through `private_open()`, or inside `private_umask()`
when a library creates the file itself (SQLite's -wal/-shm and backup copies, Qt's PDF
writer). Folders that hold them are made with `private_folder()`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_PRIVATE_UMASK = 0o077

# The umask belongs to the whole process: one holder at a time, restored in order.
_umask_lock = threading.RLock()


@contextmanager
def private_umask() -> Iterator[None]:
    """Whatever is created meanwhile gets no group or other bits (files 0600, folders 0700)."""
    with _umask_lock:
        previous = os.umask(_PRIVATE_UMASK)
        try:
            yield
        finally:
            os.umask(previous)


def private_fd(path: Path | str, *, exclusive: bool = False, truncate: bool = True) -> int:
    """A write descriptor on `path`, created 0600; an existing file is tightened first."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
    if exclusive:
        flags |= os.O_EXCL
    with private_umask():
        fd = os.open(path, flags, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)  # an existing file kept its old mode through O_CREAT
        if truncate:
            os.ftruncate(fd, 0)  # only once nobody else may read it
    except BaseException:
        os.close(fd)
        raise
    return fd


def private_open(
    path: Path | str, mode: str = "w", *, encoding: str | None = "utf-8", **kwargs: Any
) -> IO[Any]:
    """Like open(path, "w"/"wb"), but the file is 0600 before anything is written to it."""
    if mode not in {"w", "wb", "x", "xb"}:
        raise ValueError(f"private_open writes only, not {mode!r}")
    fd = private_fd(path, exclusive=mode.startswith("x"))
    handle: IO[Any] = (
        os.fdopen(fd, "wb", **kwargs)
        if "b" in mode
        else os.fdopen(fd, "w", encoding=encoding, **kwargs)
    )
    return handle


def tighten(path: Path) -> None:
    """Make an existing file of ours owner-only (a database copied in with 0644, say)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    if info.st_mode & 0o077 and (not hasattr(os, "getuid") or info.st_uid == os.getuid()):
        os.chmod(path, FILE_MODE)


def private_folder(path: Path, *, tighten_existing: bool = True) -> None:
    """Create `path` (and its missing parents) 0700; tighten it if it is already there."""
    with private_umask():
        path.mkdir(parents=True, exist_ok=True)
    if tighten_existing:
        info = path.stat()
        if info.st_mode & 0o077 and (not hasattr(os, "getuid") or info.st_uid == os.getuid()):
            os.chmod(path, FOLDER_MODE)


__all__ = ["private_fd", "private_folder", "private_open", "private_umask", "tighten"]
