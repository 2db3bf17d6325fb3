"""The summary the class sees: a thank-you and the class's totals, nobody singled out (M7).

It is the summary screen's board widget (issue 18): on one screen it heads the summary; when
a second screen is the board it fills the board window, centred and big. It holds no name,
no per-person count and no control.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from circle_app.domain.circle import CircleSummary


class SummaryBoard(QFrame):
    def __init__(self, summary: CircleSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryBoard")
        translate = QCoreApplication.translate  # the words stay in the summary's catalogue
        self.heading = QLabel(translate("SummaryScreen", "Thank you for the circle"))
        rounds = summary.rounds_held  # a plain name: lupdate reads the count so
        self.totals = QLabel(
            translate("SummaryScreen", "%n round(s) held", "", rounds)
            + "  ·  "
            + translate("SummaryScreen", "shared: %1").replace("%1", str(summary.spoke))
            + "  ·  "
            + translate("SummaryScreen", "passed: %1").replace("%1", str(summary.passed))
        )
        self.note = QLabel(
            translate(
                "SummaryScreen",
                "Counted per person and round, as on the dashboard: speaking after a pass"
                " counts as sharing. Passing is always allowed; nobody is counted down.",
            )
        )
        self.note.setWordWrap(True)
        self.note.setProperty("muted", True)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(14)
        self._layout.addStretch(0)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.totals)
        self._layout.addWidget(self.note)
        self._layout.addStretch(0)
        self.set_on_board(False)

    def set_on_board(self, on_board: bool) -> None:
        """Full screen on the board: a card of its own, centred, readable from the back."""
        self.setProperty("card", on_board)
        self.style().unpolish(self)
        self.style().polish(self)
        align = Qt.AlignmentFlag.AlignCenter if on_board else Qt.AlignmentFlag.AlignLeft
        for label in (self.heading, self.totals, self.note):
            label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        for label in (self.heading, self.totals):  # one line on the laptop, as it was
            label.setWordWrap(on_board)
        stretch = 1 if on_board else 0
        self._layout.setStretch(0, stretch)
        self._layout.setStretch(4, stretch)
        if on_board:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self._layout.setContentsMargins(120, 64, 120, 64)
            self._layout.setSpacing(40)
            self.heading.setStyleSheet("font-size: 56pt; font-weight: bold;")
            self.totals.setStyleSheet("font-size: 36pt;")
            self.note.setStyleSheet("font-size: 20pt;")
        else:
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            self._layout.setContentsMargins(0, 0, 0, 0)
            self._layout.setSpacing(14)
            self.heading.setStyleSheet("font-size: 30pt; font-weight: bold;")
            self.totals.setStyleSheet("font-size: 18pt;")
            self.note.setStyleSheet("")
