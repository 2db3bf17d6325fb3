"""Issue 20: the app's start reads the banks from their snapshot, and a bank the teacher
edited between two starts shows its change at the second."""

from __future__ import annotations

import os
import time
from pathlib import Path

from circle_app.paths import bank_cache_file, user_banks_dir
from circle_app.services import Services

BANK = """\
[bank]
format = 1
id = "my-checkin"
language = "en"
kind = "checkin"
title = "{title}"
description = "The teacher's own."

[[prompts]]
id = "one"
text = "{text}"
ages = ["indskoling"]
"""


def _write(title: str, text: str, minutes_ago: int) -> None:
    folder = user_banks_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mine.toml"
    path.write_text(BANK.format(title=title, text=text), encoding="utf-8")
    stamp = time.time_ns() - minutes_ago * 60 * 10**9
    os.utime(path, ns=(stamp, stamp))


def _start(url: str) -> dict[str, str]:
    services = Services.open(url)
    try:
        return {
            bank.id: bank.prompts[0].text
            for bank in services.prompts.library.banks
            if bank.id == "my-checkin" or bank.id == "en-checkin"
        }
    finally:
        services.close()


def test_issue_20_a_start_keeps_the_banks_snapshot_and_an_edit_shows_at_the_next(
    database_url: str, tmp_path: Path
) -> None:
    """issue 20, banks: the first start writes the snapshot the next start reads; the
    teacher's edit of a bank file in between is what the next start shows."""
    _write("Mine", "How did you sleep?", minutes_ago=10)
    first = _start(database_url)
    assert first["my-checkin"] == "How did you sleep?"
    assert bank_cache_file().is_file()
    _write("Mine", "What did you have for breakfast?", minutes_ago=5)
    second = _start(database_url)
    assert second["my-checkin"] == "What did you have for breakfast?"
    assert second["en-checkin"] == first["en-checkin"]
