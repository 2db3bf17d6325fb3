"""What went wrong, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from circle_app.store import StoreError


def error_text(exc: BaseException) -> str:
    """A store error's message translated and filled in; anything else as it is."""
    if not isinstance(exc, StoreError):
        return str(exc)
    template = QCoreApplication.translate("StoreError", exc.template)
    try:
        return template.format(**exc.params)
    except (KeyError, IndexError, ValueError):  # a translation with broken blanks
        return str(exc)
