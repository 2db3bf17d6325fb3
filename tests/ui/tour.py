"""A walk through every screen and dialog of the app, for the touch, contrast and
accessibility tests (issue 14, findings 6 and 7): the real window and controller, public
entry points only, each screen shown with some data in it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from circle_app.domain.enums import BankKind, GroupKind, Role
from circle_app.store.conferences import add_demo_actions
from circle_app.store.roster import GroupDraft, PersonDraft, RosterStore
from circle_app.ui.banks.prompt_dialog import NewBankDialog, PromptDialog
from circle_app.ui.circle.circle_screen import CircleScreen
from circle_app.ui.shell.controller import AppController

ROSTERS = Path(__file__).parents[1] / "data" / "rosters"
PUPILS = ("Asta Nørgaard", "Bilal Khan", "Clara Berg", "Emil Sørensen", "Freja Holm")

Visit = Callable[[str, QWidget], None]


def seed(app: AppController) -> None:
    assert app.services is not None
    roster = RosterStore(app.services.engine)
    group = roster.create_group(GroupDraft("5.a", GroupKind.CLASS))
    for name in PUPILS:
        roster.add_person(group, PersonDraft(name, Role.PUPIL))


def settle(qtbot: QtBot, widget: QWidget) -> None:
    """Shown, laid out and polished (the stylesheet's sizes applied)."""
    qtbot.waitExposed(widget)
    QApplication.processEvents()


def tabs_of(widget: QWidget) -> Iterator[str]:
    """Every tab of every tab widget shown in turn (a hidden page has no size)."""
    for tabs in widget.findChildren(QTabWidget):
        if not tabs.isVisibleTo(widget):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"tab {index}"


def walk(qtbot: QtBot, app: AppController, visit: Visit, *, ring: bool = True) -> list[str]:
    """Show every screen and dialog and call `visit(name, widget)` on each; return the names.
    `ring=False` leaves out the circle screen (its seats are painted, not widgets)."""
    window = app.window
    seen: list[str] = []

    def screen(name: str) -> None:
        current = window.stack.currentWidget()
        settle(qtbot, current)
        visit(name, current)
        seen.append(name)
        for tab in tabs_of(current):
            visit(f"{name}, {tab}", current)

    def dialog(name: str, widget: QWidget | None) -> None:
        assert widget is not None, name
        settle(qtbot, widget)
        visit(name, widget)
        seen.append(name)
        for tab in tabs_of(widget):
            visit(f"{name}, {tab}", widget)

    seed(app)
    screen("home")
    app.show_quick_prompt()
    screen("quick prompt")
    app.show_setup()
    screen("circle setup")
    app.start_demo()
    circle = window.stack.currentWidget()
    assert isinstance(circle, CircleScreen)
    if ring:
        screen("circle")
    for _ in range(500):  # through every round to the summary
        if not isinstance(window.stack.currentWidget(), CircleScreen):
            break
        circle.advance()
    screen("summary")
    app.show_roster()
    screen("roster")
    roster = window.stack.currentWidget()
    roster.preview_import(ROSTERS / "duplicates.csv")  # type: ignore[attr-defined]
    dialog("roster import", roster.dialog)  # type: ignore[attr-defined]
    roster.dialog.reject()  # type: ignore[attr-defined]
    roster.edits.add_person()  # type: ignore[attr-defined]
    dialog("person", roster.dialog)  # type: ignore[attr-defined]
    roster.dialog.reject()  # type: ignore[attr-defined]
    roster.edits.new_group()  # type: ignore[attr-defined]
    dialog("group", roster.dialog)  # type: ignore[attr-defined]
    roster.dialog.reject()  # type: ignore[attr-defined]
    roster.edits.mark_away()  # type: ignore[attr-defined]
    dialog("away", roster.dialog)  # type: ignore[attr-defined]
    roster.dialog.reject()  # type: ignore[attr-defined]
    app.conflicts.show_conversation_setup()
    screen("conversation setup")
    app.conflicts.start_demo_conversation()
    screen("conversation")
    window.show_keyring()
    dialog("key-ring card", window.keyring)
    window.keyring.hide()
    app.conflicts.start_demo_conference()
    case = window.stack.currentWidget()
    case_id = case.case.id  # type: ignore[attr-defined]
    assert app.services is not None
    add_demo_actions(app.conflicts.conferences, case_id, "en", date.today())
    app.conflicts.open_case(case_id)
    screen("conference case")
    app.conflicts.show_conferences()
    screen("conferences")
    app.conflicts.show_conferences(follow_up=True)
    screen("conference follow-up")
    app.show_dashboard()
    screen("dashboard")
    app.show_banks()
    screen("question banks")
    banks = window.stack.currentWidget()
    for name, made in (  # the browser opens these modally: built as it builds them
        ("new prompt", PromptDialog(BankKind.PEACETIME, banks)),
        ("new bank", NewBankDialog("da", banks)),
    ):
        made.show()
        dialog(name, made)
        made.close()
    app.go_home()
    app.show_settings()
    dialog("settings", app.settings_dialog)
    assert app.settings_dialog is not None
    app.settings_dialog.close()
    return seen
