"""Theme, icons, translated labels, error texts, translations, settings and the speaker
adaptor: used by every layer of the UI."""
