"""The tables of the method's conflict workflows: restorative conversations, conferences,
their agreements and their follow-up (docs/method.md M8-M15). Part of `models`, which
re-exports every name here; every change goes through Alembic.

Structure only: who took part, what was agreed and when. Never what anyone said.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from circle_app.store.model_fields import NEVER_REUSED, Base, fk, person_link

# -- restorative conversations and conferences (docs/method.md M8-M15) -------------------------


class ConferenceCaseRow(Base):
    """A conference case: a short title (no sensitive detail needed), date, facilitation."""

    __tablename__ = "conference_case"
    __table_args__ = NEVER_REUSED

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    title: Mapped[str]
    held_on: Mapped[date]
    facilitator: Mapped[str]
    facilitator_person_id: Mapped[int | None] = person_link()
    facilitator_own_institution: Mapped[bool] = mapped_column(default=False)
    police_involved: Mapped[bool] = mapped_column(default=False)
    language: Mapped[str] = mapped_column(default="da")
    created_at: Mapped[datetime]
    started_at: Mapped[datetime | None]
    start_override_reason: Mapped[str | None]
    is_demo: Mapped[bool] = mapped_column(default=False)


class ConferenceParticipantRow(Base):
    """Named in the case itself: the case needs no person record (it stays self-contained)."""

    __tablename__ = "conference_participant"

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    case_id: Mapped[int] = fk("conference_case.id", ondelete="CASCADE", nullable=False)
    position: Mapped[int]
    name: Mapped[str]
    person_id: Mapped[int | None] = person_link()
    role: Mapped[str]  # ParticipantRole
    consent: Mapped[str]  # Consent
    birth_year: Mapped[int | None]
    under_18: Mapped[bool | None]


class ConferenceGuardianRow(Base):
    """A child participant and a parent/guardian participant they come with (M13)."""

    __tablename__ = "conference_guardian"
    __table_args__ = (UniqueConstraint("child_id", "guardian_id"),)

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    child_id: Mapped[int] = fk("conference_participant.id", ondelete="CASCADE", nullable=False)
    guardian_id: Mapped[int] = fk("conference_participant.id", ondelete="CASCADE", nullable=False)


class PreMeetingRow(Base):
    """The facilitator's meeting with one party before the conference (M11)."""

    __tablename__ = "pre_meeting"

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    case_id: Mapped[int] = fk("conference_case.id", ondelete="CASCADE", nullable=False)
    participant_id: Mapped[int] = fk(
        "conference_participant.id", ondelete="CASCADE", nullable=False
    )
    held_on: Mapped[date | None]
    place: Mapped[str]  # MeetingPlace
    explained: Mapped[str] = mapped_column(default="")
    expectations: Mapped[str] = mapped_column(default="")
    done: Mapped[bool] = mapped_column(default=False)


class AgreementActionRow(Base):
    """An agreed action (M14): the documented outcome of a conference."""

    __tablename__ = "agreement_action"

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    case_id: Mapped[int] = fk("conference_case.id", ondelete="CASCADE", nullable=False)
    position: Mapped[int]
    description: Mapped[str]
    carried_out_by: Mapped[str]
    followed_up_by: Mapped[str]
    carried_out_by_person_id: Mapped[int | None] = person_link()
    followed_up_by_person_id: Mapped[int | None] = person_link()
    due_on: Mapped[date]
    follow_up_on: Mapped[date] = mapped_column(index=True)
    status: Mapped[str]  # ActionStatus
    is_consequence: Mapped[bool] = mapped_column(default=False)


class FollowUpMeetingRow(Base):
    __tablename__ = "follow_up_meeting"

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    case_id: Mapped[int] = fk("conference_case.id", ondelete="CASCADE", nullable=False)
    held_on: Mapped[date]
    note: Mapped[str] = mapped_column(default="")


class FollowUpReviewRow(Base):
    """One action at a follow-up meeting (M14): kept or not, and the next step; no words."""

    __tablename__ = "follow_up_review"
    __table_args__ = (UniqueConstraint("meeting_id", "action_id"),)

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    meeting_id: Mapped[int] = fk("follow_up_meeting.id", ondelete="CASCADE", nullable=False)
    action_id: Mapped[int] = fk("agreement_action.id", ondelete="CASCADE", nullable=False)
    kept: Mapped[str]  # Kept
    next_step: Mapped[str]  # NextStep
    new_date: Mapped[date | None]
    new_action_id: Mapped[int | None] = fk("agreement_action.id", ondelete="SET NULL")


class ConversationRow(Base):
    """A restorative conversation, or the questions round of a conference (case_id set)."""

    __tablename__ = "conversation"

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    case_id: Mapped[int | None] = fk("conference_case.id", ondelete="CASCADE")
    language: Mapped[str]
    facilitator: Mapped[str]
    facilitator_person_id: Mapped[int | None] = person_link()
    facilitator_role: Mapped[str]  # Role
    started_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    is_demo: Mapped[bool] = mapped_column(default=False)


class ConversationPartyRow(Base):
    __tablename__ = "conversation_party"
    __table_args__ = (UniqueConstraint("conversation_id", "position"),)

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    conversation_id: Mapped[int] = fk("conversation.id", ondelete="CASCADE", nullable=False)
    position: Mapped[int]
    name: Mapped[str]
    person_id: Mapped[int | None] = person_link()
    role: Mapped[str | None]  # Role


class ConversationTurnRow(Base):
    """Who had the turn, at which step, when. Never what was said."""

    __tablename__ = "conversation_turn"
    __table_args__ = (UniqueConstraint("conversation_id", "seq"),)

    id: Mapped[int | None] = mapped_column(primary_key=True, nullable=False)
    conversation_id: Mapped[int] = fk("conversation.id", ondelete="CASCADE", nullable=False)
    seq: Mapped[int]
    step: Mapped[str]  # Step
    party: Mapped[int]  # position
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime]
