"""Settings → Caregivers: one journal, each of you with your own passphrase (issue 19).

Adding someone needs the passphrase of the person at the keyboard; the new person then
types their own passphrase twice (the same rules as the first run). Removing someone
takes their way in out of every key file the app keeps, then offers to lock the whole
journal with a new key, in case they copied its files. Names are plain text in the key
file, and the box says so where a name is typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.vault.caregivers import add_caregiver, name_caregiver, remove_caregiver
from journal.vault.keyfile import MAX_CAREGIVERS, MAX_NAME
from ui.plumbing.context import AppContext
from ui.plumbing.i18n import error_text
from ui.plumbing.operations import run_in_background
from ui.plumbing.theme import set_role
from ui.start.caregiver_picker import caregiver_label
from ui.widgets.announce import announce
from ui.widgets.busy import BusyBar
from ui.widgets.chips import FlowRow
from ui.widgets.passphrase import PassphraseFields


class TheirPassphrase(PassphraseFields):
    """The new caregiver's passphrase, twice, with labels (and Alt keys) of its own."""

    def retranslate(self) -> None:
        super().retranslate()
        self.label_new.setText(self.tr("Their pa&ssphrase:"))
        self.passphrase.setAccessibleName(self.tr("Their passphrase"))
        self.label_confirm.setText(self.tr("Type theirs ag&ain:"))
        self.confirm.setAccessibleName(self.tr("Type their passphrase again"))


