"""The shape of the code, checked: no import cycles, no file that does too many jobs.

Run `uv run lint-imports` for the layer contracts (pyproject.toml); this file checks what
import-linter's contracts do not: a cycle anywhere in the package, and file length.
"""

from __future__ import annotations

import ast
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


TESTS = ROOT / "tests"
# Names with a leading underscore that are public API all the same, each with its reason.
PUBLIC_UNDERSCORE_NAMES = {
    "os._exit": "documented: leave a child process at once, without cleanup handlers",
    "_asdict": "a namedtuple's public method (the underscore keeps it clear of field names)",
    "_replace": "a namedtuple's public method",
    "_fields": "a namedtuple's public attribute",
    "_make": "a namedtuple's public class method",
}
_SETATTR_NAMES = {"getattr", "setattr", "hasattr", "delattr"}


def _private(name: str) -> bool:
    if name.startswith("_Z"):  # a C++ symbol looked up in a ctypes library (Itanium mangling)
        return False
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _private_reaches(tree: ast.AST) -> list[tuple[int, str]]:
    """`obj._name` (obj not self/cls), getattr/setattr(obj, "_name"), and
    monkeypatch.setattr("module.Class._name", ...): a test reaching into the code's insides."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            owner = node.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                continue
            text = ast.unparse(node)
            if node.attr in PUBLIC_UNDERSCORE_NAMES or text in PUBLIC_UNDERSCORE_NAMES:
                continue
            found.append((node.lineno, text))
        elif isinstance(node, ast.Call):
            function = node.func
            name = (
                function.attr
                if isinstance(function, ast.Attribute)
                else getattr(function, "id", "")
            )
            literals = [
                arg.value
                for arg in node.args[:2]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            ]
            if name not in _SETATTR_NAMES:
                continue
            for literal in literals:
                last = literal.rsplit(".", 1)[-1]
                if _private(last) and last not in PUBLIC_UNDERSCORE_NAMES:
                    found.append((node.lineno, f"{name}(…, {literal!r})"))
    return found


def test_no_test_reaches_into_a_private_attribute_of_the_code() -> None:
    """Issue 13: tests read like a user's actions. A test that reads `screen._recorded` breaks
    when the code is rebuilt though nothing a user sees changed: give the code a public seam
    (a property, a signal, the store's own API) and use that."""
    reaches = [
        f"{path.relative_to(ROOT)}:{line}: {text}"
        for path in sorted(TESTS.rglob("*.py"))
        for line, text in _private_reaches(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert reaches == []
