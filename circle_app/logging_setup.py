"""Logging to a rotating file in the user log folder.

Rule for every log call in the app: ids, counts and kinds only — never a person's name,
never a prompt answer. Names are children's personal data (docs/method.md, "data").
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from circle_app.paths import user_log_dir

LOG_FILE_NAME = "circle-app.log"


def setup_logging(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Send the app's log to a rotating file; return its path, or None if unwritable."""
    import logging.handlers  # after the first frame, with the rest of the start-up

    from circle_app.store.files import private_folder, private_umask, tighten

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        """Each log file (the first, and each new one after a rotation) is 0600 from birth."""

        def _open(self) -> Any:
            with private_umask():
                stream = super()._open()
            tighten(Path(self.baseFilename))  # one made 0644 by an older version
            return stream

    folder = folder or user_log_dir()
    root = logging.getLogger("circle_app")
    root.setLevel(level)
    try:
        private_folder(folder)
        handler = PrivateRotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None  # no log is better than no app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    # Ours go to our file only, even when a library configures the root logger for the
    # console (pyttsx3's drivers call logging.basicConfig).
    root.propagate = False
    return folder / LOG_FILE_NAME
