"""Exports that name children are the owner's only from their first byte (issue 12, finding 4)."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from circle_app.store.conferences import ConferenceStore, add_demo_actions, create_demo_case
from circle_app.ui.conference.agreement_document import write_agreement_pdf


def test_finding_4_the_agreement_pdf_is_0600_even_under_an_open_umask(
    qtbot: QtBot, engine: object, tmp_path: Path
) -> None:
    """issue 12, finding 4: the agreement names every party; a new PDF and one written over
    an older 0644 file are both owner-only."""
    store = ConferenceStore(engine)  # type: ignore[arg-type]
    case = add_demo_actions(
        store, create_demo_case(store, "en", date(2026, 11, 26)), "en", date(2026, 11, 26)
    )
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"old")
    os.chmod(existing, 0o644)
    previous = os.umask(0)
    try:
        for target in (tmp_path / "agreement.pdf", existing):
            write_agreement_pdf(case, target)
            assert target.read_bytes().startswith(b"%PDF-")
            assert stat.S_IMODE(target.stat().st_mode) == 0o600, target.name
    finally:
        os.umask(previous)
