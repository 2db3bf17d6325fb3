"""Teachers write their own prompts in the app; everything goes through the bank checker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from circle_app.banks.loader import BankLibrary
from circle_app.banks.validator import check_file
from circle_app.paths import question_banks_dir
from circle_app.ui.banks.browser_screen import BankBrowserScreen
from circle_app.ui.banks.prompt_dialog import NewBankDialog, PromptDialog
from circle_app.ui.circle.quick_prompt_screen import QuickPromptScreen
from circle_app.ui.shell.controller import AppController
from circle_app.ui.support.settings import Settings


@pytest.fixture
def library(tmp_path: Path) -> BankLibrary:
    return BankLibrary.load(question_banks_dir(), tmp_path / "mine")


@pytest.fixture
def screen(qtbot: QtBot, library: BankLibrary, settings: Settings) -> BankBrowserScreen:
    widget = BankBrowserScreen(library, "en")
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def _answer_dialogs(monkeypatch: pytest.MonkeyPatch, *, title: str, question: str) -> None:
    def new_bank_exec(dialog: NewBankDialog) -> int:
        dialog.title.setText(title)
        return QDialog.DialogCode.Accepted.value

    def prompt_exec(dialog: PromptDialog) -> int:
        dialog.text.setPlainText(question)
        dialog.ages[next(iter(dialog.ages))].setChecked(False)
        dialog.tags.setText("Friday, fun")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NewBankDialog, "exec", new_bank_exec)
    monkeypatch.setattr(PromptDialog, "exec", prompt_exec)


def test_shipped_banks_are_listed_and_read_only(screen: BankBrowserScreen) -> None:
    assert screen.banks.count() >= 11  # the English banks
    assert screen.prompts.count() > 0
    bank = screen.selected_bank()
    assert bank is not None
    assert not bank.user
    assert not screen.add_button.isEnabled()
    assert "read-only" in screen.hint.text()


def test_a_new_bank_with_a_prompt_is_written_and_valid(
    screen: BankBrowserScreen,
    library: BankLibrary,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    _answer_dialogs(monkeypatch, title="Friday circle", question="What made you smile this week?")
    qtbot.mouseClick(screen.new_bank_button, Qt.MouseButton.LeftButton)
    bank = screen.selected_bank()
    assert bank is not None
    assert bank.user
    assert bank.title == "Friday circle"
    assert [p.text for p in bank.prompts] == ["What made you smile this week?"]
    assert bank.prompts[0].tags == frozenset({"friday", "fun"})
    checked, problems = check_file(bank.path)
    assert problems == []
    assert checked is not None
    assert bank.path.parent == tmp_path / "mine"
    # a second prompt with the same text gets its own id
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    again = library.bank(bank.id)
    assert again is not None
    assert len({p.id for p in again.prompts}) == 2
    assert BankLibrary.load(question_banks_dir(), tmp_path / "mine").bank(bank.id) is not None


def test_a_broken_csv_import_is_refused_whole_with_the_line(
    screen: BankBrowserScreen,
    library: BankLibrary,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    sheet = tmp_path / "ours.csv"
    sheet.write_text("text;ages;tags\nWhat is your favourite game?;mellemtrin;\n;mellemtrin;\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    monkeypatch.setattr(NewBankDialog, "exec", lambda _d: QDialog.DialogCode.Accepted.value)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    before = len(library.banks)
    screen.import_file()
    assert len(library.banks) == before
    assert warnings
    assert f"{sheet}:3" in warnings[0]
    assert not any((tmp_path / "mine").glob("*.toml"))


def _select_bank(screen: BankBrowserScreen, bank_id: str) -> None:
    for row in range(screen.banks.count()):
        if screen.banks.item(row).data(Qt.ItemDataRole.UserRole) == bank_id:
            screen.banks.setCurrentRow(row)
            return
    raise AssertionError(f"{bank_id} is not listed")


def test_a_facilitator_only_bank_is_marked_and_shows_its_note(screen: BankBrowserScreen) -> None:
    _select_bank(screen, "en-support")
    item = screen.banks.currentItem()
    assert "facilitator only" in item.text()
    assert screen.note.isVisibleTo(screen)
    assert "never drawn at random" in screen.note.text()
    assert "resource people" in screen.note.text()
    _select_bank(screen, "en-peacetime-community")
    assert "facilitator only" not in screen.banks.currentItem().text()
    assert not screen.note.isVisibleTo(screen)


def test_a_prompt_of_a_facilitator_only_bank_can_be_chosen_for_the_card(
    qtbot: QtBot, screen: BankBrowserScreen
) -> None:
    _select_bank(screen, "en-support")
    assert not screen.show_button.isEnabled()  # nothing chosen yet
    screen.prompts.setCurrentRow(2)
    assert screen.show_button.isEnabled()
    with qtbot.waitSignal(screen.prompt_chosen) as chosen:
        qtbot.mouseClick(screen.show_button, Qt.MouseButton.LeftButton)
    prompt = chosen.args[0]
    assert prompt.bank_id == "en-support"
    assert prompt.text == screen.prompts.item(2).text()


def test_show_on_the_card_opens_the_quick_prompt_with_that_prompt(
    make_app: Callable[..., AppController], database_url: str, qtbot: QtBot
) -> None:
    controller = make_app(database_url)
    controller.show_banks()
    browser = controller.window.stack.currentWidget()
    assert isinstance(browser, BankBrowserScreen)
    _select_bank(browser, "en-support")
    browser.prompts.setCurrentRow(0)
    wanted = browser.chosen_prompt()
    qtbot.mouseClick(browser.show_button, Qt.MouseButton.LeftButton)
    card = controller.window.stack.currentWidget()
    assert isinstance(card, QuickPromptScreen)
    assert card.current_prompt == wanted
    assert card.prompt_label.text() == wanted.text  # type: ignore[union-attr]
