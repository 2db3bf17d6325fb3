"""`circle-app agreements follow-up`: due, overdue and closed, per school year (M14)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import Engine

from circle_app.cli import main
from circle_app.domain.follow_up import Kept, NextStep, Review, school_year
from circle_app.store.conferences import ConferenceStore, add_demo_actions, create_demo_case


def test_m14_agreements_follow_up_lists_states_and_outcomes_per_school_year(
    engine: Engine, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    today = date.today()
    store = ConferenceStore(engine)
    case_id = create_demo_case(store, "en", today)
    lunch, _tidy, call = add_demo_actions(store, case_id, "en", today).actions
    store.hold_follow_up(case_id, today, [Review(lunch.id, Kept.KEPT, NextStep.CLOSED)])
    year = str(school_year(call.follow_up_on))
    assert main(["--database-url", database_url, "agreements", "follow-up", "--year", year]) == 0
    out = capsys.readouterr().out
    assert f"School year {year}" in out
    closed = next(line for line in out.splitlines() if lunch.description in line)
    assert "closed" in closed
    assert "kept" in closed
    with pytest.raises(SystemExit) as refused:
        main(["--database-url", database_url, "agreements", "follow-up", "--year", "2026"])
    assert refused.value.code == 2
    assert "2026/27" in capsys.readouterr().err
    later = str(school_year(today + timedelta(days=800)))
    assert main(["--database-url", database_url, "agreements", "follow-up", "--year", later]) == 0
    assert "Nothing to follow up" in capsys.readouterr().out
