"""Sample people for `circle-app demo` and training courses (made-up names)."""

from __future__ import annotations

from circle_app.domain.enums import Role

DEMO_PUPILS: tuple[str, ...] = (
    "Asta",
    "Bilal",
    "Clara",
    "Dina",
    "Emil",
    "Freja",
    "Gustav",
    "Hiba",
    "Ida",
    "Jonas",
    "Karla",
    "Liam",
)
DEMO_KEEPER = "Malou"


def demo_people() -> list[tuple[str, Role]]:
    """Twelve pupils in seat order, then the staff keeper."""
    return [(name, Role.PUPIL) for name in DEMO_PUPILS] + [(DEMO_KEEPER, Role.STAFF)]
