"""Building the app: the QApplication, the context handed to every window, one instance."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from journal import APP_ID, APP_NAME, Clock, SystemClock, __version__
from ui.plumbing.context import AppContext
from ui.plumbing.dialogs import Dialogs, save_folder_for_tests
from ui.plumbing.i18n import Languages
from ui.plumbing.instance import JournalSeat
from ui.plumbing.paths import default_settings_file
from ui.plumbing.prefs import Preferences
from ui.plumbing.theme import apply_theme


def make_qapp(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = Path(__file__).resolve().parent.parent / "icons" / f"{APP_ID}.svg"
    app.setWindowIcon(QIcon(str(icon)))
    return app


def build_context(app: QApplication, data_dir: Path, *, lang: str | None = None,
                  settings_file: Path | None = None, dialogs: Dialogs | None = None,
                  clock: Clock | None = None, kdf_params=None) -> AppContext:
    prefs = Preferences(settings_file or default_settings_file())
    if lang in ("en", "es"):
        prefs.language = lang
    ctx = AppContext(data_dir=Path(data_dir), clock=clock or SystemClock(), prefs=prefs,
                     dialogs=dialogs or Dialogs(), languages=Languages(app),
                     kdf_params=kdf_params, root=Path(data_dir), seat=JournalSeat())
    shelf = ctx.shelf()
    listed = [j.id for j in shelf.journals()]
    ctx.choose_journal(prefs.last_journal if prefs.last_journal in listed else listed[0])
    ctx.languages.switch(prefs.language)
    apply_theme(app, prefs.text_size)
    return ctx


def free_seat(ctx: AppContext) -> JournalSeat | None:
    """The chosen journal's instance lock or, if another window has that one, the next
    journal that is free; None when other windows have them all."""
    seat = ctx.seat
    if seat.take(ctx.data_dir):
        return seat
    for other in ctx.shelf().journals():
        if other.id != ctx.journal_id and seat.take(other.folder):
            ctx.choose_journal(other.id)
            return seat
    return None


def say_already_open(ctx: AppContext) -> None:
    ctx.dialogs.inform(None, APP_NAME, QCoreApplication.translate(
        "App", "Small Moments is already open on this computer. Look for its window. "
               "Each journal opens in just one window at a time."))


def claim_folder(ctx: AppContext) -> JournalSeat | None:
    """A free journal's instance lock, or None after saying plainly that another window
    has them all."""
    seat = free_seat(ctx)
    if seat is None:
        say_already_open(ctx)
    return seat


def show_window(window, tray: bool = False) -> None:
    """Show the window; started at login (`--tray`) with a tray icon, show only the icon
    (the journal is locked; the icon or the reminder opens the unlock screen)."""
    if tray:
        window.reminder.apply()  # now, not after the first turn of the event loop
    if not (tray and window.reminder.keeps_running()):
        window.show()


def run(data_dir: Path, lang: str | None = None, tray: bool = False) -> int:
    from ui.shell.window import MainWindow

    app = make_qapp()
    ctx = build_context(app, data_dir, lang=lang,
                        dialogs=Dialogs(save_folder=save_folder_for_tests(dict(os.environ))))
    lock = free_seat(ctx)
    if lock is None:  # started again: the window that has the journals comes forward
        from ui.plumbing.wake import wake_open_window

        if wake_open_window(ctx.root):
            return 0
        say_already_open(ctx)
        return 1
    try:
        window = MainWindow(ctx)
        show_window(window, tray)
        code = app.exec()
        QThreadPool.globalInstance().waitForDone()
        return code
    finally:
        lock.release()
