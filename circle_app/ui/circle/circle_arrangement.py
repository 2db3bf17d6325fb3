"""Where the circle screen's parts are (issue 18): with one screen, the board with the
controls below it, as it always looked; with a board screen, the board widget in the board
window (the presenter moves it) and the keeper's view here, the controls along its bottom."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from circle_app.ui.circle.circle_board_view import CircleBoard
from circle_app.ui.circle.keeper_side import KeeperSide


class Arrangement(QObject):
    def __init__(
        self,
        screen: QWidget,
        board: CircleBoard,
        controls: QWidget,
        make_keeper: Callable[[], KeeperSide],
        *,
        board_controls: bool,
    ) -> None:
        super().__init__(screen)
        self._screen, self._board, self._controls = screen, board, controls
        self._make_keeper = make_keeper
        self._board_controls = board_controls
        self.presenting = False
        self.keeper: KeeperSide | None = None  # made when the board first has a screen
        self._layout = QVBoxLayout(screen)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._one_screen()

    def set_board_controls(self, shown: bool) -> None:
        self._board_controls = shown
        if self.presenting:
            self._board.set_touch_row(shown)

    def set_presenting(self, presenting: bool) -> bool:
        """Lay the screen out for one screen or two; False if it already was."""
        if presenting == self.presenting:
            return False
        self.presenting = presenting
        for widget in (self._board, self._controls, self.keeper.view if self.keeper else None):
            if widget is not None:
                self._layout.removeWidget(widget)
        if presenting:
            if self._board.parent() is self._screen:  # not moved yet: not behind the keeper's
                self._board.setParent(None)
            self._board.set_backdrop(None)
            self._board.set_touch_row(self._board_controls)
            if self.keeper is None:
                self.keeper = self._make_keeper()
            self.keeper.view.take_controls(self._controls)
            self._layout.addWidget(self.keeper.view)
            self.keeper.view.show()
        else:
            if self.keeper is not None:
                self.keeper.view.hide()
            self._one_screen()
        return True

    def _one_screen(self) -> None:
        board = self._board
        board.setParent(self._screen)
        board.set_touch_row(False)  # the controls below have Pass and Next
        board.set_backdrop(self._screen)  # one gradient behind the ring and the controls
        self._layout.addWidget(board, 1)
        self._layout.addWidget(self._controls)
        board.show()
        self._controls.show()
