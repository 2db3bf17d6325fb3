"""The tables (SQLAlchemy declarative models on `Base`); every change goes through Alembic.

Structure only: who had a turn, who passed, which prompt, when. Never what anyone said.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column

from circle_app.store.model_fields import NEVER_REUSED, Base, fk


class GroupRow(Base):
    __tablename__ = "circle_group"
    __table_args__ = NEVER_REUSED

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    name: Mapped[str] = mapped_column(unique=True)
    kind: Mapped[str]  # GroupKind
    age_band: Mapped[str | None]  # AgeBand
    language: Mapped[str] = mapped_column(default="da")
    created_at: Mapped[datetime]
    # M6: which roles take turns keeping the circle, comma-separated Role values
    keeper_roles: Mapped[str] = mapped_column(default="staff", server_default="staff")
    # Issue 18: Pass and Next on the board for children to tap, with a board screen
    board_controls: Mapped[bool] = mapped_column(default=True, server_default=true())


class PersonRow(Base):
    __tablename__ = "person"
    __table_args__ = NEVER_REUSED

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    display_name: Mapped[str]
    short_name: Mapped[str | None]
    role: Mapped[str]  # Role
    birth_year: Mapped[int | None]
    age_band: Mapped[str | None]
    created_at: Mapped[datetime]
    # False: known only from a conversation or conference it was typed into; no roster
    # shows them, but export and erasure find them like anyone else.
    listed: Mapped[bool] = mapped_column(default=True, server_default=true())
    # The school system's id (SIS ID, sourcedId, ElevID, UNI-login), so a re-import finds
    # the same person; never a CPR number (the import refuses those).
    source_id: Mapped[str | None] = mapped_column(index=True)


class MembershipRow(Base):
    """A person's place in a group: their seat in the group's usual order."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("group_id", "person_id"),)

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    group_id: Mapped[int] = fk("circle_group.id", ondelete="CASCADE", nullable=False)
    person_id: Mapped[int] = fk("person.id", ondelete="CASCADE", nullable=False)
    seat: Mapped[int]
    away_until: Mapped[date | None]
    # Left the group (gone from a re-imported list): not on the roster, past turns kept.
    left_on: Mapped[date | None]


class PersonGuardianRow(Base):
    """A child and a parent or guardian of theirs (M13: the conference suggests them)."""

    __tablename__ = "person_guardian"
    __table_args__ = (UniqueConstraint("child_id", "guardian_id"),)

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    child_id: Mapped[int] = fk("person.id", ondelete="CASCADE", nullable=False)
    guardian_id: Mapped[int] = fk("person.id", ondelete="CASCADE", nullable=False)


class CircleRow(Base):
    __tablename__ = "circle"
    __table_args__ = NEVER_REUSED

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    group_id: Mapped[int | None] = fk("circle_group.id", ondelete="SET NULL")
    kind: Mapped[str]  # CircleKind
    language: Mapped[str]
    age_band: Mapped[str | None]
    direction: Mapped[str]  # Direction
    start_seat: Mapped[int]
    planned_rounds: Mapped[int]
    keeper_person_id: Mapped[int | None] = fk("person.id", ondelete="SET NULL")
    keeper_role: Mapped[str | None]  # Role; kept when the keeper is erased
    started_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    is_demo: Mapped[bool] = mapped_column(default=False)
    # Kept with each action in the same transaction, so reports never walk the turns.
    rounds_count: Mapped[int] = mapped_column(default=0, server_default="0")
    turns_count: Mapped[int] = mapped_column(default=0, server_default="0")
    passed_count: Mapped[int] = mapped_column(default=0, server_default="0")


class CircleTallyRow(Base):
    """Running totals per week and per month, kept with each action (the dashboard reads
    these, not the circles). `group_id` 0 is "no group"; no foreign key, so the counts
    outlive an erased group (its circles then count as without a group)."""

    __tablename__ = "circle_tally"
    __table_args__ = (
        UniqueConstraint("period", "period_start", "group_id", "kind", "keeper_role"),
    )

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    period: Mapped[str]  # "week" | "month"
    period_start: Mapped[date]
    group_id: Mapped[int]
    kind: Mapped[str]
    keeper_role: Mapped[str]  # "" when not recorded
    circles: Mapped[int] = mapped_column(default=0)
    rounds: Mapped[int] = mapped_column(default=0)
    turns: Mapped[int] = mapped_column(default=0)
    passed: Mapped[int] = mapped_column(default=0)


