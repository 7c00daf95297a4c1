"""My data: share a summary, save a full copy, bring entries in, and backups.

Every file the caregiver saves is written with `atomic_write`; every question and file
choice goes through the dialogs seam; slow work runs off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import JournalDamaged, KeyFileDamaged, KeyFileMissing, WrongPassphrase
from journal.backups.manager import Backup, BackupManager, backup_key, restore, verify_backup
from journal.errors import InvalidInput
from journal.fsutil import atomic_write
from journal.transfer.export import EXPORT_WARNING, export_json, export_markdown
from journal.transfer.importers import import_file
from ui.plumbing.context import AppContext
from ui.plumbing.i18n import error_text
from ui.plumbing.operations import run_in_background
from ui.plumbing.theme import scroll_page, set_role, wrapped_label
from ui.summary.wizard import save_folder

SHARE_KEYS = "Ctrl+Shift+S"


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class MyDataPage(QWidget):
    share_requested = Signal()
    entries_imported = Signal()
    restore_requested = Signal(object, str)  # (Backup, passphrase): the window locks first

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = None
        self.working = False
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(16)

        self.share_box = QGroupBox()
        self.share_text = wrapped_label()
        self.share_button = set_role(QPushButton(), "primary")
        inner = QVBoxLayout(self.share_box)
        inner.addWidget(self.share_text)
        inner.addLayout(_row(self.share_button))
        layout.addWidget(self.share_box)

        self.copy_box = QGroupBox()
        self.copy_text = wrapped_label()
        self.copy_warning = wrapped_label("hint")
        self.json_button = QPushButton()
        self.markdown_button = QPushButton()
        self.copy_message = wrapped_label("message")
        self.copy_message.setVisible(False)
        inner = QVBoxLayout(self.copy_box)
        inner.addWidget(self.copy_text)
        inner.addWidget(self.copy_warning)
        inner.addLayout(_row(self.json_button, self.markdown_button))
        inner.addWidget(self.copy_message)
        layout.addWidget(self.copy_box)

        self.import_box = QGroupBox()
        self.import_text = wrapped_label()
        self.import_button = QPushButton()
        self.import_message = wrapped_label("message")
        self.import_message.setVisible(False)
        inner = QVBoxLayout(self.import_box)
        inner.addWidget(self.import_text)
        inner.addLayout(_row(self.import_button))
        inner.addWidget(self.import_message)
        layout.addWidget(self.import_box)

        self.backup_box = QGroupBox()
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
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.backup_message = wrapped_label("message")
        self.backup_message.setVisible(False)
        inner = QVBoxLayout(self.backup_box)
        inner.addWidget(self.backup_text)
        inner.addWidget(self.backups)
        inner.addWidget(self.no_backups)
        inner.addLayout(_row(self.backup_button))
        inner.addSpacing(6)
        inner.addWidget(self.restore_text)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase_label)
        passphrase_row.addWidget(self.passphrase, 1)
        passphrase_row.addWidget(self.restore_button)
        inner.addLayout(passphrase_row)
        inner.addLayout(_row(self.other_button))
        inner.addWidget(self.busy)
        inner.addWidget(self.backup_message)
        inner.addSpacing(6)
        inner.addWidget(self.folder_label)
        inner.addLayout(_row(self.open_folder))
        layout.addWidget(self.backup_box)
        layout.addStretch(1)

        scroll_page(self, body)

        self.share_button.clicked.connect(self.share_requested)
        self.json_button.clicked.connect(lambda: self.save_copy("json"))
        self.markdown_button.clicked.connect(lambda: self.save_copy("md"))
        self.import_button.clicked.connect(self.bring_in)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.other_button.clicked.connect(self.restore_from_folder)
        self.open_folder.clicked.connect(self._open_folder)
        self.passphrase.textChanged.connect(self._update_buttons)
        self.backups.currentRowChanged.connect(self._update_buttons)
        self.passphrase.returnPressed.connect(self.restore_chosen)
        self.retranslate()

    def manager(self) -> BackupManager:
        return BackupManager.for_vault(self.ctx.vault())

    # -- words ----------------------------------------
    def retranslate(self) -> None:
        self.share_box.setTitle(self.tr("Share a summary"))
        self.share_text.setText(self.tr(
            "Make a short PDF about your family's strengths to give to your home visitor, "
            "doctor or anyone you trust. You choose every item that goes in."))
        self.share_button.setText(self.tr("&Share a summary\u2026"))
        self.share_button.setToolTip(self.tr("Share a summary (%1)").replace("%1", SHARE_KEYS))
        self.copy_box.setTitle(self.tr("Save a copy of everything"))
        self.copy_text.setText(self.tr(
            "A full copy of your journal, for you. JSON can be brought back into "
            "Small Moments. Markdown is easy to read in any text editor."))
        self.copy_warning.setText(EXPORT_WARNING["es" if self.ctx.lang == "es" else "en"])
        self.json_button.setText(self.tr("Save as &JSON\u2026"))
        self.markdown_button.setText(self.tr("Save as Mar&kdown\u2026"))
        self.import_box.setTitle(self.tr("Bring in entries"))
        self.import_text.setText(self.tr(
            "Add entries from a file: a copy saved from Small Moments (JSON), or a "
            "journal exported from jrnl as JSON. Nothing you already have is changed."))
        self.import_button.setText(self.tr("&Choose a file\u2026"))
        self.backup_box.setTitle(self.tr("Backups"))
        self.backup_text.setText(self.tr(
            "Small Moments keeps encrypted backups of your journal. It makes one each day "
            "you open your journal, and keeps the last %1.").replace(
                "%1", str(self.manager().keep)))
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        self.no_backups.setText(self.tr("There are no backups yet."))
        self.backup_button.setText(self.tr("Make a &backup now"))
        self.restore_text.setText(self.tr(
            "To go back to a backup, choose it in the list and type the passphrase you "
            "had when it was made."))
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

    # -- the journal ----------------------------------------
    def load(self, journal) -> None:
        self.journal = journal
        self.refresh_backups()

    def wipe(self) -> None:
        self.journal = None
        self.passphrase.setText("")
        for label in (self.copy_message, self.import_message, self.backup_message):
            label.setText("")
            label.setVisible(False)

    def _run(self, work, done, failed) -> None:
        self.working = True
        self.busy.setVisible(True)
        self._update_buttons()
        journal = self.journal

        def finished(callback):
            def call(value):
                self.working = False
                self.busy.setVisible(False)
                self._update_buttons()
                if self.journal is journal and journal is not None:
                    callback(value)
            return call
        run_in_background(self, work, finished(done), finished(failed))

    def _update_buttons(self) -> None:
        idle = not self.working and self.journal is not None
        for button in (self.json_button, self.markdown_button, self.import_button,
                       self.backup_button, self.other_button):
            button.setEnabled(idle)
        self.restore_button.setEnabled(idle and bool(self.passphrase.text())
                                       and self.chosen_backup() is not None)

    @staticmethod
    def _tell(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)

    # -- a full copy ----------------------------------------
    def save_copy(self, kind: str) -> None:
        """JSON or Markdown, only after the caregiver reads that it is not encrypted."""
        if self.journal is None or self.working:
            return
        lang = "es" if self.ctx.lang == "es" else "en"
        if not self.ctx.dialogs.ask(self, self.tr("This copy is not encrypted"),
                                    EXPORT_WARNING[lang] + "\n\n" + self.tr("Save it anyway?")):
            return
        extension = "json" if kind == "json" else "md"
        name_filter = self.tr("JSON files (*.json)") if kind == "json" else \
            self.tr("Markdown files (*.md)")
        stem = self.tr("small-moments-journal")  # a file name: no journal words in it
        suggested = save_folder() / f"{stem}-{self.ctx.clock.today().isoformat()}.{extension}"
        path = self.ctx.dialogs.save_file(self, self.tr("Save a copy of everything"),
                                          str(suggested), name_filter)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{extension}":
            target = target.with_name(f"{target.name}.{extension}")
        journal = self.journal

        def work() -> Path:
            data = export_json(journal) if kind == "json" else export_markdown(journal, lang)
            atomic_write(target, data)
            return target

        self._run(work, lambda saved: self._tell(self.copy_message, self.tr(
            "Saved: %1. Remember, this file is not encrypted.").replace("%1", str(saved))),
            self._copy_failed)

    def _copy_failed(self, exc: BaseException) -> None:
        text = self.tr("The copy couldn't be saved there. Try another folder. "
                       "Nothing else was changed.") if isinstance(exc, OSError) \
            else error_text(exc, self.ctx.lang)
        self._tell(self.copy_message, text)

    # -- bringing entries in ----------------------------------------
    def bring_in(self) -> None:
        if self.journal is None or self.working:
            return
        path = self.ctx.dialogs.open_file(self, self.tr("Bring in entries from a file"),
                                          self.tr("Journal files (*.json);;All files (*)"))
        if not path:
            return
        self.import_message.setVisible(False)
        # Read the file off the UI thread; add its entries here, in one transaction on
        # the journal's own connection (never shared with another thread).
        self._run(lambda: Path(path).read_bytes(), self._add_entries, self._not_brought_in)

    def _add_entries(self, data: bytes) -> None:
        try:
            result = import_file(self.journal, data)
        except Exception as exc:  # noqa: BLE001 - said plainly; nothing was added
            self._not_brought_in(exc)
        else:
            self._brought_in(result)

    def _brought_in(self, result) -> None:
        n, skipped = result.entries, result.skipped
        text = self.tr("1 entry came in.") if n == 1 else \
            self.tr("%1 entries came in.").replace("%1", str(n))
        if skipped:
            text += " " + (self.tr("1 empty entry was left out.") if skipped == 1 else
                           self.tr("%1 empty entries were left out.").replace(
                               "%1", str(skipped)))
        self._tell(self.import_message, text)
        self.entries_imported.emit()

    def _not_brought_in(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidInput) and self.ctx.lang == "en":
            text = str(exc)  # the core says what is wrong with the file, plainly
        elif isinstance(exc, InvalidInput):
            text = self.tr("This file can't be brought in. It isn't a Small Moments copy "
                           "or a jrnl JSON file that we can read. Nothing was added.")
        elif isinstance(exc, OSError):
            text = self.tr("That file couldn't be opened. Nothing was added.")
        else:
            text = error_text(exc, self.ctx.lang) + " " + self.tr("Nothing was added.")
        self._tell(self.import_message, text)

    # -- backups ----------------------------------------
    def refresh_backups(self) -> None:
        chosen = self.chosen_backup()
        self.backups.clear()
        locale = QLocale()
        for number, backup in enumerate(self.manager().list_backups()):
            if backup.made_at is not None:
                made = QDateTime(backup.made_at)
                when = self.tr("%1 at %2").replace(
                    "%1", locale.toString(made.date(), QLocale.FormatType.LongFormat)).replace(
                    "%2", locale.toString(made.time(), QLocale.FormatType.ShortFormat))
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
        self._update_buttons()

    def chosen_backup(self) -> Backup | None:
        item = self.backups.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def backup_now(self) -> None:
        if self.journal is None or self.working:
            return
        journal, manager = self.journal, self.manager()
        self.backup_message.setVisible(False)
        self._run(lambda: manager.make_backup(journal), self._backed_up, self._backup_failed)

    def backup_if_due(self) -> None:
        """The automatic daily backup, after unlocking (quietly, off the UI thread)."""
        if self.journal is None or self.working:
            return
        journal, manager = self.journal, self.manager()
        self._run(lambda: manager.backup_if_due(journal),
                  lambda made: self.refresh_backups() if made else None,
                  lambda _exc: self._tell(self.backup_message, self.tr(
                      "Today's automatic backup didn't work. Your journal is fine. You can "
                      "try \u201cMake a backup now\u201d.")))

    def _backed_up(self, _backup) -> None:
        self.refresh_backups()
        self.backups.setCurrentRow(0)
        self._tell(self.backup_message, self.tr("A new backup was made just now."))

    def _backup_failed(self, exc: BaseException) -> None:
        self._tell(self.backup_message, self.tr(
            "The backup couldn't be made. Your journal is fine. Check that there is free "
            "space on this computer, then try again.") if isinstance(exc, OSError)
            else error_text(exc, self.ctx.lang))

    def restore_chosen(self) -> None:
        backup = self.chosen_backup()
        if backup is not None and self.restore_button.isEnabled():
            self._check_then_restore(backup)

    def restore_from_folder(self) -> None:
        """A backup folder from elsewhere (for example copied from another computer)."""
        if self.journal is None or self.working:
            return
        folder = self.ctx.dialogs.choose_folder(self, self.tr("Choose a backup folder"))
        if not folder:
            return
        backup = Backup.at(Path(folder))
        if not backup.db_path.is_file() or not backup.key_path.is_file():
            self._tell(self.backup_message, self.tr(
                "That folder doesn't hold a Small Moments backup. A backup folder has a "
                "journal file and a key file in it."))
            return
        if not self.passphrase.text():
            self._tell(self.backup_message, self.tr(
                "Type the passphrase for that backup first, then choose the folder again."))
            self.passphrase.setFocus()
            return
        self._check_then_restore(backup)

    def _check_then_restore(self, backup: Backup) -> None:
        """Check the passphrase and the backup first; only then ask, and lock to restore."""
        passphrase = self.passphrase.text()
        self.backup_message.setVisible(False)

        def work() -> Backup:
            verify_backup(backup, backup_key(backup, passphrase))
            return backup

        self._run(work, lambda ok: self._confirm_restore(ok, passphrase), self._cannot_restore)

    def _cannot_restore(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase):
            text = self.tr("That passphrase doesn't open this backup. Use the passphrase "
                           "you had when the backup was made.")
        elif isinstance(exc, JournalDamaged | KeyFileDamaged | KeyFileMissing | OSError):
            text = self.tr("This backup is damaged, so it can't be used. Try an older one. "
                           "Nothing was changed.")
        else:
            text = error_text(exc, self.ctx.lang)
        self._tell(self.backup_message, text)

    def _confirm_restore(self, backup: Backup, passphrase: str) -> None:
        if not self.ctx.dialogs.ask(self, self.tr("Restore this backup?"), self.tr(
                "Your journal will lock, and this backup will take its place. The journal "
                "you have now is not deleted: its files are set aside in the same folder, "
                "with today's date in their names. Then open your journal with the "
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

    def finished(moved) -> None:
        names = "\n".join(str(path) for path in moved) or "-"
        ctx.dialogs.inform(parent, QCoreApplication.translate(
            "MyDataPage", "Your backup is back"), QCoreApplication.translate(
            "MyDataPage", "The backup is now your journal. Open it with the passphrase "
                          "you typed. The journal you had before was not deleted; it was "
                          "set aside here:") + "\n" + names)
        done()

    def failed(exc: BaseException) -> None:
        ctx.dialogs.warn(parent, QCoreApplication.translate(
            "MyDataPage", "The backup wasn't restored"),
                         error_text(exc, ctx.lang) + " " + QCoreApplication.translate(
                             "MyDataPage", "Your journal was not changed."))
        done()

    run_in_background(parent, lambda: restore(backup, folder, passphrase, clock),
                      finished, failed)
