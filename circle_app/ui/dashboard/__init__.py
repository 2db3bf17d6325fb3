"""Counts over time, never names."""
