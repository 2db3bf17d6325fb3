"""A number with big − and + buttons: a spin box a finger can use on a smartboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class Stepper(QWidget):
    valueChanged = Signal(int)  # noqa: N815 - Qt naming, like QSpinBox

    def __init__(
        self,
        minimum: int,
        maximum: int,
        value: int,
        suffix: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._minimum, self._maximum = minimum, maximum
        self._value = max(minimum, min(value, maximum))
        self._suffix = suffix
        self.minus = QPushButton("−")
        self.plus = QPushButton("+")
        for button in (self.minus, self.plus):
            button.setFixedSize(56, 48)  # the app's 48 px target, so no layout squeezes it
            button.setAutoRepeat(True)
            button.setStyleSheet(
                "font-size: 20pt; font-weight: bold; padding: 0; border-radius: 24px;"
            )
        self.minus.setAccessibleName(self.tr("Fewer"))
        self.plus.setAccessibleName(self.tr("More"))
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumWidth(110)
        self.label.setStyleSheet("font-size: 16pt;")
        self.minus.clicked.connect(lambda: self.setValue(self._value - 1))
        self.plus.clicked.connect(lambda: self.setValue(self._value + 1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.minus)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.plus)
        self._show()

    def value(self) -> int:
        return self._value

    @Slot(int)
    def setValue(self, value: int) -> None:
        value = max(self._minimum, min(value, self._maximum))
        if value != self._value:
            self._value = value
            self._show()
            self.valueChanged.emit(value)

    def _show(self) -> None:
        self.label.setText(f"{self._value}{self._suffix}")
        self.minus.setEnabled(self._value > self._minimum)
        self.plus.setEnabled(self._value < self._maximum)
