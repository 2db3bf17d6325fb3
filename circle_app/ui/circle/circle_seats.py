"""Seats on the ring: a tap in an open round gives the piece; otherwise who left, who
arrived, and a seat for someone who has none (the circle screen's, split from it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from circle_app.domain.enums import RoundMode
from circle_app.ui.circle.circle_board import ring_index
from circle_app.ui.circle.ring.view import RingView

if TYPE_CHECKING:
    from circle_app.domain.circle import Circle
    from circle_app.store.circles import RecordedCircle


class SeatTaps:
    """Mixed into the circle screen: what it does with a seat."""

    if TYPE_CHECKING:
        ring: RingView
        _recorded: RecordedCircle

        @property
        def circle(self) -> Circle: ...
        @property
        def presenting(self) -> bool: ...
        def _act(self, action: Callable[[], object], *, quiet: bool = False) -> bool: ...
        def _refresh(self, *, travel: int, animate: bool = True) -> None: ...
        def _say(self, text: str) -> None: ...
        def _label(self, position: int) -> str: ...

    def add_seat(self, beside: int | None = None) -> None:
        """Someone with no seat arrived: a seat next to `beside` (default: the holder)."""
        circle = self.circle
        if beside is None:
            beside = circle.current_seat
        if beside is None:
            beside = circle.seats[-1].position
        if self._act(lambda: self._recorded.add_seat(beside)):
            added = circle.seats[ring_index(circle, beside) + 1]  # type: ignore[operator]
            self._say(
                QCoreApplication.translate("CircleScreen", "%1 added next to %2")
                .replace("%1", self._label(added.position))
                .replace("%2", self._label(beside))
            )
            self._refresh(travel=0)

    def _on_seat_tapped(self, index: int, ring: RingView) -> None:
        """An open round: the tapped person gets the piece. Else, on the keeper's ring (the
        one screen's, or the laptop's), who left or arrived; the board's offers no menu."""
        circle = self.circle
        seat = circle.seats[index].position
        state = circle.round
        if seat in circle.present and state is not None and state.mode is RoundMode.OPEN:
            self.ring.finish_animation()
            if self._act(lambda: self._recorded.give_piece(seat)):
                self._refresh(travel=0)
            return
        if not (self.presenting and ring is self.ring):
            self.seat_menu(seat).popup(ring.mapToGlobal(ring.seat_center(index).toPoint()))

    def seat_menu(self, seat: int) -> QMenu:
        """What a tap on seat `seat` offers: left or arrived, and a seat beside it."""
        menu = QMenu(self if isinstance(self, QWidget) else None)
        menu.setStyleSheet("QMenu { font-size: 16pt; } QMenu::item { padding: 14px 28px; }")
        name = self._label(seat)
        if seat in self.circle.present:
            action = menu.addAction(
                QCoreApplication.translate("CircleScreen", "%1 has left the circle").replace(
                    "%1", name
                )
            )
            action.triggered.connect(lambda: self._presence(seat, arrived=False))
        else:
            action = menu.addAction(
                QCoreApplication.translate("CircleScreen", "%1 has arrived").replace("%1", name)
            )
            action.triggered.connect(lambda: self._presence(seat, arrived=True))
        add = menu.addAction(
            QCoreApplication.translate("CircleScreen", "Add a seat next to %1").replace("%1", name)
        )
        add.triggered.connect(lambda: self.add_seat(seat))
        return menu

    def _presence(self, seat: int, *, arrived: bool) -> None:
        act = self._recorded.arrive if arrived else self._recorded.leave
        if self._act(lambda: act(seat)):
            self._refresh(travel=1)
