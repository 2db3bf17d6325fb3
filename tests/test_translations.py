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
