"""Protect the PDF with a password: the tick, the password the app makes, and, when a
summary comes back after a lock, the box to type it again.

The password lives in this widget's memory only: never in the draft, a file or the
preferences. So after a lock the Protect choice comes back ticked without it, and no
PDF is made until the caregiver types the one they wrote down (or makes a new one).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from journal.summary.pdf import new_password
from ui.plumbing.theme import set_role, wrapped_label
from ui.summary.pages import big_text


class PasswordChoice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.protect = QCheckBox()
        self.password = QLabel()  # the one the app made, to write down
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.password.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        big_text(self.password)
        self.retype_label = QLabel()
        self.retype = QLineEdit()  # after a lock: the one written down, typed again
        self.retype_label.setBuddy(self.retype)
        self.note = wrapped_label("message")
        self.new_password = set_role(QPushButton(), "link")
        self.box = QWidget()
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(28, 0, 0, 0)
        inner.addWidget(self.password, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.retype_label)
        inner.addWidget(self.retype)
        inner.addWidget(self.note)
        inner.addWidget(self.new_password, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.protect)
        layout.addWidget(self.box)
        self._password: str | None = None
        self._retyping = False  # ticked before a lock: the password is typed again
        self.protect.toggled.connect(self._toggled)
        self.new_password.clicked.connect(self.make_new)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.protect.setText(self.tr("Protect the PDF with a pass&word"))
        self.password.setAccessibleName(self.tr("The password for the PDF"))
        self.retype_label.setText(self.tr("&Type the password you wrote down:"))
        self.retype.setAccessibleName(self.tr("The password for the PDF"))
        if self._retyping:
            self.note.setText(self.tr(
                "Your journal locked, and the password is never kept. Type the one you "
                "wrote down, or make a new one. The PDF is made only once it has its "
                "password."))
            self.new_password.setText(self.tr("Make a &new password instead"))
        else:
            self.note.setText(self.tr(
                "Write this password down. Give it to the person you share with "
                "separately: say it out loud, or send it in a different message than the "
                "PDF. You will not see it again after you close the summary."))
            self.new_password.setText(self.tr("Make a &different password"))
        self.retype.setAccessibleDescription(self.note.text() if self._retyping else "")

    def _toggled(self, on: bool) -> None:
        if on and not self._password and not self._retyping:
            self._password = new_password()
        self._show()

    def make_new(self) -> None:
        self._password, self._retyping = new_password(), False
        self.retype.setText("")  # drops the undo history too
        self._show()

    def comes_back(self) -> None:
        """Protect was ticked when the journal locked: ticked again, without a password."""
        self._password, self._retyping = None, True
        self.protect.setChecked(True)
        self._show()

    def value(self) -> str | None:
        """The PDF's password, or None when it is not protected (or not typed yet)."""
        if not self.protect.isChecked():
            return None
        if self._retyping:
            return self.retype.text().strip() or None
        return self._password

    def missing(self) -> bool:
        """Protect is ticked but there is no password yet (it must be typed again)."""
        return self.protect.isChecked() and self.value() is None

    def _show(self) -> None:
        on = self.protect.isChecked()
        self.box.setVisible(on)
        self.password.setText(self._password or "" if on else "")
        self.password.setVisible(on and not self._retyping)
        self.retype_label.setVisible(self._retyping)
        self.retype.setVisible(self._retyping)
        self.retranslate()

    def clear(self) -> None:
        self._password, self._retyping = None, False
        self.retype.setText("")  # drops the undo history too
        self.protect.setChecked(False)
        self._show()
