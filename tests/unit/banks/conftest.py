"""Hypothesis profiles: moderate by default so CI stays fast; more with an env variable.

CIRCLE_APP_HYPOTHESIS_PROFILE=thorough uv run pytest tests/unit/banks
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("default", max_examples=200, deadline=None)
settings.register_profile("thorough", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("CIRCLE_APP_HYPOTHESIS_PROFILE", "default"))
