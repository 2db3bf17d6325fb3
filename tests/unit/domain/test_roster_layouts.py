"""issue 17: class lists as school systems export them, recognised by their headers.

The samples in tests/data/rosters are written from each format's published description.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from circle_app.domain.enums import AgeBand, Role
from circle_app.domain.roster_csv import Layout, RosterPreview, parse_roster
from circle_app.domain.roster_export import ListedPerson, to_csv, to_xlsx

DATA = Path(__file__).parents[2] / "data" / "rosters"


def read(name: str, **options: Any) -> RosterPreview:
    return parse_roster((DATA / name).read_bytes(), name, this_year=2026, **options)


def people(preview: RosterPreview) -> list[tuple[str, str, str]]:
    assert preview.problems == (), [str(p) for p in preview.problems]
    return [(r.display_name, r.class_name, r.source_id) for r in preview.rows]


def test_sds_v1_student_csv_joins_first_and_last_name_and_keeps_the_sis_id() -> None:
    preview = read("sds-v1-Student.csv")
    assert preview.layout is Layout.SDS_V1
    assert people(preview) == [
        ("Asta Nørgaard", "3", "s-1001"),
        ("Bilal Khan", "3", "s-1002"),
        ("Søren Ærø", "4", "s-1003"),
    ]
    assert preview.rows[0].age_band is AgeBand.INDSKOLING


def test_sds_v1_minimal_set_without_names_is_refused_naming_the_missing_column() -> None:
    preview = read("sds-v1-minimal-Student.csv")
    assert [str(p) for p in preview.problems] == [
        "sds-v1-minimal-Student.csv:1: header: this sds-v1 export has no names: the column "
        "First Name is missing; export the list again with that column"
    ]


def test_sds_v2_1_users_csv_takes_grade_and_role_from_roles_csv_beside_it() -> None:
    roles = (DATA / "sds-v2.1" / "roles.csv").read_bytes()
    preview = read("sds-v2.1/users.csv", roles_csv=roles)
    assert preview.layout is Layout.SDS_V2
    assert people(preview) == [("Asta Nørgaard", "3", "u-1"), ("Bilal Khan", "3", "u-2")]
    assert preview.other_roles == 1  # the teacher


def test_oneroster_users_csv_reads_pupils_only_and_keeps_their_guardians_to_link() -> None:
    preview = read("oneroster-1.1-users.csv")
    assert preview.layout is Layout.ONEROSTER
    assert people(preview) == [("Asta Nørgaard", "03", "st-1"), ("Bilal Khan", "03", "st-2")]
    assert preview.rows[0].guardian_ids == ("g-1", "g-2")
    assert [(g.display_name, g.source_id, g.role) for g in preview.guardians] == [
        ("Mette Nørgaard", "g-1", Role.PARENT),
        ("Jonas Nørgaard", "g-2", Role.PARENT),
        ("Aisha Khan", "g-3", Role.PARENT),
    ]
    assert preview.other_roles == 1
    everyone = read("oneroster-1.1-users.csv", pupils_only=False)
    assert len(everyone.rows) == 6


def test_google_workspace_export_takes_the_class_from_the_org_unit_path() -> None:
    preview = read("google-workspace-users.csv")
    assert preview.layout is Layout.GOOGLE
    assert people(preview) == [
        ("Asta Nørgaard", "3a", "E1001"),
        ("Bilal Khan", "3a", "E1002"),
        ("Clara Berg", "4b", "E1003"),
    ]
    assert "Email Address [Required]" in preview.ignored_columns


@pytest.mark.parametrize(
    ("name", "encoding"), [("tabulex-Elev.txt", "cp1252"), ("tabulex-Elev-utf8.txt", "utf-8")]
)
def test_tabulex_elev_txt_is_recognised_by_shape_and_its_cpr_field_never_read(
    name: str, encoding: str
) -> None:
    preview = read(name)
    assert (preview.layout, preview.encoding) == (Layout.TABULEX, encoding)
    assert people(preview) == [
        ("Asta Nørgaard", "3.a", "501001"),
        ("Søren Ærø", "4.b", "501002"),
        ("Åse Øster", "4.b", "501003"),  # no Stamklasse: grade and track
    ]
    assert "CPR" in preview.ignored_columns
    assert "cpr" not in preview.columns


def test_tabulex_line_with_too_few_fields_is_refused_with_its_line() -> None:
    data = "2026\n501001¤280202¤Lindeskolen¤Asta¤Nørgaard¤\n".encode("cp1252")
    preview = parse_roster(data, "Elev.txt")
    assert [str(p) for p in preview.problems] == [
        "Elev.txt:2: line: this line has 6 fields separated by ¤, and a Tabulex Elev.txt line "
        "has at least 14; export the file again from Tabulex"
    ]


def test_a_read_column_holding_cpr_numbers_is_refused_and_says_why() -> None:
    preview = read("cpr-in-id-column.csv")
    assert preview.rows == ()
    assert [str(p) for p in preview.problems] == [
        "cpr-in-id-column.csv:1: column: column 2 (elevid) holds CPR numbers, and the app never "
        "stores a CPR number; delete the column, or export the list without it"
    ]
    undashed = parse_roster(b"navn;id\nAsta;0204161234\nBo;1709164321\n", "f.csv")
    assert [p.field for p in undashed.problems] == ["column"]
    numeric_ids = parse_roster(b"navn;id\nAsta;0204161234\nBo;9999999999\n", "f.csv")
    assert numeric_ids.ok  # ten-digit pupil numbers that are not all dates are ids


def test_a_whole_school_file_is_split_by_its_class_column() -> None:
    preview = read("whole-school-cp1252.csv")
    assert preview.encoding == "cp1252"
    split = preview.by_class()
    assert list(split) == ["3.a", "4.b"]
    assert [r.display_name for r in split["3.a"]] == ["Asta Nørgaard", "Bilal Khan", "Clara Berg"]
    assert [r.display_name for r in split["4.b"]] == ["Søren Ærø", "Åse Øster"]


def test_a_guardian_column_links_names_to_the_child() -> None:
    preview = read("guardian-column.csv")
    assert [(r.display_name, r.guardian_names) for r in preview.rows] == [
        ("Asta Nørgaard", ("Mette Nørgaard", "Jonas Nørgaard")),
        ("Bilal Khan", ("Aisha Khan",)),
    ]


def _workbook(rows: list[list[object]], title: str = "Ark1") -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    other = workbook.create_sheet("Lærere")
    other.append(["navn"])
    other.append(["Malou Jensen"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_first_sheet_with_the_same_header_matching_and_refusals() -> None:
    data = _workbook(
        [
            ["Fornavn", "Efternavn", "Klasse", "Fødselsår"],
            ["Asta", "Nørgaard", "3.a", 2016],
            [None],
            ["Bilal", "Khan", "3.a", 2016.0],
        ]
    )
    preview = parse_roster(data, "klasse.xlsx", this_year=2026)
    assert preview.ok
    assert preview.encoding == "xlsx"
    assert [(r.line, r.display_name, r.birth_year) for r in preview.rows] == [
        (2, "Asta Nørgaard", 2016),
        (4, "Bilal Khan", 2016),
    ]
    staff = parse_roster(data, "klasse.xlsx", sheet="Lærere")
    assert [r.display_name for r in staff.rows] == ["Malou Jensen"]
    missing = parse_roster(data, "klasse.xlsx", sheet="Elever")
    assert [str(p) for p in missing.problems] == [
        "klasse.xlsx:1: sheet: the workbook has no sheet called “Elever”; its sheets are: "
        "Ark1, Lærere"
    ]
    bad = _workbook([["navn", "rolle"], ["Asta", "rektor"]])
    assert [p.line for p in parse_roster(bad, "k.xlsx").problems] == [2]


def test_export_writes_a_formula_safe_list_that_imports_back_the_same() -> None:
    listed = [
        ListedPerson('=HYPERLINK("x")', "AH", "pupil", 2016, "3.a", "s-1"),
        ListedPerson("Søren Ærø", "", "staff", None, "3.a", ""),
    ]
    for data, name in ((to_csv(listed), "liste.csv"), (to_xlsx(listed, title="3.a"), "liste.xlsx")):
        preview = parse_roster(data, name, this_year=2026)
        assert [
            (r.display_name, r.short_name, r.role, r.birth_year, r.source_id) for r in preview.rows
        ] == [
            ('=HYPERLINK("x")', "AH", Role.PUPIL, 2016, "s-1"),
            ("Søren Ærø", "", Role.STAFF, None, ""),
        ]
    assert b"'=HYPERLINK" in to_csv(listed)
