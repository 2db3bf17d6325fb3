"""issue 14, finding 1: the ring shows the shortest label that tells a seat apart.

First name; first name and last initial where two share a first name; more only where
that is still ambiguous; never two seats the same label, never two the same badge."""

from __future__ import annotations

from circle_app.domain.seat_labels import seat_labels


def test_first_names_alone_where_they_are_unique() -> None:
    labels = seat_labels(["Mathilde Nørgaard", "Agnes Holm", "Asta Nørregaard Jensen"])
    assert [label.short for label in labels] == ["Mathilde", "Agnes", "Asta"]
    assert [label.full for label in labels] == [
        "Mathilde Nørgaard",
        "Agnes Holm",
        "Asta Nørregaard Jensen",
    ]


def test_two_who_share_a_first_name_get_their_last_initial() -> None:
    labels = seat_labels(["Emma Hansen", "Emma Jensen", "Noah Berg", "emma larsen"])
    assert [label.short for label in labels] == ["Emma H.", "Emma J.", "Noah", "emma L."]


def test_a_shared_last_initial_falls_back_to_the_last_name_then_the_seat() -> None:
    labels = seat_labels(["Emma Hansen", "Emma Holm", "Emma Holm", "Emma"])
    shorts = [label.short for label in labels]
    assert shorts[0] == "Emma Hansen"
    assert shorts[1] != shorts[2]
    assert "Emma Holm" in shorts[1]
    assert "Emma Holm" in shorts[2]
    assert shorts[3] == "Emma"
    assert len({s.casefold() for s in shorts}) == 4


def test_a_hyphenated_first_name_stays_whole() -> None:
    labels = seat_labels(["Marie-Louise Friis", "Karl-Emil Dam"])
    assert [label.short for label in labels] == ["Marie-Louise", "Karl-Emil"]


def test_no_two_seats_share_a_badge_even_with_the_same_initials() -> None:
    """Luna Mikkelsen and Liam Mortensen were both "LM" on the board."""
    labels = seat_labels(["Luna Mikkelsen", "Liam Mortensen", "Asta Hansen"])
    badges = [label.badge for label in labels]
    assert len(set(badges)) == 3
    assert badges[2] == "AH"
    assert badges[0].upper().startswith("L")
    assert badges[1].upper().startswith("L")


def test_no_label_full_or_short_is_another_seats_label() -> None:
    names = ["Anna", "Anna Berg", "Anna B.", "Bo", "Bo", ""]
    labels = seat_labels(names)
    shown = [label.short for label in labels if label.short]
    assert len({s.casefold() for s in shown}) == len(shown)
    for i, label in enumerate(labels):
        others = {o.short.casefold() for j, o in enumerate(labels) if j != i} | {
            o.full.casefold() for j, o in enumerate(labels) if j != i
        }
        assert label.full.casefold() not in others or not label.full
    assert labels[5].short == ""
    assert labels[5].badge == "6"
