"""Builds the QApplication, theme, settings, store and speaker, and wires them. Nothing else."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from circle_app import APP_NAME, ORG_NAME, __version__
from circle_app.logging_setup import setup_logging

if TYPE_CHECKING:
    from circle_app.ui.shell.controller import AppController
    from circle_app.ui.shell.main_window import MainWindow
    from circle_app.ui.support.qt_speaker import QtSpeaker
    from circle_app.ui.support.settings import Settings

log = logging.getLogger(__name__)


def run_gui(database_url: str | None = None, start: str | None = None) -> int:
    """Show the window first; open the database and heavy modules right after the first frame."""
    made = QApplication.instance() is None
    # Fusion from the start: the board's style is made from it and follows the first frame.
    app = QApplication([*sys.argv, "-style", "Fusion"]) if made else QApplication.instance()
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    install_excepthook()
    from circle_app.ui.support.frame_report import (
        ENV,
        call_after_first_frame,
        mark_ready,
        report_first_frame,
    )

    window, settings = build_window(app, board_look_later=made)
    controllers: list[AppController] = []

    def wire() -> None:
        """After the first frame: the controller, then home's data. Read ahead on sqlite3
        when the database is a sound, private SQLite file at head (store/start_read.py):
        SQLAlchemy, the store, the banks and the speech engine follow home's ready frame.
        Otherwise (an upgrade, a fault, PostgreSQL) the store is opened first, as ever."""
        from circle_app.heap import resume_collection

        resume_collection()  # paused for the start by cli.main (heap.py)
        controller = build_controller(window, settings, database_url, start)
        controllers.append(controller)
        controller.start_failed.connect(lambda _message: app.exit(2))
        if controller.read_home_first():
            mark_ready(window)

            def open_store() -> None:
                setup_logging()  # its file handler's imports wait for the ready frame too
                log.info("circle-app %s started", __version__)
                controller.finish_start()
                QTimer.singleShot(0, controller.prepare_flows)

            call_after_first_frame(app, window, lambda: QTimer.singleShot(0, open_store))
            return
        setup_logging()
        log.info("circle-app %s started", __version__)
        controller.finish_start()
        mark_ready(window)
        # The flows and their screens once home's ready frame is painted: a tile pressed
        # later opens at once, and the class's first frame of home does not wait for them.
        call_after_first_frame(app, window, lambda: QTimer.singleShot(0, controller.prepare_flows))

    # A zero timer would run before the first paint and keep the board blank meanwhile.
    call_after_first_frame(app, window, wire)
    if made:
        from circle_app.ui.support.theme import finish_board_look

        call_after_first_frame(app, window, lambda: finish_board_look(app))
    if os.environ.get(ENV):  # tests/perf/run.py: start-up time and memory (filters installed
        report_first_frame(app, window, os.environ[ENV])  # last are asked first)
    window.show()
    code = app.exec()
    for controller in controllers:
        controller.shutdown()
    return code


def build_window(
    app: QApplication, *, board_look_later: bool = False
) -> tuple[MainWindow, Settings]:
    """The window as the first frame shows it: fonts, theme, translations, the home screen.
    `board_look_later`: the app is on Fusion and the caller installs the board's style and
    the accessible names after the first frame (theme.finish_board_look), as run_gui does."""
    from circle_app.heap import keep_no_module_sources

    keep_no_module_sources()  # before the window's imports: PySide6 keeps no source (22 MB)
    from circle_app.ui.shell.main_window import MainWindow
    from circle_app.ui.support import theme as theme_module
    from circle_app.ui.support.settings import THEME, Settings
    from circle_app.ui.support.translations import install_translators

    settings = Settings()
    install_translators(app, settings)
    if board_look_later:
        theme_module.apply_first_frame_look(app)  # the font
    else:
        theme_module.apply_board_look(app)  # font, style, accessible names
    chosen = theme_module.THEMES[settings.get(THEME)]
    app.setPalette(chosen.palette())
    app.setStyleSheet(chosen.stylesheet())
    return MainWindow(settings), settings


def build_controller(
    window: MainWindow,
    settings: Settings,
    database_url: str | None,
    start: str | None,
    *,
    speaker_factory: Callable[[QObject], QtSpeaker] | None = None,
) -> AppController:
    """The shell, themed; a refused database is shown in the fatal dialog."""
    from circle_app.heap import give_back_freed_buffers
    from circle_app.ui.shell.controller import AppController
    from circle_app.ui.support import theme as theme_module
    from circle_app.ui.support.settings import THEME

    give_back_freed_buffers()  # a school day's freed board-sized pixmaps go back (soak)
    controller = AppController(
        window, settings, database_url, start=start, speaker_factory=speaker_factory
    )
    controller.start_failed.connect(lambda message: show_fatal(message))
    controller.apply_theme(theme_module.THEMES[settings.get(THEME)])
    return controller


def install_excepthook() -> None:
    """An unexpected error is logged (type and place, no data) and told to the user
    in one calm sentence; the circle is already on disk, so nothing is lost."""
    shown = False

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal shown
        from PySide6.QtWidgets import QMessageBox

        from circle_app.store import DiskFullError, StoreError
        from circle_app.store.faults import is_disk_full
        from circle_app.ui.support.errors import error_text

        if is_disk_full(value) or isinstance(value, StoreError):
            # A full disk or another store fault the action did not catch: what it says,
            # every time (the transaction was rolled back, so nothing of it is stored).
            log.error("not saved: %s", kind.__name__)
            if QApplication.instance() is not None:
                known = value if isinstance(value, StoreError) else DiskFullError()
                QMessageBox.warning(
                    None, QCoreApplication.translate("app", "Not saved"), error_text(known)
                )
            return
        log.error("unexpected %s", kind.__name__, exc_info=(kind, value, tb))
        if shown or QApplication.instance() is None:
            return
        shown = True
        QMessageBox.warning(
            None,
            QCoreApplication.translate("app", "circle-app"),
            QCoreApplication.translate(
                "app",
                "Something went wrong. Everything shown so far is saved. "
                "If it happens again, restart circle-app; the log file helps the IT staff.",
            ),
        )

    sys.excepthook = hook


def show_fatal(message: str) -> None:
    """A clear dialog (and the same line on stderr) instead of a traceback."""
    from PySide6.QtWidgets import QMessageBox

    print(f"circle-app: {message}", file=sys.stderr)  # noqa: T201 - the user must see it
    QMessageBox.critical(None, QCoreApplication.translate("app", "circle-app"), message)