class CaregiversBox(QGroupBox):
    changed = Signal()  # someone was added or removed: the key files changed
    lock_out = Signal(str)  # the passphrase: rotate the key and replace the backups

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.people = QListWidget()
        self.people.setMaximumHeight(6 * self.fontMetrics().lineSpacing())
        self.remove_button = QPushButton()
        self.my_name = QLineEdit()
        self.my_name.setMaxLength(MAX_NAME)
        self.my_name_label = QLabel()
        self.my_name_label.setBuddy(self.my_name)
        self.name_button = QPushButton()
        self.mine = QLineEdit()
        self.mine.setEchoMode(QLineEdit.EchoMode.Password)
        self.mine_label = QLabel()
        self.mine_label.setBuddy(self.mine)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.name_hint = set_role(QLabel(), "hint")
        self.name_hint.setWordWrap(True)
        self.theirs = TheirPassphrase(changing=True)
        self.add_button = set_role(QPushButton(), "primary")
        self.busy = BusyBar()
        self.message = set_role(QLabel(), "message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.add_heading = set_role(QLabel(), "heading")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        mine = QFormLayout()
        mine.addRow(self.mine_label, self.mine)
        layout.addLayout(mine)
        layout.addWidget(self.people)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        mine.addRow(self.my_name_label, self.my_name)
        mine.addRow("", FlowRow(self.name_button))
        layout.addWidget(self.add_heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.name_label, self.name)
        form.addRow("", self.name_hint)
        layout.addLayout(form)
        layout.addWidget(self.theirs)
        layout.addWidget(FlowRow(self.add_button))
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        chain = (self.mine, self.my_name, self.name_button, self.people, self.remove_button,
                 self.name, self.theirs.passphrase, self.theirs.confirm, self.theirs.show_box,
                 self.add_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)  # top to bottom, as shown
        self.add_button.clicked.connect(self.add)
        self.name_button.clicked.connect(self.save_my_name)
        self.remove_button.clicked.connect(self.remove)
        for signal in (self.mine.textChanged, self.name.textChanged, self.my_name.textChanged,
                       self.theirs.valid_changed, self.people.currentRowChanged):
            signal.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Caregivers"))
        self.intro.setText(self.tr(
            "One journal, each of you with your own passphrase. Everyone here sees and "
            "adds to the same moments. Up to %1 people.").replace("%1", str(MAX_CAREGIVERS)))
        self.people.setAccessibleName(self.tr("Caregivers who can open this journal"))
        self.remove_button.setText(self.tr("R&emove from the journal"))
        self.mine_label.setText(self.tr("Your &passphrase:"))
        self.mine.setAccessibleName(self.tr("Your passphrase"))
        self.mine.setAccessibleDescription(self.tr("Needed to add or remove someone."))
        self.name_label.setText(self.tr("&What to call them:"))
        self.name.setAccessibleName(self.tr("What to call them"))
        self.name.setPlaceholderText(self.tr("A first name, or \u201cGrandma\u201d"))
        self.name_hint.setText(self.tr(
            "Names are not locked: they are saved in the key file beside your journal, so "
            "the lock screen can ask who you are. A first name or \u201cGrandma\u201d is "
            "enough."))
        self.name.setAccessibleDescription(self.name_hint.text())
        self.my_name_label.setText(self.tr("Yo&ur name:"))
        self.my_name.setAccessibleName(self.tr("Your name"))
        self.name_button.setText(self.tr("Save my name"))
        self.add_heading.setText(self.tr("Add someone"))
        self.add_button.setText(self.tr("Add them to the &journal"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, journal) -> None:
        self.journal = journal
        self.refresh()

    def wipe(self) -> None:
        for field in (self.mine, self.name, self.my_name):
            field.setText("")
        self.theirs.clear()
        self.message.setVisible(False)
        self.journal = None
        self.people.clear()

    def me(self) -> str:
        return self.journal.writer if self.journal is not None else "passphrase"

    def refresh(self) -> None:
        try:
            people = self.ctx.vault().caregivers()
        except Exception:  # noqa: BLE001 - shown again after the next change
            people = []
        self.people.clear()
        for number, (slot_id, name) in enumerate(people, start=1):
            text = caregiver_label(self, name, number)
            if slot_id == self.me():
                self.my_name.setText(name or "")
                text = self.tr("%1 (you)").replace("%1", text)
            item = QListWidgetItem(text)
            item.setData(256, slot_id)  # Qt.UserRole
            self.people.addItem(item)
        self._update()

    def _update(self) -> None:
        free = not self.busy.running
        count = self.people.count()
        self.add_button.setEnabled(free and bool(self.mine.text()) and bool(
            self.name.text().strip()) and self.theirs.is_valid() and count < MAX_CAREGIVERS)
        self.remove_button.setEnabled(free and count > 1 and self.people.currentRow() >= 0)
        self.name_button.setEnabled(free and bool(self.mine.text())
                                    and bool(self.my_name.text().strip()))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        announce(self.message, text)

    def _run(self, work, done) -> None:
        self.busy.start(self.tr("Saving your change…"))
        self.message.setVisible(False)
        self._update()

        def finished(result) -> None:
            self.busy.stop()
            done(result)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.busy.stop()
            self._update()
            self._say(error_text(exc, self.ctx.lang))

        run_in_background(self, work, finished, failed)

    def add(self) -> None:
        if not self.add_button.isEnabled():
            return
        vault, me, mine = self.ctx.vault(), self.me(), self.mine.text()
        name, theirs = self.name.text(), self.theirs.value()

        def done(_slot_id) -> None:
            self.mine.setText("")
            self.name.setText("")
            self.theirs.clear()
            self._say(self.tr("%1 can now open this journal with their own passphrase. "
                              "On the lock screen, they choose their name first.")
                      .replace("%1", " ".join(name.split())))
            self.changed.emit()

        self._run(lambda: add_caregiver(vault, me, mine, name, theirs), done)

    def save_my_name(self) -> None:
        if not self.name_button.isEnabled():
            return
        vault, me, mine, name = self.ctx.vault(), self.me(), self.mine.text(), self.my_name.text()

        def done(_result) -> None:
            if self.journal is not None and self.journal.is_open:
                self.journal.set_writer(me, " ".join(name.split()))
            self.mine.setText("")
            self._say(self.tr("Saved. The lock screen shows your name now."))
            self.changed.emit()

        self._run(lambda: name_caregiver(vault, me, mine, name), done)

    def remove(self) -> None:
        item = self.people.currentItem()
        if item is None or not self.remove_button.isEnabled():
            return
        if not self.mine.text():
            self._say(self.tr("Type your passphrase first."))
            self.mine.setFocus()
            return
        who, slot_id = item.text(), item.data(256)
        if not self.ctx.dialogs.ask(self, self.tr("Remove a caregiver"), self.tr(
                "%1 will no longer open this journal or its backups with their passphrase. "
                "The moments they wrote stay. Remove them?").replace("%1", who)):
            return
        vault, me, mine = self.ctx.vault(), self.me(), self.mine.text()

        def done(_written) -> None:
            self.changed.emit()
            if self.ctx.dialogs.ask(self, self.tr("Remove a caregiver"), self.tr(
                    "Done. Could they have copied your journal's files?\n\nYes (safest): "
                    "Small Moments locks your whole journal again with a new key, so an old "
                    "copy of its files opens nothing new. You get a new recovery code, and "
                    "one new backup takes the place of the older ones.\n\nNo: you are "
                    "done."), default_yes=True):
                self.lock_out.emit(mine)
            self.mine.setText("")

        self._run(lambda: remove_caregiver(vault, me, mine, slot_id), done)
