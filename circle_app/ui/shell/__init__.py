"""The window, navigation between screens, and what lies over every screen
(blank board, key-ring card)."""
