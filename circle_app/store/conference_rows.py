"""Conference rows -> the domain's `Case` (the UI gets plain domain objects, never rows)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from circle_app.domain.conference import (
    Action,
    ActionStatus,
    Case,
    Consent,
    FollowUpMeeting,
    Kept,
    MeetingPlace,
    NextStep,
    Participant,
    ParticipantRole,
    PreMeeting,
    Review,
)
from circle_app.store.clock import as_utc
from circle_app.store.models import (
    AgreementActionRow,
    ConferenceCaseRow,
    ConferenceGuardianRow,
    ConferenceParticipantRow,
    ConversationRow,
    FollowUpMeetingRow,
    FollowUpReviewRow,
    PreMeetingRow,
)

#: Participant and action ids of 0 mean "new": the store gives them an id.
NEW = 0


def load_case(session: Session, case_id: int) -> Case:
    row = session.get_one(ConferenceCaseRow, case_id)
    participant_rows = session.scalars(
        select(ConferenceParticipantRow)
        .where(ConferenceParticipantRow.case_id == case_id)
        .order_by(ConferenceParticipantRow.position, ConferenceParticipantRow.id)
    ).all()
    ids = [p.id for p in participant_rows]
    links = session.scalars(
        select(ConferenceGuardianRow)
        .where(ConferenceGuardianRow.child_id.in_(ids))
        .order_by(ConferenceGuardianRow.id)
    ).all()
    guardians: dict[int, list[int]] = {}
    for link in links:
        guardians.setdefault(link.child_id, []).append(link.guardian_id)
    participants = tuple(
        Participant(
            id=p.id,
            name=p.name,
            role=ParticipantRole(p.role),
            consent=Consent(p.consent),
            birth_year=p.birth_year,
            under_18=p.under_18,
            guardian_ids=tuple(guardians.get(p.id, ())),
            person_id=p.person_id,
        )
        for p in participant_rows
        if p.id is not None
    )
    meetings = tuple(
        PreMeeting(
            id=m.id,
            participant_id=m.participant_id,
            held_on=m.held_on,
            place=MeetingPlace(m.place),
            explained=m.explained,
            expectations=m.expectations,
            done=m.done,
        )
        for m in session.scalars(
            select(PreMeetingRow).where(PreMeetingRow.case_id == case_id).order_by(PreMeetingRow.id)
        ).all()
        if m.id is not None
    )
    actions = tuple(
        Action(
            id=a.id,
            description=a.description,
            carried_out_by=a.carried_out_by,
            followed_up_by=a.followed_up_by,
            due_on=a.due_on,
            follow_up_on=a.follow_up_on,
            status=ActionStatus(a.status),
            is_consequence=a.is_consequence,
        )
        for a in session.scalars(
            select(AgreementActionRow)
            .where(AgreementActionRow.case_id == case_id)
            .order_by(AgreementActionRow.position, AgreementActionRow.id)
        ).all()
        if a.id is not None
    )
    meeting_rows = session.scalars(
        select(FollowUpMeetingRow)
        .where(FollowUpMeetingRow.case_id == case_id)
        .order_by(FollowUpMeetingRow.held_on, FollowUpMeetingRow.id)
    ).all()
    reviews: dict[int, list[Review]] = {}
    for review in session.scalars(
        select(FollowUpReviewRow)
        .where(FollowUpReviewRow.meeting_id.in_([m.id for m in meeting_rows]))
        .order_by(FollowUpReviewRow.id)
    ).all():
        reviews.setdefault(review.meeting_id, []).append(
            Review(review.action_id, Kept(review.kept), NextStep(review.next_step), review.new_date)
        )
    follow_ups = tuple(
        FollowUpMeeting(f.id, f.held_on, f.note, tuple(reviews.get(f.id, ())))
        for f in meeting_rows
        if f.id is not None
    )
    conversation_id = session.scalars(
        select(ConversationRow.id)
        .where(ConversationRow.case_id == case_id)
        .order_by(ConversationRow.started_at.desc())
    ).first()
    return Case(
        id=case_id,
        title=row.title,
        held_on=row.held_on,
        facilitator=row.facilitator,
        facilitator_own_institution=row.facilitator_own_institution,
        police_involved=row.police_involved,
        language=row.language,
        participants=participants,
        pre_meetings=meetings,
        actions=actions,
        follow_up_meetings=follow_ups,
        started_at=as_utc(row.started_at) if row.started_at else None,
        start_override_reason=row.start_override_reason,
        conversation_id=conversation_id,
        is_demo=row.is_demo,
    )
