"""The sample conference case for `circle-app demo conference` and training courses: its
participants with their pre-meetings, and its agreed actions (names from domain.demo_conflicts)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from circle_app.domain.conference import Action, Case, Participant, ParticipantRole, PreMeeting
from circle_app.domain.demo_conflicts import demo_actions, demo_case_title, demo_participants
from circle_app.store.conference_rows import NEW

if TYPE_CHECKING:
    from circle_app.store.conferences import ConferenceStore


def create_demo_case(store: ConferenceStore, language: str, today: date) -> int:
    """A sample case for training courses: participants, pre-meetings, agreed actions."""
    case_id = store.create_case(
        demo_case_title(language),
        today,
        "Malou Krogh",
        language=language,
        is_demo=True,
    )
    ids: dict[str, int] = {}
    people = demo_participants(today)
    # Guardians first, so the children can be linked to them as they are added (M13).
    for demo in sorted(people, key=lambda d: d.role is not ParticipantRole.GUARDIAN):
        participant = Participant(
            NEW,
            demo.name,
            demo.role,
            demo.consent,
            demo.birth_year,
            guardian_ids=tuple(ids[key] for key in demo.guardians),
        )
        case = store.save_participant(case_id, participant, today)
        ids[demo.key] = case.participants[-1].id
    for demo in people:
        store.move_participant(case_id, ids[demo.key], len(people))
    for demo in people:
        if demo.pre_meeting is not None:
            store.save_pre_meeting(
                case_id,
                PreMeeting(
                    NEW,
                    ids[demo.key],
                    today - timedelta(days=5),
                    demo.pre_meeting,
                    explained="Forløbet, spørgsmålene, at det er frivilligt"
                    if language == "da"
                    else "How it goes, the questions, that it is voluntary",
                    expectations="Hvem der deltager, hvad det handler om"
                    if language == "da"
                    else "Who takes part, what it is about",
                    done=True,
                ),
            )
    return case_id


def add_demo_actions(store: ConferenceStore, case_id: int, language: str, today: date) -> Case:
    case = store.load(case_id)
    for demo in demo_actions(language):
        case = store.save_action(
            case_id,
            Action(
                NEW,
                demo.description,
                demo.carried_out_by,
                demo.followed_up_by,
                today + timedelta(days=demo.due_in_days),
                today + timedelta(days=demo.follow_up_in_days),
                demo.status,
                demo.is_consequence,
            ),
        )
    return case
