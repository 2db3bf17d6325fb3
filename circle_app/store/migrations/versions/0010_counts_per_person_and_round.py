"""Counts mean one thing: circles an older version counted are counted again (issue 16).

Before this version a circle's `turns_count` / `passed_count`, and the dashboard's weekly
and monthly tallies built from them, counted presses: a pass and then speaking when the
piece came again was two turns and a pass. Today both count per person and round
(`circle.word_of`): one round spoken in. This counts every circle again from its turn
rows and moves the weekly and monthly tallies by as much as their circles changed. No column
changes; downgrading keeps the corrected counts.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-01 14:10:00
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _day(value: object) -> date:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).date()
    return date.fromisoformat(str(value)[:10])


def upgrade() -> None:
    bind = op.get_bind()
    words = bind.execute(
        sa.text(
            "SELECT circle_id, max(CASE WHEN outcome = 'spoke' THEN 1 ELSE 0 END)"
            " FROM turn GROUP BY circle_id, round_number, seat"
        )
    )
    counts: dict[int, list[int]] = {}
    for circle_id, spoke in words:
        had_passed = counts.setdefault(circle_id, [0, 0])
        had_passed[0] += 1
        had_passed[1] += 0 if spoke else 1
    stored = bind.execute(
        sa.text(
            "SELECT id, turns_count, passed_count, started_at, group_id, kind, keeper_role,"
            " rounds_count FROM circle"
        )
    )
    changes = []
    deltas: dict[tuple[str, date, int, str, str], list[int]] = {}
    for circle_id, turns, passed, started, group_id, kind, role, rounds in stored:
        new = counts.get(circle_id, [0, 0])
        if new == [turns, passed]:
            continue
        changes.append({"id": circle_id, "turns": new[0], "passed": new[1]})
        if rounds <= 0:
            continue  # never tallied
        day = _day(started)
        for period, start in (
            ("week", day - timedelta(days=day.weekday())),
            ("month", day.replace(day=1)),
        ):
            delta = deltas.setdefault((period, start, group_id or 0, kind, role or ""), [0, 0])
            delta[0] += new[0] - turns
            delta[1] += new[1] - passed
    if changes:
        bind.execute(
            sa.text(
                "UPDATE circle SET turns_count = :turns, passed_count = :passed WHERE id = :id"
            ),
            changes,
        )
    if deltas:  # the dashboard's tallies move by as much as their circles did
        bind.execute(
            sa.text(
                "UPDATE circle_tally SET turns = turns + :turns, passed = passed + :passed"
                " WHERE period = :period AND period_start = :start AND group_id = :group_id"
                " AND kind = :kind AND keeper_role = :role"
            ),
            [
                {
                    "period": period,
                    "start": start,
                    "group_id": group_id,
                    "kind": kind,
                    "role": role,
                    "turns": turns,
                    "passed": passed,
                }
                for (period, start, group_id, kind, role), (turns, passed) in deltas.items()
            ],
        )


def downgrade() -> None:
    """The counts stay as corrected: they mean what an older version's summary meant too."""
