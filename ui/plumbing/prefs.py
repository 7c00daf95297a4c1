"""Non-sensitive preferences in a plain settings file.

Only language, auto-lock minutes, text size and window size live here. Nothing a
caregiver wrote, not even a child's name, is ever stored outside the encrypted journal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("en", "es")
TEXT_SIZES = (100, 125, 150, 175, 200)
DEFAULT_AUTOLOCK_MINUTES = 5


class Preferences:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self._qs.value(key, default))
        except (TypeError, ValueError):
            return default
        return value if low <= value <= high else default

    @property
    def language(self) -> str:
        value = str(self._qs.value("language", "en"))
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("language", value if value in LANGUAGES else "en")
        self._qs.sync()

    @property
    def autolock_minutes(self) -> int:
        return self._int("autolock_minutes", DEFAULT_AUTOLOCK_MINUTES, 1, 240)

    @autolock_minutes.setter
    def autolock_minutes(self, value: int) -> None:
        self._qs.setValue("autolock_minutes", max(1, min(240, int(value))))
        self._qs.sync()

    @property
    def text_size(self) -> int:
        return self._int("text_size", 100, 100, 200)

    @text_size.setter
    def text_size(self, value: int) -> None:
        self._qs.setValue("text_size", max(100, min(200, int(value))))
        self._qs.sync()

    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window_geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window_geometry", value)
        self._qs.sync()
