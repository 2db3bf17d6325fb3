"""The circle screen driven as a teacher would: keys, remote, taps; checked on screen and disk."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from circle_app.domain.circle import Seat
from circle_app.domain.circle_events import TurnTaken
from circle_app.domain.enums import CircleKind, Direction, Outcome, RoundMode
from circle_app.store.circles import CircleStore
from circle_app.ui.circle.circle_screen import CircleScreen
from circle_app.ui.shell.controller import AppController
from tests.ui.circles import quick

Turns = Callable[[CircleScreen], list[tuple[int, str]]]


@pytest.fixture
def on_disk(engine: Engine) -> Turns:
    """The turns of the screen's circle as a fresh load from the database finds them: what
    survives a power cut, read through the store's own API on a connection of its own."""

    def turns(screen: CircleScreen) -> list[tuple[int, str]]:
        circle = CircleStore(engine).load(screen.circle_id)
        return [(e.seat, e.outcome.value) for e in circle.events if isinstance(e, TurnTaken)]

    return turns


def tap_seat(qtbot: QtBot, screen: CircleScreen, index: int) -> None:
    """A tap on seat `index` where the board draws it."""
    center = screen.ring.seat_center(index).toPoint()
    qtbot.mouseClick(screen.ring, Qt.MouseButton.LeftButton, pos=QPoint(center))


