"""Pure-Python heart of circle-app: people, seating, the talking piece, rounds, prompts.

No Qt, no database: the UI and the store both speak these types.
"""
