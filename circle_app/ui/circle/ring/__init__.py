"""The ring of seats on the board."""
