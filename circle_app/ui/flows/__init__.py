"""Workflows that join screens: each gets its context explicitly, never through a hub."""
