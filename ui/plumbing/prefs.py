"""Non-sensitive preferences in a plain settings file.

Only language, auto-lock minutes, text size, window size, which journal was open last
(its short id, never its label) and which caregiver unlocked last (a key slot id, never
a name) live here. Nothing a caregiver wrote, not even a child's name, is ever stored
outside the encrypted journal.

With several journals on one computer, language, text size, window size and the last
journal are for the computer; auto-lock minutes and the last caregiver are each
journal's own (the first journal keeps the keys it always had, so nothing changes for
one journal). When a journal has several caregivers, each has their own language, text
size and auto-lock, in a section named by their key slot id inside the journal's
("caregivers/caregiver-1a2b3c4d/"); before anyone has chosen, the plain keys apply.

For the gentle nudge it also keeps its choices and two dates (for the computer, not per
journal): the day something was last kept and the day the nudge last came, so it knows
"nothing kept today" while the journal is locked. A date says that the app was used
that day, never what was written.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from journal.shelf import MAIN

LANGUAGES = ("en", "es")
TEXT_SIZES = (100, 125, 150, 175, 200)
DEFAULT_AUTOLOCK_MINUTES = 5
DEFAULT_NUDGE_TIME = time(19, 30)


def _SAFE(slot_id: str) -> bool:  # noqa: N802 - a key slot id, as the key file spells it
    return slot_id == "passphrase" or (
        slot_id.startswith("caregiver-") and len(slot_id) == 18
        and all(c in "0123456789abcdef" for c in slot_id[10:]))


class Preferences:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self.journal_id = MAIN  # the journal the per-journal settings are for
        self.caregiver: str | None = None  # whose section applies (a key slot id)

    def _own(self, key: str) -> str:
        """`key` as the open journal's own (the first journal's are the plain keys)."""
        return key if self.journal_id == MAIN else f"journal-{self.journal_id}/{key}"

    def _section(self, key: str) -> str | None:
        if self.caregiver and _SAFE(self.caregiver):
            return self._own(f"caregivers/{self.caregiver}/{key}")
        return None

    def _key(self, key: str, *, per_journal: bool = False) -> str:
        """`key` in the caregiver's own section, if one applies and holds it."""
        own = self._section(key)
        if own is not None and self._qs.contains(own):
            return own
        return self._own(key) if per_journal else key

    def _set(self, key: str, value: object, *, per_journal: bool = False) -> None:
        own = self._section(key)
        self._qs.setValue(own or (self._own(key) if per_journal else key), value)
        self._qs.sync()

    @property
    def last_caregiver(self) -> str | None:
        value = self._qs.value(self._own("last_caregiver"))
        return value if isinstance(value, str) and _SAFE(value) else None

    @last_caregiver.setter
    def last_caregiver(self, value: str | None) -> None:
        if value and _SAFE(value):
            self._qs.setValue(self._own("last_caregiver"), value)
            self._qs.sync()

    @property
    def last_journal(self) -> str:
        return str(self._qs.value("last_journal", MAIN))

    @last_journal.setter
    def last_journal(self, journal_id: str) -> None:
        self._qs.setValue("last_journal", str(journal_id))
        self._qs.sync()

    def _int(self, key: str, default: int, low: int, high: int) -> int:
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
        return self._int(self._key("autolock_minutes", per_journal=True),
                         DEFAULT_AUTOLOCK_MINUTES, 1, 240)

    @autolock_minutes.setter
    def autolock_minutes(self, value: int) -> None:
        self._set("autolock_minutes", max(1, min(240, int(value))), per_journal=True)

    @property
    def text_size(self) -> int:
        return self._int(self._key("text_size"), 100, 100, 200)

    @text_size.setter
    def text_size(self, value: int) -> None:
        self._set("text_size", max(100, min(200, int(value))))

    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window_geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window_geometry", value)
        self._qs.sync()

    def _flag(self, key: str, default: bool = False) -> bool:
        return str(self._qs.value(key, "true" if default else "false")).lower() == "true"

    def _put(self, key: str, value: object) -> None:  # for the computer, not a caregiver
        self._qs.setValue(key, value)
        self._qs.sync()

    @property
    def code_unseen(self) -> bool:
        """A new recovery code was being made and was never shown (the journal locked, or
        the app closed, first): the next unlock says so."""
        return self._flag(self._key("code_unseen", per_journal=True))

    @code_unseen.setter
    def code_unseen(self, value: bool) -> None:
        self._set("code_unseen", "true" if value else "false", per_journal=True)

    # -- the gentle nudge (ui/plumbing/nudge.py): off until the caregiver turns it on ----
    @property
    def nudge_on(self) -> bool:
        return self._flag("nudge/on")

    @nudge_on.setter
    def nudge_on(self, value: bool) -> None:
        self._put("nudge/on", "true" if value else "false")

    @property
    def nudge_time(self) -> time:
        try:
            value = time.fromisoformat(str(self._qs.value("nudge/time", "")))
        except ValueError:
            return DEFAULT_NUDGE_TIME
        return value.replace(second=0, microsecond=0)

    @nudge_time.setter
    def nudge_time(self, value: time) -> None:
        self._put("nudge/time", f"{value.hour:02d}:{value.minute:02d}")

    @property
    def nudge_days(self) -> frozenset[int]:
        """Weekdays (Monday 0 … Sunday 6) the nudge may come on; every day by default."""
        text = str(self._qs.value("nudge/days", "0123456"))
        return frozenset(int(c) for c in text if c in "0123456")

    @nudge_days.setter
    def nudge_days(self, days) -> None:
        self._put("nudge/days", "".join(str(d) for d in sorted(set(days)) if 0 <= d <= 6)
                  or "none")

    @property
    def start_in_tray(self) -> bool:
        return self._flag("nudge/start_in_tray")

    @start_in_tray.setter
    def start_in_tray(self, value: bool) -> None:
        self._put("nudge/start_in_tray", "true" if value else "false")

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
        self._put("nudge/last_kept_day", str(value))  # YYYY-MM-DD

    @property
    def last_nudge_day(self) -> date | None:
        """The day the nudge last came, so it comes once a day at most."""
        return self._day("nudge/last_nudge_day")

    @last_nudge_day.setter
    def last_nudge_day(self, value: date) -> None:
        self._put("nudge/last_nudge_day", str(value))
