"""Non-sensitive preferences in a plain settings file.

Only language, auto-lock minutes, text size, window size and which journal was open
last (its short id, never its label) live here. Nothing a caregiver wrote, not even a
child's name, is ever stored outside the encrypted journal.

With several journals on one computer, language, text size, window size and the last
journal are for the computer; auto-lock minutes are each journal's own (the first
journal keeps the key it always had, so nothing changes for one journal).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from journal.shelf import MAIN

LANGUAGES = ("en", "es")
TEXT_SIZES = (100, 125, 150, 175, 200)
DEFAULT_AUTOLOCK_MINUTES = 5


class Preferences:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self.journal_id = MAIN  # the journal the per-journal settings are for

    def _own(self, key: str) -> str:
        return key if self.journal_id == MAIN else f"journal-{self.journal_id}/{key}"

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
        return self._int(self._own("autolock_minutes"), DEFAULT_AUTOLOCK_MINUTES, 1, 240)

    @autolock_minutes.setter
    def autolock_minutes(self, value: int) -> None:
        self._qs.setValue(self._own("autolock_minutes"), max(1, min(240, int(value))))
        self._qs.sync()

    @property
    def last_journal(self) -> str:
        return str(self._qs.value("last_journal", MAIN))

    @last_journal.setter
    def last_journal(self, journal_id: str) -> None:
        self._qs.setValue("last_journal", str(journal_id))
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
