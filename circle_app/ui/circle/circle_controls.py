"""The circle screen's row of big controls and its More menu; what they say comes from the
circle (`Circle.next_action`), what they do is the screen's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QWidget

from circle_app.domain.circle import Circle
from circle_app.domain.enums import NextAction, RoundMode
from circle_app.ui.widgets.board_button import BoardButton


def pass_button() -> BoardButton:
    """Pass, as the keeper's row and the board's touch row both show it."""
    return BoardButton(
        "mdi6.hand-back-left-outline", QCoreApplication.translate("CircleScreen", "Pass")
    )


def next_button() -> BoardButton:
    """Next, the main button of both rows."""
    return BoardButton(
        "mdi6.arrow-right-bold", QCoreApplication.translate("CircleScreen", "Next"), primary=True
    )


class CircleControls(QObject):
    """Back, Pass, Next, Read aloud, New prompt and More, laid out in `layout`."""

    mode_toggled = Signal()
    hide_names_toggled = Signal(bool)
    add_seat_requested = Signal()
    pause_requested = Signal()
    end_requested = Signal()

    def __init__(self, parent: QWidget, *, open_rounds: bool, hide_names: bool) -> None:
        super().__init__(parent)
        self.back_button = BoardButton(
            "mdi6.undo-variant", QCoreApplication.translate("CircleScreen", "Back")
        )
        self.pass_button, self.next_button = pass_button(), next_button()
        self.read_button = BoardButton(
            "mdi6.volume-high", QCoreApplication.translate("CircleScreen", "Read aloud")
        )
        self.prompt_button = BoardButton(
            "mdi6.cards-outline", QCoreApplication.translate("CircleScreen", "New prompt")
        )
        self.more_button = BoardButton(
            "mdi6.dots-horizontal", QCoreApplication.translate("CircleScreen", "More")
        )
        self.more_button.clicked.connect(self._show_menu)
        self.buttons = (
            self.back_button,
            self.pass_button,
            self.next_button,
            self.read_button,
            self.prompt_button,
            self.more_button,
        )
        self.layout = QHBoxLayout()
        self.layout.setContentsMargins(24, 8, 24, 20)
        self.layout.setSpacing(16)
        self.layout.addStretch(1)
        for button in self.buttons:
            self.layout.addWidget(button)
        self.layout.addStretch(1)
        self._scale = 1.0

        self.menu = QMenu(parent)
        self.menu.setStyleSheet("QMenu { font-size: 16pt; } QMenu::item { padding: 14px 28px; }")
        self.mode_action = QAction(
            QCoreApplication.translate("CircleScreen", "Open round (whoever wants to speak)"), self
        )
        self.mode_action.setCheckable(True)
        self.mode_action.triggered.connect(self.mode_toggled)
        self.hide_action = QAction(QCoreApplication.translate("CircleScreen", "Hide names"), self)
        self.hide_action.setCheckable(True)
        self.hide_action.setChecked(hide_names)
        self.hide_action.toggled.connect(self.hide_names_toggled)
        self.legend_action = QAction(
            QCoreApplication.translate("CircleScreen", "Show what the marks mean (L)"), self
        )
        self.legend_action.setCheckable(True)
        self.add_action = QAction(
            QCoreApplication.translate("CircleScreen", "Add a seat for someone who has none"), self
        )
        self.add_action.triggered.connect(self.add_seat_requested)
        self.pause_action = QAction(
            QCoreApplication.translate("CircleScreen", "Pause and go home (continue later)"), self
        )
        self.pause_action.triggered.connect(self.pause_requested)
        self.end_action = QAction(
            QCoreApplication.translate("CircleScreen", "End the circle now"), self
        )
        self.end_action.triggered.connect(self.end_requested)
        if open_rounds:  # M4: a conflict circle's rounds go in turn
            self.menu.addAction(self.mode_action)
        self.menu.addAction(self.hide_action)
        self.menu.addAction(self.legend_action)
        self.menu.addAction(self.add_action)
        self.menu.addSeparator()
        self.menu.addAction(self.pause_action)
        self.menu.addAction(self.end_action)

    def scale_to(self, scale: float) -> None:
        if abs(scale - self._scale) > 0.05:
            self._scale = scale
            for button in self.buttons:
                button.scale_to(scale)

    def update_for(self, circle: Circle, *, has_prompts: bool) -> None:
        """Enabled states and the Next button's word, from what Next does now."""
        state = circle.round
        self.pass_button.setEnabled(circle.current_seat is not None)
        self.back_button.setEnabled(bool(circle.events))
        self.prompt_button.setEnabled(state is not None and has_prompts)
        self.next_button.setText(next_label(circle))
        self.mode_action.setChecked(bool(state and state.mode is RoundMode.OPEN))

    @Slot()
    def _show_menu(self) -> None:
        self.menu.popup(self.more_button.mapToGlobal(self.more_button.rect().topLeft()))


def next_label(circle: Circle) -> str:
    """What the Next button says: what Next does now (`Circle.next_action`)."""
    action = circle.next_action()
    state = circle.round
    if action is NextAction.SPEAK:
        return QCoreApplication.translate("CircleScreen", "Next")
    if action is NextAction.FINISH:
        return QCoreApplication.translate("CircleScreen", "Finish")
    if state is not None and state.mode is RoundMode.OPEN:
        return QCoreApplication.translate("CircleScreen", "End round")
    return QCoreApplication.translate("CircleScreen", "Next round")
