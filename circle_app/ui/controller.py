"""Moves between screens and connects them to the services. Holds no widgets of its own."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QApplication

from circle_app.services import Services
from circle_app.store import StoreError
from circle_app.ui.icons import set_icon_color
from circle_app.ui.main_window import MainWindow
from circle_app.ui.settings import Settings
from circle_app.ui.theme import Theme

log = logging.getLogger(__name__)


class AppController(QObject):
    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        database_url: str | None,
        *,
        start: str | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._database_url = database_url
        self._start = start
        self.services: Services | None = None
        self.theme: Theme | None = None
        self.failed: str | None = None

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        set_icon_color(theme.text)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(theme.stylesheet())

    @Slot()
    def finish_start(self) -> None:
        """After the first frame: open the database, then offer an interrupted circle."""
        try:
            self.services = Services.open(self._database_url)
        except StoreError as exc:
            log.error("database refused: %s", exc)
            self.failed = str(exc)
            from circle_app.app import show_fatal

            show_fatal(str(exc))
            QCoreApplication.exit(2)
            return
        self.refresh_home()

    def refresh_home(self) -> None:
        assert self.services is not None
        unfinished = self.services.circles.unfinished()
        self.window.home.show_unfinished(unfinished[0] if unfinished else None)

    def shutdown(self) -> None:
        if self.services is not None:
            self.services.close()
            self.services = None
