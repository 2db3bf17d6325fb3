"""issue 15, finding 4: months, weeks, school years and counts as each language writes them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from circle_app.domain.report import Period
from circle_app.ui.support import labels
from circle_app.ui.support.settings import LANGUAGE, Settings
from circle_app.ui.support.translations import install_translators


@pytest.fixture(params=["da", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication, settings: Settings) -> object:
    settings.set(LANGUAGE, request.param)
    install_translators(qapp, settings)
    yield request.param
    settings.set(LANGUAGE, "en")
    install_translators(qapp, settings)


EXPECTED = {
    "da": {Period.MONTH: "dec. 2026", Period.WEEK: "uge 49", Period.SCHOOL_YEAR: "2026/27"},
    "en": {Period.MONTH: "Dec 2026", Period.WEEK: "week 49", Period.SCHOOL_YEAR: "2026/27"},
}


@pytest.mark.parametrize("period", list(Period))
def test_issue15_finding4_a_period_reads_as_the_language_writes_it(
    language: str, period: Period
) -> None:
    """issue 15, finding 4: never "dec. 26", which a Dane reads as 26 December."""
    start = {
        Period.MONTH: date(2026, 12, 1),
        Period.WEEK: date(2026, 11, 30),
        Period.SCHOOL_YEAR: date(2026, 8, 1),
    }[period]
    assert labels.period_label(start, period) == EXPECTED[language][period]


def test_issue15_finding4_numbers_use_the_languages_separators(language: str) -> None:
    assert labels.number(1234567) == {"da": "1.234.567", "en": "1,234,567"}[language]
    assert labels.percent(0.5) == {"da": "50 %", "en": "50%"}[language]
