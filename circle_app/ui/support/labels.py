"""Enums to translated words. The domain never holds display text; widgets ask here.

Each text is a literal translate() call, so lupdate finds it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from circle_app.domain.conference import (
    ActionStatus,
    ConferenceRuleError,
    Consent,
    FollowUpState,
    MeetingPlace,
    Note,
    ParticipantRole,
    Refusal,
)
from circle_app.domain.conversation import Phase
from circle_app.domain.enums import (
    AgeBand,
    BankKind,
    CircleKind,
    Direction,
    GroupKind,
    Role,
    RoundMode,
    Stage,
)
from circle_app.domain.report import Period


def circle_kind(kind: CircleKind) -> str:
    return {
        CircleKind.PEACETIME: QCoreApplication.translate("labels", "Peacetime circle"),
        CircleKind.ACADEMIC: QCoreApplication.translate("labels", "Academic check-in"),
        CircleKind.PARENTS: QCoreApplication.translate("labels", "Parent meeting circle"),
        CircleKind.CONFLICT: QCoreApplication.translate("labels", "Conflict circle"),
    }[kind]


def bank_kind(kind: BankKind) -> str:
    """What a question bank is for."""
    return {
        BankKind.PEACETIME: QCoreApplication.translate("labels", "Peacetime"),
        BankKind.CONFLICT: QCoreApplication.translate("labels", "Conflict rounds"),
        BankKind.ACADEMIC: QCoreApplication.translate("labels", "Academic"),
        BankKind.PARENTS: QCoreApplication.translate("labels", "Parent meetings"),
        BankKind.AFFECTIVE: QCoreApplication.translate("labels", "Affective (staff)"),
        BankKind.CONVERSATION: QCoreApplication.translate("labels", "Six questions"),
        BankKind.CHECKIN: QCoreApplication.translate("labels", "Check-in"),
        BankKind.CHECKOUT: QCoreApplication.translate("labels", "Check-out"),
        BankKind.FOLLOWUP: QCoreApplication.translate("labels", "Follow-up"),
        BankKind.STAFF: QCoreApplication.translate("labels", "Staff circles"),
        BankKind.SUPPORT: QCoreApplication.translate("labels", "Support (grief, crisis)"),
    }[kind]


def stage(value: Stage) -> str:
    return {
        Stage.EXPERIENCED: QCoreApplication.translate("labels", "Experienced"),
        Stage.AFFECTED: QCoreApplication.translate("labels", "Affected"),
        Stage.NEEDS: QCoreApplication.translate("labels", "Needs"),
        Stage.SOLUTIONS: QCoreApplication.translate("labels", "Solutions"),
    }[value]


def stage_question(value: Stage) -> str:
    """The stage as the round's heading: what the round is about (M4)."""
    return {
        Stage.EXPERIENCED: QCoreApplication.translate("labels", "What did you experience?"),
        Stage.AFFECTED: QCoreApplication.translate("labels", "How were you affected?"),
        Stage.NEEDS: QCoreApplication.translate("labels", "What do you need?"),
        Stage.SOLUTIONS: QCoreApplication.translate("labels", "What could solve it?"),
    }[value]


def round_mode(mode: RoundMode) -> str:
    return {
        RoundMode.SEQUENTIAL: QCoreApplication.translate("labels", "Seat by seat"),
        RoundMode.OPEN: QCoreApplication.translate("labels", "Open round"),
    }[mode]


def direction(value: Direction) -> str:
    return {
        Direction.CLOCKWISE: QCoreApplication.translate("labels", "Clockwise"),
        Direction.COUNTER_CLOCKWISE: QCoreApplication.translate("labels", "Counter-clockwise"),
    }[value]


def role(value: Role) -> str:
    return {
        Role.PUPIL: QCoreApplication.translate("labels", "Pupil"),
        Role.STAFF: QCoreApplication.translate("labels", "Staff"),
        Role.PARENT: QCoreApplication.translate("labels", "Parent"),
        Role.GUEST: QCoreApplication.translate("labels", "Guest"),
    }[value]


def age_band(value: AgeBand) -> str:
    return {
        AgeBand.INDSKOLING: QCoreApplication.translate("labels", "Grades 0–3 (indskoling)"),
        AgeBand.MELLEMTRIN: QCoreApplication.translate("labels", "Grades 4–6 (mellemtrin)"),
        AgeBand.UDSKOLING: QCoreApplication.translate("labels", "Grades 7–9 (udskoling)"),
        AgeBand.VOKSNE: QCoreApplication.translate("labels", "Adults"),
    }[value]


