"""The main window: first run, unlock, or the open journal; locking and quick hide.

The title is always just the app's name: never any journal text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from journal import APP_NAME
from journal.vault.integrity import is_damage
from ui.plumbing.clipboard import ClipboardGuard, shown_texts
from ui.plumbing.context import AppContext
from ui.plumbing.idle import IdleWatcher
from ui.plumbing.operations import let_go
from ui.plumbing.theme import apply_theme
from ui.plumbing.wake import WakeWatch
from ui.settings.keys_help import HELP_KEYS, KeysHelpPage
from ui.shell.tray import Reminder, open_at_unlock
from ui.start.page_check import PageCheckWatch
from ui.start.switching import JournalSwitching
from ui.start.unlock import UnlockPage
from ui.widgets.announce import show_page

if TYPE_CHECKING:
    from ui.shell.tabs import JournalShell
    from ui.start.bring_home import BringHomePage
    from ui.start.first_run import FirstRunPage

LOCK_KEYS = "Ctrl+L"
QUICK_HIDE_KEYS = "Ctrl+Shift+H"
PRELOAD_AFTER_MS = 300  # the journal's pages' code loads this long after the window shows


class MainWindow(JournalSwitching, QMainWindow):
    def __init__(self, ctx: AppContext, tray_available: bool | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.journal = None
        self.shell: JournalShell | None = None
        self.page_check: PageCheckWatch | None = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 560)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_page = UnlockPage(ctx)
        self.unlock_page.unlocked.connect(self.open_journal)
        self.unlock_page.opening.connect(self._preload)
        self.stack.addWidget(self.unlock_page)
        self.first_run: FirstRunPage | None = None
        self.bring_home: BringHomePage | None = None
        self._init_journals()  # the journal picker on the unlock screen (switching.py)
        if not ctx.vault().exists():
            self.start_first_run()
        self.clipboard_guard = ClipboardGuard(self)
        self.idle = IdleWatcher(ctx.clock, ctx.prefs.autolock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence(LOCK_KEYS))
        self.lock_action.triggered.connect(self.lock)
        self.hide_action = QAction(self)
        self.hide_action.setShortcut(QKeySequence(QUICK_HIDE_KEYS))
        self.hide_action.triggered.connect(self.quick_hide)
        self.addAction(self.lock_action)
        self.addAction(self.hide_action)
        self._help_page: KeysHelpPage | None = None  # built at the first F1
        self._before_help = None
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence(HELP_KEYS))
        self.help_action.triggered.connect(self.show_help)
        self.addAction(self.help_action)
        self._quitting = False
        self.reminder = Reminder(ctx, self, tray_available)  # the tray icon and the nudge
        self.reminder.open_requested.connect(lambda: open_at_unlock(self))
        self.wake = WakeWatch(ctx.root, self)  # the app started again: come forward
        self.wake.woken.connect(lambda: open_at_unlock(self))
        self.reminder.quit_requested.connect(self.quit_for_good)
        self.reminder.alert.connect(lambda: QApplication.alert(self))
        QTimer.singleShot(0, self.reminder.apply)  # after the window shows (see tray.py)
        geometry = ctx.prefs.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(980, 740)
        if self.first_run is None:  # once the unlock window shows, before a key is typed
            QTimer.singleShot(PRELOAD_AFTER_MS, self, self._preload)

    @property
    def state(self) -> str:
        if self.shell is not None:
            return "open"
        first = (self.first_run, self.bring_home)
        return "first_run" if self.stack.currentWidget() in first else "locked"

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(APP_NAME)
            self.lock_action.setText(self.tr("Lock"))
            self.hide_action.setText(self.tr("Quick hide"))
            self.reminder.retranslate()
            self.help_action.setText(self.tr("Keys that help"))
        super().changeEvent(event)

    # -- open and lock ----------------------------------------------------------------
    def start_first_run(self) -> None:
        """The first-run pages for the chosen journal, which has no files yet."""
        from ui.start.first_run import FirstRunPage  # only before there is a journal

        self.first_run = FirstRunPage(self.ctx)
        self.first_run.finished.connect(self._first_run_done)
        self.first_run.language_chosen.connect(self.set_language)
        self.first_run.steps.currentChanged.connect(self._first_run_step)
        self.first_run.bring_home_requested.connect(self.show_bring_home)
        self.first_run.other_requested.connect(self.back_to_other_journals)
        self.first_run.other_button.setVisible(self.has_other_journals())
        self.stack.addWidget(self.first_run)
        self.stack.setCurrentWidget(self.first_run)

    def _first_run_done(self, journal) -> None:
        # Show what comes next before the first-run pages go: removing the page that is
        # showing would let the stack (and focus) land on the hidden list of keys.
        pages = [page for page in (self.first_run, self.bring_home) if page is not None]
        self.first_run = self.bring_home = None
        if journal is not None:
            self.open_journal(journal)
        else:
            self.stack.setCurrentWidget(self.unlock_page)
        for page in pages:
            self.stack.removeWidget(page)
            page.deleteLater()

    def show_bring_home(self) -> None:
        """First run: "I already have a journal" (a backup file or folder from elsewhere)."""
        if self.bring_home is None:
            from ui.start.bring_home import BringHomePage

            self.bring_home = BringHomePage(self.ctx)
            self.bring_home.opened.connect(self._first_run_done)
            self.bring_home.back.connect(self._bring_home_back)
            self.stack.addWidget(self.bring_home)
        self.stack.setCurrentWidget(self.bring_home)
        self.bring_home.file_button.setFocus()

    def _bring_home_back(self) -> None:
        if self.first_run is not None:
            self.stack.setCurrentWidget(self.first_run)
            self.first_run.have_button.setFocus()

    def _first_run_step(self, _index: int) -> None:
        """Once the new journal exists (recovery code, child), auto-lock watches too."""
        if self.first_run is not None and self.first_run.journal is not None:
            self.idle.set_minutes(self.ctx.prefs.autolock_minutes)
            if not self.idle.active:
                self.idle.start()

    def _preload(self) -> None:
        """Load the code of the journal's pages and the prompt library (a moment after
        the unlock window shows, or while the key is derived on another thread), so
        Today shows as soon as the key opens the journal."""
        import ui.shell.tabs  # noqa: F401

        self.ctx.prompt_library()

    def open_journal(self, journal) -> None:
        from ui.shell.tabs import JournalShell  # the journal's pages load on first unlock

        self.journal = journal
        self._caregiver_prefs(journal)
        try:
            self.shell = JournalShell(self.ctx, journal)
        except Exception as exc:  # a damaged page the quick checks did not read
            if not is_damage(exc):
                raise
            self._damaged_at_open()
            return
        self.shell.lock_requested.connect(self.lock)
        self.shell.language_changed.connect(self.set_language)
        self.shell.text_size_changed.connect(self.set_text_size)
        self.shell.autolock_changed.connect(self.idle.set_minutes)
        self.shell.restore_requested.connect(self.restore_backup)
        self.shell.keys_requested.connect(self.show_help)
        self.shell.moment_kept.connect(self.reminder.scheduler.kept)
        self.shell.nudge_changed.connect(self.reminder.apply)
        self.stack.addWidget(self.shell)
        self.shell.tabs.setCurrentWidget(self.shell.today)
        show_page(self.stack, self.shell, self.shell.today.editor)
        self.shell.today.show_notice(self.unlock_page.take_notice())  # after a reset
        self.idle.set_minutes(self.ctx.prefs.autolock_minutes)
        self.idle.start()
        self.shell.backup_if_due()  # the daily automatic backup, off the UI thread
        if self.ctx.prefs.code_unseen:
            QTimer.singleShot(0, self._code_unseen)
        self.page_check = PageCheckWatch(journal, self)
        self.page_check.finished.connect(self._checked)
        self.page_check.start()  # every page, on its own thread (the quick ones passed)

    def _code_unseen(self) -> None:
        """A new recovery code was being made when the journal last locked (or the app
        closed), so it was never shown: say so, and offer to make one now."""
        if self.shell is None or not self.ctx.prefs.code_unseen:
            return
        if self.ctx.dialogs.ask(self, APP_NAME, self.tr(
                "Your journal locked while a new recovery code was being made, so you "
                "didn't see it. Your old code may not open your journal anymore. Make a "
                "new recovery code now, and write it down?"), default_yes=True):
            self.shell.tabs.setCurrentWidget(self.shell.settings)
            self.shell.settings.ask_for_new_code()

    def _damaged_at_open(self) -> None:
        """Today met a damaged page before the background check could: close the
        journal, and let the next unlock check every page and offer the backup."""
        journal, self.journal = self.journal, None
        journal.close()
        self.unlock_page.check_fully = True
        self.unlock_page.reset_view()
        show_page(self.stack, self.unlock_page, self.unlock_page.passphrase)
        self.ctx.dialogs.inform(self, APP_NAME, self.tr(
            "We found a problem in your journal file. Nothing was deleted. Type your "
            "passphrase again, and we can offer your newest backup that works."))

    def _checked(self, result: str) -> None:
        """The background page check is done. Damage: say so kindly; the next unlock
        checks every page first and offers the newest backup that opens."""
        self.unlock_page.check_fully = result == "damaged" or self.unlock_page.check_fully
        if result != "damaged" or self.sender() is not self.page_check:
            return
        if self.ctx.dialogs.ask(self, APP_NAME, self.tr(
                "We found a problem in your journal file. Nothing was deleted. Lock now "
                "and open it again? Then we can offer your newest backup that works."),
                default_yes=True):
            self.lock()

    def lock(self) -> None:
        """Keep drafts (encrypted), close the journal, drop the key, clear every widget."""
        self.idle.stop()
        self._before_help = None
        shell, journal, watch = self.shell, self.journal, self.page_check
        self.shell, self.journal, self.page_check = None, None, None
        if watch is not None:
            watch.deleteLater()  # its check stops as the journal closes, just below
        if journal is not None:  # before drafts are kept: work on its own connection ends
            let_go(journal, shell)  # told to stop, results dropped (even on their way)
        not_kept = False
        if shell is not None:
            shell.stop_work()  # a running backup stops now; the next unlock tries again
            try:
                shell.save_drafts()
            except Exception:  # noqa: BLE001 - a full disk must not keep the journal open
                not_kept = True  # (said on the lock screen below, in words of our own)
            finally:
                self.clipboard_guard.clear_if_ours(shown_texts(shell))
                if self.first_run is None:  # the lock screen first, so focus goes there
                    self.unlock_page.reset_view()
                    show_page(self.stack, self.unlock_page, self.unlock_page.passphrase)
                shell.wipe()
                self.stack.removeWidget(shell)
                shell.hide()  # deleted in a moment; no setParent(None): it reorders focus
                shell.deleteLater()
        if journal is not None:
            journal.close()  # the key is wiped here
        self._leave_first_run()
        self.picker.refresh()  # names may have changed in Settings
        self.unlock_page.reset_view()
        if self.first_run is None:
            show_page(self.stack, self.unlock_page, self.unlock_page.passphrase)
            if not_kept:
                self.unlock_page.say_not_kept()
        self.setWindowTitle(APP_NAME)

    def _leave_first_run(self) -> None:
        """A lock while the recovery code is on screen: close the new journal, hide it all."""
        if self.first_run is None or self.first_run.journal is None:
            return
        journal = self.first_run.take_journal()
        journal.close()
        self.first_run.code_view.clear()
        self._first_run_done(None)

    def restore_backup(self, backup, passphrase: str) -> None:
        """Lock, put the backup in place (the current files are set aside), then unlock."""
        self.lock()
        self.unlock_page.setEnabled(False)

        def done() -> None:
            self.unlock_page.setEnabled(True)
            self.unlock_page.passphrase.setFocus()

        from ui.my_data.backups import restore_locked

        restore_locked(self, self.ctx, backup, passphrase, done)

    def quick_hide(self) -> None:
        """Lock at once, show only the neutral unlock screen, and minimize."""
        self.lock()
        self.unlock_page.passphrase.setFocus()
        self.showMinimized()

    # -- the keys that help (F1) -------------------------------------------------------
    @property
    def help_page(self) -> KeysHelpPage:
        if self._help_page is None:
            self._help_page = KeysHelpPage()
            self._help_page.closed.connect(self.close_help)
            self.stack.addWidget(self._help_page)
        return self._help_page

    def show_help(self) -> None:
        """The list of keys, over whatever screen is showing; Esc or Back goes back."""
        if self._help_page is not None and self.stack.currentWidget() is self._help_page:
            return
        self._before_help = (self.stack.currentWidget(), QApplication.focusWidget())
        show_page(self.stack, self.help_page, self.help_page.table)

    def close_help(self) -> None:
        before, self._before_help = self._before_help, None
        page, focus = before if before is not None else (None, None)
        if page is None or self.stack.indexOf(page) < 0:
            page = self.shell or self.first_run or self.unlock_page
        show_page(self.stack, page, focus if focus is not None and page.isAncestorOf(focus)
                  else None)

    # -- preferences ------------------------------------------------------------------
    def _caregiver_prefs(self, journal) -> None:
        """With several caregivers, the one who unlocked gets their own language, text
        size and auto-lock (ui/plumbing/prefs.py)."""
        prefs = self.ctx.prefs
        lang, size = prefs.language, prefs.text_size
        try:
            several = len(self.ctx.vault().caregivers()) > 1
        except Exception:  # noqa: BLE001 - the journal is open; the names are a nicety
            several = False
        prefs.caregiver = getattr(journal, "writer", None) if several else None
        if prefs.language != lang:
            self.ctx.languages.switch(prefs.language)
        app = QApplication.instance()
        if prefs.text_size != size and isinstance(app, QApplication):
            apply_theme(app, prefs.text_size)

    def set_language(self, lang: str) -> None:
        self.ctx.prefs.language = lang
        self.ctx.languages.switch(lang)
        if self.shell is not None:
            self.shell.set_language(lang)

    def set_text_size(self, size: int) -> None:
        self.ctx.prefs.text_size = size
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, size)

    # -- closing ----------------------------------------------------------------------
    def quit_for_good(self) -> None:
        """"Quit" in the tray icon's menu: lock, close, end the app."""
        self._quitting = True
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.ctx.prefs.set_window_geometry(self.saveGeometry())
        if self.unlock_page.working or (
                self.first_run is not None and self.first_run.busy.isHidden() is False) or (
                self.bring_home is not None and self.bring_home.working):
            event.ignore()  # a key derivation is still running; it takes a moment
            return
        self.lock()
        if self.reminder.keeps_running() and not self._quitting:
            event.ignore()  # the nudge lives on in the tray; its menu has Quit
            self.hide()
            return
        self.reminder.remove()
        self.idle.uninstall()
        self.clipboard_guard.uninstall()
        super().closeEvent(event)
