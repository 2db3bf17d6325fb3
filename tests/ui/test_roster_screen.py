"""The roster screen by touch (clicks) and by keyboard, on the real window and database."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from circle_app.domain.enums import GroupKind, Role
from circle_app.store.groups import GroupStore
from circle_app.store.models import GroupRow, PersonRow
from circle_app.store.roster import GroupDraft, PersonDraft, RosterStore
from circle_app.ui.circle.setup_screen import CircleSetupScreen
from circle_app.ui.roster.away_dialog import AwayDialog
from circle_app.ui.roster.group_dialog import GroupDialog
from circle_app.ui.roster.import_dialog import RosterImportDialog
from circle_app.ui.roster.person_dialog import PersonDialog
from circle_app.ui.roster.roster_screen import RosterScreen
from circle_app.ui.shell.controller import AppController

DATA = Path(__file__).parents[1] / "data" / "rosters"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def app(make_app, database_url: str) -> AppController:  # type: ignore[no-untyped-def]
    controller: AppController = make_app(database_url)
    return controller


def open_roster(qtbot: QtBot, app: AppController) -> RosterScreen:
    qtbot.mouseClick(app.window.home.roster_button, LEFT)
    screen = app.window.stack.currentWidget()
    assert isinstance(screen, RosterScreen)
    return screen


def seed(app: AppController) -> tuple[int, list[int]]:
    assert app.services is not None
    roster = RosterStore(app.services.engine)
    group = roster.create_group(GroupDraft("5.a", GroupKind.CLASS))
    ids = [
        roster.add_person(group, PersonDraft(name, Role.PUPIL))
        for name in ("Asta Hansen", "Bilal Khan", "Clara Berg")
    ]
    return group, ids


def names(app: AppController, group_id: int) -> list[str]:
    assert app.services is not None
    return [m.person.display_name for m in GroupStore(app.services.engine).members(group_id)]


def confirm_box(screen: RosterScreen) -> QMessageBox:
    box = screen.dialog
    assert isinstance(box, QMessageBox)
    return box


def click_box_button(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, LEFT)


def test_groups_tile_opens_the_roster_and_home_goes_back(qtbot: QtBot, app: AppController) -> None:
    screen = open_roster(qtbot, app)
    assert screen.group_title.text() == "No groups yet"
    assert not screen.add_button.isEnabled()
    qtbot.mouseClick(screen.home_button, LEFT)
    assert app.window.stack.currentWidget() is app.window.home


def test_touch_targets_are_at_least_48_px(qtbot: QtBot, app: AppController) -> None:
    seed(app)
    screen = open_roster(qtbot, app)
    qtbot.waitExposed(screen)
    for button in screen.findChildren(QPushButton):
        if button.isVisible():
            assert button.height() >= 48, button.text()
            assert button.width() >= 48, button.text()
    assert screen.people.visualItemRect(screen.people.item(0)).height() >= 48


def test_create_a_group_by_touch(qtbot: QtBot, app: AppController) -> None:
    screen = open_roster(qtbot, app)
    qtbot.mouseClick(screen.new_group_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, GroupDialog)
    assert not dialog.ok_button.isEnabled()  # a group needs a name
    qtbot.keyClicks(dialog.name, "3.b")
    qtbot.mouseClick(dialog.keeper_buttons[Role.PUPIL], LEFT)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert screen.dialog is None
    group = screen.current_group()
    assert group is not None
    assert (group.name, group.keeper_roles) == ("3.b", frozenset({Role.STAFF, Role.PUPIL}))
    assert "keepers: Staff, Pupils" in screen.group_details.text()


def test_add_edit_and_reorder_people_by_keyboard(qtbot: QtBot, app: AppController) -> None:
    group, ids = seed(app)
    screen = open_roster(qtbot, app)
    screen.people.setFocus()
    qtbot.keyClick(screen.people, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClicks(dialog.name, "  Dina   Ærø ")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.short_name, "DÆ")
    qtbot.keyClick(dialog.short_name, Qt.Key.Key_Return)
    assert screen.dialog is None
    assert names(app, group) == ["Asta Hansen", "Bilal Khan", "Clara Berg", "Dina Ærø"]
    assert screen.people.currentRow() == 3  # the new person is selected

    # Ctrl+Up twice moves Dina to seat 2; the order is saved at once.
    qtbot.keyClick(screen.people, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.people, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names(app, group) == ["Asta Hansen", "Dina Ærø", "Bilal Khan", "Clara Berg"]
    assert screen.people.currentItem().text().startswith("2.  Dina Ærø")

    # Enter edits the current person.
    qtbot.keyClick(screen.people, Qt.Key.Key_Return)
    dialog = screen.dialog
    assert isinstance(dialog, PersonDialog)
    assert dialog.name.text() == "Dina Ærø"
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Dina Berg")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert names(app, group)[1] == "Dina Berg"
    assert ids  # the seeded people are untouched
    assert names(app, group)[0] == "Asta Hansen"


def test_move_buttons_and_drag_reorder_seats(qtbot: QtBot, app: AppController) -> None:
    group, _ = seed(app)
    screen = open_roster(qtbot, app)
    screen.people.setCurrentRow(0)
    assert not screen.up_button.isEnabled()
    qtbot.mouseClick(screen.down_button, LEFT)
    assert names(app, group) == ["Bilal Khan", "Asta Hansen", "Clara Berg"]
    qtbot.mouseClick(screen.down_button, LEFT)
    assert names(app, group) == ["Bilal Khan", "Clara Berg", "Asta Hansen"]
    assert not screen.down_button.isEnabled()
    # A drop is a rowsMoved on the list's model, which saves the order.
    model = screen.people.model()
    assert model.moveRow(model.index(0, 0).parent(), 2, model.index(0, 0).parent(), 0)
    assert names(app, group) == ["Asta Hansen", "Bilal Khan", "Clara Berg"]


def test_mark_away_and_back(qtbot: QtBot, app: AppController) -> None:
    group, ids = seed(app)
    screen = open_roster(qtbot, app)
    screen.people.setCurrentRow(1)
    qtbot.mouseClick(screen.away_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, AwayDialog)
    until = date.today() + timedelta(days=5)
    dialog.calendar.setSelectedDate(QDate(until.year, until.month, until.day))
    qtbot.mouseClick(dialog.away_button, LEFT)
    assert app.services is not None
    members = {m.person.id: m for m in GroupStore(app.services.engine).members(group)}
    assert members[ids[1]].away_until == until
    assert "away until" in screen.people.item(1).text()
    qtbot.mouseClick(screen.away_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, AwayDialog)
    qtbot.mouseClick(dialog.back_button, LEFT)
    members = {m.person.id: m for m in GroupStore(app.services.engine).members(group)}
    assert members[ids[1]].away_until is None


def test_remove_erases_someone_in_no_other_group_after_confirmation(
    qtbot: QtBot, app: AppController
) -> None:
    group, _ = seed(app)
    screen = open_roster(qtbot, app)
    screen.people.setCurrentRow(1)
    screen.people.setFocus()
    qtbot.keyClick(screen.people, Qt.Key.Key_Delete)
    box = confirm_box(screen)
    assert "Erase Bilal Khan everywhere?" in box.text()
    click_box_button(qtbot, box, "Cancel")
    assert names(app, group) == ["Asta Hansen", "Bilal Khan", "Clara Berg"]
    qtbot.mouseClick(screen.remove_button, LEFT)
    click_box_button(qtbot, confirm_box(screen), "Erase")
    assert names(app, group) == ["Asta Hansen", "Clara Berg"]
    assert app.services is not None
    with Session(app.services.engine) as session:
        assert session.scalars(select(func.count()).select_from(PersonRow)).one() == 2


def test_remove_from_one_group_keeps_the_person_elsewhere(qtbot: QtBot, app: AppController) -> None:
    group, ids = seed(app)
    assert app.services is not None
    roster = RosterStore(app.services.engine)
    other = roster.create_group(GroupDraft("Choir", GroupKind.CLUB))
    roster.add_existing(other, ids[0])
    screen = open_roster(qtbot, app)
    screen.group_list.setCurrentRow(0)  # "5.a" sorts before "Choir"
    screen.people.setCurrentRow(0)
    qtbot.mouseClick(screen.remove_button, LEFT)
    box = confirm_box(screen)
    assert "They stay in their other groups" in box.text()
    click_box_button(qtbot, box, "Remove")
    assert names(app, group) == ["Bilal Khan", "Clara Berg"]
    assert names(app, other) == ["Asta Hansen"]


def test_import_preview_flags_duplicates_and_imports_on_click(
    qtbot: QtBot, app: AppController
) -> None:
    group, _ = seed(app)
    screen = open_roster(qtbot, app)
    screen.preview_import(DATA / "da-semicolon-utf8.csv")
    dialog = screen.dialog
    assert isinstance(dialog, RosterImportDialog)
    flags = [dialog.table.item(row, 4).text() for row in range(dialog.table.rowCount())]
    # issue 17: Asta is matched (the file adds her birth year), never added twice
    assert flags == ["Already in the group, changed", "", "", ""]
    assert dialog.import_button.text() == "Import 3 people"
    assert dialog.summary.text().startswith("Read as a spreadsheet with a header row.")
    assert dialog.mark_gone.text() == ("Mark the 2 people not in the file as having left the group")
    assert not dialog.mark_gone.isChecked()  # a hand-made list: maybe only the new ones
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert names(app, group) == [
        "Asta Hansen",
        "Bilal Khan",
        "Clara Berg",
        "Søren Ærø",
        "Åse Øster",
        "Malou Jensen",
    ]
    assert screen.status.text() == "Imported 3 people."


def test_a_refused_file_offers_no_import_and_changes_nothing(
    qtbot: QtBot, app: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(app)
    screen = open_roster(qtbot, app)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(DATA / "malformed-too-many-fields.csv"), ""),
    )
    qtbot.mouseClick(screen.import_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, RosterImportDialog)
    assert not dialog.import_button.isVisibleTo(dialog)
    assert dialog.problems.item(0).text().startswith("malformed-too-many-fields.csv, line 3: ")
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert app.services is not None
    with Session(app.services.engine) as session:
        assert session.scalars(select(func.count()).select_from(PersonRow)).one() == 3


def test_import_into_a_new_group_named_after_the_class(qtbot: QtBot, app: AppController) -> None:
    screen = open_roster(qtbot, app)
    screen.preview_import(DATA / "da-first-last-utf8-bom.csv")
    dialog = screen.dialog
    assert isinstance(dialog, RosterImportDialog)
    assert dialog.group_name.text() == "4.b"
    qtbot.mouseClick(dialog.import_button, LEFT)
    group = screen.current_group()
    assert group is not None
    assert (group.name, group.size) == ("4.b", 3)


def test_export_writes_the_persons_json(
    qtbot: QtBot, app: AppController, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _, ids = seed(app)
    screen = open_roster(qtbot, app)
    target = tmp_path / "export.json"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    screen.people.setCurrentRow(2)
    screen.people.setFocus()
    qtbot.keyClick(screen.people, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    data = json.loads(target.read_text("utf-8"))
    assert data["person"]["id"] == ids[2]
    assert data["person"]["display_name"] == "Clara Berg"
    assert target.stat().st_mode & 0o077 == 0


def test_erase_a_whole_group_after_confirmation(qtbot: QtBot, app: AppController) -> None:
    group, _ = seed(app)
    screen = open_roster(qtbot, app)
    qtbot.mouseClick(screen.erase_group_button, LEFT)
    box = confirm_box(screen)
    assert "Erase 5.a and its 3 people for good?" in box.text()
    assert box.defaultButton().text() == "Cancel"  # Enter does nothing harmful
    click_box_button(qtbot, box, "Erase group")
    assert app.services is not None
    with Session(app.services.engine) as session:
        assert session.get(GroupRow, group) is None
        assert session.scalars(select(func.count()).select_from(PersonRow)).one() == 0
    assert screen.group_title.text() == "No groups yet"


def test_m6_setup_suggests_the_keeper_whose_turn_it_is(qtbot: QtBot, app: AppController) -> None:
    assert app.services is not None
    roster = RosterStore(app.services.engine)
    group = roster.create_group(
        GroupDraft("5.a", GroupKind.CLASS, keeper_roles=frozenset({Role.PUPIL}))
    )
    first = roster.add_person(group, PersonDraft("Asta Hansen", Role.PUPIL))
    second = roster.add_person(group, PersonDraft("Bilal Khan", Role.PUPIL))

    def setup_screen() -> CircleSetupScreen:
        app.show_setup()
        screen = app.window.stack.currentWidget()
        assert isinstance(screen, CircleSetupScreen)
        screen.group_box.setCurrentIndex(screen.group_box.findData(group))
        # the only group is chosen already (issue 14, finding 9): its people follow
        qtbot.waitUntil(lambda: screen.people.count() == 2)
        return screen

    screen = setup_screen()
    assert screen.keeper.currentData() == first
    assert screen.keeper.currentText().endswith("their turn")
    qtbot.mouseClick(screen.start_button, LEFT)  # the circle records Asta as keeper
    app.go_home()
    screen = setup_screen()
    assert screen.keeper.currentData() == second


def test_a_whole_school_file_becomes_one_group_per_class_by_touch(
    qtbot: QtBot, app: AppController
) -> None:
    """issue 17: the import dialog offers one group per class, each previewed."""
    screen = open_roster(qtbot, app)
    screen.preview_import(DATA / "whole-school-cp1252.csv")
    dialog = screen.dialog
    assert isinstance(dialog, RosterImportDialog)
    assert dialog.split_by_class.isVisible()
    qtbot.mouseClick(dialog.split_by_class, LEFT)
    assert not dialog.group_name.isEnabled()
    assert "2 groups, one per class." in dialog.summary.text()
    assert [(name, len(rows)) for name, rows in dialog.lists()] == [("3.a", 3), ("4.b", 2)]
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert screen.status.text() == "Imported 5 people. 2 groups, one per class."
    assert app.services is not None
    groups = GroupStore(app.services.engine).list_groups()
    assert [(g.name, g.size) for g in groups] == [("3.a", 3), ("4.b", 2)]


def test_reimporting_a_school_export_marks_who_left(
    qtbot: QtBot, app: AppController, tmp_path: Path
) -> None:
    """issue 17: a list from a school system (every row with its id) says who left."""
    first = tmp_path / "Student.csv"
    first.write_text("SIS ID,School SIS ID,First Name,Last Name\ns-1,x,Asta,Hansen\ns-2,x,Bo,Ek\n")
    screen = open_roster(qtbot, app)
    screen.preview_import(first)
    dialog = screen.dialog
    assert isinstance(dialog, RosterImportDialog)
    dialog.group_name.setText("3.a")
    qtbot.mouseClick(dialog.import_button, LEFT)
    first.write_text("SIS ID,School SIS ID,First Name,Last Name\ns-1,x,Asta,Hansen\n")
    screen.preview_import(first)
    dialog = screen.dialog
    assert isinstance(dialog, RosterImportDialog)
    assert "Microsoft School Data Sync v1" in dialog.summary.text()
    assert dialog.mark_gone.isChecked()
    assert dialog.import_button.isEnabled()  # nobody new, but Bo has left
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert screen.status.text() == "Imported 0 people. 1 marked as having left the group."
    assert [
        screen.people.item(i).text().split("  ·  ")[0] for i in range(screen.people.count())
    ] == ["1.  Asta Hansen"]


def test_save_list_by_ctrl_s_writes_the_group_through_the_store(
    qtbot: QtBot, app: AppController, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """issue 17: the group's list as Excel, from the key or the button."""
    seed(app)
    screen = open_roster(qtbot, app)
    assert screen.save_list_button.isEnabled()
    assert screen.save_list_button.minimumHeight() >= 48
    target = tmp_path / "5a.xlsx"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    screen.people.setFocus()
    qtbot.keyClick(screen.people, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert screen.status.text() == f"3 people saved to {target}"
    assert target.stat().st_mode & 0o777 == 0o600
