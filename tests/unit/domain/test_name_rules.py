"""The one rule for names typed in or imported: readable text, nothing hidden, a sane length."""

from __future__ import annotations

import pytest

from circle_app.domain.name_rules import (
    GROUP_NAME_MAX,
    PERSON_NAME_MAX,
    NameRefusedError,
    clean_name,
    name_refusal,
)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "Asta\x1b[2J\x1b[31mHansen",
            "contains a control character (U+001B) at character 5, such as a terminal "
            "escape; retype it without",
        ),
        (
            "Bo\x07",
            "contains a control character (U+0007) at character 3, such as a terminal "
            "escape; retype it without",
        ),
        (
            "Bo\x9bX",
            "contains a control character (U+009B) at character 3, such as a terminal "
            "escape; retype it without",
        ),
        (
            "Asta \u202enesnaH",
            "contains an invisible text-direction character (U+202E) at character 6, which "
            "makes it read differently; retype it without",
        ),
        (
            "\u2066Bilal\u2069",
            "contains an invisible text-direction character (U+2066) at character 1, which "
            "makes it read differently; retype it without",
        ),
        (
            "As\u200bta",
            "contains an invisible zero-width character (U+200B) at character 3; retype it without",
        ),
        (
            "Asta\ufeff",
            "contains an invisible zero-width character (U+FEFF) at character 5; retype it without",
        ),
        (
            "A\u2060sta",
            "contains an invisible zero-width character (U+2060) at character 2; retype it without",
        ),
        (
            "As\u200dta",
            "contains an invisible zero-width character (U+200D) at character 3; retype it without",
        ),
        ("", "is empty"),
        (" \t ", "is empty"),
    ],
)
def test_finding_10_hidden_and_control_characters_are_refused_with_where(
    name: str, message: str
) -> None:
    """issue 12, finding 10: escapes, bidi overrides and zero-width characters are refused."""
    refusal = name_refusal(name)
    assert refusal is not None
    assert str(refusal) == message
    with pytest.raises(NameRefusedError, match="character|empty"):
        clean_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "Søren Ærø",
        "محمد عبد الرحمن",
        "\u0645\u062d\u0645\u062f\u200c\u0631\u0636\u0627",  # Persian: a ZWNJ inside a word
        "Zoë 👩🏽\u200d🚀 Kristensen",  # an emoji sequence joined by ZWJ
        "Anne-Marie O'Brien",
        "Line\tbreak\nand  spaces",  # whitespace collapses, it is not refused
    ],
)
def test_finding_10_real_names_in_any_script_are_kept(name: str) -> None:
    """issue 12, finding 10: the rule refuses hidden characters, not scripts or emoji."""
    assert name_refusal(name) is None
    assert clean_name(name) == " ".join(name.split())


def test_finding_10_person_and_group_names_have_a_length_cap() -> None:
    """issue 12, finding 10: a person's name ≤ 100 characters, a group's ≤ 80, said so."""
    assert (PERSON_NAME_MAX, GROUP_NAME_MAX) == (100, 80)
    assert clean_name("x" * 100) == "x" * 100
    assert str(name_refusal("x" * 101)) == "is 101 characters long; at most 100 are allowed"
    assert clean_name("g" * 80, limit=GROUP_NAME_MAX) == "g" * 80
    assert (
        str(name_refusal("g" * 81, limit=GROUP_NAME_MAX))
        == "is 81 characters long; at most 80 are allowed"
    )
