"""The app opens on an empty database, and refuses a bad one with a message, not a crash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from circle_app.ui.shell.controller import AppController


def test_opens_the_home_screen_on_an_empty_database(
    make_app: Callable[..., AppController], database_url: str
) -> None:
    controller = make_app(database_url)
    window = controller.window
    assert window.isVisible()
    assert window.stack.currentWidget() is window.home
    assert window.home.start_button.isVisible()
    assert controller.services is not None


def test_a_corrupt_database_gives_a_clear_message_and_no_services(
    make_app: Callable[..., AppController], tmp_path: Path, fatal_messages: list[str]
) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"\x00garbage" * 512)
    controller = make_app(f"sqlite:///{path}")
    assert controller.services is None
    assert len(fatal_messages) == 1
    assert str(path) in fatal_messages[0]
    assert "left untouched" in fatal_messages[0]
    assert path.read_bytes() == b"\x00garbage" * 512


def test_the_resume_offer_says_when_as_people_say_it(
    make_app: Callable[..., AppController], database_url: str
) -> None:
    from datetime import datetime, timedelta

    home = make_app(database_url).window.home
    now = datetime(2026, 11, 26, 14, 0).astimezone()
    assert home.friendly_when(now - timedelta(hours=1), now).startswith("today at ")
    assert home.friendly_when(now - timedelta(days=1), now).startswith("yesterday at ")
    tuesday = datetime(2026, 11, 24, 10, 0).astimezone()
    assert home.friendly_when(tuesday, now) == "Tuesday"
    assert "2026" in home.friendly_when(now - timedelta(days=30), now)
