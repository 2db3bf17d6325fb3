"""Groups and the people in them: import, edit, mark away, erase."""
