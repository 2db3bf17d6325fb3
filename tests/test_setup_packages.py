"""The README's set-up names exactly the Debian packages CI installs (issue 12, finding 11).

A machine prepared as the README says must pass `uv run pytest`: so the README's
`apt-get install` line in its Quick start and `.ci/run`'s apt_packages list are one list.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).parents[1]


def ci_packages() -> list[str]:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    match = re.search(r"^apt_packages=\((.*?)^\)", script, re.MULTILINE | re.DOTALL)
    assert match, ".ci/run has no apt_packages=( … ) list"
    words: list[str] = []
    for line in match.group(1).splitlines():
        words.extend(shlex.split(line, comments=True))
    return words


def readme_packages() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in quick_start.splitlines() if "apt-get install" in line]
    assert len(lines) == 1, "the Quick start has one apt-get install line"
    words = shlex.split(lines[0].split("apt-get install", 1)[1])
    return [word for word in words if not word.startswith("-")]


def test_finding_11_the_readme_names_every_package_ci_installs_and_no_other() -> None:
    """issue 12, finding 11: the README's set-up line and .ci/run's apt list cannot drift."""
    ci, readme = ci_packages(), readme_packages()
    assert len(set(ci)) == len(ci), "a package twice in .ci/run"
    assert sorted(readme) == sorted(ci)


def test_finding_11_the_tools_the_tests_run_are_in_that_list() -> None:
    """issue 12, finding 11: Xvfb and xdotool (the real-X test) are named; PDFs are read
    with QtPdf, so poppler-utils is not needed at all."""
    packages = set(readme_packages())
    assert {"xvfb", "xdotool", "espeak-ng", "libxcb-cursor0"} <= packages
    assert "poppler-utils" not in packages
    for test in (ROOT / "tests").rglob("*.py"):
        assert (
            "pdftotext" not in test.read_text(encoding="utf-8") or test.name == Path(__file__).name
        ), f"{test.name} runs pdftotext: read PDFs with tests/pdf.py"
