"""Hostile class lists: hidden characters, mixed encodings, duplicated headers, long names.

Each is refused as a whole, naming the file, the line and the column, and nothing raw from
the file reaches the refusal's text.
"""

from __future__ import annotations

import pytest

from circle_app.domain.roster_csv import parse_roster

HIDDEN = "\x1b\u202e\u202a\u2066\u2069\u200b\u200d\ufeff\u2060\x07\x9b"


def problems(data: bytes) -> list[str]:
    preview = parse_roster(data, "f.csv", this_year=2026)
    assert preview.rows == ()
    assert preview.to_import() == ()
    for problem in preview.problems:
        assert not set(str(problem)) & set(HIDDEN), repr(str(problem))
    return [str(problem) for problem in preview.problems]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b'navn;klasse\nAsta Hansen;4.a\n"Bo\x1b]0;owned\x07\x1b[2J";4.a\n',
            "f.csv:3: name: column 1 (navn) contains a control character (U+001B) at "
            "character 3, such as a terminal escape; retype it without",
        ),
        (
            "navn;klasse\nAsta \u202enesnaH;4.a\n".encode(),
            "f.csv:2: name: column 1 (navn) contains an invisible text-direction character "
            "(U+202E) at character 6, which makes it read differently; retype it without",
        ),
        (
            "fornavn;efternavn\nBilal;Kh\u200ban\n".encode(),
            "f.csv:2: name: column 2 (efternavn) contains an invisible zero-width character "
            "(U+200B) at character 3; retype it without",
        ),
        (
            "navn;klasse\nAsta;4.a\u2066\n".encode(),
            "f.csv:2: class: column 2 (klasse) contains an invisible text-direction character "
            "(U+2066) at character 4, which makes it read differently; retype it without",
        ),
        (
            b"navn;kaldenavn\nAsta;A\x1bH\n",
            "f.csv:2: short name: column 2 (kaldenavn) contains a control character (U+001B) "
            "at character 2, such as a terminal escape; retype it without",
        ),
        (
            b"navn;cpr\x1b[31m\nAsta;010101-1234\n",
            "f.csv:1: header: column 2 contains a control character (U+001B) at character 4, "
            "such as a terminal escape; retype it without",
        ),
    ],
)
def test_finding_10_control_bidi_and_zero_width_characters_refuse_the_file(
    data: bytes, expected: str
) -> None:
    """issue 12, finding 10: ESC sequences, U+202E and zero-width characters are refused."""
    assert problems(data) == [expected]


def test_finding_10_a_file_mixing_utf8_and_cp1252_is_refused_at_its_first_bad_line() -> None:
    """issue 12, finding 10: no "SÃ¸ren": the first line that is not UTF-8 is named."""
    data = (
        b"navn;klasse\n"
        + "Søren Ærø;4.a\n".encode()
        + b"Asta Hansen;4.a\n"
        + "Åse Øster;4.a\n".encode("cp1252")
        + "Bjørn;4.a\n".encode("cp1252")
    )
    assert problems(data) == [
        "f.csv:4: file: this line is not UTF-8 but other lines are: the file mixes two "
        "encodings; save it again as CSV UTF-8"
    ]


def test_finding_10_a_file_in_cp1252_throughout_is_still_read() -> None:
    """issue 12, finding 10: Danish Excel's Windows-1252 alone stays welcome."""
    data = "navn;klasse\nSøren Ærø;4.a\nÅse Øster;4.a\n".encode("cp1252")
    preview = parse_roster(data, "f.csv", this_year=2026)
    assert preview.ok
    assert preview.encoding == "cp1252"
    assert [row.display_name for row in preview.rows] == ["Søren Ærø", "Åse Øster"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "navn;navn;klasse",
            "f.csv:1: header: columns 1 and 2 are both “navn”; keep one of them",
        ),
        (
            "Name;klasse;NAVN",
            "f.csv:1: header: columns 1 and 3 (Name, NAVN) mean the same thing; keep one of them",
        ),
        (
            "navn;cpr;CPR",
            "f.csv:1: header: columns 2 and 3 are both “cpr”; keep one of them",
        ),
    ],
)
def test_finding_10_duplicated_column_headers_are_refused_by_name(
    header: str, expected: str
) -> None:
    """issue 12, finding 10: `navn;navn` no longer silently drops a column."""
    data = f"{header}\nAsta;Hansen;4.a\n".encode()
    assert problems(data) == [expected]


def test_finding_10_a_name_is_at_most_100_characters() -> None:
    """issue 12, finding 10: the cap is said in the message."""
    ok = parse_roster(f"navn\n{'x' * 100}\n".encode(), "f.csv")
    assert ok.ok
    assert problems(f"navn\n{'x' * 150}\n".encode()) == [
        "f.csv:2: name: column 1 (navn) is 150 characters long; at most 100 are allowed"
    ]
    assert problems(f"fornavn;efternavn\n{'x' * 60};{'y' * 60}\n".encode()) == [
        "f.csv:2: name: columns 1 and 2 (fornavn, efternavn) together are 121 characters "
        "long, and at most 100 are allowed; shorten the name"
    ]


def test_finding_10_every_problem_carries_a_translatable_template() -> None:
    """issue 12, finding 10: the preview can show the refusal in Danish."""
    preview = parse_roster(b"navn;navn\nAsta;Bo\n", "f.csv")
    (problem,) = preview.problems
    assert problem.template == "columns {first} and {second} are both “{header}”; keep one of them"
    assert problem.params == {"first": 1, "second": 2, "header": "navn"}
    assert problem.field == "header"


def test_finding_10_names_in_any_script_are_imported_as_they_are() -> None:
    """issue 12, finding 10: only hidden characters are refused; a Persian name's ZWNJ, an
    emoji sequence's ZWJ and a soft hyphen are text, not tricks."""
    names = [
        "\u0645\u062d\u0645\u062f\u200c\u0631\u0636\u0627 Karimi",
        "Zoë 👩🏽\u200d🚀 Kristensen",
        "Anne\u00adMarie Holm",
        "محمد عبد الرحمن",
    ]
    data = ("navn\n" + "\n".join(names) + "\n").encode()
    preview = parse_roster(data, "f.csv")
    assert preview.problems == ()
    assert [row.display_name for row in preview.rows] == names
