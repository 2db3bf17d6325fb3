"""Reading aloud: the Speaker protocol, pyttsx3 on its own thread, and a silent fallback (no Qt)."""
