"""Translations: `update` the .ts sources from the code, `release` the .qm files, `check` both.

    uv run python tools/i18n.py update    # after changing user-visible strings
    uv run python tools/i18n.py release   # after translating (Qt Linguist: pyside6-linguist)
    uv run python tools/i18n.py check     # what CI runs through tests/test_translations.py

English is the source language; its .ts holds only the plural forms (%n) English needs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("da", "en")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"circle_app_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"circle_app_{language}.qm"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: run through `uv run`")
    return found


_MESSAGE = re.compile(r"    <message( numerus=\"yes\")?>\n(.*?)    </message>\n", re.DOTALL)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
_TRANSLATION = re.compile(r"        <translation.*?</translation>\n", re.DOTALL)


def _context_blocks(text: str) -> list[tuple[str, str]]:
    return re.findall(r"<context>\n    <name>(.*?)</name>\n(.*?)</context>", text, re.DOTALL)


def _plural_translations(path: Path) -> dict[tuple[str, str], str]:
    """The plural (numerus) translations a .ts holds, by context and source."""
    if not path.exists():
        return {}
    found = {}
    for context, body in _context_blocks(path.read_text(encoding="utf-8")):
        for numerus, inner in _MESSAGE.findall(body):
            source = _SOURCE.search(inner)
            translation = _TRANSLATION.search(inner)
            if numerus and source and translation:
                found[(context, source.group(1))] = translation.group(0)
    return found


def _mark_plurals(path: Path, kept: dict[tuple[str, str], str]) -> None:
    """Every source holding %n is a plural, wherever it is written: lupdate marks only
    self.tr(…, n), so a QCoreApplication.translate or a CLI message is marked here, and
    its plural forms are kept across updates."""
    text = path.read_text(encoding="utf-8")
    empty = (
        '        <translation type="unfinished">\n'
        "            <numerusform></numerusform>\n"
        "            <numerusform></numerusform>\n"
        "        </translation>\n"
    )

    def fix_context(block: re.Match[str]) -> str:
        context = block.group(1)

        def fix(message: re.Match[str]) -> str:
            inner = message.group(2)
            source = _SOURCE.search(inner)
            if message.group(1) or source is None or "%n" not in source.group(1):
                return message.group(0)
            forms = kept.get((context, source.group(1)), empty)
            inner = _TRANSLATION.sub(lambda _: forms, inner, count=1)
            return f'    <message numerus="yes">\n{inner}    </message>\n'

        return block.group(0).replace(block.group(2), _MESSAGE.sub(fix, block.group(2)))

    fixed = re.sub(
        r"<context>\n    <name>(.*?)</name>\n(.*?)</context>", fix_context, text, flags=re.DOTALL
    )
    path.write_text(fixed, encoding="utf-8")


def lupdate(targets: list[Path]) -> None:
    kept = {target: _plural_translations(target) for target in targets}
    _lupdate(targets)
    for target in targets:
        _mark_plurals(target, kept[target])


def _lupdate(targets: list[Path]) -> None:
    subprocess.run(
        [
            _tool("lupdate"),
            "-extensions",
            "py",
            "-recursive",
            "-no-obsolete",
            "-locations",
            "none",
            str(ROOT / "circle_app"),
            "-ts",
            *map(str, targets),
        ],
        check=True,
        capture_output=True,
    )


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [_tool("lrelease"), "-silent", str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
    )


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = ts_path(language)
        if not path.exists():
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}"></TS>\n',
                encoding="utf-8",
            )
    lupdate([ts_path(language) for language in LANGUAGES])


def release() -> None:
    for language in LANGUAGES:
        lrelease(ts_path(language), qm_path(language))


def unfinished(language: str) -> list[str]:
    """Sources without a finished translation (for English: plural messages only)."""
    tree = ET.parse(ts_path(language))
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        plural = message.get("numerus") == "yes"
        if language == "en" and not plural:
            continue
        if (
            translation is None
            or translation.get("type") in {"unfinished", "vanished"}
            or plural
            and any(not (form.text or "").strip() for form in translation.iter("numerusform"))
            or not plural
            and not (translation.text or "").strip()
        ):
            missing.append(source)
    return missing


def problems() -> list[str]:
    """Stale sources, missing translations, or .qm files older than their .ts."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for language in LANGUAGES:
            copy = Path(tmp) / ts_path(language).name
            shutil.copy(ts_path(language), copy)
            copies.append(copy)
        lupdate(copies)
        for language, copy in zip(LANGUAGES, copies, strict=True):
            if copy.read_bytes() != ts_path(language).read_bytes():
                found.append(f"{ts_path(language).name} is stale: run tools/i18n.py update")
            compiled = Path(tmp) / f"{language}.qm"
            lrelease(ts_path(language), compiled)
            if (
                not qm_path(language).exists()
                or compiled.read_bytes() != qm_path(language).read_bytes()
            ):
                found.append(f"{qm_path(language).name} is stale: run tools/i18n.py release")
    for language in LANGUAGES:
        for source in unfinished(language):
            found.append(f"{ts_path(language).name}: no translation for {source!r}")
    return found


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        issues = problems()
        for line in issues:
            print(line)  # noqa: T201
        return 1 if issues else 0
    else:
        print(__doc__)  # noqa: T201
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
