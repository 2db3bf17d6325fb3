"""A full disk while the app is on the board: the sentence, and the screen stays with what is
stored. Issue 12, finding 7.

The fault is SQLite's own: every new connection gets `PRAGMA max_page_count` set to the
file's size, so the first write that needs a new page fails with SQLITE_FULL, as on a full
disk.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.enums import CircleKind, GroupKind, Role
from circle_app.store import DiskFullError
from circle_app.store.circles import CircleStore
from circle_app.store.groups import DEMO_GROUP_NAME, GroupStore
from circle_app.store.models import CircleRow, GroupRow
from circle_app.ui.shell.controller import AppController

SENTENCE = "The disk is full: nothing was saved. Free some space and try again."


def make_full(engine: Engine) -> None:
    """From now on the database file of `engine` cannot grow by one page."""
    engine.dispose()

    def limit(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "connect", limit)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def warning(_parent: object, title: str, text: str, *_args: Any) -> None:
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def test_finding_7_a_circle_action_on_a_full_disk_says_so_and_the_piece_stays(
    make_app: Callable[..., AppController],
    sqlite_url: str,
    qtbot: QtBot,
    warnings: list[tuple[str, str]],
) -> None:
    """Issue 12, finding 7: the board never shows a turn the database does not hold."""
    controller = make_app(sqlite_url)
    seats = tuple(Seat(i) for i in range(8))
    controller.start_circle(
        CircleSetup(CircleKind.PEACETIME, seats, frozenset(range(8)), 0, planned_rounds=50)
    )
    screen = controller.circle_screen
    assert screen is not None
    assert controller.services is not None
    engine = controller.services.engine
    make_full(engine)
    for _ in range(3000):
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
        if warnings:
            break
    assert warnings, "the page limit never filled"
    assert warnings[-1] == ("Not saved", SENTENCE)
    stored = CircleStore(engine).load(screen.circle_id)
    assert stored.events == screen.circle.events
    assert screen.ring.state.current == stored.current_seat
    before = screen.ring.state.current
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)  # still full: still refused, still there
    assert warnings[-1] == ("Not saved", SENTENCE)
    assert screen.ring.state.current == before


def test_finding_7_the_demo_on_a_full_disk_says_so_and_adds_nothing(
    make_app: Callable[..., AppController],
    sqlite_url: str,
    qtbot: QtBot,
    warnings: list[tuple[str, str]],
) -> None:
    """Issue 12, finding 7: `circle-app demo` said "Something went wrong"; now the sentence,
    the home screen, and no demo group or circle half made."""
    controller = make_app(sqlite_url)
    assert controller.services is not None
    engine = controller.services.engine
    make_full(engine)
    groups = GroupStore(engine)
    with pytest.raises(DiskFullError):  # noqa: PT012 - fill what room is left, as the app writes
        for i in range(3000):
            groups.create_group(f"Hold {i}", GroupKind.CLASS, [(f"Elev {i:04d}", Role.PUPIL)])
    qtbot.mouseClick(controller.window.home.demo_button, Qt.MouseButton.LeftButton)
    assert warnings == [("Not saved", SENTENCE)]
    assert controller.window.stack.currentWidget() is controller.window.home
    assert controller.circle_screen is None
    with Session(engine) as session:
        assert session.scalars(select(GroupRow).where(GroupRow.name == DEMO_GROUP_NAME)).all() == []
        assert session.scalars(select(func.count()).select_from(CircleRow)).one() == 0


def test_finding_7_an_unhandled_full_disk_reaches_the_user_as_the_sentence(
    qapp: object, warnings: list[tuple[str, str]]
) -> None:
    """Issue 12, finding 7: whatever action meets a full disk, the excepthook says the
    sentence, not "Something went wrong" (and says it again the next time)."""
    from circle_app.app import install_excepthook

    saved = sys.excepthook
    try:
        install_excepthook()
        for _ in range(2):
            try:
                raise OSError(28, "No space left on device")
            except OSError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = saved
    assert [text for _title, text in warnings] == [SENTENCE, SENTENCE]
