"""Circle plans in the database: a group's own plans, and the plan each circle began with.

A plan is kept as its plain data (`Plan.to_data`, JSON) and read back through `Plan`, so
the domain's rules hold for a stored plan too; a row that no longer reads as a plan (an
older app's, a hand edit) is left out, never shown half. Each action is one short
transaction. Plans hold no names: a teacher's plan is titled by its shape.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from circle_app.domain.plan import Plan, PlanRuleError
from circle_app.store.clock import utcnow
from circle_app.store.engine import QT_TRANSLATE_NOOP, StoreError
from circle_app.store.models import CirclePlanRow, GroupPlanRow, GroupRow
from circle_app.store.start_read import (
    RECENT_GROUPS,
    RECENT_GROUPS_PARAMS,
    RECENT_GROUPS_SQL,
    recent_groups_from,
)

log = logging.getLogger(__name__)

# A group keeps its newest few plans; older ones make room (the list stays short).
MAX_GROUP_PLANS = 8


def _body(plan: Plan) -> str:
    return json.dumps(plan.to_data(), ensure_ascii=False, sort_keys=True)


def _plan(body: str, group_id: int | None) -> Plan | None:
    try:
        data = json.loads(body)
        return Plan.from_data(data, group_id=group_id) if isinstance(data, dict) else None
    except (ValueError, PlanRuleError):  # JSON, enum values and the plan's own rules
        return None


class PlanStore:
    """A group's own plans (newest first) and the last group a circle was held with."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def save(self, group_id: int, plan: Plan) -> Plan:
        """Keep `plan` for the group (the same shape twice is kept once); returns it with
        its stored id, as the setup screen lists it."""
        with Session(self._engine) as session:
            if session.get(GroupRow, group_id) is None:
                raise StoreError(
                    QT_TRANSLATE_NOOP("StoreError", "No group with id {id}."), id=group_id
                )
            rows = session.scalars(
                select(GroupPlanRow)
                .where(GroupPlanRow.group_id == group_id)
                .order_by(GroupPlanRow.id.desc())
            ).all()
            shape = plan.to_data()["rounds"]
            for row in rows:
                kept = _plan(row.body, group_id)
                if (
                    kept is not None
                    and kept.kind is plan.kind
                    and kept.to_data()["rounds"] == shape
                ):
                    return kept
            row = GroupPlanRow(group_id=group_id, body="{}", created_at=utcnow())
            session.add(row)
            session.flush()
            stored = Plan(f"group-{row.id}", plan.kind, plan.titles, plan.rounds, group_id)
            row.body = _body(stored)
            for old in rows[MAX_GROUP_PLANS - 1 :]:
                session.delete(old)
            session.commit()
            log.info("plan kept for group %s (%d rounds)", group_id, len(plan.rounds))
            return stored

    def for_group(self, group_id: int) -> list[Plan]:
        with Session(self._engine) as session:
            rows = session.scalars(
                select(GroupPlanRow)
                .where(GroupPlanRow.group_id == group_id)
                .order_by(GroupPlanRow.id.desc())
            ).all()
        plans = [_plan(row.body, group_id) for row in rows]
        return [plan for plan in plans if plan is not None]

    def delete(self, group_id: int, plan_id: str) -> None:
        with Session(self._engine) as session:
            for row in session.scalars(
                select(GroupPlanRow).where(GroupPlanRow.group_id == group_id)
            ).all():
                kept = _plan(row.body, group_id)
                if kept is None or kept.id == plan_id:
                    session.delete(row)
            session.commit()

    def recent_groups(self, limit: int = RECENT_GROUPS) -> list[int]:
        """The groups of the newest circles, newest first (demo circles aside): the last
        group used is what setup starts from, and home shows these as tiles."""
        with Session(self._engine) as session:
            rows = session.execute(text(RECENT_GROUPS_SQL), RECENT_GROUPS_PARAMS)
            return recent_groups_from(rows, limit)


def write_circle_plan(session: Session, circle_id: int, plan: Plan | None) -> None:
    """Within the circle's own first transaction: the plan it begins with."""
    if plan is not None:
        session.add(CirclePlanRow(circle_id=circle_id, body=_body(plan)))


def read_circle_plan(session: Session, circle_id: int) -> Plan | None:
    row = session.get(CirclePlanRow, circle_id)
    return _plan(row.body, None) if row is not None else None
