"""M6: anyone can keep the circle; the suggestion rotates fairly among the chosen roles."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

from circle_app.domain.enums import Role
from circle_app.domain.keepers import (
    KeeperRecord,
    KeeperSuggestion,
    format_roles,
    parse_roles,
    suggest_keeper,
)
from circle_app.domain.people import Member, Person

TODAY = date(2026, 3, 2)
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def member(person_id: int, role: Role, seat: int, away_until: date | None = None) -> Member:
    return Member(Person(person_id, f"P{person_id}", "", role), seat, away_until)


def run_rotation(
    members: list[Member], roles: set[Role], circles: int
) -> tuple[list[KeeperSuggestion], list[KeeperRecord]]:
    """Accept every suggestion for `circles` circles, as a teacher clicking Start would."""
    history: list[KeeperRecord] = []
    chosen: list[KeeperSuggestion] = []
    for index in range(circles):
        suggestion = suggest_keeper(members, history, roles, TODAY)
        assert suggestion is not None
        chosen.append(suggestion)
        history.append(
            KeeperRecord(suggestion.person_id, suggestion.role, T0 + timedelta(days=index))
        )
    return chosen, history


def test_m6_roles_take_turns_in_the_order_staff_pupils_parents() -> None:
    members = [
        member(1, Role.PUPIL, 0),
        member(2, Role.PUPIL, 1),
        member(3, Role.STAFF, 2),
        member(4, Role.PARENT, 3),
    ]
    chosen, _ = run_rotation(members, {Role.STAFF, Role.PUPIL, Role.PARENT}, 6)
    assert [s.role for s in chosen] == [
        Role.STAFF,
        Role.PUPIL,
        Role.PARENT,
        Role.STAFF,
        Role.PUPIL,
        Role.PARENT,
    ]
    assert [s.person_id for s in chosen if s.role is Role.PUPIL] == [1, 2]


def test_m6_every_pupil_keeps_once_before_anyone_keeps_twice() -> None:
    members = [member(i, Role.PUPIL, i) for i in range(10)]
    chosen, _ = run_rotation(members, {Role.PUPIL}, 25)
    counts = Counter(s.person_id for s in chosen)
    assert sorted(counts.values()) == [2] * 5 + [3] * 5
    first_round = [s.person_id for s in chosen[:10]]
    assert sorted(first_round) == list(range(10))  # seat order, no one twice
    assert first_round == list(range(10))


def test_m6_the_least_recent_keeper_comes_first_among_equals() -> None:
    members = [member(1, Role.PUPIL, 0), member(2, Role.PUPIL, 1), member(3, Role.PUPIL, 2)]
    history = [
        KeeperRecord(3, Role.PUPIL, T0),
        KeeperRecord(1, Role.PUPIL, T0 + timedelta(days=2)),
        KeeperRecord(2, Role.PUPIL, T0 + timedelta(days=1)),
    ]
    # Recorded out of order on purpose: the time decides, not the list position.
    assert suggest_keeper(members, history, {Role.PUPIL}, TODAY) == KeeperSuggestion(Role.PUPIL, 3)


def test_m6_someone_away_is_not_suggested() -> None:
    members = [member(1, Role.PUPIL, 0, away_until=TODAY), member(2, Role.PUPIL, 1)]
    assert suggest_keeper(members, [], {Role.PUPIL}, TODAY) == KeeperSuggestion(Role.PUPIL, 2)
    back = TODAY + timedelta(days=1)
    assert suggest_keeper(members, [], {Role.PUPIL}, back) == KeeperSuggestion(Role.PUPIL, 1)


def test_m6_an_erased_keeper_still_counts_for_their_role() -> None:
    members = [member(1, Role.PUPIL, 0), member(2, Role.STAFF, 1)]
    history = [KeeperRecord(None, Role.STAFF, T0)]  # the staff keeper was erased since
    suggestion = suggest_keeper(members, history, {Role.STAFF, Role.PUPIL}, TODAY)
    assert suggestion == KeeperSuggestion(Role.PUPIL, 1)


def test_m6_a_role_without_people_is_offered_as_a_role() -> None:
    members = [member(1, Role.PUPIL, 0)]
    assert suggest_keeper(members, [], {Role.PARENT}, TODAY) == KeeperSuggestion(Role.PARENT)
    assert suggest_keeper([], [], {Role.STAFF}, TODAY) == KeeperSuggestion(Role.STAFF)


def test_m6_guests_never_rotate_and_nothing_to_rotate_gives_none() -> None:
    members = [member(1, Role.GUEST, 0)]
    assert suggest_keeper(members, [], {Role.GUEST}, TODAY) is None


def test_roles_setting_round_trips_and_ignores_unknown_words() -> None:
    assert parse_roles("pupil, staff,boss") == {Role.PUPIL, Role.STAFF}
    assert parse_roles("") == {Role.STAFF}
    assert format_roles({Role.PARENT, Role.STAFF, Role.GUEST}) == "staff,parent"
    assert format_roles(set()) == "staff"
