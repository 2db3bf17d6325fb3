"""Every Qt widget of circle-app. One main class per file."""
