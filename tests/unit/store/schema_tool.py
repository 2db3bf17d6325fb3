"""tools/sqlite_schema.py, loaded for the tests that hold the shipped SQLite schema to the
migrations (tools/ is not a package)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).parents[3]


def sqlite_schema_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "sqlite_schema", ROOT / "tools" / "sqlite_schema.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
