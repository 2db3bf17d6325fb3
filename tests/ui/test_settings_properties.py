"""Whatever a settings file holds (hand-edited, from an older or newer version, damaged),
every preference comes back as a sane value of its type — never an exception."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from circle_app.ui.support import settings as prefs
from circle_app.ui.support.settings import Option, Settings

OPTIONS: list[Option[Any]] = [value for value in vars(prefs).values() if isinstance(value, Option)]
RAW = st.one_of(
    st.text(max_size=50),
    st.sampled_from(["nan", "inf", "-inf", "1e400", "1_000", " 42 ", "0x10", "true", "dark"]),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.binary(max_size=20),
    st.lists(st.integers(), max_size=3),
)


def assert_sane(option: Option[Any], value: object) -> None:
    assert type(value) is type(option.default)
    if isinstance(value, float):
        assert math.isfinite(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        assert option.minimum is None or value >= option.minimum
        assert option.maximum is None or value <= option.maximum
    if option.choices is not None:
        assert value in option.choices


def test_every_preference_is_declared_here() -> None:
    assert len(OPTIONS) >= 7


@given(raw=RAW)
@example(raw="NAN")  # found by this test: a volume of nan passed every range check
def test_any_raw_value_cleans_to_a_sane_preference(raw: object) -> None:
    for option in OPTIONS:
        assert_sane(option, option.clean(raw))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.text(max_size=40), max_size=8), values=st.lists(RAW, max_size=7))
def test_a_hand_edited_settings_file_reads_sanely(
    lines: list[str], values: list[object], tmp_path: Path
) -> None:
    path = tmp_path / "settings.ini"
    body = "\n".join(lines)
    for option, raw in zip(OPTIONS, values, strict=False):
        section, key = option.key.split("/")
        body += f"\n[{section}]\n{key}={raw!s}\n"
    path.write_text(body, encoding="utf-8", errors="surrogatepass")
    store = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    for option in OPTIONS:
        assert_sane(option, store.get(option))
