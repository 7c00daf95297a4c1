"""Auto-lock: after idle time, after the computer slept, and when the system suspends us.

The filter records the time of the last key press, click or wheel turn on the clock's
monotonic reading (never the wall clock: a daylight-saving change or a clock set back
must not delay the lock); a timer checks every few seconds. Tests move a FixedClock and
call `check()`, so they never sleep.

What the platform tells us, and what we do with it:
- Sleep / suspend on any desktop: our timer does not run while the computer sleeps, so
  the first check after waking sees a long gap since the check before, on the monotonic
  clock or on the wall clock (some monotonic clocks stop while the computer sleeps). A gap longer
  than the auto-lock time (plus two check intervals) means the computer slept at least
  that long, so we lock, even if someone pressed a key the moment it woke.
- Qt's `applicationStateChanged` reports `ApplicationSuspended` where the system
  suspends apps (mobile platforms, some sandboxes): we lock at once.
- Screen lock on Linux/Windows/macOS desktops reaches Qt only as "the window is no
  longer active", the same as switching to another window, so we do not lock on it;
  the idle time covers it. We do not use D-Bus (login1 / ScreenSaver signals): the
  packaged build leaves QtDBus out, and the app talks to nothing outside itself.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from journal import Clock

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})
CHECK_EVERY_MS = 5000


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, clock: Clock, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.minutes = minutes
        self.active = False
        self.last_activity = self._now()
        self.last_check = self.last_activity
        self.last_check_wall = clock.now()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self.state_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY:
            if self.active and self._slept():
                QTimer.singleShot(0, self.check)  # woke from sleep: lock before anything
            else:
                self.last_activity = self._now()
        return False

    def _now(self) -> float:
        """Seconds on a clock that only moves forward."""
        return float(self.clock.monotonic())

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes

    def start(self) -> None:
        self.active = True
        self.last_activity = self.last_check = self._now()
        self.last_check_wall = self.clock.now()
        self.timer.start()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()

    def sleep_gap(self) -> float:
        """A gap between two checks this long (seconds) means the computer was asleep."""
        return max(0, self.minutes) * 60 + 2 * self.timer.interval() / 1000

    def _slept(self) -> bool:
        if self.minutes <= 0:
            return False
        wall = (self.clock.now() - self.last_check_wall).total_seconds()
        return max(self._now() - self.last_check, wall) > self.sleep_gap()

    def check(self) -> None:
        if not self.active or self.minutes <= 0:
            return
        now = self._now()
        slept = self._slept()
        self.last_check, self.last_check_wall = now, self.clock.now()
        if slept or now - self.last_activity >= self.minutes * 60:
            self._lock()

    def state_changed(self, state: Qt.ApplicationState) -> None:
        if self.active and state == Qt.ApplicationState.ApplicationSuspended:
            self._lock()

    def _lock(self) -> None:
        self.stop()
        self.idle.emit()

    def uninstall(self) -> None:
        self.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            with contextlib.suppress(RuntimeError, TypeError):
                app.applicationStateChanged.disconnect(self.state_changed)
