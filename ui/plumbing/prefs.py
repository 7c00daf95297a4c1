"""Non-sensitive preferences in a plain settings file.

Only language, auto-lock minutes, text size, window size and the gentle nudge's choices
live here. For the nudge it also keeps two dates: the day something was last kept and
the day the nudge last came, so it knows "nothing kept today" while the journal is
locked. A date says that the app was used that day, never what was written. Nothing a
caregiver wrote, not even a child's name, is ever stored outside the encrypted journal.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("en", "es")
TEXT_SIZES = (100, 125, 150, 175, 200)
DEFAULT_AUTOLOCK_MINUTES = 5
DEFAULT_NUDGE_TIME = time(19, 30)


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

    # -- the gentle nudge (ui/plumbing/nudge.py): off until the caregiver turns it on ----
    def _flag(self, key: str, default: bool = False) -> bool:
        return str(self._qs.value(key, "true" if default else "false")).lower() == "true"

    def _set(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()

    @property
    def nudge_on(self) -> bool:
        return self._flag("nudge/on")

    @nudge_on.setter
    def nudge_on(self, value: bool) -> None:
        self._set("nudge/on", "true" if value else "false")

    @property
    def nudge_time(self) -> time:
        try:
            value = time.fromisoformat(str(self._qs.value("nudge/time", "")))
        except ValueError:
            return DEFAULT_NUDGE_TIME
        return value.replace(second=0, microsecond=0)

    @nudge_time.setter
    def nudge_time(self, value: time) -> None:
        self._set("nudge/time", f"{value.hour:02d}:{value.minute:02d}")

    @property
    def nudge_days(self) -> frozenset[int]:
        """Weekdays (Monday 0 … Sunday 6) the nudge may come on; every day by default."""
        text = str(self._qs.value("nudge/days", "0123456"))
        return frozenset(int(c) for c in text if c in "0123456")

    @nudge_days.setter
    def nudge_days(self, days) -> None:
        self._set("nudge/days", "".join(str(d) for d in sorted(set(days)) if 0 <= d <= 6)
                  or "none")

    @property
    def start_in_tray(self) -> bool:
        return self._flag("nudge/start_in_tray")

    @start_in_tray.setter
    def start_in_tray(self, value: bool) -> None:
        self._set("nudge/start_in_tray", "true" if value else "false")

    def _day(self, key: str) -> date | None:
        try:
            return date.fromisoformat(str(self._qs.value(key, "")))
        except ValueError:
            return None

    @property
    def last_kept_day(self) -> date | None:
        """The DATE something was last kept (never what, never when in the day): how the
        nudge knows "nothing kept today" while the journal is locked."""
        return self._day("nudge/last_kept_day")

    @last_kept_day.setter
    def last_kept_day(self, value: date) -> None:
        self._set("nudge/last_kept_day", str(value))  # YYYY-MM-DD

    @property
    def last_nudge_day(self) -> date | None:
        """The day the nudge last came, so it comes once a day at most."""
        return self._day("nudge/last_nudge_day")

    @last_nudge_day.setter
    def last_nudge_day(self, value: date) -> None:
        self._set("nudge/last_nudge_day", str(value))
