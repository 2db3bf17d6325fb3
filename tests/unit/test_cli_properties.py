"""Whatever is typed after `circle-app`: an exit code and words, never a traceback.

The window is stubbed (no GUI opens); everything else runs for real against a throw-away
data folder. `voices` is left out: it starts the speech engine (tests/unit/speech)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from circle_app.cli import main

ROSTER = Path(__file__).parents[1] / "data" / "rosters" / "en-comma-utf8.csv"
TOKENS = [
    "demo", "prompt", "banks", "list", "validate", "import", "export", "paths", "groups",
    "people", "person", "delete", "report", "agreements", "--database-url",
    "sqlite:///fuzz.sqlite3", "sqlite:///", "sqlite:///not-a-folder/x/y.db", "nonsense://",
    "postgresql+psycopg://nobody@127.0.0.1:1/none", "--help", "-h", "--version", "-y", "--yes",
    "--group", "3.a", "--out", "out.json", "--format", "csv", "json", "pdf", "--since",
    "--until", "2026-01-01", "2026-13-45", "--period", "week", "--title", "#1", "#999", "-",
    "", "\x00", "Åse", "--", str(ROSTER), "/nonexistent.toml", ".", "/",
]  # fmt: skip
COMMANDS = [
    [], ["demo"], ["prompt"], ["banks", "list"], ["banks", "validate"], ["banks", "import"],
    ["banks", "export"], ["groups", "list"], ["groups", "import"], ["people", "export"],
    ["people", "delete"], ["report"], ["agreements", "list"], ["agreements", "export"],
]  # fmt: skip
# A database under a plain file cannot be created, and this test writes nothing outside tmp
# (as root, "/nonexistent-dir/..." was created on the machine and then reused).
URLS = [
    [], ["--database-url", "sqlite:///fuzz.sqlite3"], ["--database-url", "nonsense"],
    ["--database-url", "postgresql+psycopg://nobody@127.0.0.1:1/none"],
    ["--database-url", "sqlite:///not-a-folder/x/y.db"], ["--database-url", ""],
]  # fmt: skip
WORDS = st.one_of(st.sampled_from(TOKENS), st.text(max_size=15))
# Mostly real commands with hostile arguments (so the commands themselves run), and some
# plain noise for the parser.
ARGV = st.one_of(
    st.tuples(st.sampled_from(URLS), st.sampled_from(COMMANDS), st.lists(WORDS, max_size=5)).map(
        lambda parts: [*parts[0], *parts[1], *parts[2]]
    ),
    st.lists(WORDS, max_size=7),
).filter(lambda argv: "voices" not in argv)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=ARGV)
# Found by this test (each was a traceback):
@example(argv=["--database-url", "nonsense", "people", "export", "demo"])
@example(argv=["banks", "import", "\x00"])
@example(argv=["--database-url", "sqlite:///fuzz.sqlite3", "people", "delete", "²", "--yes"])
@example(
    argv=["--database-url", "sqlite:///f.sqlite3", "people", "export", "#99999999999999999999"]
)
def test_any_command_line_ends_with_an_exit_code_never_a_traceback(
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    windows: list[tuple[str | None, str | None]] = []

    def run_gui(database_url: str | None = None, start: str | None = None) -> int:
        windows.append((database_url, start))
        return 0

    monkeypatch.setattr("circle_app.app.run_gui", run_gui)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "not-a-folder").write_text("")  # a database path that cannot be made, in tmp
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # every question answered "no"
    try:
        code: object = main(argv)
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    assert code is None or isinstance(code, int), code
    assert "Traceback" not in out + err
    if code not in (0, None) and not err.strip():
        pytest.fail(f"{argv!r} failed with {code} and said nothing")
