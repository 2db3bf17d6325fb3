"""The restorative conversation: setup and the guided questions."""
