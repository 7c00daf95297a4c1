"""Unlock: the passphrase, or the recovery code and a new passphrase.

This is also the neutral screen that quick-hide shows: it holds no journal text.
When the journal file can't be opened, the newest backup that opens with the same
passphrase is offered; the file that can't be opened is set aside, never deleted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal import APP_NAME, JournalDamaged, JournalTooNew, KeyFileDamaged, KeyFileMissing
from journal.backups.manager import Opened, open_or_offer, restore
from journal.errors import RestoreCutOff
from ui.plumbing.context import AppContext
from ui.plumbing.dates import clock_time, long_date
from ui.plumbing.i18n import error_text
from ui.plumbing.operations import run_in_background
from ui.plumbing.theme import set_role
from ui.start.caregiver_picker import CaregiverPicker
from ui.widgets.announce import announce, quiet_scroll_area, say_problem
from ui.widgets.busy import BusyBar
from ui.widgets.chips import FlowRow
from ui.widgets.passphrase import MIN_LENGTH, PassphraseFields


class UnlockPage(QWidget):
    unlocked = Signal(object)  # the open Journal
    opening = Signal()  # a key derivation started (on another thread)
    upgrading = Signal(int, int)  # (done, total) while an upgrade fills search again

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.op = None
        self._passphrase = ""  # only between a failed open and the backup question
        self._vault = None  # the vault of the open that is running
        self._restored_from = ""
        self._by_code = False  # the open running is a reset with the recovery code
        self.notice = ""  # words for Today after a reset (window.py: take_notice)
        self.check_fully = False  # the background check found damage: check every page
        self.title = set_role(QLabel(APP_NAME), "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = set_role(QLabel(), "hint")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.pages = QStackedWidget()
        self.busy = BusyBar()
        self.upgrading.connect(self._upgrading)  # sent from the worker, shown here
        self.message = set_role(QLabel(), "message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        # the message sits under the box it is about, in a space kept for it, so the
        # column does not jump when it appears
        keep = self.message.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(keep)
        self._fit_message()

        # who is there (several caregivers), then the passphrase
        self.picker = CaregiverPicker()
        self.pass_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_label.setBuddy(self.passphrase)
        self.show_box = QCheckBox()
        self.open_button = set_role(QPushButton(), "primary")
        self.forgot_button = set_role(QPushButton(), "link")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        self._pass_pair = self._tight(self.pass_label, self.passphrase)
        layout.addLayout(self._pass_pair)
        layout.addWidget(self.show_box)
        layout.addWidget(FlowRow(self.open_button, self.forgot_button, spacing=12))
        layout.addStretch(1)  # spare height goes below the buttons, not between the parts
        self.pages.addWidget(page)
        self.passphrase.returnPressed.connect(self.unlock)
        self.open_button.clicked.connect(self.unlock)
        self.show_box.toggled.connect(lambda on: self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.forgot_button.clicked.connect(lambda: self._show(1))

        # recovery code, then a new passphrase
        self.code_text = QLabel()
        self.code_text.setWordWrap(True)
        self.code_label = QLabel()
        self.code = QLineEdit()
        self.code_label.setBuddy(self.code)
        self.fields = PassphraseFields()
        self.reset_button = set_role(QPushButton(), "primary")
        self.reset_button.setEnabled(False)
        self.cancel_button = QPushButton()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code_text)
        self._code_pair = self._tight(self.code_label, self.code)
        layout.addLayout(self._code_pair)
        layout.addWidget(self.fields)
        layout.addWidget(FlowRow(self.reset_button, self.cancel_button, spacing=12))
        layout.addStretch(1)
        self.pages.addWidget(page)
        self.fields.valid_changed.connect(self._update_reset)
        self.code.textChanged.connect(self._update_reset)
        self.code.returnPressed.connect(self.fields.passphrase.setFocus)
        self.fields.passphrase.returnPressed.connect(self.fields.confirm.setFocus)
        self.fields.confirm.returnPressed.connect(self._enter_in_last)
        self.reset_button.clicked.connect(self.reset)
        self.cancel_button.clicked.connect(lambda: self._show(0))

        box = self.box = QWidget()
        self._fit_width()
        inner = QVBoxLayout(box)
        inner.setSpacing(14)
        for widget in (self.title, self.note, self.pages, self.busy):
            inner.addWidget(widget)
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        quiet_scroll_area(scroll)
        QVBoxLayout(self).addWidget(scroll)
        self.layout().setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout(content)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box, 3)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        self._show(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr("Your journal is locked."))
        self.pass_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.show_box.setText(self.tr("Show what I type"))
        self.open_button.setText(self.tr("&Open my journal"))
        self.forgot_button.setText(self.tr("I &forgot my passphrase"))
        self.code_text.setText(self.tr(
            "No problem. Type the recovery code you printed or saved when you started. "
            "Then choose a new passphrase."))
        self.code_label.setText(self.tr("&Recovery code:"))
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.reset_button.setText(self.tr("Open with the &code"))
        self.cancel_button.setText(self.tr("&Back"))

    @staticmethod
    def _tight(label: QLabel, field: QLineEdit) -> QVBoxLayout:
        """A label with its box right under it."""
        pair = QVBoxLayout()
        pair.setSpacing(4)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        pair.addWidget(label)
        pair.addWidget(field)
        return pair

    def _fit_message(self) -> None:
        """Keep room for two lines of the message (and its padding), shown or not."""
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing() + 20)

    def _fit_width(self) -> None:
        """About 45 letters wide, so the column grows with the text size."""
        self.box.setMaximumWidth(max(520, 45 * self.fontMetrics().averageCharWidth()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()
            self._fit_message()
        super().changeEvent(event)

    def _show(self, index: int) -> None:
        """Show one page, sized to itself (a stack is otherwise as tall as its tallest)."""
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.pages.widget(i).setSizePolicy(policy, policy)
        # the one message label moves under the box of the page shown (after its pair)
        if self.message.parentWidget() is not self.pages.widget(index):
            (self._pass_pair if index == 0 else self._code_pair).addWidget(self.message)
        self.pages.setCurrentIndex(index)
        self.message.setVisible(False)
        self.pages.adjustSize()
        self.passphrase.setAccessibleDescription("")
        self.code.setAccessibleDescription("")
        (self.passphrase if index == 0 else self.code).setFocus()

    def refresh_caregivers(self) -> None:
        """Ask "who is opening the journal?" when its key file has several caregivers."""
        try:
            people = self.ctx.vault().caregivers()
        except Exception:  # noqa: BLE001 - no journal yet, or a key file that won't
            people = []  # read: the open itself will say what is wrong
        self.picker.set_caregivers(people, self.ctx.prefs.last_caregiver)

    def showEvent(self, event) -> None:  # noqa: N802
        self.refresh_caregivers()
        super().showEvent(event)
        if self.pages.currentIndex() == 0:  # the last caregiver is chosen: just type
            self.passphrase.setFocus()

    def reset_view(self) -> None:
        """Back to a blank passphrase field (after a lock)."""
        self.refresh_caregivers()
        self.passphrase.setText("")  # setText, unlike clear(), also drops the undo history
        self.code.setText("")
        self.fields.clear()
        self.show_box.setChecked(False)
        self._show(0)

    def say_not_kept(self) -> None:
        """The lock could not keep the words being written (the disk may be full)."""
        say_problem(self.message, self.passphrase, self.tr(
            "Your journal is locked and safe. What you were writing could not be kept "
            "this time. The computer may be out of space."))

    def _update_reset(self) -> None:
        self.reset_button.setEnabled(bool(self.code.text().strip()) and self.fields.is_valid())

    @property
    def working(self) -> bool:
        return self.busy.running

    def _new_vault(self):
        """The vault for one open, telling this page how far an upgrade is."""
        vault = self.ctx.vault()
        vault.migration_progress = self.upgrading.emit
        return vault

    def _upgrading(self, done: int, total: int) -> None:
        """A new version fills the search index again once: show how far it is."""
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(min(done, total))
        self.busy.setFormat(self.tr("Getting your journal ready: %p%"))
        self.busy.setAccessibleName(self.tr("Getting your journal ready"))

    def _start(self, work) -> None:
        self.busy.start(self.tr("Opening your journal…"))  # no end known yet
        self.message.setVisible(False)
        self.pages.setEnabled(False)
        self.op = run_in_background(self, work, self._open_result, self._failed)
        self.opening.emit()

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase or self.working:
            return
        vault = self._new_vault()
        self._vault = vault
        defer = not self.check_fully  # every page later, in the background (PageCheck)
        caregiver = self.picker.current()
        self._start(lambda: open_or_offer(vault, passphrase, caregiver=caregiver,
                                          defer=defer))
        self._passphrase = passphrase

    def _open_result(self, result) -> None:
        """The journal opened, or it can't be and a backup may be offered. (A journal
        another program is using is not damaged: that error never reaches here, it goes
        to `_failed` and is never met with a restore offer.)"""
        if not isinstance(result, Opened):
            self._opened(result)
        elif result.journal is not None:
            self._opened(result.journal)
        elif result.offer is None:
            self._failed(result.problem or JournalDamaged())
        else:
            self._offer_backup(result.problem or JournalDamaged(), result.offer)

    def backup_date(self, backup) -> str:
        made = backup.made_at
        if made is None:
            return self.tr("another computer")
        day, time = long_date(made), clock_time(made)
        return self.tr("%1 at %2").replace("%1", day).replace("%2", time)

    def offer_text(self, backup) -> str:
        return self.tr(
            "Your journal file can't be opened. We kept it safe and didn't change it. "
            "A backup from %1 opens with your passphrase. Use it?").replace(
            "%1", self.backup_date(backup))

    def _offer_backup(self, problem: BaseException, backup) -> None:
        passphrase, self._passphrase = self._passphrase, ""
        self.busy.stop()
        self.pages.setEnabled(True)
        when = self.backup_date(backup)
        use = self.ctx.dialogs.ask(self, self.tr("Small Moments"), self.offer_text(backup))
        if not use or not passphrase:
            self._failed(problem)
            return
        vault, clock = self._new_vault(), self.ctx.clock

        def work():
            moved = restore(backup, vault.folder, passphrase, clock)
            return vault.open(passphrase), moved  # the backup's slots: try each

        self._restored_from = when
        self.busy.start(self.tr("Opening the backup…"))
        self.pages.setEnabled(False)
        self.op = run_in_background(self, work, self._restored, self._failed)

    def _restored(self, result) -> None:
        journal, _moved = result
        self._opened(journal)
        self.ctx.dialogs.inform(self.window(), self.tr("Small Moments"), self.tr(
            "Your journal is back as it was on %1. The file that couldn't be opened is "
            "set aside, not deleted. It is in the \u201cset-aside\u201d folder, with its "
            "key file.").replace(
            "%1", self._restored_from))

    def _enter_in_last(self) -> None:
        """Enter in the last box: reset when all is ready, else say what is missing."""
        if self.working:
            return
        if self.reset_button.isEnabled():
            self.reset()
        elif not self.code.text().strip():
            self.message.setProperty("damaged", False)
            say_problem(self.message, self.code, self.tr("Type your recovery code first."))
            self.code.setFocus()
        else:
            fields = self.fields
            short = len(fields.passphrase.text()) < MIN_LENGTH
            field = fields.passphrase if short else fields.confirm
            field.setFocus()
            announce(field, fields.hint.text() if short else fields.match.text() or self.tr(
                "Type the same passphrase again in this box."))

    def reset(self) -> None:
        if self.working or not self.reset_button.isEnabled():
            return
        code, new = self.code.text(), self.fields.value()
        vault = self._new_vault()
        self._vault = vault
        self._by_code = True
        caregiver = self.picker.current() or "passphrase"  # the only one's, or the first's
        self._start(lambda: vault.reset_passphrase(code, new, caregiver=caregiver))

    def _opened(self, journal) -> None:
        if self.picker.several():
            self.ctx.prefs.last_caregiver = journal.writer
        self._passphrase = ""
        self.check_fully = False  # it opened, every page checked if it had to be
        self.busy.stop()
        self.pages.setEnabled(True)
        self.reset_view()
        finished, self._vault = getattr(self._vault, "finished_restore", False), None
        self.notice, self._by_code = self.reset_words() if self._by_code else "", False
        self.unlocked.emit(journal)
        if finished:  # a restore that was cut off was finished just now: say so
            self.ctx.dialogs.inform(self.window(), self.tr("Small Moments"), self.tr(
                "The backup you chose to restore is now your journal. The restore had "
                "stopped part way; it is finished now. The journal you had before is "
                "set aside in the set-aside folder beside it."))

    def reset_words(self) -> str:
        """What a reset with the code allows (Vault.reset_passphrase: the caregiver's
        passphrase slot is rewrapped in every key file kept; the recovery slot is not)."""
        return self.tr("Your new passphrase works now. Your old passphrase doesn't open "
                       "your journal anymore. Your recovery code still works too: keep "
                       "it safe.")

    def take_notice(self) -> str:
        notice, self.notice = self.notice, ""
        return notice

    def _failed(self, exc: BaseException) -> None:
        self._passphrase = ""
        self._by_code = False
        self.busy.stop()
        self.pages.setEnabled(True)
        field = self.passphrase if self.pages.currentIndex() == 0 else self.code
        self.message.setProperty("damaged", isinstance(
            exc, JournalDamaged | KeyFileDamaged | KeyFileMissing | JournalTooNew))
        text = error_text(exc, self.ctx.lang)
        if isinstance(exc, RestoreCutOff):  # say where the journal's files are now
            text += "\n" + str(exc.set_aside_at)
        say_problem(self.message, field, text)
        field.selectAll()
        field.setFocus()
