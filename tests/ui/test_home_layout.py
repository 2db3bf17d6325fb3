"""The home screen holds still under a finger, and starts from the class (issue 14,
findings 8 and 9)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from circle_app.domain.enums import CircleKind, GroupKind, Role
from circle_app.domain.people import Group, Member, Person
from circle_app.store.circles import UnfinishedCircle
from circle_app.store.conversations import UnfinishedConversation
from circle_app.ui.circle.setup_screen import CircleSetupScreen
from circle_app.ui.shell.home_screen import HomeScreen
from circle_app.ui.support.settings import Settings
from circle_app.ui.support.theme import LIGHT

AT = datetime(2026, 12, 1, 8, 15, tzinfo=UTC)
INTERRUPTED = UnfinishedCircle(
    7, CircleKind.PEACETIME, "5.A og en meget lang gruppebetegnelse", AT, AT, 2, 17
)


def _where(home: HomeScreen, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(home, QPoint(0, 0)), widget.size())


def _tiles(home: HomeScreen) -> list[QRect]:
    buttons = [home.start_button, home.prompt_button, home.demo_button, home.roster_button]
    return [_where(home, button) for button in buttons]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_issue14_f8_the_resume_offer_moves_nothing_under_a_finger(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    """issue 14, finding 8: the offer to continue appears after the first frame and goes
    when dismissed; the tiles stay where they were, in both directions."""
    home = HomeScreen()
    qtbot.addWidget(home)
    home.resize(*size)
    home.show()
    qtbot.waitExposed(home)
    first_frame = _tiles(home)
    home.show_unfinished(INTERRUPTED)
    qtbot.waitUntil(lambda: home.resume_button.isVisible())
    assert _tiles(home) == first_frame
    home.show_unfinished_conversation(UnfinishedConversation(3, None, 2, 9, AT))
    assert _tiles(home) == first_frame
    home.show_unfinished(None)
    qtbot.waitUntil(lambda: not home.resume_button.isVisible())
    assert _tiles(home) == first_frame


def test_issue14_f8_recent_groups_arriving_move_nothing(qtbot: QtBot) -> None:
    home = HomeScreen()
    qtbot.addWidget(home)
    home.resize(1366, 768)
    home.show()
    qtbot.waitExposed(home)
    first_frame = _tiles(home)
    home.set_recent_groups([(1, "5.A"), (2, "6.B"), (3, "SFO Mælkebøtten")])
    qtbot.waitUntil(lambda: len(home.recent_group_buttons) == 3)
    assert _tiles(home) == first_frame
    home.set_recent_groups([])
    assert _tiles(home) == first_frame


def test_issue14_f9_a_group_circle_starts_in_two_taps_from_home(qtbot: QtBot) -> None:
    """issue 14, finding 9: home shows recent groups as tiles; one tap opens setup with
    that group, a second starts the circle with its people."""
    home = HomeScreen()
    qtbot.addWidget(home)
    home.resize(1366, 768)
    home.show()
    home.set_recent_groups([(4, "5.A"), (9, "6.B")])
    tile = home.recent_group_buttons[1]
    assert tile.text().startswith("6.B")
    assert tile.height() >= 48
    assert tile.width() >= 48
    with qtbot.waitSignal(home.group_circle_requested) as requested:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)  # tap 1
    assert requested.args == [9]

    groups = [
        Group(4, "5.A", GroupKind.CLASS, None, "da", 2),
        Group(9, "6.B", GroupKind.CLASS, None, "da", 2),
    ]
    setup = CircleSetupScreen(groups, "en", group_id=requested.args[0])
    qtbot.addWidget(setup)
    people = [Member(Person(i, f"Elev {i}", "", Role.PUPIL), i) for i in (1, 2)]
    setup.group_changed.connect(lambda _group: setup.set_members(people))
    setup.show()
    qtbot.waitUntil(setup.start_button.isEnabled)
    with qtbot.waitSignal(setup.start_requested) as started:
        qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)  # tap 2
    assert started.args[0].group_id == 9
    assert started.args[1] == "6.B"
    assert len(started.args[0].seats) == 2


def _home_tiles(home: HomeScreen) -> list[QWidget]:
    return [home.start_button, home.prompt_button, home.demo_button, home.roster_button]


@pytest.fixture
def board_stylesheet(qapp: QApplication) -> Iterator[None]:
    """The board's own stylesheet, as the app sets it (its tiles' fonts and padding)."""
    qapp.setStyleSheet(LIGHT.stylesheet())
    yield
    qapp.setStyleSheet("")


@pytest.mark.parametrize("waiting", ["nothing", "a circle and groups"])
@pytest.mark.usefixtures("board_stylesheet")
def test_the_first_start_offer_leaves_every_tile_whole_on_a_1366_laptop(
    qtbot: QtBot, tmp_path: Path, waiting: str
) -> None:
    """Seen on the board at 1366×768: with the first start's language offer shown, the room
    kept for the resume offer and the recent groups made home 822 px tall, and the window
    squeezed its two rows of tiles into each other, their second lines cut off. Home fits
    the laptop's screen, every tile keeps its height, and nothing overlaps."""
    home = HomeScreen()
    qtbot.addWidget(home)
    home.resize(1366, 768)
    home.show()
    qtbot.waitExposed(home)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    home.language_offer.bind(settings)
    if waiting != "nothing":
        home.show_unfinished(INTERRUPTED)
        home.set_recent_groups([(1, "5.A"), (2, "6.B")])
    qtbot.waitUntil(lambda: home.language_offer.isVisible())
    assert home.minimumSizeHint().height() <= 768
    layout = home.layout()
    assert layout is not None
    layout.activate()  # as the window's own layout does before it gives home the screen
    home.resize(1366, 768)
    assert home.height() == 768
    shown = [home.language_offer, *_home_tiles(home)]
    card = home.resume_button.parentWidget()
    if card is not None and card.isVisible():
        shown.append(card)
    boxes = [_where(home, widget) for widget in shown]
    for tile in _home_tiles(home):
        assert tile.height() >= tile.minimumHeight()
        assert home.rect().contains(_where(home, tile))
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            assert not box.intersects(other), (box, other)
