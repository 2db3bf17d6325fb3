"""Where the app keeps its files, and where it finds what it ships.

Shipped data (`question_banks/`, `resources/`) sits inside the package in a wheel and
at the top of the repository in a source checkout; both are found here and nowhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

from circle_app import APP_NAME

# The package is always installed as files (wheel or source tree), never zipped, so its
# folder is simply here; importlib.resources would cost the start-up a zipfile import.
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def question_banks_dir() -> Path:
    """The curated banks shipped with the app (`da/`, `en/`)."""
    return _shipped("question_banks")


def resources_dir() -> Path:
    """Fonts, icons and translations shipped with the app."""
    return _shipped("resources")


def user_data_dir() -> Path:
    """The user's data folder (honours XDG_DATA_HOME on Linux)."""
    override = os.environ.get("CIRCLE_APP_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # only when asked: not on the way to the first frame

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_banks_dir() -> Path:
    """Banks the teacher added; loaded beside the shipped ones."""
    return user_data_dir() / "question_banks"


def user_log_dir() -> Path:
    override = os.environ.get("CIRCLE_APP_DATA_DIR")
    if override:
        return Path(override) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """What the app can always rebuild (the banks' parsed snapshot); never a name."""
    override = os.environ.get("CIRCLE_APP_DATA_DIR")
    if override:
        return Path(override) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def bank_cache_file() -> Path:
    """The banks' parsed snapshot (circle_app/banks/cache.py)."""
    return user_cache_dir() / "banks.pickle"


def default_database_path() -> Path:
    return user_data_dir() / "circle-app.sqlite3"
