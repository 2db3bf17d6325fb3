"""issue 20, roster import: the quick read of a plain line is the checked read.

`read_line` reads most lines without the checks' bookkeeping (`plain_line`) and gives the
rest every check (`check_line`). Whatever a line holds, the person read and the problems
named must be what the full check gives: a faster import refuses and reads the same files.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from circle_app.domain.enums import AgeBand, Role
from circle_app.domain.roster_fields import LineContext, check_line, plain_line, read_line
from circle_app.domain.roster_problems import RosterProblem

FIELDS = (
    "name",
    "first",
    "last",
    "role",
    "birth_year",
    "birth_date",
    "class",
    "grade",
    "section",
    "org_unit",
    "age_band",
    "short",
    "source_id",
    "guardian_ids",
    "guardian",
)
CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            " Åse  Berg ",
            "Ali\u200bKhan",
            "Ali\u202eKhan",
            "a\tb",
            "x\x00",
            "\ue000",
            "x" * 121,
            "x" * 201,
            "x" * 501,
            "elev",
            "Lærer",
            "forælder",
            "gæst",
            "robot",
            "2015",
            "1899",
            "²",
            "29-02-2016",
            "2016-02-29",
            "31.12.1800",
            "4",
            "04",
            "b",
            "3.a",
            "12.x",
            "/Elever/3a",
            "indskoling",
            "adults",
            "MELLEMTRIN",
            "nope",
            "AB",
            "ABCDEFGHIJK",
            "g1, g2",
            "Mette Hansen; Ali Khan",
        ]
    ),
)


GOOD: dict[str, list[str]] = {
    "name": ["Åse Berg", " Ali   Khan ", "محمد علي", "x" * 200],
    "first": ["Åse", "Ali", "x" * 150],
    "last": ["Berg", "Khan", "x" * 100],
    "role": ["", "elev", "Lærer", "forælder", "gæst", "GUEST"],
    "birth_year": ["", "2015", "1900", "2026"],
    "birth_date": ["", "29-02-2016", "2016-02-29", "1.1.2010"],
    "class": ["", "3.a", "4 b", "10.x", "12.x", "x" * 80],
    "grade": ["", "4", "04", "0"],
    "section": ["", "b", "x"],
    "org_unit": ["", "/Elever/3a", "3a/"],
    "age_band": ["", "indskoling", "adults", "MELLEMTRIN"],
    "short": ["", "ÅB", "ABCDEFGH"],
    "source_id": ["", "u-17", "x" * 120],
    "guardian_ids": ["", "g1", "g1, g2;g3"],
    "guardian": ["", "Mette Hansen", "Mette Hansen; Ali Khan / Bo"],
}


@st.composite
def lines(draw: st.DrawFn) -> tuple[list[str], LineContext]:
    """Mostly lines a school exports; often one cell of them hostile or odd."""
    names = draw(st.sampled_from([["name"], ["first", "last"], ["first"], []]))
    others = draw(st.lists(st.sampled_from(FIELDS), max_size=6, unique=True))
    fields = list(dict.fromkeys([*names, *others]))
    if not fields:
        fields = ["name"]
    fields = draw(st.permutations(fields))
    record = [draw(st.sampled_from(GOOD[field])) for field in fields]
    if draw(st.booleans()):
        record[draw(st.integers(0, len(record) - 1))] = draw(CELL)
    record = record[: draw(st.integers(len(record) - 1, len(record)))]
    header = tuple(f"h {field}" for field in fields)
    role = draw(st.sampled_from(list(Role)))
    context = LineContext("klasse.csv", header, {f: i for i, f in enumerate(fields)}, role, 2026)
    return record, context


def both(record: list[str], context: LineContext) -> None:
    checked: list[RosterProblem] = []
    expected = check_line(record, 7, context, checked)
    read: list[RosterProblem] = []
    assert read_line(record, 7, context, read) == expected
    assert read == checked
    plain = plain_line(record, 7, context)
    assert plain is None or (plain == expected and not checked)


@given(lines())
@example(
    (
        ["Åse Berg", "3.a"],
        LineContext("k.csv", ("n", "k"), {"name": 0, "class": 1}, Role.PUPIL, 2026),
    )
)
@example(
    (
        ["Åse", "7" * 80, "b" * 80],
        LineContext(
            "k.csv", ("n", "g", "s"), {"name": 0, "grade": 1, "section": 2}, Role.PUPIL, 2026
        ),
    )
)
def test_a_plain_line_is_read_as_the_full_check_reads_it(
    case: tuple[list[str], LineContext],
) -> None:
    both(*case)


def test_a_school_export_line_is_read_plainly() -> None:
    """The common line (name, class, id, year) takes the quick read: nothing to refuse."""
    fields = {"name": 0, "class": 1, "source_id": 2, "birth_year": 3}
    context = LineContext("k.csv", ("Navn", "Klasse", "Id", "År"), fields, Role.PUPIL, 2026)
    row = plain_line(["Åse  Berg", "4.b", "u-17", "2016"], 2, context)
    assert row is not None
    assert (row.display_name, row.class_name, row.source_id, row.birth_year) == (
        "Åse Berg",
        "4.b",
        "u-17",
        2016,
    )
    assert row.age_band is AgeBand.MELLEMTRIN


HOSTILE = [
    "Ali\u200bKhan",
    "Ali\u202eKhan",
    "a\x00b",
    "\x7f",
    "\ue000",
    "x" * 9,
    "x" * 81,
    "x" * 121,
    "x" * 201,
    "x" * 501,
    "robot",
    "1899",
    "2027",
    "²",
    "31.12.1800",
    "2016-13-45",
    "nope",
    "12.x",
    "",
]


def test_every_field_with_every_odd_value_is_read_as_the_full_check_reads_it() -> None:
    """Each field, beside a good name and class, holding each odd value in turn."""
    for field in FIELDS:
        for value in [*HOSTILE, *GOOD[field]]:
            for names in (["name"], ["first", "last"]):
                fields = list(dict.fromkeys([*names, "class", field]))
                record = [
                    {"first": "Åse", "last": "Berg", "class": "3.a"}.get(f, "Åse") for f in fields
                ]
                record[fields.index(field)] = value
                header = tuple(f"h {f}" for f in fields)
                columns = {f: i for i, f in enumerate(fields)}
                for role in Role:
                    both(record, LineContext("klasse.csv", header, columns, role, 2026))
