"""Reusable widgets sized for a smartboard; they know no screen."""
