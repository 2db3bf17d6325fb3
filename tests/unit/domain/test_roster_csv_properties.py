"""Whatever a roster file holds: a preview or problems naming FILE:LINE — never an exception."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from circle_app.domain.roster_csv import parse_roster

SOURCE = "/home/teacher/Downloads/klasse 4b.csv"
HEADERS = ["navn", "name", "fornavn", "efternavn", "klasse", "rolle", "fødselsår", "born", "cpr"]
CELLS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["Åse", "محمد علي", "🌟", "4.b", "elev", "lærer", "2015", "29-02-2016", "x" * 501, '"']
    ),
    st.integers(-(10**6), 10**6).map(str),
)


@st.composite
def rosters(draw: st.DrawFn) -> bytes:
    separator = draw(st.sampled_from([";", ",", "\t"]))
    header = draw(st.lists(st.one_of(st.sampled_from(HEADERS), st.text(max_size=12)), max_size=6))
    rows = draw(st.lists(st.lists(CELLS, max_size=7), max_size=12))
    text = "\n".join(separator.join(row) for row in [header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return text.encode(encoding, errors="replace")


def check(data: bytes) -> None:
    preview = parse_roster(data, SOURCE, existing_names=["Åse"])
    if preview.ok:
        for row in preview.rows:
            assert row.display_name.strip()
            assert row.line >= 1
    else:
        assert preview.to_import() == ()  # a refused file imports nobody
        for problem in preview.problems:
            assert str(problem).startswith(f"{SOURCE}:{problem.line}: ")
            assert problem.line >= 1
            assert problem.message


@given(rosters())
@example("navn;fødselsår\nAse;²".encode())  # found by this test: "²".isdigit() is true
def test_hostile_rosters_are_previewed_or_refused_by_line(data: bytes) -> None:
    check(data)


@given(st.binary(max_size=800))
def test_arbitrary_bytes_as_a_roster_never_raise(data: bytes) -> None:
    check(data)
