"""The shape of the code, checked: no import cycles, no file that does too many jobs.

Run `uv run lint-imports` for the layer contracts (pyproject.toml); this file checks what
import-linter's contracts do not: a cycle anywhere in the package, and file length.
"""

from __future__ import annotations

from pathlib import Path

import grimp

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "circle_app"
LONGEST = 400  # lines; migrations aside (each is one whole change, read once)


def _cycles() -> list[tuple[str, ...]]:
    graph = grimp.build_graph("circle_app", exclude_type_checking_imports=True)
    found: list[tuple[str, ...]] = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back is not None:
                found.append((importer, *back))
    return found


def test_no_module_imports_itself_back_through_another() -> None:
    """An import cycle: a module that, through its imports, imports itself again."""
    assert _cycles() == []


def test_no_python_file_does_so_many_jobs_it_runs_past_400_lines() -> None:
    """A file over 400 lines does more than one job: split it along its jobs (issue 13)."""
    long = {
        str(path.relative_to(ROOT)): lines
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > LONGEST
    }
    assert long == {}
