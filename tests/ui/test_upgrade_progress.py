"""Issue 20, finding 5: a schema upgrade at start shows a progress window that keeps painting
and advances with each migration, and stays all-or-nothing."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from circle_app.services import Services
from circle_app.store import StoreError, open_store
from circle_app.store import migrate as migrate_module
from circle_app.store.engine import make_engine
from circle_app.store.migrate import HEAD_REVISION, current_revision
from circle_app.ui.shell.controller import AppController
from circle_app.ui.shell.upgrade_progress import UpgradeProgress
from tests.stress.schema_rows import FIXTURES


def old_database(tmp_path: Path) -> str:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "0005.sqlite3", path)
    return f"sqlite:///{path}"


class Paints(QObject):
    """Counts the paint events a widget gets."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_an_upgrade_at_start_shows_progress_that_advances_while_the_window_paints(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """issue 20, finding 5: the window says the database is being upgraded, counts the
    migrations up to the last, and the event loop runs meanwhile (a timer ticks, the
    progress window paints); then it closes and the app has its database at head."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    progress = UpgradeProgress(window, show_after_ms=0)
    seen: list[tuple[int, int, bool]] = []
    paints = Paints()

    def advanced(done: int, total: int) -> None:
        dialog = progress.dialog
        assert dialog is not None
        dialog.installEventFilter(paints)
        seen.append((done, total, dialog.isVisible()))

    progress.advanced.connect(advanced)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(threading.active_count()))
    timer.start()
    services = Services.open(old_database(tmp_path), upgrade=progress)
    timer.stop()
    try:
        assert current_revision(services.engine) == HEAD_REVISION
    finally:
        services.close()
    steps = int(HEAD_REVISION) - 5
    assert [(done, total) for done, total, _ in seen] == [(n, steps) for n in range(steps + 1)]
    assert all(visible for *_, visible in seen)
    assert ticks  # the event loop was not frozen by the upgrade
    assert paints.count > 0
    assert progress.shown
    assert progress.dialog is None  # closed once the upgrade has ended


def test_a_start_at_head_shows_no_progress_window(qtbot: QtBot, database_url: str) -> None:
    """issue 20, finding 5: nothing to upgrade, nothing shown, not even for a moment."""
    window = QWidget()
    qtbot.addWidget(window)
    progress = UpgradeProgress(window, show_after_ms=0)
    services = Services.open(database_url, upgrade=progress)
    services.close()
    assert not progress.shown


def test_a_first_start_builds_its_database_without_a_progress_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """issue 20, finding 5: an empty data folder has nothing to carry over: its migrations
    run at once, no window takes the keys pressed meanwhile (they reach the board after)."""
    window = QWidget()
    qtbot.addWidget(window)
    progress = UpgradeProgress(window, show_after_ms=0)
    services = Services.open(f"sqlite:///{tmp_path / 'new.sqlite3'}", upgrade=progress)
    try:
        assert current_revision(services.engine) == HEAD_REVISION
    finally:
        services.close()
    assert not progress.shown


def test_a_failed_upgrade_behind_the_progress_window_is_put_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 20, finding 5: run from the progress window, an upgrade that fails after part
    of it was committed still ends with the database as it was and the plain message."""
    url = old_database(tmp_path)

    def half_then_fail(engine: Engine, *_progress: object) -> None:
        from alembic import command

        command.upgrade(migrate_module.alembic_config(engine), "0008")  # committed
        raise RuntimeError("a migration failed")

    monkeypatch.setattr(migrate_module, "run_migrations", half_then_fail)
    window = QWidget()
    qtbot.addWidget(window)
    progress = UpgradeProgress(window, show_after_ms=0)
    with pytest.raises(StoreError, match="put it back as it was"):
        open_store(url, progress=progress.report, runner=progress.run)
    assert progress.shown
    assert progress.dialog is None
    engine = make_engine(url)
    try:
        assert current_revision(engine) == "0005"
    finally:
        engine.dispose()


def test_the_app_upgrades_an_old_database_at_start_behind_its_progress_window(
    make_app: Callable[..., AppController], tmp_path: Path
) -> None:
    """issue 20, finding 5: the real start (controller) runs the upgrade through the window's
    progress and then shows home with the database at head."""
    controller = make_app(old_database(tmp_path))
    assert controller.failed is None
    assert controller.services is not None
    assert current_revision(controller.services.engine) == HEAD_REVISION
    assert type(controller.navigator.current).__name__ == "HomeScreen"
