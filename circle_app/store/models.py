"""The tables. One module, as in the SQLModel template; every change goes through Alembic.

Structure only: who had a turn, who passed, which prompt, when. Never what anyone said.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint, true
from sqlmodel import Field, SQLModel

from circle_app.store.model_fields import NEVER_REUSED, fk


class GroupRow(SQLModel, table=True):
    __tablename__ = "circle_group"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str  # GroupKind
    age_band: str | None = None  # AgeBand
    language: str = "da"
    created_at: datetime
    # M6: which roles take turns keeping the circle, comma-separated Role values
    keeper_roles: str = Field(default="staff", sa_column_kwargs={"server_default": "staff"})
    # Issue 18: Pass and Next on the board for children to tap, with a board screen
    board_controls: bool = Field(default=True, sa_column_kwargs={"server_default": true()})


class PersonRow(SQLModel, table=True):
    __tablename__ = "person"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    display_name: str
    short_name: str | None = None
    role: str  # Role
    birth_year: int | None = None
    age_band: str | None = None
    created_at: datetime
    # False: known only from a conversation or conference it was typed into; no roster
    # shows them, but export and erasure find them like anyone else.
    listed: bool = Field(default=True, sa_column_kwargs={"server_default": true()})
    # The school system's id (SIS ID, sourcedId, ElevID, UNI-login), so a re-import finds
    # the same person; never a CPR number (the import refuses those).
    source_id: str | None = Field(default=None, index=True)


class MembershipRow(SQLModel, table=True):
    """A person's place in a group: their seat in the group's usual order."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("group_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(sa_column=fk("circle_group.id", ondelete="CASCADE", nullable=False))
    person_id: int = Field(sa_column=fk("person.id", ondelete="CASCADE", nullable=False))
    seat: int
    away_until: date | None = None
    # Left the group (gone from a re-imported list): not on the roster, past turns kept.
    left_on: date | None = None


class PersonGuardianRow(SQLModel, table=True):
    """A child and a parent or guardian of theirs (M13: the conference suggests them)."""

    __tablename__ = "person_guardian"
    __table_args__ = (UniqueConstraint("child_id", "guardian_id"),)

    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(sa_column=fk("person.id", ondelete="CASCADE", nullable=False))
    guardian_id: int = Field(sa_column=fk("person.id", ondelete="CASCADE", nullable=False))


class CircleRow(SQLModel, table=True):
    __tablename__ = "circle"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    group_id: int | None = Field(default=None, sa_column=fk("circle_group.id", ondelete="SET NULL"))
    kind: str  # CircleKind
    language: str
    age_band: str | None = None
    direction: str  # Direction
    start_seat: int
    planned_rounds: int
    keeper_person_id: int | None = Field(
        default=None, sa_column=fk("person.id", ondelete="SET NULL")
    )
    keeper_role: str | None = None  # Role; kept when the keeper is erased
    started_at: datetime = Field(index=True)
    ended_at: datetime | None = None
    is_demo: bool = False
    # Kept with each action in the same transaction, so reports never walk the turns.
    rounds_count: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    turns_count: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    passed_count: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class CircleTallyRow(SQLModel, table=True):
    """Running totals per week and per month, kept with each action (the dashboard reads
    these, not the circles). `group_id` 0 is "no group"; no foreign key, so the counts
    outlive an erased group (its circles then count as without a group)."""

    __tablename__ = "circle_tally"
    __table_args__ = (
        UniqueConstraint("period", "period_start", "group_id", "kind", "keeper_role"),
    )

    id: int | None = Field(default=None, primary_key=True)
    period: str  # "week" | "month"
    period_start: date
    group_id: int
    kind: str
    keeper_role: str  # "" when not recorded
    circles: int = 0
    rounds: int = 0
    turns: int = 0
    passed: int = 0


