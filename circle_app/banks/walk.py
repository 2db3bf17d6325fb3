"""Walking a folder of bank or plan files that may change while it is walked.

`Path.rglob` (Python 3.11) stops with FileNotFoundError when a subfolder is deleted between
being listed and being read, as other programs' temporary folders are, or a synced school
folder mid-sync. `os.walk` passes such a folder over, as `rglob` already does for one it may
not read; neither follows links to folders.
"""

from __future__ import annotations

import os
from pathlib import Path


def files_below(folder: Path, suffix: str = ".toml") -> list[Path]:
    """Every file (or link) named `*<suffix>` anywhere below `folder`, sorted."""
    return sorted(
        Path(root, name)
        for root, _dirs, names in os.walk(folder)
        for name in names
        if name.endswith(suffix)
    )


def folders_below(folder: Path, name: str) -> list[Path]:
    """Every folder called `name` anywhere below `folder` (not `folder` itself), sorted."""
    return sorted(
        Path(root, child)
        for root, dirs, _names in os.walk(folder)
        for child in dirs
        if child == name
    )
