"""issue 15: one way to put messages into the user's language (circle_app.i18n)."""

from __future__ import annotations

import pytest

from circle_app.i18n import choose_language, english, render


@pytest.mark.parametrize(
    ("saved", "system", "expected"),
    [
        ("en", ["da-DK", "da"], "en"),  # the saved choice wins
        ("da", ["en-US", "en"], "da"),
        ("", ["sv-SE", "sv", "en-GB", "en", "da"], "en"),  # the first the app has
        ("", ["de-DE", "de", "da-DK", "da"], "da"),
        ("", ["C"], "da"),  # a C/POSIX machine: Danish
        ("", ["POSIX"], "da"),
        ("", ["C.UTF-8"], "da"),
        ("", [], "da"),
        ("", ["de-DE", "fr"], "da"),  # nothing the app has: Danish
        ("", ["en_US.UTF-8"], "en"),
    ],
)
def test_issue15_finding1_the_language_is_the_saved_then_the_system_then_danish(
    saved: str, system: list[str], expected: str
) -> None:
    """issue 15, finding 1: a C/POSIX machine comes up in Danish, not English."""
    assert choose_language(saved, system) == expected


class _Refusal:
    context = "NameRules"

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params


class _Problem:
    context = "RosterProblem"

    def __init__(self, template: str, **params: object) -> None:
        self.source = "klasse.csv"
        self.line = 3
        self.field = "name"
        self.template = template
        self.params = params


def _danish(context: str, source: str, n: int = -1) -> str:
    table = {
        ("RosterProblem", "name"): "navn",
        ("RosterProblem", "{reason} in column {column}"): "{reason} i kolonne {column}",
        ("NameRules", "too long"): "for langt",
        ("RosterProblem", "%n line(s) skipped"): "%n linje sprunget over"
        if n == 1
        else "%n linjer sprunget over",
    }
    return table.get((context, source), source).replace("%n", str(n))


def test_issue15_a_problem_keeps_its_place_and_field_and_translates_its_parts() -> None:
    """issue 15, finding 5: FILE:LINE: field: message, in the reader's language, a refusal
    inside it included."""
    problem = _Problem("{reason} in column {column}", reason=_Refusal("too long"), column=2)
    assert render(problem, _danish) == "klasse.csv:3: navn: for langt i kolonne 2"
    assert render(problem) == "klasse.csv:3: name: too long in column 2"


def test_issue15_a_count_picks_its_plural_form() -> None:
    """issue 15, finding 5: a real plural, never "line(s)"."""
    one = _Refusal("%n line(s) skipped", n=1)
    one.context = "RosterProblem"
    many = _Refusal("%n line(s) skipped", n=4)
    many.context = "RosterProblem"
    assert render(one, _danish) == "1 linje sprunget over"
    assert render(many, _danish) == "4 linjer sprunget over"
    assert english("x", "%n older copy(ies)", 1) == "1 older copy"


def test_issue15_a_store_error_renders_through_the_same_function() -> None:
    from circle_app.store import StoreError
    from circle_app.store.engine import NOT_OURS

    error = StoreError(NOT_OURS, where="/tmp/x.sqlite3")

    def translate(context: str, source: str, n: int = -1) -> str:
        assert context == "StoreError"
        return "{where} er ikke en circle-app-database." if source == NOT_OURS else source

    assert render(error, translate) == "/tmp/x.sqlite3 er ikke en circle-app-database."
