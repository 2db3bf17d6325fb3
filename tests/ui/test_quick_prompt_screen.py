"""The quick prompt screen: keys and clicks change what the card shows."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from circle_app.banks.drawing import PromptDrawer
from circle_app.banks.loader import BankLibrary
from circle_app.domain.enums import AgeBand, BankKind
from circle_app.paths import question_banks_dir
from circle_app.store.prompt_history import PromptHistory
from circle_app.ui.circle.quick_prompt_screen import QuickPromptScreen


@pytest.fixture
def drawer(engine: Engine, tmp_path: Path) -> PromptDrawer:
    library = BankLibrary.load(question_banks_dir(), tmp_path / "no-user-banks")
    return PromptDrawer(library, PromptHistory(engine), rng=random.Random(7))


@pytest.fixture
def screen(qtbot: QtBot, drawer: PromptDrawer) -> Iterator[QuickPromptScreen]:
    # In a plain window of the laptop's size, as the main window's stack holds it.
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    widget = QuickPromptScreen(drawer, "en", parent=window)
    widget.setGeometry(0, 0, 1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield widget
    window.close()


def text_of(screen: QuickPromptScreen) -> str:
    return screen.prompt_label.text()


def test_opening_shows_a_peacetime_prompt_in_large_type(screen: QuickPromptScreen) -> None:
    prompt = screen.current_prompt
    assert prompt is not None
    assert prompt.kind is BankKind.PEACETIME
    assert prompt.language == "en"
    assert text_of(screen) == prompt.text
    assert screen.prompt_label.pixel_size >= 48


@pytest.mark.parametrize("key", [Qt.Key.Key_N, Qt.Key.Key_Space, Qt.Key.Key_PageDown])
def test_new_prompt_keys_show_another_prompt(
    qtbot: QtBot, screen: QuickPromptScreen, key: Qt.Key
) -> None:
    before = text_of(screen)
    qtbot.keyClick(screen, key)
    assert text_of(screen) != before


def test_the_new_prompt_button_shows_another_prompt(
    qtbot: QtBot, screen: QuickPromptScreen
) -> None:
    before = text_of(screen)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert text_of(screen) != before


def test_page_up_goes_back_to_the_previous_prompt(qtbot: QtBot, screen: QuickPromptScreen) -> None:
    first = text_of(screen)
    qtbot.keyClick(screen, Qt.Key.Key_N)
    qtbot.keyClick(screen, Qt.Key.Key_PageUp)
    assert text_of(screen) == first


def test_prompts_shown_are_recorded_so_none_repeats(
    qtbot: QtBot, screen: QuickPromptScreen, engine: Engine
) -> None:
    seen = {text_of(screen)}
    for _ in range(30):
        qtbot.keyClick(screen, Qt.Key.Key_N)
        seen.add(text_of(screen))
    assert len(seen) == 31
    assert PromptHistory(engine).count(None) == 31


def test_f_stars_the_prompt_and_the_star_persists(
    qtbot: QtBot, screen: QuickPromptScreen, drawer: PromptDrawer
) -> None:
    prompt = screen.current_prompt
    assert prompt is not None
    qtbot.keyClick(screen, Qt.Key.Key_F)
    assert screen.favourite_button.isChecked()
    assert drawer.is_favourite(prompt.ref)
    qtbot.mouseClick(screen.favourite_button, Qt.MouseButton.LeftButton)
    assert not screen.favourite_button.isChecked()
    assert not drawer.is_favourite(prompt.ref)


def test_only_favourites_draws_from_the_starred_prompts(
    qtbot: QtBot, screen: QuickPromptScreen
) -> None:
    starred = {text_of(screen)}
    qtbot.keyClick(screen, Qt.Key.Key_F)
    qtbot.keyClick(screen, Qt.Key.Key_N)
    starred.add(text_of(screen))
    qtbot.keyClick(screen, Qt.Key.Key_F)
    qtbot.mouseClick(screen.favourites_only_button, Qt.MouseButton.LeftButton)
    shown = set()
    for _ in range(4):
        qtbot.keyClick(screen, Qt.Key.Key_N)
        shown.add(text_of(screen))
    assert shown == starred


def test_r_asks_to_read_the_prompt_aloud_in_its_language(
    qtbot: QtBot, screen: QuickPromptScreen
) -> None:
    with qtbot.waitSignal(screen.read_aloud_requested) as blocker:
        qtbot.keyClick(screen, Qt.Key.Key_R)
    assert blocker.args == [text_of(screen), "en"]


def test_the_read_aloud_button_asks_too(qtbot: QtBot, screen: QuickPromptScreen) -> None:
    with qtbot.waitSignal(screen.read_aloud_requested):
        qtbot.mouseClick(screen.read_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("key", [Qt.Key.Key_Backspace, Qt.Key.Key_Home])
def test_backspace_and_home_go_home(qtbot: QtBot, screen: QuickPromptScreen, key: Qt.Key) -> None:
    with qtbot.waitSignal(screen.home_requested):
        qtbot.keyClick(screen, key)


def test_the_home_button_goes_home(qtbot: QtBot, screen: QuickPromptScreen) -> None:
    with qtbot.waitSignal(screen.home_requested):
        qtbot.mouseClick(screen.home_button, Qt.MouseButton.LeftButton)


def test_an_age_band_keeps_every_prompt_to_that_band(
    qtbot: QtBot, screen: QuickPromptScreen
) -> None:
    qtbot.mouseClick(screen.age_buttons[AgeBand.INDSKOLING], Qt.MouseButton.LeftButton)
    for _ in range(10):
        prompt = screen.current_prompt
        assert prompt is not None
        assert AgeBand.INDSKOLING in prompt.ages
        qtbot.keyClick(screen, Qt.Key.Key_N)


def test_a_category_keeps_prompts_to_its_bank(screen: QuickPromptScreen) -> None:
    index, category = next(
        (i, c)
        for i, c in enumerate(screen.categories)
        if c.bank_ids and "seasons" in str(c.bank_ids)
    )
    screen.set_category(index)
    for _ in range(5):
        prompt = screen.current_prompt
        assert prompt is not None
        assert prompt.bank_id in category.bank_ids
        screen.new_prompt()


def test_the_academic_category_draws_academic_prompts(screen: QuickPromptScreen) -> None:
    index = next(i for i, c in enumerate(screen.categories) if c.kind is BankKind.ACADEMIC)
    screen.set_category(index)
    assert screen.current_prompt is not None
    assert screen.current_prompt.kind is BankKind.ACADEMIC


def test_switching_language_draws_danish_prompts(screen: QuickPromptScreen) -> None:
    screen.set_language("da")
    assert screen.current_prompt is not None
    assert screen.current_prompt.language == "da"


def test_when_nothing_fits_the_card_says_so(qtbot: QtBot, screen: QuickPromptScreen) -> None:
    qtbot.mouseClick(screen.favourites_only_button, Qt.MouseButton.LeftButton)
    assert screen.current_prompt is None
    assert "No question fits" in text_of(screen)
    assert not screen.read_button.isEnabled()
    assert not screen.favourite_button.isEnabled()


def test_touch_targets_are_at_least_48_px(screen: QuickPromptScreen) -> None:
    buttons = [
        screen.home_button,
        screen.new_button,
        screen.read_button,
        screen.favourite_button,
        screen.favourites_only_button,
        screen.previous_button,
        screen.category_box,
        *screen.age_buttons.values(),
    ]
    for button in buttons:
        assert button.height() >= 48, button
        assert button.width() >= 48, button


def test_staff_circles_are_a_category_and_support_is_never_one(screen: QuickPromptScreen) -> None:
    kinds = {category.kind for category in screen.categories}
    assert BankKind.STAFF in kinds
    assert BankKind.SUPPORT not in kinds
    assert not any("en-support" in category.bank_ids for category in screen.categories)
    index = next(i for i, c in enumerate(screen.categories) if c.kind is BankKind.STAFF)
    screen.set_category(index)
    assert screen.category_box.currentText() == "Staff circles"
    prompt = screen.current_prompt
    assert prompt is not None
    assert prompt.kind is BankKind.STAFF


def test_no_support_prompt_comes_up_however_often_you_shuffle(
    qtbot: QtBot, screen: QuickPromptScreen
) -> None:
    seen = set()
    for index in range(len(screen.categories)):
        screen.set_category(index)
        for _ in range(15):
            qtbot.keyClick(screen, Qt.Key.Key_N)
            if screen.current_prompt is not None:
                seen.add(screen.current_prompt.bank_id)
    assert len(seen) > 5
    assert "en-support" not in seen


def test_a_prompt_chosen_in_the_bank_browser_is_shown_as_it_is(
    drawer: PromptDrawer, screen: QuickPromptScreen
) -> None:
    bank = drawer.library.bank("en-support")
    assert bank is not None
    screen.show_chosen(bank.prompts[3])
    assert screen.current_prompt == bank.prompts[3]
    assert text_of(screen) == bank.prompts[3].text
    screen.new_prompt()  # and the next one is random again, from the category
    assert screen.current_prompt is not None
    assert screen.current_prompt.bank_id != "en-support"


def test_esc_leaves_the_quick_prompt(qtbot: QtBot, screen: QuickPromptScreen) -> None:
    """issue 14, finding 4: Esc leaves every full-screen view, the quick prompt included,
    also past a window-wide Esc shortcut (the main window's "leave full screen")."""
    window = screen.window()
    QShortcut(QKeySequence("Escape"), window).setContext(Qt.ShortcutContext.WindowShortcut)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(screen.home_requested, timeout=1000):
        qtbot.keyClick(screen, Qt.Key.Key_Escape)


def test_reading_aloud_shows_a_banner_with_a_stop_control(
    qtbot: QtBot, screen: QuickPromptScreen
) -> None:
    """issue 14, finding 4: "reading aloud…" on screen while it speaks, with Stop."""
    qtbot.keyClick(screen, Qt.Key.Key_R)
    assert screen.banner.text == "Reading aloud…"
    with qtbot.waitSignal(screen.stop_reading_requested, timeout=1000):
        qtbot.mouseClick(screen.banner.action_button, Qt.MouseButton.LeftButton)
    assert not screen.banner.text
    qtbot.keyClick(screen, Qt.Key.Key_R)
    screen.reading_finished()
    assert not screen.banner.text
