"""docs/method.md states every rule of the method and lists, per rule, the tests that
enforce it; the list is generated from the test names, so it must never be stale."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "method.md"


def test_method_doc_states_every_rule_once() -> None:
    text = DOC.read_text(encoding="utf-8")
    stated = re.findall(r"^\*\*(M\d+) ", text, flags=re.MULTILINE)
    assert stated == [f"M{n}" for n in range(1, 17)]


def test_method_doc_test_index_is_current() -> None:
    checked = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "method_index.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_method_doc_index_names_tests_that_exist() -> None:
    """Every test the index names is a function in the file it links to."""
    text = DOC.read_text(encoding="utf-8")
    links = re.findall(r"\[`(test_\w+)`\]\(\.\./(tests/[\w/]+\.py)\)", text)
    assert len(links) > 40
    for name, path in links:
        assert f"def {name}(" in (ROOT / path).read_text(encoding="utf-8"), (name, path)


def test_readme_leads_to_the_rule_a_pass_is_offered_again() -> None:
    """A newcomer goes README -> docs/method.md -> M1 -> its tests."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/method.md" in readme
    text = DOC.read_text(encoding="utf-8")
    m1 = text.split("### M1:")[1].split("###")[0]
    assert "pass" in m1
