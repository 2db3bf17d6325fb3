"""A school day without drift (issue 20): what a screen or a switch leaves behind.

tests/perf/bench_soak.py measures the day's resident memory; these check, for each
workflow the day uses, that using it again and again keeps nothing more alive.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from circle_app.ui.shell.controller import AppController
from circle_app.ui.support.settings import LANGUAGE

TIMES = 5


def _settle(qapp: QApplication) -> None:
    """What going back to the event loop does: paint, and delete what deleteLater() left."""
    for _ in range(3):
        qapp.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _live(kind: type) -> int:
    """How many objects of `kind` Qt holds alive now (the ones Python can reach or a Qt
    parent keeps)."""
    return sum(isinstance(wrapper, kind) for wrapper in Shiboken.getAllValidWrappers())


def test_switching_the_language_keeps_one_set_of_translators(
    make_app: Callable[[str], AppController], database_url: str, qapp: QApplication
) -> None:
    """issue 20, soak finding 2: each switch loaded the language's catalogues again and kept
    the ones it had replaced (2 more translators, 360 kB, every Danish switch)."""
    controller = make_app(database_url)
    for language in ("da", "en"):
        controller.settings.set(LANGUAGE, language)
        controller.apply_language()
    _settle(qapp)
    before = _live(QTranslator)
    for _ in range(TIMES):
        for language in ("da", "en"):
            controller.settings.set(LANGUAGE, language)
            controller.apply_language()
            _settle(qapp)
    assert _live(QTranslator) == before
    assert QCoreApplication.translate("HomeScreen", "Home") == "Home"


def test_the_dashboard_opens_without_a_chart_library(
    make_app: Callable[[str], AppController], database_url: str, qapp: QApplication
) -> None:
    """issue 20, soak finding 3: the first dashboard of the day loaded QtCharts' libraries,
    3.8 MB of the day's memory for one bar chart; it is painted by the app now."""
    controller = make_app(database_url)
    controller.show_dashboard()
    _settle(qapp)
    current = controller.navigator.current
    assert current is not None
    assert current.objectName() == "dashboard"
    assert "PySide6.QtCharts" not in sys.modules


def _quick_prompts(controller: AppController) -> None:
    controller.show_quick_prompt()
    current = controller.navigator.current
    assert current is not None
    for _ in range(10):
        QTest.keyClick(current, "n")


def _conversation(controller: AppController) -> None:
    controller.conflicts.start_demo_conversation()
    talk = controller.conflicts.conversation_screen
    assert talk is not None
    for _ in range(3):  # a few answers; the conversation goes on
        QTest.keyClick(talk, " ")


WORKFLOWS: dict[str, Callable[[AppController], object]] = {
    "quick prompt": _quick_prompts,
    "dashboard": lambda c: c.show_dashboard(),
    "conversation": _conversation,
    "conference": lambda c: c.conflicts.start_demo_conference(),
    "circle": lambda c: c.start_demo(),
}


@pytest.mark.parametrize("workflow", list(WORKFLOWS))
def test_leaving_a_screen_frees_it(
    workflow: str,
    make_app: Callable[[str], AppController],
    database_url: str,
    qapp: QApplication,
    qtbot: QtBot,
) -> None:
    """issue 20, soak: open a workflow's screen, use it, go home - again and again; the
    widgets alive at home are the same number each time (nothing kept after leaving)."""
    controller = make_app(database_url)
    use = WORKFLOWS[workflow]
    use(controller)  # the first use may build what every later one shares
    controller.go_home()
    _settle(qapp)
    widgets = len(QApplication.allWidgets())
    for _ in range(TIMES):
        use(controller)
        _settle(qapp)
        assert len(QApplication.allWidgets()) > widgets  # the screen was really open
        controller.go_home()
        _settle(qapp)
    assert len(QApplication.allWidgets()) == widgets
    assert controller.window.stack.count() == 1  # home alone
