"""The first frame: heavy start-up work waits for it; tests/perf/run.py measures it.

CIRCLE_APP_REPORT_FIRST_FRAME (for the performance report, not for users):

`1`: at the main window's first painted frame, print `first-frame TIME maxrss-kb KB` and
quit. `circle`: the same at the first frame that shows the circle screen (`circle-app
demo`), so the memory is that of an open circle. `ready`: the same at the first frame after
the database is open and the home screen has its icons (`mark_ready()`).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

ENV = "CIRCLE_APP_REPORT_FIRST_FRAME"


def peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:  # Windows: no getrusage; the report is for the CI machine
        return -1
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class _FirstFrame(QObject):
    def __init__(self, app: QApplication, window: QMainWindow, mode: str) -> None:
        super().__init__(app)
        self._app, self._window, self._mode = app, window, mode
        self._done = False

    def _ready(self) -> bool:
        if self._mode == "ready":
            return _marked
        if self._mode != "circle":
            return True
        current = self._window.centralWidget()
        screen = getattr(current, "currentWidget", lambda: None)()
        return type(screen).__name__ == "CircleScreen"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
            and self._ready()
        ):
            self._done = True
            QTimer.singleShot(0, self._report)  # after this paint has been done
        return False

    def _report(self) -> None:
        sys.stdout.write(f"first-frame {time.time():.6f} maxrss-kb {peak_rss_kb()}\n")
        sys.stdout.flush()
        self._app.removeEventFilter(self)
        self._app.exit(0)


def report_first_frame(app: QApplication, window: QMainWindow, mode: str) -> None:
    app.installEventFilter(_FirstFrame(app, window, mode))


_marked = False


def mark_ready(window: QMainWindow) -> None:
    """The database is open and home has its icons: the `ready` report waits for this."""
    global _marked  # noqa: PLW0603 - one flag for one process's one report
    _marked = True
    window.update()


class _AfterFirstFrame(QObject):
    def __init__(self, app: QApplication, window: QMainWindow, callback: Callable[[], None]):
        super().__init__(app)
        self._app, self._window, self._callback = app, window, callback
        self._called = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self.call)  # once this frame is on screen
        return False

    def call(self) -> None:
        if not self._called:
            self._called = True
            self._callback()


def call_after_first_frame(
    app: QApplication, window: QMainWindow, callback: Callable[[], None]
) -> None:
    """Run `callback` once the window has painted its first frame (at the latest after
    one second, should a platform never paint a hidden window)."""
    waiter = _AfterFirstFrame(app, window, callback)
    app.installEventFilter(waiter)
    QTimer.singleShot(1000, waiter.call)