# -- restorative conversation and conference (M8-M15) ----------------------------------


def phase(value: Phase) -> str:
    return {
        Phase.PAST: QCoreApplication.translate("labels", "Past"),
        Phase.PRESENT: QCoreApplication.translate("labels", "Present"),
        Phase.FUTURE: QCoreApplication.translate("labels", "Future"),
    }[value]


def participant_role(value: ParticipantRole) -> str:
    return {
        ParticipantRole.AFFECTED: QCoreApplication.translate("labels", "Most affected"),
        ParticipantRole.CAUSED_HARM: QCoreApplication.translate("labels", "Caused harm"),
        ParticipantRole.GUARDIAN: QCoreApplication.translate("labels", "Parent / guardian"),
        ParticipantRole.PERIPHERAL: QCoreApplication.translate("labels", "Peripheral party"),
        ParticipantRole.RESOURCE: QCoreApplication.translate("labels", "Resource person"),
        ParticipantRole.LEADERSHIP: QCoreApplication.translate("labels", "Leadership"),
    }[value]


def consent(value: Consent) -> str:
    return {
        Consent.INVITED: QCoreApplication.translate("labels", "Invited"),
        Consent.ACCEPTED: QCoreApplication.translate("labels", "Takes part"),
        Consent.DECLINED: QCoreApplication.translate("labels", "Declined"),
    }[value]


def meeting_place(value: MeetingPlace) -> str:
    return {
        MeetingPlace.HOME: QCoreApplication.translate("labels", "At home"),
        MeetingPlace.SCHOOL: QCoreApplication.translate("labels", "At the school / institution"),
        MeetingPlace.ELSEWHERE: QCoreApplication.translate(
            "labels", "Elsewhere (e.g. the town hall)"
        ),
    }[value]


def action_status(value: ActionStatus) -> str:
    return {
        ActionStatus.AGREED: QCoreApplication.translate("labels", "Agreed"),
        ActionStatus.DONE: QCoreApplication.translate("labels", "Done"),
        ActionStatus.NOT_DONE: QCoreApplication.translate("labels", "Not done"),
        ActionStatus.RENEGOTIATED: QCoreApplication.translate("labels", "Renegotiated"),
        ActionStatus.CLOSED: QCoreApplication.translate("labels", "Closed"),
    }[value]


def follow_up_state(value: FollowUpState) -> str:
    return {
        FollowUpState.OVERDUE: QCoreApplication.translate("labels", "Overdue"),
        FollowUpState.DUE: QCoreApplication.translate("labels", "Due this week"),
        FollowUpState.UPCOMING: QCoreApplication.translate("labels", "Later"),
        FollowUpState.CLOSED: QCoreApplication.translate("labels", "Closed"),
        FollowUpState.RENEGOTIATED: QCoreApplication.translate("labels", "Renegotiated"),
    }[value]


def conference_note(value: Note) -> str:
    """M15, as the case screen says it."""
    return {
        Note.OWN_INSTITUTION: QCoreApplication.translate(
            "labels",
            "The facilitator comes from the parties' own school or institution. As a rule, "
            "RGP trainers facilitate only conflicts at another school or institution than "
            "their own.",
        ),
        Note.POLICE_INVOLVED: QCoreApplication.translate(
            "labels",
            "The police are involved: pre-meetings and the conference are, as a rule, "
            "facilitated by an impartial, more experienced facilitator from the "
            "municipality's crime-prevention unit.",
        ),
    }[value]


