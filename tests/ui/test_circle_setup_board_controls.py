"""Issue 18: circle setup offers the group's option "Show Next and Pass on the board for
children to tap"; it is kept with the group and the circle's board honours it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from circle_app.domain.enums import GroupKind, Role
from circle_app.ui.circle.setup_screen import CircleSetupScreen
from circle_app.ui.shell.controller import AppController

LEFT = Qt.MouseButton.LeftButton


def open_setup(app: AppController, qtbot: QtBot, group_id: int | None) -> CircleSetupScreen:
    app.show_setup()
    screen = app.window.stack.currentWidget()
    assert isinstance(screen, CircleSetupScreen)
    index = screen.group_box.findData(group_id) if group_id is not None else 0
    screen.group_box.setCurrentIndex(index)
    if group_id is not None:
        qtbot.waitUntil(lambda: screen.people.count() == 2)
    return screen


def test_the_groups_board_controls_option_is_set_in_setup_kept_and_honoured(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    app = make_app(database_url)
    assert app.services is not None
    groups = app.services.groups
    group = groups.create_group(
        "4.b", GroupKind.CLASS, [("Asta Hansen", Role.PUPIL), ("Bilal Khan", Role.PUPIL)]
    )
    screen = open_setup(app, qtbot, group)
    option = screen.board_controls
    assert option.isVisibleTo(screen)
    assert option.isChecked()  # on by default
    qtbot.mouseClick(option, LEFT)
    qtbot.mouseClick(screen.start_button, LEFT)
    assert not next(g for g in groups.list_groups() if g.id == group).board_controls

    circle = app.circle_screen
    assert circle is not None
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(circle.board_widget())
    circle.set_presenting(True)
    board = circle.board_widget()
    assert not board.touch_row.isVisibleTo(board)  # type: ignore[attr-defined]

    app.go_home()
    screen = open_setup(app, qtbot, group)
    assert not screen.board_controls.isChecked()  # as the teacher left it


def test_a_quick_circle_has_no_option_and_shows_pass_and_next_on_the_board(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    app = make_app(database_url)
    screen = open_setup(app, qtbot, None)
    assert not screen.board_controls.isVisibleTo(screen)
    qtbot.mouseClick(screen.start_button, LEFT)
    circle = app.circle_screen
    assert circle is not None
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(circle.board_widget())
    circle.set_presenting(True)
    board = circle.board_widget()
    assert board.touch_row.isVisibleTo(board)  # type: ignore[attr-defined]
