"""Why a class list is refused, in plain words with what to do (issue 15, finding 6).

Every message is an English template (context "RosterProblem") with its blanks, so the
preview and the command line can show it in Danish. `str(problem)` keeps the
`FILE:LINE: field: message` shape that scripts and IT people read.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field

from circle_app.domain.name_rules import QT_TRANSLATE_NOOP

# Where a problem is, as the preview names it (translated by the UI, context "RosterProblem").
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("RosterProblem", "file"),
    QT_TRANSLATE_NOOP("RosterProblem", "header"),
    QT_TRANSLATE_NOOP("RosterProblem", "line"),
    QT_TRANSLATE_NOOP("RosterProblem", "column"),
    QT_TRANSLATE_NOOP("RosterProblem", "sheet"),
    QT_TRANSLATE_NOOP("RosterProblem", "name"),
    QT_TRANSLATE_NOOP("RosterProblem", "short name"),
    QT_TRANSLATE_NOOP("RosterProblem", "class"),
    QT_TRANSLATE_NOOP("RosterProblem", "role"),
    QT_TRANSLATE_NOOP("RosterProblem", "birth year"),
    QT_TRANSLATE_NOOP("RosterProblem", "birth date"),
    QT_TRANSLATE_NOOP("RosterProblem", "age band"),
    QT_TRANSLATE_NOOP("RosterProblem", "id"),
    QT_TRANSLATE_NOOP("RosterProblem", "guardian"),
)

TOO_LARGE = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "the file is larger than {megabytes} MB, far more than a class list; check that you "
    "chose the right file",
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "the file is not text the app can read (neither UTF-8 nor Windows-1252); save it again "
    "from the spreadsheet as “CSV UTF-8”",
)
MIXED = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "this line is not UTF-8 but other lines are: the file mixes two encodings; save it "
    "again as CSV UTF-8",
)
NUL = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "the file is not a text file (it holds NUL bytes); if it is an Excel workbook, give it "
    "the ending .xlsx, or save it as CSV",
)
EMPTY_FILE = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "the file is empty; put a header row first (for example navn;klasse) and then one person "
    "per line",
)
NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "no column holds the names; the columns found are: {headers}. Call the name column "
    "navn (or name), or use fornavn and efternavn (first name, last name)",
)
LAYOUT_WITHOUT_NAMES = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "this {layout} export has no names: the column {column} is missing; export the list "
    "again with that column",
)
SAME_HEADER = QT_TRANSLATE_NOOP(
    "RosterProblem", "columns {first} and {second} are both “{header}”; keep one of them"
)
SAME_MEANING = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "columns {first} and {second} ({headers}) mean the same thing; keep one of them",
)
HEADER_CHARACTER = QT_TRANSLATE_NOOP("RosterProblem", "column {column} {reason}")
TOO_MANY_FIELDS = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "this line has {count} fields but the header has {expected}; a name with a “{delimiter}” "
    "in it needs quotation marks around it",
)
OPEN_QUOTE = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "a quotation mark on this line is not closed; add the closing quotation mark or remove it",
)
MALFORMED = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "this line cannot be read as CSV ({reason}); save the file again from the spreadsheet",
)
NO_PEOPLE = QT_TRANSLATE_NOOP(
    "RosterProblem", "there is nobody below the header row; put one person on each line"
)
EMPTY_NAME = QT_TRANSLATE_NOOP(
    "RosterProblem", "the name is empty; write the name, or delete the line"
)
IN_COLUMN = QT_TRANSLATE_NOOP("RosterProblem", "column {column} ({header}) {reason}")
NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "columns {first} and {second} ({headers}) together are {length} characters long, and at "
    "most {limit} are allowed; shorten the name",
)
UNKNOWN_ROLE = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "{role} is not a role the app knows; write elev (pupil), personale (staff), forælder "
    "(parent) or gæst (guest)",
)
NOT_A_YEAR = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "{value} is not a year between {first} and now; write the year with four digits, like 2016",
)
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "RosterProblem", "{value} is not a date; write it like 24-03-2015 or 2015-03-24"
)
UNKNOWN_AGE_BAND = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "{value} is not an age band; write indskoling, mellemtrin, udskoling or voksne",
)
SHORT_TOO_LONG = QT_TRANSLATE_NOOP(
    "RosterProblem", "the short name is longer than {limit} characters; shorten it"
)
CPR_COLUMN = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "column {column} ({header}) holds CPR numbers, and the app never stores a CPR number; "
    "delete the column, or export the list without it",
)
NO_SHEET = QT_TRANSLATE_NOOP(
    "RosterProblem", "the workbook has no sheet called “{sheet}”; its sheets are: {sheets}"
)
BROKEN_WORKBOOK = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "the Excel workbook cannot be opened; open it in Excel or LibreOffice and save it again "
    "as .xlsx",
)
TABULEX_FIELD_COUNT = QT_TRANSLATE_NOOP(
    "RosterProblem",
    "this line has {count} fields separated by ¤, and a Tabulex Elev.txt line has at least "
    "{expected}; export the file again from Tabulex",
)


@dataclass(frozen=True, slots=True)
class RosterProblem:
    """Where and why a file is refused. `template` (context "RosterProblem") and `params`
    let the UI translate it; a param may be a NameRefusal (context "NameRules")."""

    source: str
    line: int
    field: str
    message: str
    template: str = ""
    params: dict[str, object] = dataclass_field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.field}: {self.message}"


def problem(source: str, line: int, where: str, template: str, **params: object) -> RosterProblem:
    """A problem whose message is `template` filled with `params`."""
    return RosterProblem(source, line, where, template.format(**params), template, params)


def csv_error(source: str, line: int, reason: str) -> RosterProblem:
    """Python's csv error in plain words: an unclosed quotation mark says so."""
    if "unexpected end of data" in reason or "expected after '\"'" in reason:
        return problem(source, line, "line", OPEN_QUOTE)
    return problem(source, line, "line", MALFORMED, reason=reason)
