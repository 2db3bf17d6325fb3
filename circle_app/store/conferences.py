"""Conference cases on disk. Every change is checked against the method's rules (the domain's
`Case`) before it is written, in one short transaction; a refused change is never stored.
Rows become domain objects in `conference_rows`; the demo case is in `conference_demo`."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from circle_app.domain.conference import (
    Action,
    ActionStatus,
    Case,
    CaseSummary,
    Consent,
    FollowUpItem,
    Participant,
    PreMeeting,
    Review,
)
from circle_app.domain.conference_terms import PERSON_ROLE
from circle_app.domain.conversation import ConversationSetup, Facilitator, Party
from circle_app.domain.enums import Role
from circle_app.domain.follow_up import SchoolYear, follow_up_list, school_years
from circle_app.store.clock import utcnow
from circle_app.store.conference_demo import add_demo_actions as add_demo_actions
from circle_app.store.conference_demo import create_demo_case as create_demo_case
from circle_app.store.conference_rows import NEW as NEW
from circle_app.store.conference_rows import load_case
from circle_app.store.guardians import guardians_of
from circle_app.store.models import (
    AgreementActionRow,
    ConferenceCaseRow,
    ConferenceGuardianRow,
    ConferenceParticipantRow,
    ConversationPartyRow,
    ConversationRow,
    FollowUpMeetingRow,
    FollowUpReviewRow,
    PreMeetingRow,
)
from circle_app.store.person_links import drop_unreferenced, person_for

log = logging.getLogger(__name__)


class ConferenceStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- cases ---------------------------------------------------------------------------

    def create_case(
        self,
        title: str,
        held_on: date,
        facilitator: str,
        *,
        facilitator_own_institution: bool = False,
        police_involved: bool = False,
        language: str = "da",
        is_demo: bool = False,
    ) -> int:
        Case(0, title, held_on, facilitator).check(held_on)
        with Session(self._engine) as session:
            row = ConferenceCaseRow(
                title=title.strip(),
                held_on=held_on,
                facilitator=facilitator.strip(),
                facilitator_person_id=person_for(session, facilitator, Role.STAFF),
                facilitator_own_institution=facilitator_own_institution,
                police_involved=police_involved,
                language=language,
                created_at=utcnow(),
                is_demo=is_demo,
            )
            session.add(row)
            session.commit()
            assert row.id is not None
            return row.id

    def update_case(self, case: Case) -> Case:
        """Save the case's own fields (title, date, facilitation, language)."""
        case.check(case.held_on)
        with Session(self._engine) as session:
            row = session.get_one(ConferenceCaseRow, case.id)
            row.title = case.title.strip()
            row.held_on = case.held_on
            row.facilitator = case.facilitator.strip()
            row.facilitator_person_id = person_for(session, case.facilitator, Role.STAFF)
            row.facilitator_own_institution = case.facilitator_own_institution
            row.police_involved = case.police_involved
            row.language = case.language
            session.add(row)
            drop_unreferenced(session)
            session.commit()
        return self.load(case.id)

    def delete_case(self, case_id: int) -> None:
        """Erase a case with everything in it (participants' names included)."""
        with Session(self._engine) as session:
            session.execute(delete(ConferenceCaseRow).where(ConferenceCaseRow.id == case_id))
            drop_unreferenced(session)
            session.commit()

    def load(self, case_id: int) -> Case:
        with Session(self._engine) as session:
            return load_case(session, case_id)

    def guardians_on_record(self, person_id: int) -> list[str]:
        """A child's parents/guardians on the class list, to suggest for M13."""
        return [person.display_name for person in guardians_of(self._engine, person_id)]

    def cases(self) -> list[Case]:
        with Session(self._engine) as session:
            ids = session.scalars(
                select(ConferenceCaseRow.id).order_by(
                    ConferenceCaseRow.held_on.desc(), ConferenceCaseRow.id.desc()
                )
            ).all()
            return [load_case(session, case_id) for case_id in ids if case_id is not None]

    def summaries(self) -> list[CaseSummary]:
        return [
            CaseSummary(
                id=case.id,
                title=case.title,
                held_on=case.held_on,
                participants=len(case.participants),
                taking_part=len(case.taking_part()),
                open_actions=case.open_actions(),
                started=case.started_at is not None,
                is_demo=case.is_demo,
            )
            for case in self.cases()
        ]

    def follow_up(self, today: date, year: SchoolYear | None = None) -> list[FollowUpItem]:
        """Every action to follow up (in one school year, if given): due, overdue, closed."""
        return follow_up_list(self.cases(), today, year)

    def school_years(self, today: date) -> list[SchoolYear]:
        return school_years(self.cases(), today)

    # -- participants (M12, M13) ---------------------------------------------------------

    def save_participant(self, case_id: int, participant: Participant, today: date) -> Case:
        """Add (id NEW) or change a participant; refused with the rule's reason (M13)."""
        case = self.load(case_id)
        is_new = participant.id == NEW
        candidate = replace(participant, id=-1) if is_new else participant
        case.with_participant(candidate, today)  # raises ConferenceRuleError
        with Session(self._engine) as session:
            if is_new:
                row = ConferenceParticipantRow(
                    case_id=case_id,
                    position=len(case.participants),
                    name=participant.name.strip(),
                    role=participant.role.value,
                    consent=participant.consent.value,
                    birth_year=participant.birth_year,
                    under_18=participant.under_18,
                )
            else:
                row = session.get_one(ConferenceParticipantRow, participant.id)
                row.name = participant.name.strip()
                row.role = participant.role.value
                row.consent = participant.consent.value
                row.birth_year = participant.birth_year
                row.under_18 = participant.under_18
            row.person_id = person_for(
                session, participant.name, PERSON_ROLE.get(participant.role, Role.PUPIL)
            )
            session.add(row)
            drop_unreferenced(session)
            session.flush()
            assert row.id is not None
            session.execute(
                delete(ConferenceGuardianRow).where(ConferenceGuardianRow.child_id == row.id)
            )
            for guardian_id in participant.guardian_ids:
                session.add(ConferenceGuardianRow(child_id=row.id, guardian_id=guardian_id))
            session.commit()
        return self.load(case_id)

    def set_consent(self, case_id: int, participant_id: int, consent: Consent, today: date) -> Case:
        case = self.load(case_id)
        return self.save_participant(
            case_id, replace(case.participant(participant_id), consent=consent), today
        )

    def remove_participant(self, case_id: int, participant_id: int, today: date) -> Case:
        self.load(case_id).without_participant(participant_id, today)  # raises if refused
        with Session(self._engine) as session:
            session.execute(
                delete(ConferenceParticipantRow).where(
                    ConferenceParticipantRow.id == participant_id
                )
            )
            drop_unreferenced(session)
            session.commit()
        return self.load(case_id)

    def move_participant(self, case_id: int, participant_id: int, step: int) -> Case:
        """Change the order of asking (M9 is asked in the participants' order)."""
        case = self.load(case_id)
        ids = [p.id for p in case.participants]
        index = ids.index(participant_id)
        target = max(0, min(len(ids) - 1, index + step))
        ids.insert(target, ids.pop(index))
        with Session(self._engine) as session:
            for position, pid in enumerate(ids):
                row = session.get_one(ConferenceParticipantRow, pid)
                row.position = position
                session.add(row)
            session.commit()
        return self.load(case_id)

    # -- pre-meetings (M11) --------------------------------------------------------------

    def save_pre_meeting(self, case_id: int, meeting: PreMeeting) -> Case:
        """One pre-meeting per party: saving for a party that has one changes it."""
        case = self.load(case_id)
        case.participant(meeting.participant_id)  # KeyError: not in this case
        existing = case.pre_meeting_of(meeting.participant_id)
        with Session(self._engine) as session:
            if existing is None:
                row = PreMeetingRow(
                    case_id=case_id, participant_id=meeting.participant_id, place=""
                )
            else:
                row = session.get_one(PreMeetingRow, existing.id)
            row.held_on = meeting.held_on
            row.place = meeting.place.value
            row.explained = meeting.explained.strip()
            row.expectations = meeting.expectations.strip()
            row.done = meeting.done
            session.add(row)
            session.commit()
        return self.load(case_id)

    # -- the conference itself (M14) -----------------------------------------------------

    def start(self, case_id: int, today: date, override_reason: str | None = None) -> int:
        """Start the conference (M11, M13 checked) and its questions round; return the
        conversation's id. Missing pre-meetings can be overridden with a reason."""
        case = self.load(case_id)
        case.check_start(today, override_reason)
        missing = bool(case.missing_pre_meetings())
        taking = case.taking_part()
        with Session(self._engine) as session:
            linked = dict(
                session.execute(
                    select(ConferenceParticipantRow.id, ConferenceParticipantRow.person_id).where(
                        ConferenceParticipantRow.case_id == case_id
                    )
                ).all()
            )
        setup = ConversationSetup(
            parties=tuple(
                Party(index, p.name, Role.PUPIL if p.is_minor(today) else PERSON_ROLE.get(p.role))
                for index, p in enumerate(taking)
            ),
            facilitator=Facilitator(case.facilitator, Role.STAFF),
            language=case.language,
        )
        now = utcnow()
        with Session(self._engine) as session:
            row = session.get_one(ConferenceCaseRow, case_id)
            row.started_at = now
            row.start_override_reason = (override_reason or "").strip() if missing else None
            session.add(row)
            conversation = ConversationRow(
                case_id=case_id,
                language=setup.language,
                facilitator=setup.facilitator.name,
                facilitator_person_id=row.facilitator_person_id,
                facilitator_role=setup.facilitator.role.value,
                started_at=now,
                is_demo=case.is_demo,
            )
            session.add(conversation)
            session.flush()
            assert conversation.id is not None
            for party, participant in zip(setup.parties, taking, strict=True):
                session.add(
                    ConversationPartyRow(
                        conversation_id=conversation.id,
                        position=party.position,
                        name=party.name,
                        person_id=linked.get(participant.id),
                        role=party.role.value if party.role else None,
                    )
                )
            session.commit()
            return conversation.id

    # -- agreements (M14) and follow-up --------------------------------------------------

    def save_action(self, case_id: int, action: Action) -> Case:
        """Add (id NEW) or change an action; `Action` itself refuses one without both
        responsibilities or dates (M14), `check` one followed up before it is due."""
        action.check()  # raises ConferenceRuleError; nothing is written
        with Session(self._engine) as session:
            _write_action(session, case_id, action)
            drop_unreferenced(session)
            session.commit()
        return self.load(case_id)

    def set_action_status(self, case_id: int, action_id: int, status: ActionStatus) -> Case:
        with Session(self._engine) as session:
            row = session.get_one(AgreementActionRow, action_id)
            row.status = status.value
            session.add(row)
            session.commit()
        return self.load(case_id)

    def remove_action(self, case_id: int, action_id: int) -> Case:
        with Session(self._engine) as session:
            session.execute(delete(AgreementActionRow).where(AgreementActionRow.id == action_id))
            drop_unreferenced(session)
            session.commit()
        return self.load(case_id)

    def hold_follow_up(self, case_id: int, held_on: date, reviews: Sequence[Review]) -> Case:
        """A follow-up meeting (M14): for each action followed up, kept / partly / not kept
        and the next step, checked by the domain first and written in one transaction (the
        meeting, the actions' new state, any new action). No free text is written."""
        outcome = self.load(case_id).follow_up(held_on, reviews)  # raises ConferenceRuleError
        with Session(self._engine) as session:
            meeting = FollowUpMeetingRow(case_id=case_id, held_on=held_on, note="")
            session.add(meeting)
            session.flush()
            assert meeting.id is not None
            changed = {action.id: action for action in outcome.changed}
            for review in reviews:
                action = changed[review.action_id]
                row = session.get_one(AgreementActionRow, action.id)
                row.status = action.status.value
                row.follow_up_on = action.follow_up_on
                session.add(row)
                new_action_id = None
                if review.new_action is not None:
                    new_action_id = _write_action(session, case_id, review.new_action)
                session.add(
                    FollowUpReviewRow(
                        meeting_id=meeting.id,
                        action_id=action.id,
                        kept=review.kept.value,
                        next_step=review.next_step.value,
                        new_date=review.new_date,
                        new_action_id=new_action_id,
                    )
                )
            drop_unreferenced(session)
            session.commit()
        log.info("case %s: follow-up of %d action(s)", case_id, len(reviews))
        return self.load(case_id)


def _write_action(session: Session, case_id: int, action: Action) -> int:
    """Insert (id NEW, placed last) or update an action's row; return its id."""
    if action.id == NEW:
        count = len(
            session.scalars(
                select(AgreementActionRow.id).where(AgreementActionRow.case_id == case_id)
            ).all()
        )
        row = AgreementActionRow(
            case_id=case_id,
            position=count,
            description="",
            carried_out_by="",
            followed_up_by="",
            due_on=action.due_on,
            follow_up_on=action.follow_up_on,
            status=action.status.value,
        )
    else:
        row = session.get_one(AgreementActionRow, action.id)
    row.description = action.description.strip()
    row.carried_out_by = action.carried_out_by.strip()
    row.followed_up_by = action.followed_up_by.strip()
    row.carried_out_by_person_id = person_for(session, row.carried_out_by, Role.GUEST)
    row.followed_up_by_person_id = person_for(session, row.followed_up_by, Role.STAFF)
    row.due_on = action.due_on
    row.follow_up_on = action.follow_up_on
    row.status = action.status.value
    row.is_consequence = action.is_consequence
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id
