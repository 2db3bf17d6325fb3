"""Keeping a circle: setup, the circle screen, its summary, and the quick prompt."""
