"""Browsing prompt banks and adding the teacher's own prompts."""
