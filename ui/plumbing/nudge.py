"""The gentle nudge: off until the caregiver turns it on in Settings. Then, on the days
they chose, at the time they chose, if nothing was kept that day, one notification:
"A small moment today?". Never any journal text, never a name, never a count or a streak.

It works while the journal is locked, so it cannot read the journal: the app remembers,
in its plain settings file, only the DATE something was last kept and the date the nudge
last came (ui/plumbing/prefs.py). A date says the app was used that day, nothing more.

The timer is a single-shot QTimer set to the next due time computed from the injected
clock; it never waits more than RECHECK, so a laptop that slept, or a clock set by hand,
is noticed within that time. If the app starts after the time on a chosen day with
nothing kept, the nudge still comes that day (once).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from journal import Clock
from ui.plumbing.prefs import Preferences

RECHECK = timedelta(minutes=30)
WEEK = 7


def nudge_text() -> str:
    """The one thing a nudge says (no journal text, no name, no count)."""
    return QCoreApplication.translate("Nudge", "A small moment today?")


def _quiet_today(prefs: Preferences, day: date) -> bool:
    """Already nudged today, or something was kept today: no nudge today."""
    return day in (prefs.last_nudge_day, prefs.last_kept_day)


def is_due(prefs: Preferences, now: datetime) -> bool:
    return (prefs.nudge_on and now.weekday() in prefs.nudge_days
            and now.time() >= prefs.nudge_time and not _quiet_today(prefs, now.date()))


def next_due(prefs: Preferences, now: datetime) -> datetime | None:
    """When the nudge may come next (now, if it is due); None when it is off."""
    if not prefs.nudge_on or not prefs.nudge_days:
        return None
    if is_due(prefs, now):
        return now
    for ahead in range(WEEK + 1):
        day = now.date() + timedelta(days=ahead)
        if day.weekday() not in prefs.nudge_days or (ahead == 0 and _quiet_today(prefs, day)):
            continue
        at = datetime.combine(day, prefs.nudge_time)
        if at > now:
            return at
    return None


class NudgeScheduler(QObject):
    """Emits `nudge` once on a due day; `kept()` after any save; `reschedule()` after a
    change in Settings."""

    nudge = Signal()

    def __init__(self, clock: Clock, prefs: Preferences, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock, self.prefs = clock, prefs
        self.due_at: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def reschedule(self) -> None:
        now = self.clock.now()
        self.due_at = next_due(self.prefs, now)
        if self.due_at is None:
            self.timer.stop()
            return
        wait = min(self.due_at - now, RECHECK)
        self.timer.start(max(0, int(wait.total_seconds() * 1000)))

    def stop(self) -> None:
        self.timer.stop()
        self.due_at = None

    def kept(self) -> None:
        """Something was kept: no nudge today."""
        self.prefs.last_kept_day = self.clock.today()
        self.reschedule()

    def check(self) -> None:
        now = self.clock.now()
        if is_due(self.prefs, now):
            self.prefs.last_nudge_day = now.date()
            self.nudge.emit()
        self.reschedule()
