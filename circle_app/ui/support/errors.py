"""What went wrong, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from circle_app.i18n import is_message, render
from circle_app.store import DiskFullError
from circle_app.store.faults import is_disk_full
from circle_app.ui.support.translations import qt_translate


def error_text(exc: BaseException) -> str:
    """A Qt-free layer's message (a store error, a problem…) translated and filled in, as
    the command line does it (circle_app.i18n.render); a full disk (from any layer) as one
    sentence; anything else as it is."""
    if not is_message(exc) and is_disk_full(exc):
        exc = DiskFullError()
    return render(exc, qt_translate)


def message_text(message: object) -> str:
    """Any Qt-free layer's message (a bank or roster problem, a refusal) for the window."""
    return render(message, qt_translate)


def warn_unsaved(parent: QWidget | None, exc: BaseException) -> None:
    """The one "Not saved" box: what went wrong, in the interface language."""
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "Not saved"), error_text(exc))