def refusal(error: ConferenceRuleError) -> str:
    """Why the app refused, in the user's language, naming who it is about."""
    names = ", ".join(error.names)
    text = {
        Refusal.MINOR_WITHOUT_GUARDIAN: QCoreApplication.translate(
            "labels",
            "A child under 18 cannot take part without a parent or guardian who takes part. "
            "Link a parent/guardian who has accepted first: %1",
        ),
        Refusal.GUARDIAN_NEEDED_BY_MINOR: QCoreApplication.translate(
            "labels", "A child who takes part depends on this parent or guardian taking part: %1"
        ),
        Refusal.GUARDIAN_NOT_A_GUARDIAN: QCoreApplication.translate(
            "labels", "Only a participant in the parent/guardian role can be linked as one: %1"
        ),
        Refusal.GUARDIAN_IS_SELF: QCoreApplication.translate(
            "labels", "A participant cannot be their own guardian: %1"
        ),
        Refusal.PRE_MEETING_MISSING: QCoreApplication.translate(
            "labels", "Every party taking part has a pre-meeting first. Not done yet: %1"
        ),
        Refusal.TOO_FEW_TAKING_PART: QCoreApplication.translate(
            "labels", "At least two participants must take part."
        ),
        Refusal.ALREADY_STARTED: QCoreApplication.translate(
            "labels", "The conference has already started."
        ),
        Refusal.ACTION_INCOMPLETE: QCoreApplication.translate(
            "labels", "Every action needs a description, who carries it out and who follows it up."
        ),
        Refusal.EMPTY_TITLE: QCoreApplication.translate("labels", "The case needs a short title."),
        Refusal.EMPTY_NAME: QCoreApplication.translate("labels", "Every participant needs a name."),
        Refusal.NAME_NOT_ALLOWED: QCoreApplication.translate(
            "labels",
            "A name may not hold hidden or control characters and has at most 100 characters.",
        ),
        Refusal.ACTION_WITHOUT_DATES: QCoreApplication.translate(
            "labels", "Every action needs a date it is done by and a date it is followed up on."
        ),
        Refusal.FOLLOW_UP_BEFORE_DUE: QCoreApplication.translate(
            "labels", "An action is followed up on or after the date it is to be done by."
        ),
        Refusal.GUARDIAN_NOT_IN_CASE: QCoreApplication.translate(
            "labels",
            "A parent or guardian can only be linked from this case's own participants: %1",
        ),
        Refusal.FACILITATOR_IS_PARTICIPANT: QCoreApplication.translate(
            "labels",
            "The facilitator cannot also be a participant. Choose an uninvolved facilitator: %1",
        ),
        Refusal.FOLLOW_UP_NOTHING: QCoreApplication.translate(
            "labels", "Choose how at least one action went before you save the follow-up."
        ),
        Refusal.FOLLOW_UP_TWICE: QCoreApplication.translate(
            "labels", "Each action is followed up once in a meeting."
        ),
        Refusal.FOLLOW_UP_ACTION_NOT_OPEN: QCoreApplication.translate(
            "labels", "Only this case's open actions can be followed up."
        ),
        Refusal.FOLLOW_UP_NEW_DATE_MISSING: QCoreApplication.translate(
            "labels",
            "A new follow-up date comes after the meeting, on or after the date the action is "
            "to be done by.",
        ),
        Refusal.FOLLOW_UP_NEW_ACTION_MISSING: QCoreApplication.translate(
            "labels", "Write the new action, who carries it out and who follows it up."
        ),
    }[error.refusal]
    return text.replace("%1", names) if names else text.replace(": %1", ".").replace("%1", "")


def group_kind(value: GroupKind) -> str:
    return {
        GroupKind.CLASS: QCoreApplication.translate("labels", "Class"),
        GroupKind.SFO: QCoreApplication.translate("labels", "SFO group"),
        GroupKind.CLUB: QCoreApplication.translate("labels", "Club"),
        GroupKind.PARENT_MEETING: QCoreApplication.translate("labels", "Parent meeting"),
        GroupKind.STAFF: QCoreApplication.translate("labels", "Staff group"),
    }[value]


def roles_plural(value: Role) -> str:
    """A role as a group of people: who takes turns keeping the circle (M6)."""
    return {
        Role.PUPIL: QCoreApplication.translate("labels", "Pupils"),
        Role.STAFF: QCoreApplication.translate("labels", "Staff", "the staff, plural"),
        Role.PARENT: QCoreApplication.translate("labels", "Parents"),
        Role.GUEST: QCoreApplication.translate("labels", "Guests"),
    }[value]


# -- dates and numbers in the interface language's locale (issue 15) --------------------


def period_label(start: date, period: Period) -> str:
    """A period as people write it: "dec. 2026" / "Dec 2026", "uge 49" / "week 49", and
    a school year "2026/27" (never "dec. 26", which a Dane reads as 26 December)."""
    if period is Period.WEEK:
        week = start.isocalendar()[1]
        return QCoreApplication.translate("labels", "week %1").replace("%1", str(week))
    if period is Period.MONTH:
        return QLocale().toString(QDate(start.year, start.month, 1), "MMM yyyy")
    return f"{start.year}/{(start.year + 1) % 100:02d}"


def number(value: int) -> str:
    """1.234 in Danish, 1,234 in English."""
    return QLocale().toString(value)


def percent(share: float | None) -> str:
    """50 % in Danish (with a space, as Danes write it), 50% in English; – for no figure."""
    if share is None:
        return "–"
    figure = QLocale().toString(share * 100, "f", 0)
    return QCoreApplication.translate("labels", "%1%", "a percentage").replace("%1", figure)
