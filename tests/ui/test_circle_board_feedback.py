"""Every key press answers on screen; Next is the domain's answer; a seat can be added.

issue 14, finding 4 (actions that do nothing visible) and issue 13 / 16 on the circle screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from circle_app.domain.enums import CircleKind, RoundMode
from circle_app.store.circles import CircleStore, RecordedCircle
from circle_app.store.clock import utcnow
from circle_app.ui.circle.circle_screen import CircleScreen
from circle_app.ui.shell.controller import AppController
from circle_app.ui.support import theme
from tests.ui.circles import quick


def test_o_mid_round_says_the_next_round_will_be_open_and_it_is(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    """issue 14, finding 4: O mid-round no longer silently changes the next round."""
    screen = start(quick(2))
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    qtbot.keyClick(screen, Qt.Key.Key_O)
    assert screen.banner.text == "The next round will be open"
    qtbot.keyClick(screen, Qt.Key.Key_O)
    assert screen.banner.text == "The next round goes seat by seat"
    qtbot.keyClick(screen, Qt.Key.Key_O)
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)  # Next round
    assert screen.circle.round is not None
    assert screen.circle.round.mode is RoundMode.OPEN
    assert screen.ring.state.open_round


def test_a_refused_action_says_why_on_screen(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    """issue 14, finding 4: a refused action is not only written to the log."""
    screen = start(quick(1))
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert not screen.banner.text
    qtbot.keyClick(screen, Qt.Key.Key_P)  # nobody holds the piece
    assert screen.banner.text == "Not allowed now: everyone has had the piece in this round"


def test_m4_o_in_a_conflict_circle_says_rounds_go_in_turn(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    screen = start(quick(3, kind=CircleKind.CONFLICT, planned_rounds=4))
    qtbot.keyClick(screen, Qt.Key.Key_O)
    assert screen.banner.text.startswith("Not allowed now: in a conflict circle")
    assert screen.circle.round is not None
    assert screen.circle.round.mode is RoundMode.SEQUENTIAL


def test_reading_aloud_shows_a_banner_with_a_stop_control(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    """issue 14, finding 4: Read aloud shows that it is reading, and can be stopped."""
    controller = make_app(database_url)
    speaker = controller.speaker
    assert speaker is not None
    qtbot.waitUntil(lambda: speaker.available, timeout=5000)
    controller.start_demo()
    screen = controller.circle_screen
    assert screen is not None
    screen.stop_reading_requested.connect(speaker.stop)  # as the circle flow wires it
    qtbot.keyClick(screen, Qt.Key.Key_R)
    assert screen.banner.text == "Reading aloud…"
    assert screen.banner.action_button.isVisible()
    assert screen.banner.action_button.height() >= 48
    with qtbot.waitSignal(screen.stop_reading_requested, timeout=2000):
        qtbot.mouseClick(screen.banner.action_button, Qt.MouseButton.LeftButton)
    assert not screen.banner.text
    qtbot.keyClick(screen, Qt.Key.Key_R)
    screen.reading_finished()
    assert not screen.banner.text


def test_esc_leaves_the_circle_for_home_and_it_can_be_continued(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    """issue 14, finding 4: Esc leaves every full-screen view (the circle stays open)."""
    controller = make_app(database_url)
    controller.start_circle(quick(3))
    screen = controller.circle_screen
    assert screen is not None
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # so the window's own Esc shortcut is live
    with qtbot.waitSignal(screen.paused, timeout=2000):
        qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_next_does_what_the_domain_says_and_the_button_says_so(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    """issue 13: one rule for Next (speak, next round, finish), used by the key and button."""
    screen = start(quick(1, planned_rounds=2))
    assert screen.next_button.text() == "Next"
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.next_button.text() == "Next round"
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert screen.circle.round is not None
    assert screen.circle.round.number == 2
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert screen.next_button.text() == "Finish"
    with qtbot.waitSignal(screen.finished, timeout=2000):
        qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)


def test_someone_with_no_seat_gets_one_beside_the_holder_with_a_key(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    """issue 16, someone who arrives with no seat: A adds a seat next to the holder; the
    ring shows it there and the piece reaches it; Back takes it away again."""
    screen = start(quick(3))
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)  # seat 1 holds the piece
    qtbot.keyClick(screen, Qt.Key.Key_A)
    assert len(screen.ring.state.seats) == 4
    assert screen.banner.text == "Seat 4 added next to Seat 2"
    assert [seat.badge for seat in screen.ring.state.seats] == ["1", "2", "4", "3"]
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert screen.ring.state.current == 2  # the new seat, between 2 and 3
    assert "has the piece" in screen.ring.state.card_footer
    assert "Seat 4" in screen.ring.state.card_footer
    qtbot.keyClick(screen, Qt.Key.Key_PageUp)
    qtbot.keyClick(screen, Qt.Key.Key_PageUp)
    assert len(screen.ring.state.seats) == 3


def test_a_seat_is_added_next_to_a_tapped_seat_from_its_menu(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    """issue 16: the control: a tapped seat's menu adds a seat beside it."""
    screen = start(quick(3))
    menu = screen.seat_menu(0)
    texts = [action.text() for action in menu.actions()]
    assert "Add a seat next to Seat 1" in texts
    next(action for action in menu.actions() if action.text().startswith("Add")).trigger()
    assert [seat.badge for seat in screen.ring.state.seats] == ["1", "4", "2", "3"]


