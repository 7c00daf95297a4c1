"""My data: the encrypted backups: the list, "make one now", and restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import JournalDamaged, KeyFileDamaged, KeyFileMissing, WrongPassphrase
from journal.backups.manager import Backup, BackupManager, backup_key, restore, verify_backup
from journal.errors import RestoreCutOff
from journal.vault.db import Stop
from ui.my_data.common import button_row, tell, wait_buttons
from ui.plumbing.context import AppContext
from ui.plumbing.dates import clock_time, short_date
from ui.plumbing.i18n import error_text
from ui.plumbing.operations import run_in_background, settle
from ui.plumbing.theme import set_role, wrapped_label
from ui.widgets.busy import BusyBar


class BackupsBox(QGroupBox):
    """The backups list, with "Make a backup now" and "Restore this backup"."""

    restore_requested = Signal(object, str)  # (Backup, passphrase): the window locks first

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.ctx = page.ctx
        self.stopping = Stop()
        self._build()
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.other_button.clicked.connect(self.restore_from_folder)
        self.open_folder.clicked.connect(self._open_folder)
        self.passphrase.textChanged.connect(page.update_buttons)
        self.backups.currentRowChanged.connect(page.update_buttons)
        self.passphrase.returnPressed.connect(self.restore_chosen)
        self.retranslate()

    def _build(self) -> None:
        self.backup_text = wrapped_label()
        self.backups = QListWidget()
        self.backups.setWordWrap(True)  # long dates wrap instead of scrolling sideways
        self.backups.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.no_backups = wrapped_label("hint")
        self.backup_button = QPushButton()
        self.restore_text = wrapped_label()
        self.passphrase_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label.setBuddy(self.passphrase)
        self.restore_button = QPushButton()
        self.restore_button.setEnabled(False)
        self.other_button = set_role(QPushButton(), "link")
        self.folder_label = wrapped_label("hint")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = set_role(QPushButton(), "link")
        self.busy = BusyBar()
        self.backup_message = wrapped_label("message")
        self.backup_message.setVisible(False)
        inner = QVBoxLayout(self)
        inner.addWidget(self.backup_text)
        inner.addWidget(self.backups)
        inner.addWidget(self.no_backups)
        inner.addLayout(button_row(self.backup_button))
        inner.addWidget(self.busy)  # right under the button pressed, in view with it
        inner.addWidget(self.backup_message)
        inner.addSpacing(6)
        inner.addWidget(self.restore_text)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase_label)
        passphrase_row.addWidget(self.passphrase, 1)
        passphrase_row.addWidget(self.restore_button)
        inner.addLayout(passphrase_row)
        inner.addLayout(button_row(self.other_button))
        inner.addSpacing(6)
        inner.addWidget(self.folder_label)
        inner.addLayout(button_row(self.open_folder))

    def manager(self) -> BackupManager:
        return BackupManager.for_vault(self.ctx.vault())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.backup_text.setText(self.tr(
            "Small Moments keeps encrypted backups of your journal. It makes one each day "
            "you open your journal, and keeps the last %1.").replace(
                "%1", str(self.manager().keep)))
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        self.no_backups.setText(self.tr("There are no backups yet."))
        self.backup_button.setText(self.tr("Make a &backup now"))
        self.restore_text.setText(self.tr(
            "To go back to a backup, choose it in the list and type your passphrase. "
            "When you change your passphrase, your backups change with it. A backup from "
            "another computer opens with the passphrase it had there."))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase for the backup"))
        self.restore_button.setText(self.tr("&Restore this backup\u2026"))
        self.other_button.setText(self.tr("Restore a backup from another &folder\u2026"))
        self.folder_label.setText(self.tr("Backups are kept here: %1").replace(
            "%1", str(self.manager().folder)))
        self.open_folder.setText(self.tr("Open the backups folder"))
        self.refresh_backups()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_idle(self, idle: bool) -> None:
        if self.page.working and not self.busy.running:
            self.busy.start(self.tr("Working on your journal…"))
        elif not self.page.working:
            self.busy.stop()
        ready = bool(self.passphrase.text()) and self.chosen_backup() is not None
        wait_buttons((self.backup_button, self.other_button)
                     + ((self.restore_button,) if ready else ()), idle)
        if not ready:
            self.restore_button.setEnabled(False)

    def stop(self) -> None:
        """Stop a running backup (lock): its partial folder is cleared, nothing kept."""
        self.stopping.set()

    def wipe(self) -> None:
        self.passphrase.setText("")
        self.backup_message.setText("")
        self.backup_message.setVisible(False)

    def refresh_backups(self) -> None:
        chosen = self.chosen_backup()
        self.backups.clear()
        for number, backup in enumerate(self.manager().list_backups()):
            if backup.made_at is not None:
                made = QDateTime(backup.made_at)
                when = self.tr("%1 at %2").replace("%1", short_date(made)).replace(
                    "%2", clock_time(made))
            else:
                when = backup.folder.name
            if number == 0:
                when = self.tr("%1 (newest)").replace("%1", when)
            item = QListWidgetItem(when)
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.backups.addItem(item)
            if chosen is not None and backup.folder == chosen.folder:
                self.backups.setCurrentItem(item)
        rows = min(self.backups.count(), 7)
        if rows:  # as tall as its rows (up to 7), no empty white box
            self.backups.setFixedHeight(rows * self.backups.sizeHintForRow(0)
                                        + 2 * self.backups.frameWidth() + 8)
        self.backups.setVisible(self.backups.count() > 0)
        self.no_backups.setVisible(self.backups.count() == 0)
        self.page.update_buttons()

    def chosen_backup(self) -> Backup | None:
        item = self.backups.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def backup_now(self) -> None:
        if self.page.journal is None or self.page.working:
            return
        journal, manager = self.page.journal, self.manager()
        self.backup_message.setVisible(False)
        stop = self.stopping = Stop()  # set by lock: the backup ends at once
        self.page.run(lambda: manager.make_backup(journal, stop=stop), self._backed_up,
                      self._backup_failed, stop)

    def backup_if_due(self) -> None:
        """The automatic daily backup, after unlocking (quietly, off the UI thread); then
        the second place, if one is chosen, is brought up to date."""
        if self.page.journal is None or self.page.working:
            return
        journal, manager = self.page.journal, self.manager()
        stop = self.stopping = Stop()  # a stopped one is tried at the next unlock

        def made(backup) -> None:
            if backup:
                self.refresh_backups()
            self.page.place.sync()

        self.page.run(lambda: manager.backup_if_due(journal, stop=stop), made,
                      lambda _exc: tell(self.backup_message, self.tr(
                          "Today's automatic backup didn't work. Your journal is fine. You "
                          "can try \u201cMake a backup now\u201d.")), stop)

    def _backed_up(self, _backup) -> None:
        self.refresh_backups()
        self.backups.setCurrentRow(0)
        now = self.ctx.clock.now()
        when = clock_time(now)
        tell(self.backup_message, self.tr("A new backup was made just now, at %1, in "
                                          "%2.").replace("%1", when).replace(
            "%2", str(self.manager().folder)),
            self.tr("A new backup was made just now, at %1.").replace("%1", when))
        self.page.place.sync(then=self._copied)

    def _copied(self, result) -> None:
        if result is not None and result.written is not None:
            tell(self.backup_message, self.backup_message.text() + " " + self.tr(
                "A copy is also in %1.").replace("%1", str(result.folder)),
                self.tr("A copy is also in your second place."))
        elif result is not None and result.missing:
            later = self.tr(
                "Your second place isn't there right now, so it will get a copy later.")
            tell(self.backup_message, self.backup_message.text() + " " + later, later)

    def _backup_failed(self, exc: BaseException) -> None:
        tell(self.backup_message, self.tr(
            "The backup couldn't be made. Your journal is fine. Check that there is free "
            "space on this computer, then try again.") if isinstance(exc, OSError)
            else error_text(exc, self.ctx.lang))

    def restore_chosen(self) -> None:
        backup = self.chosen_backup()
        if backup is not None and self.restore_button.isEnabled() and not self.page.working:
            self._check_then_restore(backup)

    def restore_from_folder(self) -> None:
        """A backup folder from elsewhere (for example copied from another computer)."""
        if self.page.journal is None or self.page.working:
            return
        folder = self.ctx.dialogs.choose_folder(self, self.tr("Choose a backup folder"))
        if not folder:
            return
        backup = Backup.at(Path(folder))
        if not backup.db_path.is_file() or not backup.key_path.is_file():
            tell(self.backup_message, self.tr(
                "That folder doesn't hold a Small Moments backup. A backup folder has a "
                "journal file and a key file in it."))
            return
        if not self.passphrase.text():
            tell(self.backup_message, self.tr(
                "Type the passphrase for that backup first, then choose the folder again."))
            self.passphrase.setFocus()
            return
        self._check_then_restore(backup)

    def _check_then_restore(self, backup: Backup) -> None:
        """Check the passphrase and the backup first; only then ask, and lock to restore."""
        passphrase = self.passphrase.text()
        self.backup_message.setVisible(False)
        stop = Stop()  # lock stops the check

        def work() -> Backup:
            verify_backup(backup, backup_key(backup, passphrase), stop)
            return backup

        self.page.run(work, lambda ok: self._confirm_restore(ok, passphrase),
                      self._cannot_restore, stop)

    def _cannot_restore(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase):
            text = self.tr("That passphrase doesn't open this backup. Type your passphrase "
                           "as it is now. For a backup from another computer, use the "
                           "passphrase it had there.")
        elif isinstance(exc, JournalDamaged | KeyFileDamaged | KeyFileMissing | OSError):
            text = self.tr("This backup is damaged, so it can't be used. Try an older one. "
                           "Nothing was changed.")
        else:
            text = error_text(exc, self.ctx.lang)
        tell(self.backup_message, text)

    def _confirm_restore(self, backup: Backup, passphrase: str) -> None:
        if not self.ctx.dialogs.ask(self, self.tr("Restore this backup?"), self.tr(
                "Your journal will lock, and this backup will take its place. The journal "
                "you have now is not deleted. Its files are kept together in the "
                "\u201cset-aside\u201d folder beside it. Then open your journal with the "
                "passphrase you just typed.")):
            return
        self.passphrase.setText("")
        self.restore_requested.emit(backup, passphrase)

    def _open_folder(self) -> None:
        folder = self.manager().folder
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))




def restore_locked(parent: QWidget, ctx: AppContext, backup: Backup, passphrase: str,
                   done) -> None:
    """Restore `backup` into the (closed) journal's folder off the UI thread; tell the
    caregiver what was set aside; then call `done()` to show the unlock screen."""
    folder, clock = ctx.vault().folder, ctx.clock

    def work():
        settle()  # work the lock let go has ended (a stopped backup's reads too)
        return restore(backup, folder, passphrase, clock)

    def finished(moved) -> None:
        names = str(moved[0].parent) if moved else "-"
        ctx.dialogs.inform(parent, QCoreApplication.translate(
            "BackupsBox", "Your backup is back"), QCoreApplication.translate(
            "BackupsBox", "The backup is now your journal. Open it with the passphrase "
                          "you typed. The journal you had before was not deleted; its "
                          "files were set aside together in this folder:") + "\n" + names)
        done()

    def failed(exc: BaseException) -> None:
        if isinstance(exc, RestoreCutOff):  # the files were set aside: say where they are
            ctx.dialogs.warn(parent, QCoreApplication.translate(
                "BackupsBox", "The backup wasn't fully restored"),
                error_text(exc, ctx.lang) + "\n" + str(exc.set_aside_at))
        else:
            ctx.dialogs.warn(parent, QCoreApplication.translate(
                "BackupsBox", "The backup wasn't restored"),
                error_text(exc, ctx.lang) + " " + QCoreApplication.translate(
                    "BackupsBox", "Your journal was not changed."))
        done()

    run_in_background(parent, work, finished, failed)
