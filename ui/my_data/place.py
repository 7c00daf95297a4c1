"""My data: "Also keep backups on…" a second place (a USB stick, another drive, a synced
folder), so a lost or broken computer does not take the journal with it.

The place is remembered inside the encrypted journal. Copying runs off the UI thread
after each backup and after unlocking; a place that is not there is noted quietly and
tried again next time; it never blocks writing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from journal.backups import place
from journal.backups.manager import BackupManager
from journal.vault.db import Stop
from ui.my_data.common import button_row, tell, wait_buttons
from ui.plumbing.dates import clock_time, long_date
from ui.plumbing.theme import set_role, wrapped_label


class BackupPlaceBox(QGroupBox):
    """The chosen second place, what was last written there, and choosing or forgetting it."""

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.ctx = page.ctx
        self.last = None  # the last SyncResult, for the status line
        self.text = wrapped_label()
        self.status = wrapped_label("hint")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton()
        self.forget_button = set_role(QPushButton(), "link")
        self.message = wrapped_label("message")
        self.message.setVisible(False)
        inner = QVBoxLayout(self)
        inner.addWidget(self.text)
        inner.addWidget(self.status)
        inner.addLayout(button_row(self.choose_button, self.forget_button))
        inner.addWidget(self.message)
        self.choose_button.clicked.connect(self.choose)
        self.forget_button.clicked.connect(self.forget)
        self.retranslate()

    # -- words ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Also keep backups somewhere else"))
        self.text.setText(self.tr(
            "Keep a backup on a USB stick, another drive, or a folder your cloud app keeps. "
            "If this computer is lost or broken, you can open your journal on a new one. "
            "Each backup goes there as one locked file."))
        self.forget_button.setText(self.tr("Stop keeping backups there"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _folder(self) -> Path | None:
        journal = self.page.journal
        where = place.place_for(journal) if journal is not None else None
        return where.folder if where is not None else None

    def status_text(self) -> str:
        folder, journal = self._folder(), self.page.journal
        if folder is None:
            return self.tr("No second place is chosen yet.")
        if self.last is not None and self.last.missing:
            text = self.tr("%1 isn't there right now. Small Moments will copy your backups "
                           "there when it's back.").replace("%1", str(folder))
        else:
            newest = place.BackupPlace(folder).newest_file()  # the UI thread: no reading
            if newest is not None:
                made = QDateTime.fromSecsSinceEpoch(int(newest.stat().st_mtime))
                when = self.tr("%1 at %2").replace("%1", long_date(made)).replace(
                    "%2", clock_time(made))
                text = self.tr("Backups also go to %1. The newest there is %2, from %3.") \
                    .replace("%1", str(folder)).replace("%2", newest.name) \
                    .replace("%3", when)
            else:
                text = self.tr("Backups also go to %1.").replace("%1", str(folder))
        if journal is not None and place.keys_behind(journal, self.ctx.vault().key_path):
            text += " " + self.tr("The backups there still open with your old passphrase "
                                  "or recovery code. They will be updated when that place "
                                  "is back.")
        return text

    def refresh(self) -> None:
        chosen = self._folder() is not None
        self.status.setText(self.status_text())
        self.choose_button.setText(self.tr("Choose another &place\u2026") if chosen
                                   else self.tr("Also keep backups &on\u2026"))
        self.forget_button.setVisible(chosen)

    def set_idle(self, idle: bool) -> None:
        wait_buttons((self.choose_button, self.forget_button), idle)

    def wipe(self) -> None:
        self.last = None
        self.message.setText("")
        self.message.setVisible(False)
        self.status.setText("")

    # -- actions --------------------------------------------------------------------------
    def choose(self) -> None:
        if self.page.journal is None or self.page.working:
            return
        folder = self.ctx.dialogs.choose_folder(self, self.tr(
            "Choose where to keep backups too"))
        if not folder:
            return
        place.choose_place(self.page.journal, Path(folder))
        self.sync(announce=True)

    def forget(self) -> None:
        if self.page.journal is None or self.page.working:
            return
        place.choose_place(self.page.journal, None)
        self.last = None
        tell(self.message, self.tr("Backups are kept only on this computer now. The files "
                                   "already in that place were not deleted."))
        self.refresh()

    def sync(self, announce: bool = False, then=None) -> None:
        """Copy the newest backup (and new key files) to the place, off the UI thread."""
        journal = self.page.journal
        where = place.place_for(journal) if journal is not None else None
        if where is None or self.page.working:
            if then is not None:
                then(None)
            return
        manager = BackupManager.for_vault(self.ctx.vault())
        key_path = self.ctx.vault().key_path

        def done(result) -> None:
            self.last = result
            place.record_sync(self.page.journal, result)
            if announce and result is not None and result.written is not None:
                tell(self.message, self.tr("A backup was copied to %1.").replace(
                    "%1", str(result.folder)), self.tr("A backup was copied there."))
            elif announce and result is not None and result.missing:
                tell(self.message, self.tr("That place isn't there right now. Small Moments "
                                           "will try again later."))
            self.refresh()
            if then is not None:
                then(result)

        def failed(_exc: BaseException) -> None:
            tell(self.message, self.tr(
                "The backup couldn't be copied there. Your journal and the backups on this "
                "computer are fine. Small Moments will try again next time."))
            self.refresh()
            if then is not None:
                then(None)

        stop = Stop()  # lock stops a backup it makes; copying a finished one ends by itself
        self.page.run(lambda: place.sync(where, manager, journal, key_path, stop), done, failed,
                      stop)
