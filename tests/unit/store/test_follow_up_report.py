"""The dashboard's "actions kept on time" (issue 16, M14): kept when first followed up."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Engine

from circle_app.domain.follow_up import Kept, NextStep, Review
from circle_app.domain.report import Period
from circle_app.store.conferences import ConferenceStore, add_demo_actions, create_demo_case
from circle_app.store.reports import ReportStore

TODAY = date(2026, 11, 26)


def followed_up_twice(engine: Engine) -> None:
    store = ConferenceStore(engine)
    case_id = create_demo_case(store, "da", TODAY)
    lunch, tidy, call = add_demo_actions(store, case_id, "da", TODAY).actions
    first = TODAY + timedelta(days=14)
    second = first + timedelta(days=14)
    store.hold_follow_up(
        case_id,
        first,
        [
            Review(lunch.id, Kept.KEPT, NextStep.CLOSED),
            Review(tidy.id, Kept.PARTLY, NextStep.NEW_DATE, new_date=second),
            Review(call.id, Kept.KEPT, NextStep.NEW_DATE, new_date=second),
        ],
    )
    store.hold_follow_up(
        case_id,
        second,
        [
            Review(tidy.id, Kept.KEPT, NextStep.CLOSED),  # kept, but not on time
            Review(call.id, Kept.KEPT, NextStep.CLOSED),  # counted once
        ],
    )


def test_m14_actions_kept_on_time_count_those_kept_when_first_followed_up(
    engine: Engine,
) -> None:
    followed_up_twice(engine)
    reports = ReportStore(engine)
    assert reports.report(period=Period.MONTH).totals().kept_on_time == 2
    by_month = reports.report(period=Period.MONTH).by_period()
    assert [(start, f.kept_on_time) for start, f in by_month if f.kept_on_time] == [
        (date(2026, 12, 1), 2)  # counted when they were followed up
    ]
    assert reports.report(since=date(2027, 1, 1)).totals().kept_on_time == 0
