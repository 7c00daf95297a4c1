"""The tray icon and the gentle nudge's one notification.

The tray icon shows only while the nudge is on or the app starts at login (and only
when the desktop has a tray: QSystemTrayIcon.isSystemTrayAvailable). Its notification
goes through Qt (QSystemTrayIcon.showMessage: on Linux, Qt sends it to the desktop's
notification service through the QtDBus library that QtGui already links; no Python
module is needed). It says only "A small moment today?", under the app's name.
Clicking it, or the icon, opens the window at the unlock screen. Without a tray, the
nudge asks the desktop to flag the window instead (QApplication.alert).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from journal import APP_NAME
from ui.plumbing.context import AppContext
from ui.plumbing.nudge import NudgeScheduler, nudge_text

SHOW_MS = 20000  # how long the desktop may keep the notification up


class Reminder(QObject):
    open_requested = Signal()  # the notification or the icon was clicked
    quit_requested = Signal()  # "Quit" in the icon's menu
    alert = Signal()  # no tray: flag the window instead

    def __init__(self, ctx: AppContext, parent: QObject | None = None,
                 tray_available: bool | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._tray_available = tray_available  # asked of the desktop only when needed
        self.scheduler = NudgeScheduler(ctx.clock, ctx.prefs, self)
        self.scheduler.nudge.connect(self.show_nudge)
        self.tray: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        self.shown: list[tuple[str, str]] = []  # (title, words) of each nudge, this run

    # -- the icon ----------------------------------------------------------------------
    @property
    def tray_available(self) -> bool:
        """Asked of the desktop once, and only when the nudge or start-at-login is on (the
        first ask can take tens of milliseconds: not at every start)."""
        if self._tray_available is None:
            self._tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        return self._tray_available

    def apply(self) -> None:
        """Follow Settings: the icon while the nudge or start-at-login is on; the timer."""
        prefs = self.ctx.prefs
        if (prefs.nudge_on or prefs.start_in_tray) and self.tray_available:
            if self.tray is None:
                self._make_tray()
            self.tray.show()
        elif self.tray is not None:
            self.tray.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # with the icon, closing the window keeps it
            app.setQuitOnLastWindowClosed(not self.keeps_running())
        self.scheduler.reschedule()

    def keeps_running(self) -> bool:
        return self.tray is not None and self.tray.isVisible()

    def _make_tray(self) -> None:
        self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
        parent = self.parent()
        self.menu = QMenu(parent if isinstance(parent, QWidget) else None)
        self.open_action = QAction(self.menu)
        self.quit_action = QAction(self.menu)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.quit_action)
        self.tray.setContextMenu(self.menu)
        self.open_action.triggered.connect(self.open_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.tray.messageClicked.connect(self.open_requested)
        self.tray.activated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        if self.tray is None:
            return
        self.tray.setToolTip(APP_NAME)  # never journal text
        self.open_action.setText(self.tr("Open Small Moments"))
        self.quit_action.setText(self.tr("Quit Small Moments"))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def remove(self) -> None:
        """The app is quitting: the icon goes, the timer stops."""
        self.scheduler.stop()
        if self.tray is not None:
            self.tray.hide()

    # -- the nudge ---------------------------------------------------------------------
    def show_nudge(self) -> None:
        title, words = APP_NAME, nudge_text()
        self.shown.append((title, words))
        if self.keeps_running():
            self.tray.showMessage(title, words, QSystemTrayIcon.MessageIcon.Information,
                                  SHOW_MS)
        else:
            self.alert.emit()


def open_at_unlock(window) -> None:
    """The nudge or the icon was clicked: show the window. A journal left open in a
    hidden or minimised window locks first, so the click lands on the unlock screen."""
    seen = window.isVisible() and not window.isMinimized() and window.isActiveWindow()
    if window.shell is not None and not seen:
        window.lock()
    window.showNormal()
    window.raise_()
    window.activateWindow()
    if window.state == "locked":
        window.unlock_page.passphrase.setFocus()
