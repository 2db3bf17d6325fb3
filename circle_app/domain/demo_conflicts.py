"""Sample data for `circle-app demo conversation|conference` and training courses.

Every name is made up. The case title carries no sensitive detail, as a real one should not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from circle_app.domain.conference import ActionStatus, Consent, MeetingPlace, ParticipantRole
from circle_app.domain.enums import Role

DEMO_CONVERSATION_PARTIES: tuple[tuple[str, Role], ...] = (
    ("Asta", Role.PUPIL),
    ("Bilal", Role.PUPIL),
    ("Clara", Role.PUPIL),
)
DEMO_CONVERSATION_FACILITATOR = ("Malou", Role.STAFF)


@dataclass(frozen=True, slots=True)
class DemoParticipant:
    key: str
    name: str
    role: ParticipantRole
    consent: Consent
    birth_year: int | None = None
    guardians: tuple[str, ...] = ()  # keys of guardian participants
    pre_meeting: MeetingPlace | None = None  # a done pre-meeting at this place


@dataclass(frozen=True, slots=True)
class DemoAction:
    description: str
    carried_out_by: str
    followed_up_by: str
    due_in_days: int
    follow_up_in_days: int
    status: ActionStatus = ActionStatus.AGREED
    is_consequence: bool = False


def demo_case_title(language: str) -> str:
    return "Konflikt i 6.b efter frikvarteret" if language == "da" else "Conflict in 6B at break"


def demo_participants(today: date) -> tuple[DemoParticipant, ...]:
    child = today.year - 12
    return (
        DemoParticipant(
            "emil",
            "Emil Hansen",
            ParticipantRole.AFFECTED,
            Consent.ACCEPTED,
            child,
            ("mette",),
            MeetingPlace.HOME,
        ),
        DemoParticipant(
            "jonas",
            "Jonas Nielsen",
            ParticipantRole.CAUSED_HARM,
            Consent.ACCEPTED,
            child,
            ("ali",),
            MeetingPlace.SCHOOL,
        ),
        DemoParticipant("mette", "Mette Hansen", ParticipantRole.GUARDIAN, Consent.ACCEPTED),
        DemoParticipant("ali", "Ali Nielsen", ParticipantRole.GUARDIAN, Consent.ACCEPTED),
        DemoParticipant(
            "freja",
            "Freja Larsen",
            ParticipantRole.PERIPHERAL,
            Consent.DECLINED,
            child,
        ),
        DemoParticipant("sofie", "Sofie Berg", ParticipantRole.RESOURCE, Consent.ACCEPTED),
        DemoParticipant("karim", "Karim Holm", ParticipantRole.LEADERSHIP, Consent.INVITED),
    )


def demo_actions(language: str) -> tuple[DemoAction, ...]:
    if language == "da":
        return (
            DemoAction(
                "Jonas og Emil spiser frokost sammen med klassen i stedet for alene",
                "Jonas og Emil",
                "Sofie Berg (klasselærer)",
                7,
                14,
            ),
            DemoAction(
                "Jonas hjælper med at rydde op i skolegården i to frikvarterer",
                "Jonas Nielsen",
                "Sofie Berg (klasselærer)",
                10,
                14,
                is_consequence=True,
            ),
            DemoAction(
                "Forældrene ringer sammen og aftaler en legeaftale", "Mette og Ali", "Mette", 3, 7
            ),
        )
    return (
        DemoAction(
            "Jonas and Emil eat lunch with the class instead of alone",
            "Jonas and Emil",
            "Sofie Berg (class teacher)",
            7,
            14,
        ),
        DemoAction(
            "Jonas helps tidy the schoolyard during two breaks",
            "Jonas Nielsen",
            "Sofie Berg (class teacher)",
            10,
            14,
            is_consequence=True,
        ),
        DemoAction(
            "The parents call each other and plan a play date", "Mette and Ali", "Mette", 3, 7
        ),
    )
