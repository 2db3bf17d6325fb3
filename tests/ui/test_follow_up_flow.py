"""Following up what was agreed, on the real screens (M14, issue 16), and the conference
forms finished (issue 14, finding 10)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from circle_app.domain.circle import CircleSetup
from circle_app.domain.conference import ActionStatus, FollowUpState
from circle_app.domain.follow_up import Kept, NextStep, SchoolYear
from circle_app.store.conferences import ConferenceStore, add_demo_actions, create_demo_case
from circle_app.ui.conference.case_screen import ConferenceCaseScreen
from circle_app.ui.conference.overview_screen import ConferenceOverviewScreen
from circle_app.ui.shell.controller import AppController
from circle_app.ui.support.theme import DARK, LIGHT, Theme

CLICK = Qt.MouseButton.LeftButton
TODAY = date(2026, 11, 26)
LATER = TODAY + timedelta(days=14)


def held_demo_case(store: ConferenceStore) -> int:
    case_id = create_demo_case(store, "da", TODAY)
    store.start(case_id, TODAY)
    add_demo_actions(store, case_id, "da", TODAY)
    return case_id


def test_m14_a_follow_up_meeting_closes_a_demo_cases_actions(qtbot: QtBot, engine: Engine) -> None:
    """issue 16: the follow-up owner records kept / partly / not kept and the next step."""
    store = ConferenceStore(engine)
    case_id = held_demo_case(store)
    screen = ConferenceCaseScreen(store, case_id, today=lambda: LATER)
    qtbot.addWidget(screen)
    screen.show_follow_up()
    page = screen.follow_up
    assert screen.tabs.currentWidget() is page
    assert [row.action.description for row in page.rows] == [
        a.description for a in screen.case.actions
    ]
    assert not page.save_button.isEnabled()  # nothing chosen yet: it says why
    assert page.save_button.toolTip()
    assert page.save_hint.text() == page.save_button.toolTip()
    for row, kept in zip(page.rows, (Kept.KEPT, Kept.PARTLY, Kept.NOT_KEPT), strict=True):
        qtbot.mouseClick(row.kept_buttons[kept], CLICK)
        row.next_step_box.setCurrentIndex(row.next_step_box.findData(NextStep.CLOSED.value))
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, CLICK)

    case = store.load(case_id)
    assert case.open_actions() == ()
    assert [a.status for a in case.actions] == [
        ActionStatus.DONE,
        ActionStatus.CLOSED,
        ActionStatus.CLOSED,
    ]
    assert [case.outcome_of(a.id) for a in case.actions] == [
        Kept.KEPT,
        Kept.PARTLY,
        Kept.NOT_KEPT,
    ]
    assert page.rows == []
    assert page.empty_label.isVisibleTo(page)  # "every action has been followed up"

    overview = ConferenceOverviewScreen(store, today=lambda: LATER)
    qtbot.addWidget(overview)
    assert overview.school_year == SchoolYear(2026)
    assert overview.year_box.currentText() == "2026/27"
    assert {item.state for item in overview.follow_up_items} == {FollowUpState.CLOSED}
    outcomes = {overview.table.item(row, 5).text() for row in range(overview.table.rowCount())}
    assert outcomes == {"Kept", "Partly kept", "Not kept"}


def test_m14_a_new_date_keeps_the_action_open_and_a_refusal_is_shown(
    qtbot: QtBot, engine: Engine
) -> None:
    store = ConferenceStore(engine)
    case_id = held_demo_case(store)
    screen = ConferenceCaseScreen(store, case_id, today=lambda: LATER)
    qtbot.addWidget(screen)
    screen.show_follow_up()
    row = screen.follow_up.rows[0]
    qtbot.mouseClick(row.kept_buttons[Kept.PARTLY], CLICK)
    row.next_step_box.setCurrentIndex(row.next_step_box.findData(NextStep.NEW_DATE.value))
    assert row.new_date_edit.isVisibleTo(row)
    row.new_date_edit.setDate(row.new_date_edit.date().addDays(-60))  # before the meeting
    qtbot.mouseClick(screen.follow_up.save_button, CLICK)
    assert "new follow-up date" in screen.follow_up.error_label.text()
    assert store.load(case_id).follow_up_meetings == ()
    row = screen.follow_up.rows[0]
    row.new_date_edit.setDate(row.new_date_edit.date().addDays(90))
    qtbot.mouseClick(screen.follow_up.save_button, CLICK)
    case = store.load(case_id)
    assert len(case.follow_up_meetings) == 1
    assert len(case.open_actions()) == 3  # moved on, not closed


def test_m14_the_follow_up_circle_signal_carries_the_participants(
    qtbot: QtBot, engine: Engine
) -> None:
    store = ConferenceStore(engine)
    case_id = held_demo_case(store)
    screen = ConferenceCaseScreen(store, case_id, today=lambda: LATER)
    qtbot.addWidget(screen)
    assert screen.circle_button.isEnabled()
    with qtbot.waitSignal(screen.follow_up_circle_requested) as signal:
        qtbot.mouseClick(screen.circle_button, CLICK)
    setup = signal.args[0]
    assert isinstance(setup, CircleSetup)
    assert [seat.name for seat in setup.seats] == [p.name for p in screen.case.taking_part()]
    assert all(seat.person_id is not None for seat in setup.seats)  # the circle can seat them


def test_issue14_finding10_disabled_buttons_say_why_and_empty_lists_say_so(
    qtbot: QtBot, engine: Engine
) -> None:
    """issue 14, finding 10: one "Agreement PDF", disabled with a reason; empty states."""
    store = ConferenceStore(engine)
    empty = ConferenceOverviewScreen(store, today=lambda: TODAY)
    qtbot.addWidget(empty)
    empty.show()
    assert empty.cases_empty.isVisible()
    assert not empty.cases.isVisible()
    case_id = store.create_case("Break", TODAY, "Malou")
    screen = ConferenceCaseScreen(store, case_id, today=lambda: TODAY)
    qtbot.addWidget(screen)
    screen.show()
    pdf_buttons = [b for b in screen.findChildren(type(screen.export_button)) if "PDF" in b.text()]
    assert pdf_buttons == [screen.export_button]
    for button in (screen.export_button, screen.circle_button):
        assert not button.isEnabled()
        assert button.toolTip()
        assert button.toolTip() in screen.buttons_hint.text()
    assert screen.buttons_hint.isVisible()
    screen.tabs.setCurrentWidget(screen.agreements)
    assert screen.agreements.empty_label.isVisible()
    assert screen.agreements.empty_label.text()
    screen.show_follow_up()
    assert screen.follow_up.empty_label.isVisible()

    overview = ConferenceOverviewScreen(ConferenceStore(engine), today=lambda: TODAY)
    qtbot.addWidget(overview)
    overview.show()
    overview.show_follow_up()
    assert not overview.meeting_button.isEnabled()
    assert overview.meeting_button.toolTip() == overview.buttons_hint.text() != ""
    assert overview.follow_up_empty.isVisible()
    assert "2026/27" in overview.follow_up_empty.text()


def test_issue14_finding10_birth_year_is_a_padded_field_empty_when_not_given(
    qtbot: QtBot, engine: Engine
) -> None:
    """issue 14, finding 10: "not given" sat unpadded in a spin box with clipped arrows."""
    store = ConferenceStore(engine)
    case_id = store.create_case("Break", TODAY, "Malou")
    screen = ConferenceCaseScreen(store, case_id, today=lambda: TODAY)
    qtbot.addWidget(screen)
    page = screen.participants
    field = page.birth_year
    assert field.text() == ""
    assert field.placeholderText() == "not given"
    assert page.draft().birth_year is None
    qtbot.keyClicks(field, "2014x")  # only digits go in
    assert field.text() == "2014"
    assert page.draft().birth_year == 2014
    assert field.minimumHeight() >= 48


def test_m14_a_follow_up_circle_from_the_case_asks_how_it_has_gone_since(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    """issue 16: the follow-up circle, started from the case, seats those who took part and
    asks the follow-up questions ("how has it gone since?"), not peacetime ones."""
    controller = make_app(database_url)
    store = controller.conflicts.conferences
    case_id = held_demo_case(store)
    controller.conflicts.open_case(case_id)
    case_screen = controller.navigator.current
    assert isinstance(case_screen, ConferenceCaseScreen)
    taking = [p.name for p in case_screen.case.taking_part()]
    qtbot.mouseClick(case_screen.circle_button, CLICK)
    circle = controller.circle_screen
    assert circle is not None
    assert [seat.name for seat in circle.circle.seats] == taking
    prompt = circle.current_prompt()
    assert prompt is not None
    assert prompt.ref.bank_id == "da-followup"


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_issue14_f7_follow_up_states_are_drawn_in_the_themes_checked_colours(
    qtbot: QtBot, engine: Engine, theme: Theme
) -> None:
    """issue 14, finding 7: the due and overdue words meet 4.5:1 in both themes (the fixed
    orange was 4.18:1 on white, the red 2.1:1 on the dark card)."""
    store = ConferenceStore(engine)
    held_demo_case(store)
    overview = ConferenceOverviewScreen(
        store, today=lambda: LATER + timedelta(days=60), theme=theme
    )
    qtbot.addWidget(overview)
    colours = {
        overview.table.item(row, 0).foreground().color().name()
        for row in range(overview.table.rowCount())
    }
    assert colours
    assert colours <= {theme.danger.name(), theme.warning.name(), theme.success.name()}
