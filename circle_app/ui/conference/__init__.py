"""The conference: cases, participants, pre-meetings, agreements and their PDF."""
