"""Time is injected so auto-lock, trash purging and today's prompt are testable.

Two readings: `now()` is the wall clock (dates people see, backups' names), which may
jump (daylight saving, a clock set by hand); `monotonic()` only moves forward, in
seconds, and is what idle time is measured with.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...

    def monotonic(self) -> float: ...


class SystemClock:
    """Local wall-clock time, to the second; the OS's monotonic clock."""

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def today(self) -> date:
        return self.now().date()

    def monotonic(self) -> float:
        """Seconds that only go forward; on Linux they count time asleep too."""
        if hasattr(time, "CLOCK_BOOTTIME"):
            return time.clock_gettime(time.CLOCK_BOOTTIME)
        return time.monotonic()


class FixedClock:
    """A clock for tests: stays where it is put, moves only when told.

    `advance` moves both readings (time passing); `set_wall` moves only the wall clock
    (a clock change, a daylight-saving step), as a real computer's clock can."""

    def __init__(self, at: datetime) -> None:
        self.at = at
        self.elapsed = 0.0

    def now(self) -> datetime:
        return self.at

    def today(self) -> date:
        return self.at.date()

    def monotonic(self) -> float:
        return self.elapsed

    def advance(self, **delta: float) -> None:
        step = timedelta(**delta)
        self.at += step
        self.elapsed += max(0.0, step.total_seconds())

    def set_wall(self, at: datetime) -> None:
        self.at = at
