"""Settings: language, auto-lock, text size, what to notice more, passphrase, recovery
code, folder, About."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal import APP_NAME, __version__
from ui.plumbing.context import AppContext
from ui.plumbing.i18n import error_text
from ui.plumbing.operations import run_in_background
from ui.plumbing.prefs import TEXT_SIZES
from ui.plumbing.theme import scroll_page, set_role
from ui.settings.caregivers import CaregiversBox
from ui.settings.focus import focus_choices
from ui.settings.journals import JournalsBox
from ui.settings.nudge import GentleBox
from ui.settings.rows import column_in, rows_in
from ui.widgets.announce import announce, reveal
from ui.widgets.busy import BusyBar
from ui.widgets.chips import FlowRow
from ui.widgets.passphrase import PassphraseFields
from ui.widgets.recovery_code import RecoveryCodeView

FOCUS_KEY = "prompt_focus"  # inside the encrypted journal; "" means anything


class _Progress(QObject):
    """Steps of slow work, reported from the worker thread, shown on the UI thread."""
    moved = Signal(int, int)  # (step, steps)


def _password() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SettingsPage(QWidget):
    language_changed = Signal(str)
    text_size_changed = Signal(int)
    autolock_changed = Signal(int)
    focus_changed = Signal(str)  # a prompt focus id, or "" for anything
    keys_requested = Signal()  # show the list of keys (F1)
    keys_changed = Signal()  # a new passphrase or recovery code: copies elsewhere follow

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(16)

        self.general = QGroupBox()
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.lang)))
        self.autolock = QSpinBox()
        self.autolock.setRange(1, 240)
        self.autolock.setValue(ctx.prefs.autolock_minutes)
        self.text_size = QComboBox()
        for size in TEXT_SIZES:
            self.text_size.addItem(f"{size}%", size)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(ctx.prefs.text_size)))
        self.general_labels = [QLabel() for _ in range(3)]
        form = rows_in(self.general)  # each control named by its own label only
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, field in zip(self.general_labels,
                                (self.language, self.autolock, self.text_size), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.keys_button = QPushButton()
        form.addRow("", self.keys_button)
        layout.addWidget(self.general)

        self.focus_box = QGroupBox()
        self.focus_label = QLabel()
        self.focus_label.setWordWrap(True)
        self.focus = QComboBox()
        self.focus.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.focus.setMinimumContentsLength(18)  # long choices are shown in full in the list
        self.focus_label.setBuddy(self.focus)
        self.focus_hint = set_role(QLabel(), "hint")
        self.focus_hint.setWordWrap(True)
        inner = column_in(self.focus_box)
        inner.addWidget(self.focus_label)
        inner.addWidget(self.focus)
        inner.addWidget(self.focus_hint)
        layout.addWidget(self.focus_box)
        self.gentle = GentleBox(ctx)  # a moment from before; the gentle reminder
        layout.addWidget(self.gentle)

        self.passphrase_box = QGroupBox()
        self.current = _password()
        self.current_label = QLabel()
        self.current_label.setBuddy(self.current)
        self.fields = PassphraseFields(changing=True)
        self.change_button = QPushButton()
        self.change_button.setEnabled(False)
        self.code_button = QPushButton()
        self.busy = BusyBar()
        self.key_message = set_role(QLabel(), "message")
        self.key_message.setWordWrap(True)
        self.key_message.setVisible(False)
        self.code_view = RecoveryCodeView(ctx.dialogs, ctx=ctx)
        self.code_view.setVisible(False)
        self.code_done = QPushButton()
        self.code_done.setVisible(False)
        inner = QVBoxLayout(self.passphrase_box)
        self.fields.form.insertRow(0, self.current_label, self.current)
        inner.addWidget(self.fields)
        inner.addWidget(FlowRow(self.change_button, self.code_button))
        for widget in (self.busy, self.key_message, self.code_view, self.code_done):
            inner.addWidget(widget)
        self.caregivers = CaregiversBox(ctx)  # ui/settings/caregivers.py
        self.caregivers.lock_out.connect(self.lock_out_for_good)
        self.caregivers.changed.connect(self.keys_changed)
        self.journals_box = JournalsBox(ctx)  # several journals on one computer
        for box in (self.passphrase_box, self.caregivers, self.journals_box):
            layout.addWidget(box)
        self.folder_box = QGroupBox()
        self.folder = QLabel(str(ctx.data_dir))
        self.folder.setWordWrap(True)
        self.open_folder = QPushButton()
        inner = QVBoxLayout(self.folder_box)
        inner.addWidget(self.folder)
        inner.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.folder_box)

        self.about_box = QGroupBox()
        self.about = QTextBrowser()
        self.about.setOpenLinks(False)
        self.about.setMinimumHeight(260)
        inner = QVBoxLayout(self.about_box)
        inner.addWidget(self.about)
        layout.addWidget(self.about_box)
        layout.addStretch(1)

        scroll_page(self, body)
        chain = (self.focus, *self.gentle.tab_chain(), self.current, self.fields.passphrase,
                 self.fields.confirm, self.fields.show_box)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)  # top to bottom, as shown

        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.language.currentData()))
        self.text_size.currentIndexChanged.connect(
            lambda _i: self.text_size_changed.emit(int(self.text_size.currentData())))
        self.autolock.valueChanged.connect(self._autolock)
        self.keys_button.clicked.connect(self.keys_requested)
        self.focus.currentIndexChanged.connect(self._focus_chosen)
        self.current.textChanged.connect(self._update_change)
        self.fields.valid_changed.connect(self._update_change)
        self.change_button.clicked.connect(self.change_passphrase)
        self.code_button.clicked.connect(self.new_recovery_code)
        self.code_view.ready_changed.connect(self.code_done.setEnabled)
        self.code_done.clicked.connect(self._hide_code)
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir))))
        self.retranslate()

    def retranslate(self) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.lang)))
        self.language.blockSignals(False)
        self.general.setTitle(self.tr("How it looks and locks"))
        for label, text in zip(self.general_labels, (
                self.tr("&Language:"), self.tr("Lock after this many m&inutes idle:"),
                self.tr("Te&xt size:")), strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.keys_button.setText(self.tr("&Keys that help (F1)"))
        self.keys_button.setAccessibleName(self.tr("Keys that help"))
        self.keys_button.setAccessibleDescription(self.tr(
            "A list of every key you can use instead of the mouse."))
        self.focus_box.setTitle(self.tr("Today's question"))
        self.focus_label.setText(self.tr("What would you like to notice m&ore?"))
        self.focus.setAccessibleName(self.tr("What would you like to notice more?"))
        self.focus_hint.setText(self.tr(
            "Today's question leans toward what you pick. Change it any time."))
        self._fill_focus(self.focus.currentData())
        self.passphrase_box.setTitle(self.tr("Passphrase and recovery code"))
        self.current_label.setText(self.tr("&Current passphrase:"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.change_button.setText(self.tr("C&hange passphrase"))
        self.code_button.setText(self.tr("Make a new &recovery code"))
        self.code_button.setToolTip(self.tr(
            "Type your current passphrase first. The old code stops working."))
        self.code_done.setText(self.tr("Done"))
        self.folder_box.setTitle(self.tr("Where your journal lives"))
        self.open_folder.setText(self.tr("Open this &folder"))
        self.about_box.setTitle(self.tr("About"))
        self.about.setPlainText(self.about_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def about_text(self) -> str:
        head = f"{APP_NAME} {__version__}\n\n" + self.tr(
            "A private journal for the small moments with your baby or toddler. It stays "
            "on this computer, locked with your passphrase, and never goes online.")
        try:
            import prompts

            sources = f"{prompts.sources_title(self.ctx.lang)}\n\n" + prompts.sources_text(
                self.ctx.lang)
        except Exception:  # noqa: BLE001 - About still shows the basics
            sources = ""
        return f"{head}\n\n{sources}".strip()

    def load(self, journal) -> None:
        self.journal = journal
        self.caregivers.load(journal)
        self._fill_focus(journal.get_setting(FOCUS_KEY, "") or "")
        self.gentle.load(journal)

    def _fill_focus(self, chosen: str | None) -> None:
        self.focus.blockSignals(True)
        self.focus.clear()
        self.focus.addItem(self.tr("Anything: a little of everything"), "")
        for key, label in focus_choices():
            self.focus.addItem(label, key)
        self.focus.setCurrentIndex(max(0, self.focus.findData(chosen or "")))
        self.focus.blockSignals(False)

    def _focus_chosen(self, _index: int) -> None:
        if self.journal is None or not self.journal.is_open:
            return
        value = self.focus.currentData() or ""
        self.journal.set_setting(FOCUS_KEY, value)
        self.focus_changed.emit(value)

    def wipe(self) -> None:
        self.current.setText("")
        self.fields.clear()
        self._hide_code()
        self.key_message.setVisible(False)
        self._fill_focus("")
        self.caregivers.wipe()
        self.gentle.wipe()
        self.journal = None

    def _autolock(self, minutes: int) -> None:
        self.ctx.prefs.autolock_minutes = minutes
        self.autolock_changed.emit(minutes)

    def _update_change(self) -> None:
        self.change_button.setEnabled(bool(self.current.text()) and self.fields.is_valid())

    def _run(self, work, done, on_failure=None, **held) -> None:
        self.busy.start(self.tr("Saving your change…"))
        self.key_message.setVisible(False)
        self.passphrase_box.setEnabled(False)

        def finished(result) -> None:
            self.busy.stop()
            self.passphrase_box.setEnabled(True)
            done(result)

        def failed(exc: BaseException) -> None:
            self.busy.stop()
            self.passphrase_box.setEnabled(True)
            if on_failure is not None:
                on_failure(exc)
            else:
                self._say(error_text(exc, self.ctx.lang))

        run_in_background(self, work, finished, failed, **held)

    def _say(self, text: str) -> None:
        self.key_message.setText(text)
        self.key_message.setVisible(True)
        announce(self.key_message, text)

    def change_passphrase(self) -> None:
        old, new = self.current.text(), self.fields.value()
        vault = self.ctx.vault()

        def done(_result) -> None:
            self.current.setText("")
            self.fields.clear()
            self._say(self.tr("Your passphrase is changed, for your journal and its "
                              "backups. Use the new one next time."))
            self.keys_changed.emit()

        me = self.caregivers.me()
        self._run(lambda: vault.change_passphrase(old, new, caregiver=me), done)

    def new_recovery_code(self) -> None:
        passphrase = self.current.text()
        if not passphrase:
            self._say(self.tr("Type your current passphrase first."))
            self.current.setFocus()
            return
        vault = self.ctx.vault()
        if self.journal is not None and self.ctx.dialogs.ask(
                self, self.tr("A new recovery code"), self.lock_out_question(),
                default_yes=True):
            self.lock_out_for_good(passphrase)
            return
        me = self.caregivers.me()
        self._expect_code()
        self._run(lambda: vault.new_recovery_code(passphrase, caregiver=me), self._show_new_code,
                  self._no_new_code)

    def lock_out_question(self) -> str:
        return self.tr(
            "Could someone else have seen your old recovery code, or copied your journal's "
            "files?\n\nYes (safest): Small Moments locks out the old code and any old "
            "passphrase for good. It locks your whole journal again with a new key, and "
            "one new backup takes the place of your older backups. This takes a little "
            "longer.\n\nNo: you get a new code now. The old code stops opening your "
            "journal and its backups.")

    def _expect_code(self) -> None:
        """Until the new code is on screen, the next unlock would say it was never seen."""
        self._unseen_before, self.ctx.prefs.code_unseen = self.ctx.prefs.code_unseen, True

    def _no_new_code(self, exc: BaseException) -> None:
        self.ctx.prefs.code_unseen = self._unseen_before  # nothing changed: as before
        self._say(error_text(exc, self.ctx.lang))

    def _show_new_code(self, code: str) -> None:
        self.ctx.prefs.code_unseen = False
        self.current.setText("")
        self.code_view.set_code(code)
        self.code_view.setVisible(True)
        self.code_done.setVisible(True)
        self.code_done.setEnabled(False)
        self.code_view.code_label.setFocus()  # read it first (a screen reader can)
        self.keys_changed.emit()

    def lock_out_for_good(self, passphrase: str) -> None:
        """Rotate the data key and replace the backups with one fresh one, off the UI
        thread, with the steps shown."""
        from journal.backups.lockout import lock_out_old_secrets
        from journal.errors import LockOutUnfinished

        vault, journal = self.ctx.vault(), self.journal
        progress = _Progress(self)
        progress.moved.connect(self._progress)

        def done(code: str) -> None:
            self._show_new_code(code)
            self._say(self.tr(
                "Done. Your journal has a new key and a new recovery code. Your older "
                "backups were replaced by one new backup. The old code and old passphrases "
                "open none of them."))
            progress.deleteLater()

        def failed(exc: BaseException) -> None:
            progress.deleteLater()
            if isinstance(exc, LockOutUnfinished):  # the new code is real: show it
                self._show_new_code(exc.code)
                self._say(error_text(exc, self.ctx.lang))
            else:
                self._no_new_code(exc)

        self._expect_code()  # it re-keys on the journal's own connection: lock waits for it
        self._run(lambda: lock_out_old_secrets(vault, journal, passphrase,
                                               progress=progress.moved.emit), done, failed,
                  journal=journal, shares_connection=True)

    def ask_for_new_code(self) -> None:
        """From the notice at unlock: the passphrase field, in view, with what to do."""
        self._say(self.tr("Type your current passphrase first."))
        reveal(self.passphrase_box)
        self.current.setFocus()

    def _progress(self, step: int, steps: int) -> None:
        self.busy.setRange(0, steps)
        self.busy.setValue(step)

    def _hide_code(self) -> None:
        self.code_button.setFocus()  # before the focused Done button goes away
        self.code_view.clear()
        self.code_view.setVisible(False)
        self.code_done.setVisible(False)
