"""Choosing a journal on the unlock screen, and the small form that names one.

Shown only when the computer has more than one journal (with one, only "Start a new
journal" shows). Labels are not encrypted, so the form says so every time and suggests
a plain name. The picker never shows anything written inside a journal.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.shelf import LabelProblem, Shelf, ShelfFull, ShelfJournal, clean_label
from ui.plumbing.context import AppContext
from ui.plumbing.journal_names import journal_name
from ui.plumbing.theme import set_role
from ui.widgets.announce import reveal, say_problem
from ui.widgets.chips import FlowRow


def listed_name(journal: ShelfJournal) -> str:
    """The name in a list: one made but not started yet says so."""
    if journal.exists():
        return journal_name(journal)
    return QCoreApplication.translate("Journals", "%1 (not started yet)").replace(
        "%1", journal_name(journal))


def suggested_name(shelf: Shelf) -> str:
    taken = {journal_name(j).casefold() for j in shelf.journals()}
    n = 2
    while QCoreApplication.translate("Journals", "Journal %1").replace(
            "%1", str(n)).casefold() in taken:
        n += 1
    return QCoreApplication.translate("Journals", "Journal %1").replace("%1", str(n))


def name_taken(shelf: Shelf, name: str, but: str | None = None) -> bool:
    """True if another journal shows this name (its label, or its plain default)."""
    return any(journal_name(j).casefold() == name.casefold() for j in shelf.journals()
               if j.id != but)


def label_problem_text(exc: Exception) -> str:
    reason = getattr(exc, "reason", "")
    if reason == "empty":
        return QCoreApplication.translate("Journals", "Type a name for the journal.")
    if reason == "long":
        return QCoreApplication.translate(
            "Journals", "That name is long. Please use 40 letters or fewer.")
    if reason == "taken":
        return QCoreApplication.translate(
            "Journals", "Another journal here has that name. Please pick another.")
    if isinstance(exc, ShelfFull):
        return QCoreApplication.translate(
            "Journals", "This computer has all the journals the app can keep.")
    return QCoreApplication.translate(
        "Journals", "That didn't work. Nothing was changed. Please try again.")


class LabelForm(QWidget):
    """A name box, the note that names are not locked, and OK / Cancel."""

    accepted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.field = QLineEdit()
        self.field.setMaxLength(200)  # longer names are told "too long", never cut quietly
        self.label.setBuddy(self.field)
        self.note = set_role(QLabel(), "hint")
        self.note.setWordWrap(True)
        self.message = set_role(QLabel(), "message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.ok_button = set_role(QPushButton(), "primary")
        self.cancel_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.label, self.field, self.message, self.note):
            layout.addWidget(widget)
        layout.addWidget(FlowRow(self.ok_button, self.cancel_button, spacing=12))
        self.field.returnPressed.connect(self._accept)
        self.field.installEventFilter(self)
        self.ok_button.clicked.connect(self._accept)
        self.taken = lambda _name: False  # set by the owner: is the name another's?
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Name for the jo&urnal:"))
        self.field.setAccessibleName(self.tr("Name for the journal"))
        self.note.setText(self.tr(
            "Anyone who uses this computer can see this name: it is not locked like the "
            "journal. A plain name like \u201cJournal 2\u201d or \u201cMine\u201d is best."))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if (watched is self.field and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape):
            self.cancel()
            return True
        return super().eventFilter(watched, event)

    def start(self, name: str, ok_text: str) -> None:
        self.ok_button.setText(ok_text)
        self.field.setText(name)
        self.field.selectAll()
        say_problem(self.message, self.field, "")
        self.setVisible(True)
        self.field.setFocus()

    def say(self, text: str) -> None:
        say_problem(self.message, self.field, text)
        self.field.setFocus()

    def _accept(self) -> None:
        try:
            name = clean_label(self.field.text())
        except LabelProblem as exc:
            self.say(label_problem_text(exc))
            return
        if self.taken(name):
            self.say(label_problem_text(LabelProblem("taken")))
            return
        self.accepted.emit(name)

    def cancel(self) -> None:
        self.setVisible(False)
        self.cancelled.emit()


class JournalPicker(QWidget):
    """Which journal to open; "Start a new journal" asks for a name, then first run."""

    chosen = Signal(str)  # a journal id
    create_requested = Signal(str)  # the name for a new journal

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.label = QLabel()
        self.combo = QComboBox()
        self.label.setBuddy(self.combo)
        self.message = set_role(QLabel(), "message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        # "Start a new journal" and its form sit apart, below the passphrase (`starter`)
        self.starter = QWidget()
        self.new_button = set_role(QPushButton(), "link")
        self.form = LabelForm()
        self.form.setVisible(False)
        self.form.taken = lambda name: name_taken(self.ctx.shelf(), name)
        lower = QVBoxLayout(self.starter)
        lower.setContentsMargins(0, 8, 0, 0)
        lower.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        lower.addWidget(self.form)
        self.combo.activated.connect(self._picked)
        self.new_button.clicked.connect(self.start_new)
        self.form.accepted.connect(self.create_requested)
        self.form.cancelled.connect(self._form_closed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Journal:"))
        self.combo.setAccessibleName(self.tr("Journal"))
        self.combo.setAccessibleDescription(self.tr(
            "Each journal on this computer has its own passphrase."))
        self.new_button.setText(self.tr("Start a &new journal"))
        self.new_button.setAccessibleDescription(self.tr(
            "A separate journal with its own passphrase."))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """The journals as they are now, the chosen one showing."""
        journals = self.ctx.shelf().journals()
        rows = [(listed_name(j), j.id) for j in journals]
        self.combo.blockSignals(True)
        if rows != [(self.combo.itemText(i), self.combo.itemData(i))
                    for i in range(self.combo.count())]:
            self.combo.clear()  # only when the list changed: a screen reader keeps up
            for name, journal_id in rows:
                self.combo.addItem(name, journal_id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.ctx.journal_id)))
        self.combo.blockSignals(False)
        self.setVisible(len(journals) > 1)
        self.new_button.setVisible(not self.form.isVisible())

    def _picked(self, index: int) -> None:
        say_problem(self.message, self.combo, "")
        journal_id = self.combo.itemData(index)
        if journal_id and journal_id != self.ctx.journal_id:
            self.chosen.emit(journal_id)

    def say_busy(self) -> None:
        """Another window has the journal that was picked; the old choice stays."""
        self.refresh()
        say_problem(self.message, self.combo, self.tr(
            "That journal is open in another window. Close it there first."))
        self.combo.setFocus()

    def start_new(self) -> None:
        self.new_button.setVisible(False)
        self.form.start(suggested_name(self.ctx.shelf()), self.tr("&Start this journal"))
        reveal(self.form)

    def _form_closed(self) -> None:
        self.new_button.setVisible(True)
        self.new_button.setFocus()

    def close_form(self) -> None:
        self.form.setVisible(False)
        self.new_button.setVisible(True)