# The offscreen platform cannot raise a popup menu or give it the keyboard; it says so.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def choose_in_popup(qtbot: QtBot, words: str) -> None:
    """Tap the item of the menu on screen whose text holds `words`."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    (action,) = [a for a in menu.actions() if words in a.text()]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_m1_page_down_moves_the_piece_and_records_the_turn(
    start: Callable[..., CircleScreen], qtbot: QtBot, on_disk: Turns
) -> None:
    screen = start(quick(4))
    assert screen.ring.state.current == 0
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert screen.ring.state.current == 1
    assert screen.ring.state.next == 2
    assert "1 of 4 have had the piece" in screen.ring.state.card_footer
    assert on_disk(screen) == [(0, "spoke")]


def test_m1_a_pass_is_shown_gently_and_offered_again(
    start: Callable[..., CircleScreen], qtbot: QtBot, on_disk: Turns
) -> None:
    screen = start(quick(3))
    qtbot.keyClick(screen, Qt.Key.Key_P)
    assert screen.ring.state.seats[0].waiting_again
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert screen.ring.state.current == 0  # offered again
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.circle.round_complete
    assert "Everyone has had the piece" in screen.ring.state.card_footer
    assert screen.next_button.text() == "Next round"
    assert on_disk(screen) == [(0, "passed"), (1, "spoke"), (2, "spoke"), (0, "spoke")]


def test_back_undoes_on_screen_and_on_disk(
    start: Callable[..., CircleScreen], qtbot: QtBot, on_disk: Turns
) -> None:
    screen = start(quick(4))
    for _ in range(3):
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    qtbot.keyClick(screen, Qt.Key.Key_PageUp)
    qtbot.keyClick(screen, Qt.Key.Key_Left)
    assert screen.ring.state.current == 1
    assert on_disk(screen) == [(0, "spoke")]


def test_next_round_then_finish_shows_the_summary(
    start: Callable[..., CircleScreen],
    qtbot: QtBot,
    make_app: Callable[..., AppController],
) -> None:
    screen = start(quick(2, planned_rounds=2))
    for _ in range(2):
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)  # next round
    assert screen.circle.round is not None
    assert screen.circle.round.number == 2
    assert "Round 2 of 2" in screen.ring.state.card_header
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    qtbot.keyClick(screen, Qt.Key.Key_P)
    qtbot.keyClick(screen, Qt.Key.Key_P)  # offered again, passes again: final
    assert screen.next_button.text() == "Finish"
    window = screen.window()
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    summary = window.stack.currentWidget()  # type: ignore[attr-defined]
    assert summary.objectName() == "summary"
    assert "2 rounds held" in summary.totals.text()
    assert "passed: 1" in summary.totals.text()
    assert not summary.table.isVisibleTo(summary)  # the class sees the totals only (M7)


def test_m2_open_round_tap_gives_the_piece(
    start: Callable[..., CircleScreen], qtbot: QtBot, on_disk: Turns
) -> None:
    screen = start(quick(6, first_mode=RoundMode.OPEN))
    assert screen.ring.state.current is None
    assert "tap the person" in screen.ring.state.card_footer
    screen.ring.resize(1200, 600)
    center = screen.ring.seat_center(3).toPoint()
    qtbot.mouseClick(screen.ring, Qt.MouseButton.LeftButton, pos=QPoint(center))
    assert screen.ring.state.current == 3
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert on_disk(screen) == [(3, "spoke")]
    assert screen.next_button.text() == "End round"


def test_m2_the_o_key_switches_an_unstarted_round_to_open(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    screen = start(quick(4))
    qtbot.keyClick(screen, Qt.Key.Key_O)
    assert screen.circle.round is not None
    assert screen.circle.round.mode is RoundMode.OPEN
    assert screen.ring.state.open_round


def test_m4_conflict_circle_shows_its_four_stages(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    screen = start(quick(2, kind=CircleKind.CONFLICT, planned_rounds=4))
    stages = screen.ring.state.stages
    assert [s.label for s in stages] == ["Experienced", "Affected", "Needs", "Solutions"]
    assert [s.state for s in stages] == ["current", "todo", "todo", "todo"]
    assert "What did you experience?" in screen.ring.state.card_header
    for _ in range(3):
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert [s.state for s in screen.ring.state.stages][:2] == ["done", "current"]


def test_hide_names_shows_seat_numbers_only(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    seats = (Seat(0, None, "Asta Hansen", "", None), Seat(1, None, "Bilal", "", None))
    screen = start(quick(2, seats=seats))
    assert screen.ring.state.seats[0].label == "Asta Hansen"
    assert screen.ring.state.seats[0].badge == "AH"
    assert "Asta Hansen has the piece" in screen.ring.state.card_footer
    qtbot.keyClick(screen, Qt.Key.Key_H)
    assert [s.label for s in screen.ring.state.seats] == ["", ""]
    assert [s.badge for s in screen.ring.state.seats] == ["1", "2"]
    assert "Asta" not in screen.ring.state.card_footer
    assert "Seat 1 has the piece" in screen.ring.state.card_footer


def test_counter_clockwise_goes_the_other_way(
    start: Callable[..., CircleScreen], qtbot: QtBot
) -> None:
    screen = start(quick(5, direction=Direction.COUNTER_CLOCKWISE, start_seat=2))
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert screen.ring.state.current == 1


def test_a_second_press_during_the_animation_jumps_to_the_end(
    start: Callable[..., CircleScreen], qtbot: QtBot, on_disk: Turns
) -> None:
    screen = start(quick(8))
    screen.ring.resize(1200, 600)
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert screen.ring.animating
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert screen.ring.state.current == 2
    assert len(on_disk(screen)) == 2


@OFFSCREEN_POPUP
def test_tapping_a_seat_marks_a_late_arrival(
    start: Callable[..., CircleScreen], qtbot: QtBot, on_disk: Turns
) -> None:
    screen = start(quick(4, present=frozenset({0, 1, 2})))
    screen.ring.resize(1200, 600)
    assert not screen.ring.state.seats[3].present
    tap_seat(qtbot, screen, 3)
    choose_in_popup(qtbot, "has arrived")
    assert screen.ring.state.seats[3].present
    for _ in range(4):
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert screen.ring.state.current is None
    assert [seat for seat, outcome in on_disk(screen)] == [0, 1, 2, 3]
    assert all(outcome == Outcome.SPOKE.value for _, outcome in on_disk(screen))


@OFFSCREEN_POPUP
def test_tapping_a_seat_marks_one_who_left_and_the_piece_passes_them_by(
    start: Callable[..., CircleScreen], qtbot: QtBot, on_disk: Turns
) -> None:
    screen = start(quick(4))
    screen.ring.resize(1200, 600)
    tap_seat(qtbot, screen, 1)
    choose_in_popup(qtbot, "has left the circle")
    assert not screen.ring.state.seats[1].present
    for _ in range(3):
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert screen.ring.state.current is None
    assert on_disk(screen) == [(0, "spoke"), (2, "spoke"), (3, "spoke")]


def test_resume_after_restart_shows_the_same_holder(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot, on_disk: Turns
) -> None:
    controller = make_app(database_url)
    controller.start_circle(quick(5))
    screen = controller.circle_screen
    assert screen is not None
    for _ in range(3):
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    controller.shutdown()

    again = make_app(database_url)
    home = again.window.home
    assert home.resume_button.isVisibleTo(home)
    qtbot.mouseClick(home.resume_button, Qt.MouseButton.LeftButton)
    resumed = again.circle_screen
    assert resumed is not None
    assert resumed.ring.state.current == 3
    assert len(on_disk(resumed)) == 3


def test_read_aloud_speaks_the_prompt_and_the_piece_moves_while_it_plays(
    make_app: Callable[..., AppController],
    database_url: str,
    qtbot: QtBot,
    speech_engine: object,
    on_disk: Turns,
) -> None:
    controller = make_app(database_url)
    speaker = controller.speaker
    assert speaker is not None
    qtbot.waitUntil(lambda: speaker.available, timeout=5000)
    controller.start_demo()
    screen = controller.circle_screen
    assert screen is not None
    assert screen.read_button.isEnabled()
    with qtbot.waitSignal(speaker.started, timeout=5000):
        qtbot.keyClick(screen, Qt.Key.Key_R)
    # The fake engine speaks for about a second: meanwhile the piece moves and is saved.
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert screen.ring.state.current == 2
    assert [seat for seat, _ in on_disk(screen)] == [0, 1]
    assert speech_engine.speaking.is_set()  # type: ignore[attr-defined]
    said = [call[1] for call in speech_engine.calls if call[0] == "say"]  # type: ignore[attr-defined]
    prompt = screen.current_prompt()
    assert prompt is not None
    assert said == [prompt.text]


def test_read_aloud_button_explains_why_when_there_is_no_engine(
    make_app: Callable[..., AppController],
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller = make_app(database_url)
    assert controller.speaker is not None
    monkeypatch.setattr(type(controller.speaker), "available", property(lambda _self: False))
    monkeypatch.setattr(
        type(controller.speaker),
        "unavailable_reason",
        property(lambda _self: "No speech engine found: install espeak-ng"),
    )
    controller.start_demo()
    screen = controller.circle_screen
    assert screen is not None
    assert not screen.read_button.isEnabled()
    assert "espeak-ng" in screen.read_button.toolTip()


def test_a_resumed_demo_circle_is_titled_by_its_group_again(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    controller = make_app(database_url)
    controller.start_demo()
    screen = controller.circle_screen
    assert screen is not None
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    controller.go_home()
    qtbot.mouseClick(controller.window.home.resume_button, Qt.MouseButton.LeftButton)
    resumed = controller.circle_screen
    assert resumed is not None
    assert resumed.ring.state.info.endswith("· Demo")


def test_the_app_works_with_pyttsx3_failing_to_initialise(
    qapp: object,
    qtbot: QtBot,
    settings: object,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    fatal_messages: list[str],
    on_disk: Turns,
) -> None:
    """The real speaker factory, with the engine broken: no dialog, the circle goes on."""
    from circle_app.ui.shell.main_window import MainWindow
    from circle_app.ui.support import theme
    from circle_app.ui.support.qt_speaker import create_speaker

    def broken_engine(*args: object, **kwargs: object) -> None:
        raise RuntimeError("could not initialize espeak")

    monkeypatch.setattr("pyttsx3.engine.Engine", broken_engine)
    window = MainWindow(settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    controller = AppController(
        window,
        settings,  # type: ignore[arg-type]
        database_url,
        speaker_factory=lambda parent: create_speaker(parent=parent),
    )
    controller.apply_theme(theme.LIGHT)
    window.show()
    controller.finish_start()
    try:
        speaker = controller.speaker
        assert speaker is not None
        controller.start_demo()
        screen = controller.circle_screen
        assert screen is not None
        qtbot.keyClick(screen, Qt.Key.Key_R)  # the first Read aloud starts the engine (issue 20)
        qtbot.waitUntil(lambda: not screen.read_button.isEnabled())
        assert "espeak-ng" in screen.read_button.toolTip()
        qtbot.keyClick(screen, Qt.Key.Key_R)  # harmless
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
        assert on_disk(screen) == [(0, "spoke")]
        assert fatal_messages == []
    finally:
        controller.shutdown()


def test_m4_conflict_rounds_go_in_turn_and_the_o_key_changes_nothing(
    start: Callable[..., CircleScreen], qtbot: QtBot, on_disk: Turns
) -> None:
    screen = start(quick(3, kind=CircleKind.CONFLICT, planned_rounds=4))
    assert screen.controls.mode_action not in screen.controls.menu.actions()
    events_before = len(screen.circle.events)
    holder_before = screen.ring.state.current
    qtbot.keyClick(screen, Qt.Key.Key_O)
    assert screen.circle.round is not None
    assert screen.circle.round.mode is RoundMode.SEQUENTIAL
    assert len(screen.circle.events) == events_before
    assert not screen.ring.state.open_round
    assert screen.ring.state.current == holder_before
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    qtbot.keyClick(screen, Qt.Key.Key_O)  # choosing the next round's mode: refused too
    for _ in range(2):
        qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)  # next round
    assert screen.circle.round.number == 2
    assert screen.circle.round.mode is RoundMode.SEQUENTIAL
    assert on_disk(screen) == [(0, "spoke"), (1, "spoke"), (2, "spoke")]
