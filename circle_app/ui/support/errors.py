"""What went wrong, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from circle_app.store import DiskFullError, StoreError
from circle_app.store.faults import is_disk_full


def error_text(exc: BaseException) -> str:
    """A store error's message translated and filled in; a full disk (from any layer) as
    one sentence; anything else as it is."""
    if not isinstance(exc, StoreError) and is_disk_full(exc):
        exc = DiskFullError()
    if not isinstance(exc, StoreError):
        return str(exc)
    template = QCoreApplication.translate("StoreError", exc.template)
    try:
        return template.format(**exc.params)
    except (KeyError, IndexError, ValueError):  # a translation with broken blanks
        return str(exc)


def warn_unsaved(parent: QWidget | None, exc: BaseException) -> None:
    """The one "Not saved" box: what went wrong, in the interface language."""
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "Not saved"), error_text(exc))
