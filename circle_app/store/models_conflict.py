"""The tables of the method's conflict workflows: restorative conversations, conferences,
their agreements and their follow-up (docs/method.md M8-M15). Part of `models`, which
re-exports every name here; every change goes through Alembic.

Structure only: who took part, what was agreed and when. Never what anyone said.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from circle_app.store.model_fields import NEVER_REUSED, fk, person_link

# -- restorative conversations and conferences (docs/method.md M8-M15) -------------------------


class ConferenceCaseRow(SQLModel, table=True):
    """A conference case: a short title (no sensitive detail needed), date, facilitation."""

    __tablename__ = "conference_case"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    title: str
    held_on: date
    facilitator: str
    facilitator_person_id: int | None = person_link()
    facilitator_own_institution: bool = False
    police_involved: bool = False
    language: str = "da"
    created_at: datetime
    started_at: datetime | None = None
    start_override_reason: str | None = None
    is_demo: bool = False


class ConferenceParticipantRow(SQLModel, table=True):
    """Named in the case itself: the case needs no person record (it stays self-contained)."""

    __tablename__ = "conference_participant"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=fk("conference_case.id", ondelete="CASCADE", nullable=False))
    position: int
    name: str
    person_id: int | None = person_link()
    role: str  # ParticipantRole
    consent: str  # Consent
    birth_year: int | None = None
    under_18: bool | None = None


class ConferenceGuardianRow(SQLModel, table=True):
    """A child participant and a parent/guardian participant they come with (M13)."""

    __tablename__ = "conference_guardian"
    __table_args__ = (UniqueConstraint("child_id", "guardian_id"),)

    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(
        sa_column=fk("conference_participant.id", ondelete="CASCADE", nullable=False)
    )
    guardian_id: int = Field(
        sa_column=fk("conference_participant.id", ondelete="CASCADE", nullable=False)
    )


class PreMeetingRow(SQLModel, table=True):
    """The facilitator's meeting with one party before the conference (M11)."""

    __tablename__ = "pre_meeting"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=fk("conference_case.id", ondelete="CASCADE", nullable=False))
    participant_id: int = Field(
        sa_column=fk("conference_participant.id", ondelete="CASCADE", nullable=False)
    )
    held_on: date | None = None
    place: str  # MeetingPlace
    explained: str = ""
    expectations: str = ""
    done: bool = False


class AgreementActionRow(SQLModel, table=True):
    """An agreed action (M14): the documented outcome of a conference."""

    __tablename__ = "agreement_action"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=fk("conference_case.id", ondelete="CASCADE", nullable=False))
    position: int
    description: str
    carried_out_by: str
    followed_up_by: str
    carried_out_by_person_id: int | None = person_link()
    followed_up_by_person_id: int | None = person_link()
    due_on: date
    follow_up_on: date = Field(index=True)
    status: str  # ActionStatus
    is_consequence: bool = False


class FollowUpMeetingRow(SQLModel, table=True):
    __tablename__ = "follow_up_meeting"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=fk("conference_case.id", ondelete="CASCADE", nullable=False))
    held_on: date
    note: str = ""


class FollowUpReviewRow(SQLModel, table=True):
    """One action at a follow-up meeting (M14): kept or not, and the next step; no words."""

    __tablename__ = "follow_up_review"
    __table_args__ = (UniqueConstraint("meeting_id", "action_id"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(
        sa_column=fk("follow_up_meeting.id", ondelete="CASCADE", nullable=False)
    )
    action_id: int = Field(sa_column=fk("agreement_action.id", ondelete="CASCADE", nullable=False))
    kept: str  # Kept
    next_step: str  # NextStep
    new_date: date | None = None
    new_action_id: int | None = Field(
        default=None, sa_column=fk("agreement_action.id", ondelete="SET NULL")
    )


class ConversationRow(SQLModel, table=True):
    """A restorative conversation, or the questions round of a conference (case_id set)."""

    __tablename__ = "conversation"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(
        default=None, sa_column=fk("conference_case.id", ondelete="CASCADE")
    )
    language: str
    facilitator: str
    facilitator_person_id: int | None = person_link()
    facilitator_role: str  # Role
    started_at: datetime = Field(index=True)
    ended_at: datetime | None = None
    is_demo: bool = False


class ConversationPartyRow(SQLModel, table=True):
    __tablename__ = "conversation_party"
    __table_args__ = (UniqueConstraint("conversation_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(
        sa_column=fk("conversation.id", ondelete="CASCADE", nullable=False)
    )
    position: int
    name: str
    person_id: int | None = person_link()
    role: str | None = None  # Role


class ConversationTurnRow(SQLModel, table=True):
    """Who had the turn, at which step, when. Never what was said."""

    __tablename__ = "conversation_turn"
    __table_args__ = (UniqueConstraint("conversation_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(
        sa_column=fk("conversation.id", ondelete="CASCADE", nullable=False)
    )
    seq: int
    step: str  # Step
    party: int  # position
    started_at: datetime
    ended_at: datetime
