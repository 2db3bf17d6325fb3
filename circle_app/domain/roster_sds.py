"""School Data Sync v2.1 keeps each user's role and grade in roles.csv, beside users.csv.

roles.csv: `userSourcedId`, `orgSourcedId`, `role`, `sessionSourcedId`, `grade`,
`isPrimary`, `roleStartDate`, `roleEndDate`. A user with several roles is read by the
primary one. A roles.csv that cannot be read adds nothing (the users are still read).
"""

from __future__ import annotations

import csv
import io

from circle_app.domain.text_files import decode_text, sniff_separator


def roles_by_user(data: bytes) -> dict[str, tuple[str, str]]:
    """userSourcedId -> (role, grade)."""
    try:
        text = decode_text(data).text
    except ValueError:
        return {}
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=sniff_separator(text))
    found: dict[str, tuple[str, str, bool]] = {}
    try:
        for record in reader:
            user = (record.get("userSourcedId") or "").strip()
            if not user:
                continue
            primary = (record.get("isPrimary") or "").strip().casefold() == "true"
            role = (record.get("role") or "").strip()
            grade = (record.get("grade") or "").strip()
            if user not in found or (primary and not found[user][2]):
                found[user] = (role, grade, primary)
    except csv.Error:
        return {}
    return {user: (role, grade) for user, (role, grade, _) in found.items()}
