"""The roster screen's erase confirmation says what happens to the pre-upgrade copies, and
the erasure deletes them (issue 12, finding 4)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from circle_app.store.engine import sqlite_path
from tests.ui.test_roster_screen import LEFT, click_box_button, confirm_box, open_roster, seed


def test_erasing_from_the_roster_deletes_the_copies_and_says_so_first(
    qtbot: QtBot, make_app, sqlite_url: str
) -> None:  # type: ignore[no-untyped-def]
    """issue 12, finding 4: the teacher is told before, and no copy keeps the name after."""
    app = make_app(sqlite_url)
    path = sqlite_path(sqlite_url)
    assert path is not None
    seed(app)
    backup = Path(f"{path}.bak-0006-20260101T000000")
    backup.write_bytes(b"SQLite format 3\x00 Bilal Khan")
    screen = open_roster(qtbot, app)
    screen.people.setCurrentRow(1)
    qtbot.mouseClick(screen.remove_button, LEFT)
    box = confirm_box(screen)
    assert "Erase Bilal Khan everywhere?" in box.text()
    assert "copies of the database kept from before upgrades are deleted" in box.text()
    click_box_button(qtbot, box, "Cancel")
    assert backup.exists()
    qtbot.mouseClick(screen.remove_button, LEFT)
    click_box_button(qtbot, confirm_box(screen), "Erase")
    assert not backup.exists()


def test_a_copy_that_could_not_be_deleted_is_named_not_hidden_behind_erased(
    qtbot: QtBot, make_app, sqlite_url: str
) -> None:  # type: ignore[no-untyped-def]
    """The status says "Erased." only when every copy is gone; a copy that stays (here one
    that cannot be opened for writing) is named, with what to do."""
    app = make_app(sqlite_url)
    path = sqlite_path(sqlite_url)
    assert path is not None
    seed(app)
    stuck = Path(f"{path}.bak-0006-20260101T000000")
    stuck.mkdir()  # a folder: it cannot be overwritten and unlinked like a file
    screen = open_roster(qtbot, app)
    screen.people.setCurrentRow(1)
    qtbot.mouseClick(screen.remove_button, LEFT)
    click_box_button(qtbot, confirm_box(screen), "Erase")
    assert screen.status.text() == (
        "Erased, but 1 copy of the database from before an upgrade could not be deleted and "
        f"still holds the name: {stuck}. Delete it by hand."
    )
