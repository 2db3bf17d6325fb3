"""Roster CSV: every format school systems and spreadsheets produce; refusal names the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from circle_app.domain.enums import AgeBand, Role
from circle_app.domain.roster_csv import (
    DUPLICATE_IN_FILE,
    DUPLICATE_IN_GROUP,
    age_band_for_class,
    parse_roster,
)

DATA = Path(__file__).parents[2] / "data" / "rosters"


def names(name: str) -> list[str]:
    preview = parse_roster((DATA / name).read_bytes(), name, this_year=2026)
    assert preview.problems == ()
    return [row.display_name for row in preview.rows]


def test_english_comma_utf8_with_roles_short_names_and_birth_years() -> None:
    preview = parse_roster((DATA / "en-comma-utf8.csv").read_bytes(), "f.csv", this_year=2026)
    assert preview.ok
    assert (preview.delimiter, preview.encoding) == (",", "utf-8")
    assert [(r.display_name, r.role, r.short_name, r.birth_year) for r in preview.rows] == [
        ("Asta Hansen", Role.PUPIL, "AH", 2016),
        ("Bilal Khan", Role.PUPIL, "", 2016),
        ('Clara "Cle" Berg', Role.PUPIL, "CB", 2015),
        ("Malou Jensen", Role.STAFF, "MJ", None),
    ]
    assert preview.rows[0].line == 2
    assert preview.rows[0].age_band is AgeBand.INDSKOLING  # from class 3.a
    assert preview.rows[3].age_band is AgeBand.VOKSNE


def test_danish_semicolon_utf8_with_danish_roles() -> None:
    preview = parse_roster((DATA / "da-semicolon-utf8.csv").read_bytes(), "f.csv", this_year=2026)
    assert preview.ok
    assert preview.delimiter == ";"
    assert [(r.display_name, r.role) for r in preview.rows] == [
        ("Asta Hansen", Role.PUPIL),
        ("Søren Ærø", Role.PUPIL),
        ("Åse Øster", Role.PARENT),
        ("Malou Jensen", Role.STAFF),
    ]
    assert preview.rows[2].birth_year == 1985


def test_utf8_bom_and_first_plus_last_name_columns() -> None:
    preview = parse_roster(
        (DATA / "da-first-last-utf8-bom.csv").read_bytes(), "f.csv", this_year=2026
    )
    assert preview.ok
    assert preview.encoding == "utf-8-sig"
    assert preview.columns == ("first", "last", "class", "role")  # BOM not glued to "Fornavn"
    assert [r.display_name for r in preview.rows] == ["Asta Hansen", "Søren Ærø", "Åse Øster"]
    assert preview.rows[0].age_band is AgeBand.MELLEMTRIN
    assert preview.classes == ("4.b",)


def test_windows_1252_with_aeoeaa_birth_dates_and_an_unread_cpr_column() -> None:
    data = (DATA / "da-cp1252.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the sample really is not UTF-8
    preview = parse_roster(data, "f.csv", this_year=2026)
    assert preview.ok
    assert preview.encoding == "cp1252"
    assert [(r.display_name, r.birth_year) for r in preview.rows] == [
        ("Søren Ærø", 2012),
        ("Åse Østergård", 2012),
        ("Bjørn Bæk", None),
    ]
    assert preview.ignored_columns == ("CPR-nummer",)
    assert all("1234" not in repr(row) for row in preview.rows)
    assert preview.rows[0].age_band is AgeBand.UDSKOLING


def test_quoted_fields_with_separators_quotes_and_newlines_inside() -> None:
    preview = parse_roster(
        (DATA / "en-quoted-separators.csv").read_bytes(), "f.csv", this_year=2026
    )
    assert preview.ok
    assert [(r.display_name, r.line, r.role) for r in preview.rows] == [
        ("Anna, Marie Holm", 2, Role.PUPIL),
        ("Ole Hansen; Berg", 3, Role.PUPIL),
        ('Ib Lund "Junior"', 4, Role.PUPIL),
        ("Multi Line Name", 5, Role.GUEST),
    ]
    assert names("da-semicolon-quoted.csv") == ["Hansen; Asta", "Berg, Clara"]


def test_utf16_with_bom_from_excel_unicode_text() -> None:
    data = "navn\tklasse\nAsta Ærø\t1.a\n".encode("utf-16")
    preview = parse_roster(data, "f.txt", this_year=2026)
    assert preview.ok
    assert preview.delimiter == "\t"
    assert [r.display_name for r in preview.rows] == ["Asta Ærø"]


def test_headers_are_case_insensitive_and_trimmed() -> None:
    preview = parse_roster(b"  NAVN ; Short_Name ;ROLLE\nAsta;AH; Personale \n", "f.csv")
    assert preview.ok
    row = preview.rows[0]
    assert (row.display_name, row.short_name, row.role) == ("Asta", "AH", Role.STAFF)


def test_default_role_follows_the_group() -> None:
    preview = parse_roster(b"name\nAsta\n", "f.csv", default_role=Role.PARENT)
    assert preview.rows[0].role is Role.PARENT


def test_duplicates_in_the_file_and_in_the_group_are_flagged_not_refused() -> None:
    preview = parse_roster(
        (DATA / "duplicates.csv").read_bytes(),
        "dup.csv",
        existing_names=["Clara  BERG"],
        this_year=2026,
    )
    assert preview.ok
    flags = [(r.display_name, r.duplicate) for r in preview.rows]
    assert flags == [
        ("Asta Hansen", ""),
        ("Bilal Khan", ""),
        ("asta hansen", DUPLICATE_IN_FILE),
        ("Clara Berg", DUPLICATE_IN_GROUP),
    ]
    assert [r.display_name for r in preview.to_import()] == ["Asta Hansen", "Bilal Khan"]
    assert len(preview.to_import(skip_duplicates=False)) == 4


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "malformed-too-many-fields.csv",
            [
                "malformed-too-many-fields.csv:3: line: this line has 3 fields but the header "
                "has 2; a name with a “,” in it needs quotation marks around it"
            ],
        ),
        (
            "malformed-bad-role.csv",
            [
                "malformed-bad-role.csv:3: role: 'rektor' is not a role the app knows; write "
                "elev (pupil), personale (staff), forælder (parent) or gæst (guest)",
                "malformed-bad-role.csv:4: birth year: '20x5' is not a year between 1900 and "
                "now; write the year with four digits, like 2016",
            ],
        ),
        (
            "malformed-quote.csv",
            [
                "malformed-quote.csv:3: line: a quotation mark on this line is not closed; add "
                "the closing quotation mark or remove it"
            ],
        ),
        (
            "no-name-column.csv",
            [
                "no-name-column.csv:1: header: no column holds the names; the columns found "
                "are: email, class. Call the name column navn (or name), or use fornavn and "
                "efternavn (first name, last name)"
            ],
        ),
    ],
)
def test_malformed_files_are_refused_whole_with_file_line_field_message(
    name: str, expected: list[str]
) -> None:
    """issue 15, finding 6: each refusal says in plain words what is wrong and what to do,
    keeping FILE:LINE: field:."""
    preview = parse_roster((DATA / name).read_bytes(), name, this_year=2026)
    assert [str(problem) for problem in preview.problems] == expected
    assert preview.rows == ()
    assert preview.to_import() == ()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"",
            "f.csv:1: file: the file is empty; put a header row first (for example "
            "navn;klasse) and then one person per line",
        ),
        (
            b"name\n",
            "f.csv:1: file: there is nobody below the header row; put one person on each line",
        ),
        (
            b"name\n\x81\x8d\x8f\n",
            "f.csv:1: file: the file is not text the app can read (neither UTF-8 nor "
            "Windows-1252); save it again from the spreadsheet as “CSV UTF-8”",
        ),
        (
            b"name\n\x00\x00",
            "f.csv:1: file: the file is not a text file (it holds NUL bytes); if it is an "
            "Excel workbook, give it the ending .xlsx, or save it as CSV",
        ),
        (
            b"PK\x03\x04\x00\x00",
            "f.csv:1: file: the Excel workbook cannot be opened; open it in Excel or "
            "LibreOffice and save it again as .xlsx",
        ),
        (
            b"name;role\n;pupil\n",
            "f.csv:2: name: the name is empty; write the name, or delete the line",
        ),
        (
            b"name;short\nAsta;ABCDEFGHIJKLM\n",
            "f.csv:2: short name: the short name is longer than 12 characters; shorten it",
        ),
        (
            b"name,birth date\nAsta,31/02\n",
            "f.csv:2: birth date: '31/02' is not a date; write it like 24-03-2015 or 2015-03-24",
        ),
    ],
)
def test_small_refusals(data: bytes, message: str) -> None:
    preview = parse_roster(data, "f.csv", this_year=2026)
    assert [str(p) for p in preview.problems] == [message]


def test_blank_lines_are_skipped_and_lines_still_counted() -> None:
    preview = parse_roster(b"\nname,role\n\nAsta,pupil\n\nBo,boss\n", "f.csv")
    assert [str(p) for p in preview.problems] == [
        "f.csv:6: role: 'boss' is not a role the app knows; write elev (pupil), personale "
        "(staff), forælder (parent) or gæst (guest)"
    ]


@pytest.mark.parametrize(
    ("class_name", "band"),
    [
        ("0.a", AgeBand.INDSKOLING),
        ("3 b", AgeBand.INDSKOLING),
        ("4.x", AgeBand.MELLEMTRIN),
        ("6a", AgeBand.MELLEMTRIN),
        ("9.c", AgeBand.UDSKOLING),
        ("Rød gruppe", None),
        ("", None),
    ],
)
def test_age_band_from_danish_class_names(class_name: str, band: AgeBand | None) -> None:
    assert age_band_for_class(class_name) is band
