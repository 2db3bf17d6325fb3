"""Issue 18: the circle screen on two screens. The class sees the ring, the piece, the card
and the round tracker on the board (and big Pass / Next to tap); the keeper sees the same
ring small, the controls, the prompts to come, who will be offered the piece again, the
time, the plan and the counts per person on the laptop."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from circle_app.domain.circle import Circle
from circle_app.domain.enums import CircleKind, Outcome
from circle_app.store.circles import CircleStore
from circle_app.store.engine import make_engine
from circle_app.ui.circle.circle_screen import CircleScreen
from circle_app.ui.circle.keeper_view import AheadCard, KeeperView
from circle_app.ui.widgets.presenting import presentable
from tests.ui.circles import quick


@pytest.fixture
def on_disk(database_url: str) -> Iterator[Callable[[CircleScreen], Circle]]:
    """The circle as the database has it, read back through a store of its own."""
    engine = make_engine(database_url)
    yield lambda screen: CircleStore(engine).load(screen.circle_id)
    engine.dispose()


def outcomes(circle: Circle) -> list[tuple[int, Outcome]]:
    return [(turn.seat, turn.outcome) for state in circle.rounds for turn in state.turns]


class BoardWindow(QWidget):
    """What the presenter does with a board widget: it moves it into a window of its own."""

    def __init__(self, screen: CircleScreen) -> None:
        super().__init__()
        self.resize(1920, 1080)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(screen.board_widget())
        screen.set_presenting(True)
        self.show()

    def hand_back(self, screen: CircleScreen) -> None:
        board = screen.board_widget()
        self.layout().removeWidget(board)
        board.setParent(None)  # type: ignore[call-overload]
        screen.set_presenting(False)


def present(screen: CircleScreen, qtbot: QtBot) -> BoardWindow:
    window = BoardWindow(screen)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: screen.keeper_view is not None and screen.keeper_view.isVisible())
    return window


def texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_m7_the_board_widget_holds_nothing_for_the_keeper_only(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    """Walk the board widget's tree: no pass list, no counts, no prompts to come, no More
    menu, Back, Read aloud or New prompt; only the ring and the touch row's Pass and Next."""
    screen = start(quick(6, planned_rounds=3))
    assert presentable(screen) is screen
    _board_window = present(screen, qtbot)  # kept: the board widget lives in it
    qtbot.keyClick(screen, Qt.Key.Key_P)  # seat 1 passed: the keeper sees it, not the class
    keeper = screen.keeper_view
    assert keeper is not None
    assert "Seat 1" in keeper.again.text()

    board = screen.board_widget()
    children = board.findChildren(QWidget)
    assert screen.ring in children
    kinds = (KeeperView, AheadCard, QAbstractItemView, QMenu)
    assert [child for child in children if isinstance(child, kinds)] == []
    buttons = [child for child in children if isinstance(child, QAbstractButton)]
    assert buttons == [board.pass_button, board.next_button]  # type: ignore[attr-defined]
    for keeper_only in (
        screen.back_button,
        screen.read_button,
        screen.prompt_button,
        screen.more_button,
        keeper.counts,
        keeper.again,
    ):
        assert not board.isAncestorOf(keeper_only)
    ahead = [card.text.text() for card in keeper.ahead]
    assert ahead
    assert all(ahead)
    assert not any(text in " ".join(texts(board)) for text in ahead)
    assert not any(text in screen.ring.state.card_text for text in ahead)


