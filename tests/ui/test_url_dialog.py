"""The start-up dialog on the smartboard never shows a database password.

Issue 12, finding 1.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from circle_app.ui.shell.controller import AppController

SECRET = "s3cr3t-Pw"


@pytest.mark.parametrize(
    "url",
    [
        f"postgres://bob:{SECRET}@127.0.0.1:1/circles",  # psycopg 3, nobody listening
        f"foo+bar://bob:{SECRET}@db.school.dk/circles",  # an unknown driver
        f"postgresql://bob:{SECRET}@db.school.dk:abc/circles",  # a non-numeric port
    ],
)
def test_finding_1_the_start_up_dialog_masks_the_password(
    url: str,
    make_app: Callable[..., AppController],
    fatal_messages: list[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Issue 12, finding 1: one dialog, the URL with ***, nothing raw in the log."""
    caplog.set_level(logging.DEBUG)
    controller = make_app(url)
    assert controller.services is None
    assert len(fatal_messages) == 1
    assert SECRET not in fatal_messages[0]
    assert "bob:***@" in fatal_messages[0]
    assert SECRET not in caplog.text
