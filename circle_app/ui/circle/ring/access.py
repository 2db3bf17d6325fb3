"""What assistive technology hears from the ring: its name, who holds the piece and who
is next, and one accessible child per seat (name and state), placed over the seat."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

from circle_app.ui.circle.ring.layout import RingLayout
from circle_app.ui.circle.ring.state import RingState, SeatMark, SeatView


def seat_name(index: int, seat: SeatView) -> str:
    """ "Asta Hansen" or, for a seat without a name, "Seat 3"."""
    return seat.label or QCoreApplication.translate("RingView", "Seat %1").replace(
        "%1", str(index + 1)
    )


def seat_description(index: int, state: RingState) -> str:
    seat = state.seats[index]
    if index == state.current:
        return QCoreApplication.translate("RingView", "has the piece")
    parts = []
    if index == state.next:
        parts.append(QCoreApplication.translate("RingView", "next"))
    parts.append(
        {
            SeatMark.WAITING: QCoreApplication.translate("RingView", "has not had the piece yet"),
            SeatMark.HAD_PIECE: QCoreApplication.translate("RingView", "has had the piece"),
            SeatMark.OFFERED_AGAIN: QCoreApplication.translate(
                "RingView", "passed, will be offered again"
            ),
            SeatMark.ABSENT: QCoreApplication.translate("RingView", "not here"),
        }[seat.mark]
    )
    return ", ".join(parts)


def describe_ring(state: RingState) -> tuple[str, str]:
    """The ring's accessible name and description: the holder and the next first."""
    count = len(state.seats)
    name = QCoreApplication.translate("RingView", "Circle of %1 seats").replace("%1", str(count))
    parts = []
    if state.current is not None and state.current < count:
        who = seat_name(state.current, state.seats[state.current])
        parts.append(QCoreApplication.translate("RingView", "%1 has the piece.").replace("%1", who))
    if state.next is not None and state.next < count and state.next != state.current:
        who = seat_name(state.next, state.seats[state.next])
        parts.append(QCoreApplication.translate("RingView", "Next: %1.").replace("%1", who))
    if state.card_text:
        parts.append(state.card_text)
    return name, " ".join(parts)


class SeatAccess:
    """One invisible, click-through child per seat, carrying its accessible name."""

    def __init__(self, ring: QWidget) -> None:
        self._ring = ring
        self._seats: list[QWidget] = []
        self._said: tuple[str, str] = ("", "")

    def update_seats(self, layout: RingLayout, state: RingState) -> None:
        count = len(state.seats)
        while len(self._seats) < count:
            child = QWidget(self._ring)
            child.setObjectName("ringSeat")
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            child.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
            child.show()
            self._seats.append(child)
        while len(self._seats) > count:
            self._seats.pop().deleteLater()
        for index, child in enumerate(self._seats):
            geometry = layout.seats[index] if index < len(layout.seats) else None
            if geometry is not None:
                r = geometry.radius
                c = geometry.center
                child.setGeometry(int(c.x() - r), int(c.y() - r), int(2 * r), int(2 * r))
            child.setAccessibleName(seat_name(index, state.seats[index]))
            child.setAccessibleDescription(seat_description(index, state))

    def announce(self, state: RingState) -> None:
        """Tell a screen reader when the holder or the next changes."""
        said = describe_ring(state)
        if said != self._said:
            self._said = said
            if QAccessible.isActive():
                event = QAccessibleEvent(self._ring, QAccessible.Event.DescriptionChanged)
                QAccessible.updateAccessibility(event)
