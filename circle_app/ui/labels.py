"""Enums to translated words. The domain never holds display text; widgets ask here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
    CircleKind,
    Direction,
    GroupKind,
    Role,
    RoundMode,
    Stage,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def circle_kind(kind: CircleKind) -> str:
    return {
        CircleKind.PEACETIME: _t("Peacetime circle"),
        CircleKind.ACADEMIC: _t("Academic check-in"),
        CircleKind.PARENTS: _t("Parent meeting circle"),
        CircleKind.CONFLICT: _t("Conflict circle"),
    }[kind]


def stage(value: Stage) -> str:
    return {
        Stage.EXPERIENCED: _t("Experienced"),
        Stage.AFFECTED: _t("Affected"),
        Stage.NEEDS: _t("Needs"),
        Stage.SOLUTIONS: _t("Solutions"),
    }[value]


def stage_question(value: Stage) -> str:
    """The stage as the round's heading: what the round is about (M4)."""
    return {
        Stage.EXPERIENCED: _t("What did you experience?"),
        Stage.AFFECTED: _t("How were you affected?"),
        Stage.NEEDS: _t("What do you need?"),
        Stage.SOLUTIONS: _t("What could solve it?"),
    }[value]


def round_mode(mode: RoundMode) -> str:
    return {RoundMode.SEQUENTIAL: _t("Seat by seat"), RoundMode.OPEN: _t("Open round")}[mode]


def direction(value: Direction) -> str:
    return {
        Direction.CLOCKWISE: _t("Clockwise"),
        Direction.COUNTER_CLOCKWISE: _t("Counter-clockwise"),
    }[value]


def role(value: Role) -> str:
    return {
        Role.PUPIL: _t("Pupil"),
        Role.STAFF: _t("Staff"),
        Role.PARENT: _t("Parent"),
        Role.GUEST: _t("Guest"),
    }[value]


def age_band(value: AgeBand) -> str:
    return {
        AgeBand.INDSKOLING: _t("Grades 0–3 (indskoling)"),
        AgeBand.MELLEMTRIN: _t("Grades 4–6 (mellemtrin)"),
        AgeBand.UDSKOLING: _t("Grades 7–9 (udskoling)"),
        AgeBand.VOKSNE: _t("Adults"),
    }[value]


# -- restorative conversation and conference (M8-M15) ----------------------------------


def phase(value: Phase) -> str:
    return {
        Phase.PAST: _t("Past"),
        Phase.PRESENT: _t("Present"),
        Phase.FUTURE: _t("Future"),
    }[value]


def participant_role(value: ParticipantRole) -> str:
    return {
        ParticipantRole.AFFECTED: _t("Most affected"),
        ParticipantRole.CAUSED_HARM: _t("Caused harm"),
        ParticipantRole.GUARDIAN: _t("Parent / guardian"),
        ParticipantRole.PERIPHERAL: _t("Peripheral party"),
        ParticipantRole.RESOURCE: _t("Resource person"),
        ParticipantRole.LEADERSHIP: _t("Leadership"),
    }[value]


def consent(value: Consent) -> str:
    return {
        Consent.INVITED: _t("Invited"),
        Consent.ACCEPTED: _t("Takes part"),
        Consent.DECLINED: _t("Declined"),
    }[value]


def meeting_place(value: MeetingPlace) -> str:
    return {
        MeetingPlace.HOME: _t("At home"),
        MeetingPlace.SCHOOL: _t("At the school / institution"),
        MeetingPlace.ELSEWHERE: _t("Elsewhere (e.g. the town hall)"),
    }[value]


def action_status(value: ActionStatus) -> str:
    return {
        ActionStatus.AGREED: _t("Agreed"),
        ActionStatus.DONE: _t("Done"),
        ActionStatus.NOT_DONE: _t("Not done"),
        ActionStatus.RENEGOTIATED: _t("Renegotiated"),
    }[value]


def follow_up_state(value: FollowUpState) -> str:
    return {
        FollowUpState.OVERDUE: _t("Overdue"),
        FollowUpState.DUE: _t("Due this week"),
        FollowUpState.UPCOMING: _t("Later"),
        FollowUpState.DONE: _t("Done"),
        FollowUpState.RENEGOTIATED: _t("Renegotiated"),
    }[value]


def conference_note(value: Note) -> str:
    """M15, as the case screen says it."""
    return {
        Note.OWN_INSTITUTION: _t(
            "The facilitator comes from the parties' own school or institution. As a rule, "
            "RGP trainers facilitate only conflicts at another school or institution than "
            "their own."
        ),
        Note.POLICE_INVOLVED: _t(
            "The police are involved: pre-meetings and the conference are, as a rule, "
            "facilitated by an impartial, more experienced facilitator from the "
            "municipality's crime-prevention unit."
        ),
    }[value]


def refusal(error: ConferenceRuleError) -> str:
    """Why the app refused, in the user's language, naming who it is about."""
    names = ", ".join(error.names)
    text = {
        Refusal.MINOR_WITHOUT_GUARDIAN: _t(
            "A child under 18 cannot take part without a parent or guardian who takes part. "
            "Link a parent/guardian who has accepted first: %1"
        ),
        Refusal.GUARDIAN_NEEDED_BY_MINOR: _t(
            "A child who takes part depends on this parent or guardian taking part: %1"
        ),
        Refusal.GUARDIAN_NOT_A_GUARDIAN: _t(
            "Only a participant in the parent/guardian role can be linked as one: %1"
        ),
        Refusal.GUARDIAN_IS_SELF: _t("A participant cannot be their own guardian: %1"),
        Refusal.PRE_MEETING_MISSING: _t(
            "Every party taking part has a pre-meeting first. Not done yet: %1"
        ),
        Refusal.TOO_FEW_TAKING_PART: _t("At least two participants must take part."),
        Refusal.ALREADY_STARTED: _t("The conference has already started."),
        Refusal.ACTION_INCOMPLETE: _t(
            "Every action needs a description, who carries it out and who follows it up."
        ),
        Refusal.EMPTY_TITLE: _t("The case needs a short title."),
        Refusal.EMPTY_NAME: _t("Every participant needs a name."),
    }[error.refusal]
    return text.replace("%1", names) if names else text.replace(": %1", ".").replace("%1", "")


def group_kind(value: GroupKind) -> str:
    return {
        GroupKind.CLASS: _t("Class"),
        GroupKind.SFO: _t("SFO group"),
        GroupKind.CLUB: _t("Club"),
        GroupKind.PARENT_MEETING: _t("Parent meeting"),
        GroupKind.STAFF: _t("Staff group"),
    }[value]


def roles_plural(value: Role) -> str:
    """A role as a group of people: who takes turns keeping the circle (M6)."""
    return {
        Role.PUPIL: _t("Pupils"),
        Role.STAFF: _t("Staff"),
        Role.PARENT: _t("Parents"),
        Role.GUEST: _t("Guests"),
    }[value]
