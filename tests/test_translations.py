"""CI fails when a user-visible string lacks its Danish translation (issue 8)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _i18n():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("i18n", ROOT / "tools" / "i18n.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_every_string_has_danish_and_the_files_are_fresh() -> None:
    problems = _i18n().problems()
    assert problems == [], "\n".join(problems)


def test_the_danish_interface_is_danish(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load("circle_app_da", str(ROOT / "resources" / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("HomeScreen", "Start a circle") != "Start a circle"
        assert QCoreApplication.translate("labels", "Conflict circle") == "Konfliktcirkel"
        one = QCoreApplication.translate("SummaryScreen", "%n round(s) held", "", 1)
        many = QCoreApplication.translate("SummaryScreen", "%n round(s) held", "", 3)
        assert one.startswith("1 runde")
        assert many.startswith("3 runder")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_store_messages_keep_their_blanks_in_danish() -> None:
    """A store error is filled in after translation: its {names} must survive it."""
    import re
    import xml.etree.ElementTree as ET

    tree = ET.parse(ROOT / "resources" / "translations" / "circle_app_da.ts")
    blanks = re.compile(r"\{(\w+)\}")
    checked = 0
    for context in tree.iter("context"):
        if context.findtext("name") != "StoreError":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            assert set(blanks.findall(source)) == set(blanks.findall(translation)), source
            checked += 1
    assert checked >= 20


def test_a_refused_database_is_explained_in_danish(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from circle_app.store import StoreError, open_store
    from circle_app.ui.support.errors import error_text

    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 100)
    with pytest.raises(StoreError) as refused:
        open_store(f"sqlite:///{broken}")
    translator = QTranslator()
    assert translator.load("circle_app_da", str(ROOT / "resources" / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        text = error_text(refused.value)
    finally:
        QCoreApplication.removeTranslator(translator)
    expected = "er ikke en circle-app-database (eller den er beskadiget). Den er ikke blevet rørt."
    assert text == f"{broken} {expected}"


_CLI_FILES = [
    ROOT / "circle_app" / "cli.py",
    *sorted((ROOT / "circle_app" / "commands").glob("*.py")),
]
_TRANSLATING = {"translate", "QT_TRANSLATE_NOOP"}
_WORDS = __import__("re").compile(r"[A-Za-z]{2,}[^\w{}\s]*\s+[^\w{}\s]*[A-Za-z]{2,}")


def _untranslated(path: Path) -> list[str]:
    """Literal text in `path` a person reads that no translate() call wraps."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    inside: set[int] = set()
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in _TRANSLATING:
                inside.update(id(child) for child in ast.walk(node))
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    found = []
    for node in ast.walk(tree):
        if id(node) in inside or id(node) in docstrings:
            continue
        if isinstance(node, ast.JoinedStr):
            for part in node.values:
                inside.add(id(part))
            literal = "\x00".join(
                str(part.value) for part in node.values if isinstance(part, ast.Constant)
            )
            if _WORDS.search(literal.replace("circle-app", "")):
                found.append(f"{path.name}:{node.lineno}: {literal!r}")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and _WORDS.search(node.value.replace("circle-app", ""))
        ):
            found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    return found


def test_issue15_no_command_line_message_bypasses_translation() -> None:
    """issue 15: every sentence the command line prints or shows in --help goes through
    translate() (or QT_TRANSLATE_NOOP), so it has Danish."""
    found = [line for path in _CLI_FILES for line in _untranslated(path)]
    assert found == [], "\n".join(found)


def test_issue15_every_command_line_message_is_in_the_catalogue() -> None:
    """issue 15: lupdate reads a translate() call only with literals (and a plain name as
    the count): one it cannot read would stay English. Each is in the Danish catalogue."""
    import ast
    import xml.etree.ElementTree as ET

    tree = ET.parse(ROOT / "resources" / "translations" / "circle_app_da.ts")
    known = {
        (context.findtext("name"), message.findtext("source"))
        for context in tree.iter("context")
        for message in context.iter("message")
    }
    missing = []
    for path in _CLI_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in _TRANSLATING or len(node.args) < 2:
                continue
            context, source = node.args[0], node.args[1]
            if isinstance(context, ast.Constant) and isinstance(source, ast.Name):
                continue  # a message marked with QT_TRANSLATE_NOOP where it is written
            if not (isinstance(context, ast.Constant) and isinstance(source, ast.Constant)):
                missing.append(f"{path.name}:{node.lineno}: not literals")
                continue
            if len(node.args) == 4 and not isinstance(node.args[3], ast.Name):
                missing.append(f"{path.name}:{node.lineno}: the count is not a plain name")
            if (context.value, source.value) not in known:
                missing.append(f"{path.name}:{node.lineno}: {source.value!r}")
    assert missing == [], "\n".join(missing)