class CircleSeatRow(SQLModel, table=True):
    """Who sat where in this circle. A quick circle has seats without people."""

    __tablename__ = "circle_seat"
    __table_args__ = (UniqueConstraint("circle_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    circle_id: int = Field(sa_column=fk("circle.id", ondelete="CASCADE", nullable=False))
    position: int
    person_id: int | None = Field(default=None, sa_column=fk("person.id", ondelete="SET NULL"))
    present: bool = True  # present when the circle started


class RoundRow(SQLModel, table=True):
    __tablename__ = "circle_round"
    __table_args__ = (UniqueConstraint("circle_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    circle_id: int = Field(sa_column=fk("circle.id", ondelete="CASCADE", nullable=False))
    seq: int  # position in the circle's action log
    number: int  # 1-based round number
    mode: str  # RoundMode
    stage: str | None = None  # Stage, conflict circles only
    bank_id: str | None = None
    prompt_id: str | None = None
    started_at: datetime


class TurnRow(SQLModel, table=True):
    __tablename__ = "turn"
    __table_args__ = (UniqueConstraint("circle_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    circle_id: int = Field(sa_column=fk("circle.id", ondelete="CASCADE", nullable=False))
    seq: int
    round_number: int
    seat: int
    person_id: int | None = Field(default=None, sa_column=fk("person.id", ondelete="SET NULL"))
    outcome: str  # Outcome
    offer: int  # 1 = first time the piece came, 2 = offered again after a pass
    started_at: datetime
    ended_at: datetime


class CircleEventRow(SQLModel, table=True):
    """The circle's other actions: late arrival, leaving, a new prompt, giving the piece."""

    __tablename__ = "circle_event"
    __table_args__ = (UniqueConstraint("circle_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    circle_id: int = Field(sa_column=fk("circle.id", ondelete="CASCADE", nullable=False))
    seq: int
    kind: str
    seat: int | None = None
    bank_id: str | None = None
    prompt_id: str | None = None
    at: datetime


class PromptUseRow(SQLModel, table=True):
    """A prompt shown to a group: the no-repeat history of drawing."""

    __tablename__ = "prompt_use"

    id: int | None = Field(default=None, primary_key=True)
    group_id: int | None = Field(default=None, sa_column=fk("circle_group.id", ondelete="CASCADE"))
    circle_id: int | None = Field(default=None, sa_column=fk("circle.id", ondelete="SET NULL"))
    bank_id: str = Field(index=True)
    prompt_id: str
    used_at: datetime = Field(index=True)


class FavouritePromptRow(SQLModel, table=True):
    """A prompt a teacher starred: offered first-hand on the quick prompt screen."""

    __tablename__ = "favourite_prompt"
    __table_args__ = (UniqueConstraint("bank_id", "prompt_id"),)

    id: int | None = Field(default=None, primary_key=True)
    bank_id: str
    prompt_id: str
    created_at: datetime


class GroupPlanRow(SQLModel, table=True):
    """A teacher's circle plan, kept for one group (issue 16): the plan's plain data as
    JSON (`Plan.to_data`). Its title is made from its shape, never typed: no names."""

    __tablename__ = "group_plan"

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(sa_column=fk("circle_group.id", ondelete="CASCADE", nullable=False))
    body: str
    created_at: datetime


class CirclePlanRow(SQLModel, table=True):
    """The plan a circle was begun with, so a resumed circle is the one that was begun."""

    __tablename__ = "circle_plan"

    circle_id: int = Field(
        sa_column=Column(Integer, ForeignKey("circle.id", ondelete="CASCADE"), primary_key=True)
    )
    body: str


# The conflict workflows' tables live beside these; importing models registers them too.
from circle_app.store.models_conflict import (  # noqa: E402
    AgreementActionRow,
    ConferenceCaseRow,
    ConferenceGuardianRow,
    ConferenceParticipantRow,
    ConversationPartyRow,
    ConversationRow,
    ConversationTurnRow,
    FollowUpMeetingRow,
    FollowUpReviewRow,
    PreMeetingRow,
)

__all__ = [
    "NEVER_REUSED",
    "AgreementActionRow",
    "CircleEventRow",
    "CirclePlanRow",
    "CircleRow",
    "CircleSeatRow",
    "CircleTallyRow",
    "ConferenceCaseRow",
    "ConferenceGuardianRow",
    "ConferenceParticipantRow",
    "ConversationPartyRow",
    "ConversationRow",
    "ConversationTurnRow",
    "FavouritePromptRow",
    "FollowUpMeetingRow",
    "FollowUpReviewRow",
    "GroupPlanRow",
    "GroupRow",
    "GroupTallyRow",
    "MembershipRow",
    "PersonGuardianRow",
    "PersonRow",
    "PreMeetingRow",
    "PromptUseRow",
    "RoundRow",
    "TurnRow",
]


class GroupTallyRow(SQLModel, table=True):
    """`circle_tally` added up per week (and month) and group, kept with it in the same
    transaction, so the weekly export and the dashboard read one row per group and period.
    The kinds and keepers are columns (`kind_<CircleKind>`, `keeper_<Role>`: circles held).
    Counts only, never a name: erasing a group leaves its counts here, as in
    `circle_tally`, and they count as without a group."""

    __tablename__ = "circle_group_tally"
    __table_args__ = (UniqueConstraint("period", "period_start", "group_id"),)

    id: int | None = Field(default=None, primary_key=True)
    period: str  # "week" | "month"
    period_start: date
    group_id: int  # 0: no group
    circles: int = 0
    rounds: int = 0
    turns: int = 0
    passed: int = 0
    kind_peacetime: int = 0
    kind_academic: int = 0
    kind_parents: int = 0
    kind_conflict: int = 0
    keeper_pupil: int = 0
    keeper_staff: int = 0
    keeper_parent: int = 0
    keeper_guest: int = 0
