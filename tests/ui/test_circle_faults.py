"""A write that fails while the circle is on the board: "Not saved" with the reason, and
the board stays where the database is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from circle_app.domain.circle import CircleSetup, Seat
from circle_app.domain.enums import CircleKind
from circle_app.store.circles import CircleStore
from circle_app.store.engine import sqlite_path
from circle_app.ui.shell.controller import AppController


@pytest.mark.parametrize("fault", ["deleted", "read-only"])
def test_a_failed_write_says_not_saved_and_the_piece_stays(
    fault: str,
    make_app: Callable[..., AppController],
    sqlite_url: str,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[tuple[str, str]] = []

    def warning(_parent: object, title: str, text: str, *_args: Any) -> None:
        warnings.append((title, text))

    monkeypatch.setattr(QMessageBox, "warning", warning)
    controller = make_app(sqlite_url)
    seats = tuple(Seat(i) for i in range(5))
    controller.start_circle(CircleSetup(CircleKind.PEACETIME, seats, frozenset(range(5)), 0))
    screen = controller.circle_screen
    assert screen is not None
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert screen.ring.state.current == 1
    assert controller.services is not None
    engine = controller.services.engine

    if fault == "deleted":
        path = sqlite_path(sqlite_url)
        assert path is not None
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            file.unlink(missing_ok=True)
        reason = "moved or deleted"
    else:
        engine.dispose()
        event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA query_only = ON"))
        reason = "read-only"

    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    qtbot.keyClick(screen, Qt.Key.Key_P)
    assert [title for title, _ in warnings] == ["Not saved", "Not saved"]
    assert all(reason in text for _, text in warnings)
    assert screen.ring.state.current == 1  # the board shows what is stored
    if fault == "read-only":
        assert len(CircleStore(engine).load(screen.circle_id).events) == 2
