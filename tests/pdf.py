"""Reading a PDF back in tests with Qt's own QtPdf (no poppler-utils to install)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument


def pdf_text(path: Path) -> str:
    """The text of every page, pages joined by a line break; AssertionError if unreadable."""
    document = QPdfDocument()
    error = document.load(str(path))
    assert error == QPdfDocument.Error.None_, f"QtPdf could not read {path.name}: {error}"
    assert document.status() == QPdfDocument.Status.Ready
    pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return "\n".join(pages)
