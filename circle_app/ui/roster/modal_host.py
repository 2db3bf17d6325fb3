"""The one open dialog of the roster screen: window-modal without blocking (open()), so a
finger, a keyboard and the tests drive the same widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


class ModalHost(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.dialog: QDialog | None = None  # the one open dialog, if any

    def open(
        self,
        dialog: QDialog,
        accepted: Callable[[], None] | None,
        *,
        finished: Callable[[int], None] | None = None,
    ) -> None:
        """`accepted` runs when the dialog says yes; `finished` gets any result."""
        if self.dialog is not None:
            dialog.deleteLater()
            return
        self.dialog = dialog

        def on_finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if finished is not None:
                finished(result)
            elif result == QDialog.DialogCode.Accepted and accepted is not None:
                accepted()

        dialog.finished.connect(on_finished)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def confirm(self, title: str, text: str, action: str, then: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self._parent)
        box.setObjectName("confirm")
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)  # Enter on a destructive question does nothing harmful
        box.setEscapeButton(no)

        def done(_result: int) -> None:
            if box.clickedButton() is yes:
                then()

        self.open(box, None, finished=done)

    def error(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not saved"),
            text,
            parent=self._parent,
        )
        box.setObjectName("error")
        self.open(box, None)
