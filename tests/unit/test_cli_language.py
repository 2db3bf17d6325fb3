"""issue 15, finding 5: the command line speaks the user's language, with real plurals."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from circle_app.cli import main

ROOT = Path(__file__).resolve().parents[2]
BANKS = ROOT / "question_banks" / "da"


def test_issue15_finding5_lang_da_gives_danish_messages_and_plurals(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--lang", "da", "banks", "validate", str(BANKS / "conflict.toml")]) == 0
    _, err = capsys.readouterr()
    assert re.fullmatch(r"1 spørgsmålsbank, \d+ spørgsmål: alt er i orden\.\n", err)


def test_issue15_finding5_english_counts_are_real_plurals(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--lang", "en", "banks", "validate", str(BANKS / "conflict.toml")]) == 0
    _, err = capsys.readouterr()
    assert re.fullmatch(r"1 bank, \d+ prompts: all valid\.\n", err)
    assert "(s)" not in err


def test_issue15_finding5_argparse_itself_speaks_danish(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--lang", "da", "banks"])
    assert exited.value.code == 2
    _, err = capsys.readouterr()
    assert err.startswith("brug: circle-app banks")
    assert "circle-app banks: fejl: disse argumenter mangler: ACTION" in err


def test_issue15_finding1_a_c_locale_command_line_is_danish(tmp_path: Path) -> None:
    """issue 15, finding 1: LANG=C LC_ALL=C and no saved language: the CLI is Danish."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG="C", LC_ALL="C", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, "-m", "circle_app", "banks", "validate", str(BANKS / "conflict.toml")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    last = done.stderr.splitlines()[-1]
    assert re.fullmatch(r"1 spørgsmålsbank, \d+ spørgsmål: alt er i orden\.", last)
