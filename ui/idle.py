"""Auto-lock after idle: an app-wide event filter and an injected clock.

The filter records the time of the last key press, click or wheel turn using the
clock; a timer checks every few seconds. Tests move a FixedClock and call `check()`,
so they never sleep.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
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
        self.last_activity = clock.now()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY:
            self.last_activity = self.clock.now()
        return False

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes

    def start(self) -> None:
        self.active = True
        self.last_activity = self.clock.now()
        self.timer.start()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()

    def check(self) -> None:
        if not self.active or self.minutes <= 0:
            return
        if self.clock.now() - self.last_activity >= timedelta(minutes=self.minutes):
            self.stop()
            self.idle.emit()

    def uninstall(self) -> None:
        self.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
