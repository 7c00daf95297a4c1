"""Passphrase fields: show/hide, a strength hint in plain words, and a confirm field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from ui.plumbing.theme import set_role
from ui.widgets.announce import announce, say_problem

MIN_LENGTH = 8


def strength_hint(text: str) -> str:
    """A plain-words hint about how hard a passphrase is to guess (no scores)."""
    words = len(text.split())
    if not text:
        return QCoreApplication.translate(
            "PassphraseFields", "A few everyday words in a row work well. "
                                "Try a short sentence only you would think of.")
    if len(text) < MIN_LENGTH:
        return QCoreApplication.translate("PassphraseFields", "Keep going: use at least 8 letters.")
    if len(text) >= 20 or words >= 4:
        return QCoreApplication.translate("PassphraseFields", "That looks strong.")
    return QCoreApplication.translate(
        "PassphraseFields", "Good. A few more words would make it even stronger.")


class PassphraseFields(QWidget):
    """New passphrase + confirm. `valid_changed(bool)` when both are usable and match."""

    valid_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, changing: bool = False) -> None:
        super().__init__(parent)
        self.changing = changing  # Settings: a new passphrase, below the current one
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_box = QCheckBox()
        self.hint = set_role(QLabel(), "hint")
        self.hint.setWordWrap(True)
        self.hint.setBuddy(self.passphrase)
        self.match = set_role(QLabel(), "hint")
        self.match.setWordWrap(True)
        self.match.setBuddy(self.confirm)  # the words about the second box sit under it
        self.label_new = QLabel()
        self.label_new.setBuddy(self.passphrase)
        self.label_confirm = QLabel()
        self.label_confirm.setBuddy(self.confirm)
        form = self.form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.label_new, self.passphrase)
        form.addRow("", self.hint)
        form.addRow(self.label_confirm, self.confirm)
        form.addRow("", self.match)
        form.addRow("", self.show_box)
        self.passphrase.textChanged.connect(self._changed)
        self.confirm.textChanged.connect(self._changed)
        self.show_box.toggled.connect(self._toggle_echo)
        self._valid = False
        self.retranslate()

    def retranslate(self) -> None:
        if self.changing:
            self.label_new.setText(self.tr("&New passphrase:"))
            self.passphrase.setAccessibleName(self.tr("New passphrase"))
            self.confirm.setAccessibleName(self.tr("Type the new passphrase again"))
        else:
            self.label_new.setText(self.tr("&Passphrase:"))
            self.passphrase.setAccessibleName(self.tr("Passphrase"))
            self.confirm.setAccessibleName(self.tr("Type the passphrase again"))
        self.label_confirm.setText(self.tr("T&ype it again:"))
        self.show_box.setText(self.tr("Show what I type"))
        self._changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _toggle_echo(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _changed(self) -> None:
        text, again = self.passphrase.text(), self.confirm.text()
        hint = strength_hint(text)
        if hint != self.hint.text():
            self.hint.setText(hint)
            self.passphrase.setAccessibleDescription(hint)
            if text:
                announce(self.passphrase, hint)
        if not again:
            say_problem(self.match, self.confirm, "")
        elif again == text:
            say_problem(self.match, None, "✓ " + self.tr("Both match."))
            self.confirm.setAccessibleDescription("")
        else:
            say_problem(self.match, self.confirm, self.tr(
                "These don't match yet. Check both boxes."))
        valid = len(text) >= MIN_LENGTH and again == text
        if valid != self._valid:
            self._valid = valid
            self.valid_changed.emit(valid)

    def is_valid(self) -> bool:
        return self._valid

    def value(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.setText("")  # setText also drops the undo history
        self.confirm.setText("")
        self.show_box.setChecked(False)
