"""What the parties see of the restorative conversation: the questions, big (M8, M9).

It is the conversation screen's board widget (issue 18). On one screen it sits in the card
between the party's name and the turn count; when a second screen is the board it fills the
board window, with past, present and future above the questions. It names no party and
holds no control: who answers, in which order, and who is next stay on the keeper's laptop.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from circle_app.domain.conversation import PhaseView
from circle_app.ui.support import labels
from circle_app.ui.widgets.fitted_label import FittedLabel


class ConversationBoard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationBoard")
        self.phase_labels: list[QLabel] = []
        self._phases = QWidget()
        phases = QHBoxLayout(self._phases)
        phases.setContentsMargins(0, 0, 0, 0)
        phases.setSpacing(12)
        phases.addStretch(1)
        for _ in range(3):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumWidth(180)
            self.phase_labels.append(label)
            phases.addWidget(label)
        phases.addStretch(1)
        self._phases.hide()  # one screen: the screen's own row shows them
        self.step_label = QLabel()
        self.step_label.setProperty("muted", True)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.questions_label = FittedLabel()
        self.questions_label.max_pixel_size = 96
        bold = QFont(self.questions_label.font())
        bold.setBold(True)
        self.questions_label.setFont(bold)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(8)
        self._layout.addWidget(self._phases)
        self._layout.addWidget(self.step_label)
        self._layout.addWidget(self.questions_label, 1)
        self._on_board = False
        self.set_on_board(False)

    @property
    def on_board(self) -> bool:
        return self._on_board

    def set_on_board(self, on_board: bool) -> None:
        """Full screen on the board: a card of its own, the phases on it, bigger words."""
        self._on_board = on_board
        self.setProperty("card", on_board)
        self.style().unpolish(self)
        self.style().polish(self)
        self._phases.setVisible(on_board)
        if on_board:
            self._layout.setContentsMargins(80, 40, 80, 56)
            self._layout.setSpacing(20)
            self.step_label.setStyleSheet("font-size: 24pt;")
            self.questions_label.max_pixel_size = 120
        else:
            self._layout.setContentsMargins(0, 0, 0, 0)
            self._layout.setSpacing(8)
            self.step_label.setStyleSheet("font-size: 15pt;")
            self.questions_label.max_pixel_size = 96
        for label in self.phase_labels:
            label.setStyleSheet(phase_style(str(label.property("phaseState") or ""), on_board))

    def show_phases(self, views: Sequence[PhaseView]) -> None:
        for label, view in zip(self.phase_labels, views, strict=True):
            label.setText(labels.phase(view.phase))
            label.setProperty("phaseState", view.state)
            label.setStyleSheet(phase_style(view.state, self._on_board))

    def show_questions(
        self, step: str, questions: str, alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter
    ) -> None:
        self.step_label.setText(step)
        self.questions_label.setAlignment(alignment)
        self.questions_label.setText(questions)


def phase_style(state: str, big: bool = False) -> str:
    """Past, present, future as pills: the current one amber and bold, the done ones teal."""
    size = (
        "22pt; padding: 10px 28px; border-radius: 26px;"
        if big
        else ("14pt; padding: 8px 16px; border-radius: 18px;")
    )
    base = f"font-size: {size}"
    if state == "current":
        return base + "background: #eb9a2e; color: #26262e; font-weight: bold;"
    if state == "done":
        return base + "background: #2f9c88; color: white;"
    return base + "border: 2px solid #8a8478;"
