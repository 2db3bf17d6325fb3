"""Question banks: the TOML format, loading, validation, import/export and fair drawing (no Qt)."""