def test_a_tap_on_the_boards_next_and_pass_records_it_on_disk(
    start: Callable[..., CircleScreen],
    qtbot: QtBot,
    on_disk: Callable[[CircleScreen], Circle],
) -> None:
    screen = start(quick(4))
    _board_window = present(screen, qtbot)  # kept: the board widget lives in it
    board = screen.board_widget()
    assert board.touch_row.isVisibleTo(board)  # type: ignore[attr-defined]
    qtbot.mouseClick(board.next_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.mouseClick(board.pass_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert screen.ring.state.current == 2
    assert outcomes(on_disk(screen)) == [(0, Outcome.SPOKE), (1, Outcome.PASSED)]


def test_one_screen_looks_as_before_without_a_touch_row(
    start: Callable[..., CircleScreen],
) -> None:
    """One screen: the controls below the ring have Pass and Next; no second row of them."""
    screen = start(quick(4))
    board = screen.board_widget()
    assert board.parent() is screen
    assert not board.touch_row.isVisibleTo(screen)  # type: ignore[attr-defined]
    assert screen.next_button.isVisibleTo(screen)
    assert screen.keeper_view is None


def test_the_groups_option_hides_pass_and_next_on_the_board(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    screen = start(quick(4))
    screen.set_board_controls(False)
    _board_window = present(screen, qtbot)  # kept: the board widget lives in it
    board = screen.board_widget()
    assert not board.touch_row.isVisibleTo(board)  # type: ignore[attr-defined]
    assert screen.next_button.isVisibleTo(screen)  # the keeper still has them


def test_presenting_and_back_keeps_the_circle_and_puts_the_ring_back(
    start: Callable[..., CircleScreen],
    qtbot: QtBot,
    on_disk: Callable[[CircleScreen], Circle],
) -> None:
    screen = start(quick(4))
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    window = present(screen, qtbot)
    assert screen.board_widget().window() is window
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)  # the laptop's keys drive the board
    assert screen.ring.state.current == 2
    assert screen.keeper_view is not None
    assert screen.keeper_view.ring.state == screen.ring.state  # the same ring, small

    window.hand_back(screen)  # the board is unplugged
    board = screen.board_widget()
    assert board.parent() is screen
    qtbot.waitUntil(lambda: screen.ring.isVisible())
    assert screen.keeper_view is None
    assert screen.ring.state.current == 2
    qtbot.keyClick(screen, Qt.Key.Key_P)
    assert outcomes(on_disk(screen)) == [
        (0, Outcome.SPOKE),
        (1, Outcome.SPOKE),
        (2, Outcome.PASSED),
    ]
    assert (
        screen.ring.geometry().bottom()
        < screen.next_button.mapTo(screen, screen.next_button.rect().topLeft()).y()
    )


def test_every_key_still_works_on_the_keeper_view_and_from_the_board_window(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    screen = start(quick(4))
    window = present(screen, qtbot)
    keeper = screen.keeper_view
    assert keeper is not None
    qtbot.mouseClick(keeper.ahead[0].swap_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen, Qt.Key.Key_Space)  # Space after a Swap still moves the piece
    assert screen.ring.state.current == 1
    # the board window forwards its key presses to the screen (the presenter's part)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_P):
        QApplication.sendEvent(
            screen, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        )
    assert screen.ring.state.current == 3
    assert screen.ring.state.seats[2].waiting_again
    qtbot.keyClick(screen, Qt.Key.Key_H)
    assert screen.banner.text == "Names hidden"
    assert window.isVisible()


def test_swap_changes_the_queued_prompt_and_the_next_round_takes_it(
    start: Callable[..., CircleScreen],
    qtbot: QtBot,
    on_disk: Callable[[CircleScreen], Circle],
) -> None:
    screen = start(quick(2, planned_rounds=3))
    _board_window = present(screen, qtbot)  # kept: the board widget lives in it
    keeper = screen.keeper_view
    assert keeper is not None
    first, second = screen.prompts_ahead()
    assert first is not None
    assert second is not None
    assert first != second
    before = keeper.ahead[0].text.text()
    qtbot.mouseClick(keeper.ahead[0].swap_button, Qt.MouseButton.LeftButton)
    swapped, kept = screen.prompts_ahead()
    assert swapped not in (first, second, None)
    assert kept == second
    assert keeper.ahead[0].text.text() != before
    for _ in range(3):  # two speak, then the next round begins
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert screen.circle.round is not None
    assert screen.circle.round.number == 2
    assert screen.circle.round.prompt == swapped
    assert on_disk(screen).rounds[1].prompt == swapped
    assert screen.prompts_ahead() == (second,)  # round 3 is the last one


def test_back_over_a_round_start_gives_its_prompt_back_to_the_queue(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    screen = start(quick(2, planned_rounds=3))
    _board_window = present(screen, qtbot)  # kept: the board widget lives in it
    first, _second = screen.prompts_ahead()
    for _ in range(3):
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    qtbot.keyClick(screen, Qt.Key.Key_PageUp)  # the round start is undone
    assert screen.circle.round is not None
    assert screen.circle.round.number == 1
    assert screen.prompts_ahead()[0] == first


def test_the_keeper_sees_time_plan_and_counts_per_person(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    screen = start(quick(5, kind=CircleKind.CONFLICT, planned_rounds=-1))
    _board_window = present(screen, qtbot)  # kept: the board widget lives in it
    keeper = screen.keeper_view
    assert keeper is not None
    assert keeper.turn_time.text().startswith("Turn 0:0")
    assert "Experienced (now) → Affected → Needs → Solutions" in keeper.plan.text()
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    qtbot.keyClick(screen, Qt.Key.Key_P)
    table = keeper.counts
    rows = [
        tuple(table.item(row, column).text() for column in range(3))
        for row in range(table.rowCount())
    ]
    assert rows[:2] == [("Seat 1", "1", "0"), ("Seat 2", "0", "1")]
    assert [card.title.text() for card in keeper.ahead] == [
        "Round 2 · Affected",
        "Round 3 · Needs",
    ]


@pytest.mark.parametrize("seats", [12, 35])
def test_the_keeper_view_fits_a_1366x768_laptop(
    start: Callable[..., CircleScreen], qtbot: QtBot, seats: int
) -> None:
    screen = start(quick(seats, planned_rounds=3))
    screen.window().resize(1366, 768)
    _board_window = present(screen, qtbot)  # kept: the board widget lives in it
    qtbot.waitUntil(lambda: screen.width() <= 1366 and screen.height() <= 768)
    keeper = screen.keeper_view
    assert keeper is not None
    area = QRect(0, 0, screen.width(), screen.height())
    buttons = [b for b in screen.findChildren(QAbstractButton) if b.isVisibleTo(screen)]
    assert len(buttons) >= 8  # six controls, two Swaps
    for button in buttons:
        where = QRect(button.mapTo(screen, button.rect().topLeft()), button.size())
        assert area.contains(where), button.text()
        assert button.height() >= 48, button.text()
        assert button.width() >= 48, button.text()
        assert button.width() >= button.minimumSizeHint().width(), button.text()


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (3840, 2160)])
def test_the_boards_touch_row_fits_a_full_hd_and_a_4k_board(
    start: Callable[..., CircleScreen], qtbot: QtBot, width: int, height: int
) -> None:
    """Pass and Next grow with the board (a 4K board without OS scaling too), never cut."""
    screen = start(quick(35))
    board_window = present(screen, qtbot)
    board_window.resize(width, height)
    board = screen.board_widget()
    area = QRect(0, 0, width, height)

    def inside(button: QWidget) -> bool:
        return area.contains(
            QRect(button.mapTo(board_window, button.rect().topLeft()), button.size())
        )

    buttons = (board.pass_button, board.next_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: board.width() == width and all(inside(b) for b in buttons))
    assert all(b.height() >= 64 * height / 1080 * 0.9 for b in buttons)
    assert (
        screen.ring.geometry().bottom() < buttons[0].mapTo(board, buttons[0].rect().topLeft()).y()
    )
