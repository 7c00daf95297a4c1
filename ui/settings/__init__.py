"""Settings: language, text size, auto-lock, passphrase and recovery code, and About."""
