"""The desktop app: PySide6 widgets, Qt item models, translations. No SQL, no crypto."""
