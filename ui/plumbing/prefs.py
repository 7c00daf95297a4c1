"""Non-sensitive preferences in a plain settings file.

Only language, auto-lock minutes, text size and window size live here. Nothing a
caregiver wrote, not even a child's name, is ever stored outside the encrypted journal.

When a journal has several caregivers, each has their own language, text size and
auto-lock, in a section named by their key slot id ("caregivers/caregiver-1a2b3c4d/"),
never by their name; `last_caregiver` (a slot id too) is who unlocked last, so the
unlock screen starts with them. Before anyone has chosen, the plain keys apply.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("en", "es")
TEXT_SIZES = (100, 125, 150, 175, 200)
DEFAULT_AUTOLOCK_MINUTES = 5


def _SAFE(slot_id: str) -> bool:  # noqa: N802 - a key slot id, as the key file spells it
    return slot_id == "passphrase" or (
        slot_id.startswith("caregiver-") and len(slot_id) == 18
        and all(c in "0123456789abcdef" for c in slot_id[10:]))


class Preferences:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self.caregiver: str | None = None  # whose section applies (a key slot id)

    def _key(self, key: str) -> str:
        """`key` in the caregiver's own section, if one applies and holds it."""
        if self.caregiver and _SAFE(self.caregiver):
            own = f"caregivers/{self.caregiver}/{key}"
            if self._qs.contains(own):
                return own
        return key

    def _set(self, key: str, value: object) -> None:
        if self.caregiver and _SAFE(self.caregiver):
            key = f"caregivers/{self.caregiver}/{key}"
        self._qs.setValue(key, value)
        self._qs.sync()

    @property
    def last_caregiver(self) -> str | None:
        value = self._qs.value("last_caregiver")
        return value if isinstance(value, str) and _SAFE(value) else None

    @last_caregiver.setter
    def last_caregiver(self, value: str | None) -> None:
        if value and _SAFE(value):
            self._qs.setValue("last_caregiver", value)
            self._qs.sync()

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        key = self._key(key)
        try:
            value = int(self._qs.value(key, default))
        except (TypeError, ValueError):
            return default
        return value if low <= value <= high else default

    @property
    def language(self) -> str:
        value = str(self._qs.value(self._key("language"), "en"))
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value if value in LANGUAGES else "en")

    @property
    def autolock_minutes(self) -> int:
        return self._int("autolock_minutes", DEFAULT_AUTOLOCK_MINUTES, 1, 240)

    @autolock_minutes.setter
    def autolock_minutes(self, value: int) -> None:
        self._set("autolock_minutes", max(1, min(240, int(value))))

    @property
    def text_size(self) -> int:
        return self._int("text_size", 100, 100, 200)

    @text_size.setter
    def text_size(self, value: int) -> None:
        self._set("text_size", max(100, min(200, int(value))))

    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window_geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window_geometry", value)
        self._qs.sync()
