"""My data: share a summary, save a full copy, bring entries in, and backups.

The page holds the share box and puts the other boxes under it (`copies.py`,
`backups.py`). It owns the one busy state they share: while any of them works off the
UI thread, the others' buttons wait. Every file the caregiver saves is written with
`atomic_write`; every question and file choice goes through the dialogs seam.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from ui.my_data.backups import BackupsBox
from ui.my_data.common import button_row
from ui.my_data.copies import CopiesBox
from ui.my_data.place import BackupPlaceBox
from ui.plumbing.context import AppContext
from ui.plumbing.operations import run_in_background
from ui.plumbing.theme import scroll_page, set_role, wrapped_label

SHARE_KEYS = "Ctrl+Shift+S"


class MyDataPage(QWidget):
    share_requested = Signal()
    entries_imported = Signal()
    restore_requested = Signal(object, str)  # (Backup, passphrase): the window locks first

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = None
        self.working = False
        self.copies: CopiesBox | None = None
        self.backups: BackupsBox | None = None
        self.place: BackupPlaceBox | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(16)
        self._build_share_box(layout)
        self.copies = CopiesBox(self)
        layout.addWidget(self.copies)
        self.backups = BackupsBox(self)
        layout.addWidget(self.backups)
        self.place = BackupPlaceBox(self)
        layout.addWidget(self.place)
        layout.addStretch(1)
        scroll_page(self, body)

        self.share_button.clicked.connect(self.share_requested)
        self.copies.entries_imported.connect(self.entries_imported)
        self.backups.restore_requested.connect(self.restore_requested)
        self.retranslate()

    def _build_share_box(self, layout: QVBoxLayout) -> None:
        self.share_box = QGroupBox()
        self.share_text = wrapped_label()
        self.share_button = set_role(QPushButton(), "primary")
        inner = QVBoxLayout(self.share_box)
        inner.addWidget(self.share_text)
        inner.addLayout(button_row(self.share_button))
        layout.addWidget(self.share_box)

    def retranslate(self) -> None:
        self.share_box.setTitle(self.tr("Share a summary"))
        self.share_text.setText(self.tr(
            "Make a short PDF about your family's strengths to give to your home visitor, "
            "doctor or anyone you trust. You choose every item that goes in."))
        self.share_button.setText(self.tr("&Share a summary\u2026"))
        self.share_button.setToolTip(self.tr("Share a summary (%1)").replace("%1", SHARE_KEYS))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the journal ----------------------------------------
    def load(self, journal) -> None:
        self.journal = journal
        self.backups.refresh_backups()
        self.place.refresh()

    def wipe(self) -> None:
        self.journal = None
        self.copies.wipe()
        self.backups.wipe()
        self.place.wipe()

    def backup_if_due(self) -> None:
        self.backups.backup_if_due()

    def stop_work(self) -> None:
        """Lock is coming: a running backup stops now (the next unlock tries again)."""
        self.backups.stop()

    def run(self, work, done, failed, stop=None) -> None:
        """Run `work` off the UI thread; the boxes' buttons wait until it is done.
        Lock sets `stop` and drops the result (ui/plumbing/operations.py: `let_go`); a
        result that arrives after the journal was changed is dropped too."""
        self.working = True
        self.update_buttons()
        journal = self.journal

        def finished(callback):
            def call(value):
                self.working = False
                self.update_buttons()
                if self.journal is journal and journal is not None:
                    callback(value)
            return call
        run_in_background(self, work, finished(done), finished(failed), journal=journal,
                          stop=stop)

    def update_buttons(self) -> None:
        idle = not self.working and self.journal is not None
        for box in (self.copies, self.backups, self.place):
            if box is not None:  # both exist once the page is built
                box.set_idle(idle)
