"""The database upgrade at start, shown: a progress window over the home screen instead of a
frozen board (issue 20).

`UpgradeProgress` is the store's UpgradeWatch (circle_app.store.migrate): its `run()` runs
the upgrade on a worker thread and keeps the GUI thread's event loop turning (a local
QEventLoop) until it ends, so the window paints and the progress advances; `report()` is
called by the upgrade, from that thread, after each migration. The upgrade itself is
unchanged: one transaction, put back from its copy if it fails. Nothing is built or shown
at a start with nothing to upgrade, and a short upgrade (a first start) shows nothing
either: the window appears only once the upgrade has taken `show_after_ms`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 400


class UpgradeDialog(QDialog):
    """What the board shows while the database is upgraded. It cannot be closed meanwhile
    (Esc and the window's close do nothing): the upgrade ends by itself, all or nothing."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Upgrading the database"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setModal(True)
        self.setMinimumWidth(640)
        self.title = QLabel(self.tr("Upgrading the database to this version of circle-app"))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.message = QLabel(
            self.tr(
                "This happens once, after an update, and can take a minute. "
                "Keep circle-app open: if it stops, nothing is lost."
            )
        )
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 15pt;")
        self.bar = QProgressBar()
        self.bar.setMinimumHeight(32)
        self.bar.setTextVisible(False)  # said beside it, legible over neither part of the bar
        self.step = QLabel()
        self.step.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.elapsed = QLabel()
        self.elapsed.setStyleSheet("font-size: 15pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.step)
        layout.addWidget(self.bar)
        layout.addWidget(self.elapsed)
        self.set_step(0, 1)
        self.set_seconds(0)

    def set_step(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        from circle_app.ui.support.labels import number  # only when an upgrade is shown

        text = self.tr("Step %1 of %2").replace("%1", number(done)).replace("%2", number(total))
        self.step.setText(text)
        self.bar.setAccessibleName(text)

    def set_seconds(self, seconds: int) -> None:
        """Moves every second, so the board is visibly alive during a long step."""
        self.elapsed.setText(self.tr("Working: %n second(s) so far", "", seconds))

    def reject(self) -> None:  # Esc: the upgrade cannot be stopped halfway
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


class UpgradeProgress(QObject):
    advanced = Signal(int, int)
    """(migrations applied, migrations in all), in the GUI thread, the window showing it."""

    _reported = Signal(int, int)
    _ended = Signal()

    def __init__(self, parent: QWidget | None, *, show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(parent)
        self._parent = parent
        self._show_after_ms = show_after_ms
        self._dialog: UpgradeDialog | None = None
        self._shown = False
        self._step = (0, 1)
        self._started = 0.0
        self._reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)

    @property
    def dialog(self) -> UpgradeDialog | None:
        """The progress window while it is shown (None before and after)."""
        return self._dialog

    @property
    def shown(self) -> bool:
        """The progress window was shown (an upgrade took longer than `show_after_ms`)."""
        return self._shown

    def report(self, done: int, total: int) -> None:
        """From the upgrading thread: `done` of `total` migrations applied."""
        self._reported.emit(done, total)

    def run(self, upgrade: Callable[[], None]) -> None:
        """Run `upgrade` on a worker thread; meanwhile the event loop turns here (painting,
        progress). Returns when it has ended; raises what it raised."""
        failure: list[BaseException] = []
        loop = QEventLoop()
        self._ended.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

        def work() -> None:
            try:
                upgrade()
            except BaseException as exc:  # noqa: BLE001  (raised again in the GUI thread)
                failure.append(exc)
            finally:
                self._ended.emit()

        self._started = time.monotonic()
        ticker = QTimer(self)
        ticker.setInterval(1000)
        ticker.timeout.connect(self._tick)
        ticker.start()
        later = QTimer(self)
        later.setSingleShot(True)
        later.timeout.connect(self._show)
        later.start(self._show_after_ms)
        thread = threading.Thread(target=work, name="circle-app-upgrade")
        thread.start()
        loop.exec()
        thread.join()
        for timer in (ticker, later):
            timer.stop()
            timer.deleteLater()
        self._ended.disconnect(loop.quit)
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        if failure:
            raise failure[0]

    @Slot()
    def _show(self) -> None:
        if self._dialog is None:
            log.info("database upgrade under way: showing its progress")
            self._dialog = UpgradeDialog(self._parent)
            self._shown = True
        self._dialog.set_step(*self._step)
        self._tick()
        self._dialog.show()

    @Slot()
    def _tick(self) -> None:
        if self._dialog is not None:
            self._dialog.set_seconds(int(time.monotonic() - self._started))

    @Slot(int, int)
    def _on_reported(self, done: int, total: int) -> None:
        self._step = (done, total)
        if self._dialog is None and time.monotonic() - self._started >= self._show_after_ms / 1000:
            self._show()
        if self._dialog is not None:
            self._dialog.set_step(done, total)
        self.advanced.emit(done, total)
