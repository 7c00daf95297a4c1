"""The recovery code, shown once: print it, save it as a PDF, then type it back or confirm."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt, Signal
from PySide6.QtGui import QPageSize, QPdfWriter
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import APP_NAME
from journal.fsutil import atomic_write
from ui.plumbing.dates import long_date
from ui.plumbing.dialogs import Dialogs
from ui.plumbing.journal_names import journal_name
from ui.plumbing.theme import set_role
from ui.widgets.announce import announce
from ui.widgets.recovery_page import PageWords, page_size_for_locale, paint_page, set_page

_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def normalize_code(text: str) -> str:
    return "".join(c for c in text.upper() if c not in " -\t\n\r").translate(_LOOKALIKES)


class RecoveryCodeView(QWidget):
    """`ready_changed(bool)`: the code was typed back correctly, or kept is ticked.
    With the app's context (`ctx`), the printed page names the journal and the day."""

    ready_changed = Signal(bool)

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None, ctx=None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self._ctx = ctx
        self._made = None  # the day the code on screen was made (the app's clock)
        self._code = ""
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        # A read-only text field, not a label: a screen reader reads it through the text
        # interface, letter by letter if the caregiver wants, and it is a Tab stop.
        self.code_label = set_role(QLineEdit(), "code")
        self.code_label.setReadOnly(True)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = QPushButton()
        self.pdf_button = QPushButton()
        self.typeback_label = QLabel()
        self.typeback = QLineEdit()
        self.typeback_label.setBuddy(self.typeback)
        self.kept = QCheckBox()
        self.status = set_role(QLabel(), "hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for item in (self.intro, self.code_label):
            layout.addWidget(item)
        layout.addLayout(buttons)
        for item in (self.typeback_label, self.typeback, self.kept, self.status):
            layout.addWidget(item)
        self.print_button.clicked.connect(self.print_code)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.typeback.textChanged.connect(self._check)
        self.kept.toggled.connect(self._check)
        self._ready = False
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "This is your recovery code. If you ever forget your passphrase, it is the only "
            "way back into your journal. We show it only now. Print it or save it, and keep "
            "it somewhere safe, away from this computer."))
        self.print_button.setText(self.tr("&Print…"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.typeback_label.setText(self.tr("Type it back here to check &it:"))
        self.typeback.setAccessibleName(self.tr("Type the recovery code back"))
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setAccessibleDescription(self.tr(
            "Four letters or numbers in each group. Read it letter by letter, then keep it."))
        self.kept.setText(self.tr("I kept my recovery code somewhere safe"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_code(self, code: str) -> None:
        self._code = code
        self._made = self._ctx.clock.today() if code and self._ctx is not None else None
        self.code_label.setText(code)
        self.code_label.setCursorPosition(0)
        self.typeback.setText("")
        self.kept.setChecked(False)
        self._check()

    def clear(self) -> None:
        self.set_code("")

    def is_ready(self) -> bool:
        return self._ready

    def _check(self) -> None:
        typed = normalize_code(self.typeback.text())
        matches = bool(self._code) and typed == normalize_code(self._code)
        if matches:
            status = self.tr("That matches. Well kept.")
        elif typed:
            status = self.tr("Not a match yet. Check each group of four.")
        else:
            status = ""
        if status != self.status.text():
            self.status.setText(status)
            self.typeback.setAccessibleDescription(status)
            if matches:  # "not yet" stays in the description; it would repeat each letter
                announce(self.typeback, status)
        ready = bool(self._code) and (matches or self.kept.isChecked())
        if ready != self._ready:
            self._ready = ready
            self.ready_changed.emit(ready)

    # -- print and PDF ----------------------------------------------------------------
    def page_words(self) -> PageWords:
        """What the printed page says: the code, which journal, the day; nothing else the
        caregiver wrote (the journal's name is the one the lock screen lists in plain)."""
        ctx = self._ctx
        name = _journal_name(ctx) if ctx is not None else ""
        made = long_date(self._made) if self._made is not None else ""
        return PageWords(
            title=self.tr("Your recovery code for %1").replace("%1", APP_NAME),
            code=self._code,
            journal=self.tr("Journal: %1").replace("%1", name) if name else "",
            made=self.tr("Made on %1").replace("%1", made) if made else "",
            lines=(
                self.tr("If you ever forget your passphrase, this code opens your journal."),
                self.tr("Keep this page somewhere safe, away from this computer. It is "
                        "private, like a key to your home."),
                self.tr("If you make a new code later, this one stops working."),
                self.tr("When you type it, dashes and spaces don't matter."),
            ))

    def print_code(self, printer=None) -> None:
        """The same page as the PDF, on the printer the caregiver picks (`printer`:
        tests pass one that writes a PDF file)."""
        from PySide6.QtPrintSupport import QPrinter

        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        set_page(printer, page_size_for_locale())
        if self.dialogs.choose_printer(self, self.tr("Print the recovery code"), printer):
            paint_page(printer, self.page_words())

    def save_pdf(self) -> str | None:
        path = self.dialogs.save_file(self, self.tr("Save the recovery code as a PDF"),
                                      "small-moments-recovery-code.pdf",
                                      self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            atomic_write(Path(path), self.pdf_bytes())  # private (0600), all or nothing
        except OSError:
            self.status.setText(self.tr("The PDF couldn't be saved there. Try another "
                                        "place, or print the code."))
            announce(self.pdf_button, self.status.text())
            return None
        self.status.setText(self.tr("Saved. Keep the file somewhere safe."))
        announce(self.pdf_button, self.status.text())
        return path

    def pdf_bytes(self, size: QPageSize | None = None) -> bytes:
        """The recovery-code page as a PDF, made in memory (never a temporary file):
        Letter or A4 as the language's country uses, unless `size` says."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        set_page(writer, size or page_size_for_locale())
        writer.setTitle(self.tr("Recovery code"))
        writer.setCreator(APP_NAME)
        paint_page(writer, self.page_words())
        del writer  # finishes the PDF into the buffer
        buffer.close()
        return bytes(data.data())


def _journal_name(ctx) -> str:
    """The open journal's name as the lists show it ("Sunny days", or "Journal 1")."""
    shelved = ctx.shelf().get(ctx.journal_id)
    return journal_name(shelved) if shelved is not None else ""