class GroupTallyRow(Base):
    """`circle_tally` added up per week (and month) and group, kept with it in the same
    transaction, so the weekly export and the dashboard read one row per group and period.
    The kinds and keepers are columns (`kind_<CircleKind>`, `keeper_<Role>`: circles held).
    Counts only, never a name: erasing a group leaves its counts here, as in
    `circle_tally`, and they count as without a group."""

    __tablename__ = "circle_group_tally"
    __table_args__ = (UniqueConstraint("period", "period_start", "group_id"),)

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    period: Mapped[str]  # "week" | "month"
    period_start: Mapped[date]
    group_id: Mapped[int]  # 0: no group
    circles: Mapped[int] = mapped_column(default=0)
    rounds: Mapped[int] = mapped_column(default=0)
    turns: Mapped[int] = mapped_column(default=0)
    passed: Mapped[int] = mapped_column(default=0)
    kind_peacetime: Mapped[int] = mapped_column(default=0)
    kind_academic: Mapped[int] = mapped_column(default=0)
    kind_parents: Mapped[int] = mapped_column(default=0)
    kind_conflict: Mapped[int] = mapped_column(default=0)
    keeper_pupil: Mapped[int] = mapped_column(default=0)
    keeper_staff: Mapped[int] = mapped_column(default=0)
    keeper_parent: Mapped[int] = mapped_column(default=0)
    keeper_guest: Mapped[int] = mapped_column(default=0)


class CircleSeatRow(Base):
    """Who sat where in this circle. A quick circle has seats without people."""

    __tablename__ = "circle_seat"
    __table_args__ = (UniqueConstraint("circle_id", "position"),)

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    circle_id: Mapped[int] = fk("circle.id", ondelete="CASCADE", nullable=False)
    position: Mapped[int]
    person_id: Mapped[int | None] = fk("person.id", ondelete="SET NULL")
    present: Mapped[bool] = mapped_column(default=True)  # present when the circle started


class RoundRow(Base):
    __tablename__ = "circle_round"
    __table_args__ = (UniqueConstraint("circle_id", "seq"),)

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    circle_id: Mapped[int] = fk("circle.id", ondelete="CASCADE", nullable=False)
    seq: Mapped[int]  # position in the circle's action log
    number: Mapped[int]  # 1-based round number
    mode: Mapped[str]  # RoundMode
    stage: Mapped[str | None]  # Stage, conflict circles only
    bank_id: Mapped[str | None]
    prompt_id: Mapped[str | None]
    started_at: Mapped[datetime]


class TurnRow(Base):
    __tablename__ = "turn"
    __table_args__ = (UniqueConstraint("circle_id", "seq"),)

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    circle_id: Mapped[int] = fk("circle.id", ondelete="CASCADE", nullable=False)
    seq: Mapped[int]
    round_number: Mapped[int]
    seat: Mapped[int]
    person_id: Mapped[int | None] = fk("person.id", ondelete="SET NULL")
    outcome: Mapped[str]  # Outcome
    offer: Mapped[int]  # 1 = first time the piece came, 2 = offered again after a pass
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime]


class CircleEventRow(Base):
    """The circle's other actions: late arrival, leaving, a new prompt, giving the piece."""

    __tablename__ = "circle_event"
    __table_args__ = (UniqueConstraint("circle_id", "seq"),)

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    circle_id: Mapped[int] = fk("circle.id", ondelete="CASCADE", nullable=False)
    seq: Mapped[int]
    kind: Mapped[str]
    seat: Mapped[int | None]
    bank_id: Mapped[str | None]
    prompt_id: Mapped[str | None]
    at: Mapped[datetime]


class PromptUseRow(Base):
    """A prompt shown to a group: the no-repeat history of drawing."""

    __tablename__ = "prompt_use"
    __table_args__ = (  # a class's first draw reads its latest use of each prompt from it
        Index("ix_prompt_use_last_use", "group_id", "bank_id", "prompt_id", "id"),
    )

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    group_id: Mapped[int | None] = fk("circle_group.id", ondelete="CASCADE")
    circle_id: Mapped[int | None] = fk("circle.id", ondelete="SET NULL")
    bank_id: Mapped[str] = mapped_column(index=True)
    prompt_id: Mapped[str]
    used_at: Mapped[datetime] = mapped_column(index=True)


class FavouritePromptRow(Base):
    """A prompt a teacher starred: offered first-hand on the quick prompt screen."""

    __tablename__ = "favourite_prompt"
    __table_args__ = (UniqueConstraint("bank_id", "prompt_id"),)

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    bank_id: Mapped[str]
    prompt_id: Mapped[str]
    created_at: Mapped[datetime]


class GroupPlanRow(Base):
    """A teacher's circle plan, kept for one group (issue 16): the plan's plain data as
    JSON (`Plan.to_data`). Its title is made from its shape, never typed: no names."""

    __tablename__ = "group_plan"

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    group_id: Mapped[int] = fk("circle_group.id", ondelete="CASCADE", nullable=False)
    body: Mapped[str]
    created_at: Mapped[datetime]


class CirclePlanRow(Base):
    """The plan a circle was begun with, so a resumed circle is the one that was begun."""

    __tablename__ = "circle_plan"

    circle_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("circle.id", ondelete="CASCADE"), primary_key=True
    )
    body: Mapped[str]


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
    "Base",
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