def test_the_turn_timer_runs_from_when_the_piece_moved_even_after_a_resume(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    """issue 13: the timer derives from the round's own piece_since, not the screen's clock."""
    controller = make_app(database_url)
    controller.start_circle(quick(3))
    first = controller.circle_screen
    assert first is not None
    circle_id = first.circle_id
    controller.shutdown()
    again = make_app(database_url)
    store = CircleStore(again.services.engine)  # type: ignore[union-attr]
    circle = store.load(circle_id)
    earlier = utcnow() - timedelta(seconds=30)
    store.record(circle_id, len(circle.events), circle.speak(earlier))
    resumed = RecordedCircle.resume(store, circle_id)
    screen = CircleScreen(resumed, None, theme.LIGHT, timer_seconds=60)
    qtbot.addWidget(screen)
    fraction = screen.timer_fraction()
    assert fraction is not None
    assert 0.45 < fraction < 0.6


def test_in_full_screen_the_first_esc_leaves_full_screen_and_the_next_the_circle(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    controller = make_app(database_url)
    controller.start_circle(quick(3))
    screen = controller.circle_screen
    assert screen is not None
    window = controller.window
    window.showFullScreen()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.isFullScreen())
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.stack.currentWidget() is screen
    with qtbot.waitSignal(screen.paused, timeout=2000):
        qtbot.keyClick(screen, Qt.Key.Key_Escape)


def test_the_reading_banner_goes_when_the_speaker_is_done_and_stop_stops_it(
    make_app: Callable[..., AppController],
    database_url: str,
    qtbot: QtBot,
    speech_engine: object,
) -> None:
    """issue 14, finding 4, as the app wires it: no banner left behind, Stop really stops."""
    controller = make_app(database_url)
    speaker = controller.speaker
    assert speaker is not None
    qtbot.waitUntil(lambda: speaker.available, timeout=5000)
    controller.start_demo()
    screen = controller.circle_screen
    assert screen is not None
    qtbot.keyClick(screen, Qt.Key.Key_R)
    assert screen.banner.text == "Reading aloud…"
    qtbot.waitUntil(lambda: not screen.banner.text, timeout=10000)  # the fake reads ~1 s
    qtbot.keyClick(screen, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: speech_engine.speaking.is_set(), timeout=5000)  # type: ignore[attr-defined]
    with qtbot.waitSignal(speaker.finished, timeout=5000) as finished:
        qtbot.mouseClick(screen.banner.action_button, Qt.MouseButton.LeftButton)
    assert finished.args is not None
    assert finished.args[1] is False  # stopped, not completed
