"""Fixtures the command-line tests share: `circle-app …` run in-process, as a user types it."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from circle_app.cli import main

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli_at(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """`cli_at(URL, *argv, stdin="")`: the command against the database at URL; returns
    (exit code, stdout, stderr)."""

    def run(url: str, *argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--database-url", url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def cli(database_url: str, cli_at: Cli) -> Cli:
    """`cli(*argv, stdin="")`: the command against the test's database."""

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        return cli_at(database_url, *argv, stdin=stdin)

    return run
