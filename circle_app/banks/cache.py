"""A parsed snapshot of the bank folders, so a normal start reads one file instead of
parsing and checking every bank (42 TOML files: 0.3-0.8 s on a school laptop).

The snapshot is keyed by every bank file's path, size and modification time, the folders,
the app's version and Python's: any difference and it is not used, the files are read
and a new snapshot is written. A file changed in the last seconds is not trusted to a
snapshot (a second edit within the file system's clock tick, of the same size, would not
show in its time), so such a folder is simply read again at the next start. A snapshot
that cannot be read, or that anyone but its owner could have written, is ignored.

Banks hold no names, but the snapshot is written like every file of the app: 0600 from its
first byte, in a 0700 folder, atomically (a temporary file renamed over the old one).
"""

from __future__ import annotations

import logging
import os
import pickle
import stat
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from circle_app import __version__
from circle_app.banks.schema import Bank, Problem
from circle_app.banks.walk import files_below

log = logging.getLogger(__name__)

FORMAT = 1
#: Files modified this recently (nanoseconds) are read again at the next start.
SETTLED_NS = 2 * 10**9

Entry = tuple[str, int, int]  # a file's path, size and mtime_ns (-1, -1: not readable)
Key = tuple[object, ...]
Snapshot = tuple[tuple[Bank, ...], tuple[Problem, ...]]


def folder_key(folders: Sequence[Path]) -> tuple[Key, bool]:
    """What the snapshot of `folders` depends on, and whether every file has settled."""
    entries: list[tuple[str, bool, tuple[Entry, ...]]] = []
    newest = 0
    for folder in folders:
        files: list[Entry] = []
        is_dir = folder.is_dir()
        if is_dir:
            for path in files_below(folder):
                try:
                    info = path.stat()
                except OSError:
                    files.append((str(path), -1, -1))
                    continue
                files.append((str(path), info.st_size, info.st_mtime_ns))
                newest = max(newest, info.st_mtime_ns)
        entries.append((str(folder), is_dir, tuple(files)))
    key: Key = (FORMAT, __version__, sys.version_info[:2], tuple(entries))
    return key, newest < time.time_ns() - SETTLED_NS


def read_snapshot(file: Path, key: Key) -> Snapshot | None:
    """The banks and problems saved for `key`, or None (missing, stale, damaged, loose)."""
    try:
        with file.open("rb") as stream:
            info = os.fstat(stream.fileno())
            if hasattr(os, "getuid") and (
                info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
            ):
                log.warning("bank snapshot not private; read the files instead")
                return None
            saved_key, banks, problems = pickle.load(stream)  # noqa: S301 - the owner's own
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - any damage: read the files instead
        log.warning("bank snapshot unreadable (%s); read the files instead", type(exc).__name__)
        return None
    if saved_key != key or not isinstance(banks, tuple) or not isinstance(problems, tuple):
        return None
    if not all(isinstance(bank, Bank) for bank in banks):
        return None
    return banks, problems


def write_snapshot(file: Path, key: Key, snapshot: Snapshot) -> None:
    """Save `snapshot` for `key` (0600, atomically); a failure only costs the next start."""
    try:
        data = pickle.dumps((key, *snapshot), protocol=pickle.HIGHEST_PROTOCOL)
        file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=".banks-", dir=file.parent)  # 0600
    except Exception as exc:  # noqa: BLE001 - a full disk, a read-only folder, an odd value
        log.warning("bank snapshot not written (%s)", type(exc).__name__)
        return
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        os.replace(temporary, file)
    except OSError as exc:
        log.warning("bank snapshot not written (%s)", type(exc).__name__)
        Path(temporary).unlink(missing_ok=True)
