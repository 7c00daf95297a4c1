"""First run, "I already have a journal": open a backup or a journal kept elsewhere.

The caregiver chooses a `.smbackup` file, a backup folder or a journal folder (from a
USB stick, another drive, the old computer), types the passphrase (or the recovery
code and a new passphrase), and the journal is checked, put in place and opened. A copy
that does not open gets the same kind of specific message as unlock, and nothing
changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal import JournalDamaged, KeyFileDamaged, KeyFileMissing
from journal.backups.archive import NotABackup
from journal.backups.bring_home import AlreadyHasJournal, bring_home
from ui.plumbing.context import AppContext
from ui.plumbing.i18n import error_text
from ui.plumbing.operations import run_in_background
from ui.plumbing.theme import set_role
from ui.widgets.announce import say_problem
from ui.widgets.busy import BusyBar
from ui.widgets.chips import FlowRow
from ui.widgets.passphrase import PassphraseFields


class BringHomePage(QWidget):
    """Emits `opened(journal)` when the journal is in place and open; `back()` to return."""

    opened = Signal(object)
    back = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source: Path | None = None
        self.op = None
        self._build()
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.passphrase.textChanged.connect(self._update)
        self.passphrase.returnPressed.connect(self.open_it)
        self.open_button.clicked.connect(self.open_it)
        self.forgot_button.clicked.connect(lambda: self.use_code(True))
        self.code.textChanged.connect(self._update)
        self.fields.valid_changed.connect(self._update)
        self.back_button.clicked.connect(self.go_back)
        self.retranslate()
        self.use_code(False)

    def _build(self) -> None:
        self.title = set_role(QLabel(), "title")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.file_button = QPushButton()
        self.folder_button = QPushButton()
        self.chosen = set_role(QLabel(), "hint")
        self.chosen.setWordWrap(True)
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pass_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_label.setBuddy(self.passphrase)
        self.forgot_button = set_role(QPushButton(), "link")
        self.code_text = QLabel()
        self.code_text.setWordWrap(True)
        self.code_label = QLabel()
        self.code = QLineEdit()
        self.code_label.setBuddy(self.code)
        self.fields = PassphraseFields()
        self.busy = BusyBar()
        self.message = set_role(QLabel(), "message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.open_button = set_role(QPushButton(), "primary")
        self.back_button = QPushButton()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(12)
        for widget in (self.title, self.text):
            layout.addWidget(widget)
        layout.addWidget(FlowRow(self.file_button, self.folder_button, spacing=12))
        for widget in (self.chosen, self.pass_label, self.passphrase, self.forgot_button,
                       self.code_text, self.code_label, self.code, self.fields, self.busy,
                       self.message):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft
                             if widget is self.forgot_button else Qt.AlignmentFlag(0))
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Open a journal you already have"))
        self.text.setText(self.tr(
            "Choose a backup file (its name ends in .smbackup) or a backup folder. You can "
            "also choose the journal folder from your old computer. It can be on a USB "
            "stick."))
        self.file_button.setText(self.tr("Choose a backup &file\u2026"))
        self.folder_button.setText(self.tr("Choose a f&older\u2026"))
        self.chosen.setText(self.tr("Nothing chosen yet.") if self.source is None else
                            self.tr("Chosen: %1").replace("%1", str(self.source)))
        self.pass_label.setText(self.tr("&Passphrase for that journal:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase for that journal"))
        self.forgot_button.setText(self.tr("I &forgot that passphrase"))
        self.code_text.setText(self.tr(
            "Type the recovery code you printed or saved when you started that journal. "
            "Then choose a new passphrase."))
        self.code_label.setText(self.tr("&Recovery code:"))
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.open_button.setText(self.tr("Open &this journal"))
        self.back_button.setText(self.tr("&Back"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing ------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = self.ctx.dialogs.open_file(self, self.tr("Choose a backup file"), self.tr(
            "Small Moments backups (*.smbackup);;All files (*)"))
        self._chosen(path)

    def choose_folder(self) -> None:
        self._chosen(self.ctx.dialogs.choose_folder(self, self.tr(
            "Choose a backup folder or a journal folder")))

    def _chosen(self, path: str | None) -> None:
        if not path:
            return
        self.source = Path(path)
        self.message.setVisible(False)
        self.retranslate()
        (self.code if self.using_code else self.passphrase).setFocus()
        self._update()

    def use_code(self, on: bool) -> None:
        self.using_code = on
        for widget in (self.pass_label, self.passphrase, self.forgot_button):
            widget.setVisible(not on)
        for widget in (self.code_text, self.code_label, self.code, self.fields):
            widget.setVisible(on)
        self.message.setVisible(False)
        if on:
            self.code.setFocus()
        self._update()

    def _update(self) -> None:
        ready = self.source is not None and not self.working and (
            bool(self.code.text().strip()) and self.fields.is_valid() if self.using_code
            else bool(self.passphrase.text()))
        self.open_button.setEnabled(ready)

    @property
    def working(self) -> bool:
        return self.busy.running

    # -- opening -------------------------------------------------------------------------
    def open_it(self) -> None:
        if not self.open_button.isEnabled() or self.source is None:
            return
        vault, source = self.ctx.vault(), self.source
        if self.using_code:
            code, new = self.code.text(), self.fields.value()
            work = lambda: bring_home(source, vault, code=code, new_passphrase=new)  # noqa: E731
        else:
            passphrase = self.passphrase.text()
            work = lambda: bring_home(source, vault, passphrase=passphrase)  # noqa: E731
        self.busy.start(self.tr("Bringing your journal to this computer…"))
        self.message.setVisible(False)
        self._set_enabled(False)
        self.op = run_in_background(self, work, self._opened, self._failed)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.file_button, self.folder_button, self.passphrase, self.code,
                       self.fields, self.back_button, self.forgot_button):
            widget.setEnabled(on)
        self._update()

    def _opened(self, journal) -> None:
        self.busy.stop()
        self._set_enabled(True)
        self.passphrase.setText("")
        self.code.setText("")
        self.fields.clear()
        self.opened.emit(journal)

    def problem_text(self, exc: BaseException) -> str:
        if isinstance(exc, AlreadyHasJournal):
            return self.tr("There is already a journal on this computer, so nothing was "
                           "brought in. Nothing was changed.")
        if isinstance(exc, NotABackup):
            return self.tr("That isn't a Small Moments backup or journal folder, or the "
                           "copy was cut short. Nothing was changed.")
        if isinstance(exc, JournalDamaged | KeyFileDamaged | KeyFileMissing):
            return self.tr("This copy is damaged, so it can't be opened. Try another "
                           "backup. Nothing was changed.")
        if isinstance(exc, OSError):
            return self.tr("That file or folder couldn't be read. Check that the USB "
                           "stick or drive is still there. Nothing was changed.")
        return error_text(exc, self.ctx.lang)

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self._set_enabled(True)
        field = self.code if self.using_code else self.passphrase
        say_problem(self.message, field, self.problem_text(exc))
        field.selectAll()
        field.setFocus()

    def go_back(self) -> None:
        if self.working:
            return
        self.passphrase.setText("")
        self.code.setText("")
        self.fields.clear()
        self.source = None
        self.use_code(False)
        self.retranslate()
        self.back.emit()
