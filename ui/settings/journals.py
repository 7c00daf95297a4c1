"""Settings: the journals on this computer. Start a new one, rename, remove.

Removing never deletes: the journal's whole folder moves into "Removed journals" in the
data folder, named with its label and the date, and the app says where. The journal that
is open can't be removed (lock it and open another first), nor one open in another
window. Names are not locked, so the form says so and suggests a plain one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QPushButton, QVBoxLayout

from journal import APP_NAME
from journal.errors import InvalidInput, JournalBusy
from ui.plumbing.context import AppContext
from ui.plumbing.journal_names import journal_name
from ui.plumbing.theme import set_role
from ui.start.journal_picker import (
    LabelForm,
    label_problem_text,
    listed_name,
    name_taken,
    suggested_name,
)
from ui.widgets.announce import reveal
from ui.widgets.chips import FlowRow

ID_ROLE = Qt.ItemDataRole.UserRole  # each row holds its journal's id


class JournalsBox(QGroupBox):
    changed = Signal()  # the list of journals or a name changed

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._renaming: str | None = None
        self.text = set_role(QLabel(), "hint")
        self.text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMaximumHeight(6 * self.fontMetrics().lineSpacing() + 12)
        self.note = set_role(QLabel(), "hint")
        self.note.setWordWrap(True)
        self.new_button = QPushButton()
        self.rename_button = QPushButton()
        self.remove_button = QPushButton()
        self.buttons = FlowRow(self.new_button, self.rename_button, self.remove_button)
        self.form = LabelForm()
        self.form.setVisible(False)
        self.form.taken = lambda name: name_taken(self.ctx.shelf(), name, self._renaming)
        inner = QVBoxLayout(self)
        for widget in (self.text, self.list, self.note, self.buttons, self.form):
            inner.addWidget(widget)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.new_button.clicked.connect(self.start_new)
        self.rename_button.clicked.connect(self.start_rename)
        self.remove_button.clicked.connect(self.remove)
        self.form.accepted.connect(self._named)
        self.form.cancelled.connect(self._form_closed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Journals on this computer"))
        self.text.setText(self.tr(
            "Each journal has its own passphrase. One journal's passphrase never opens "
            "another. To open another one, lock this one (Ctrl+L) and choose it on the "
            "lock screen."))
        self.list.setAccessibleName(self.tr("Journals on this computer"))
        self.new_button.setText(self.tr("Start a new journal"))
        self.rename_button.setText(self.tr("Rename"))
        self.remove_button.setText(self.tr("Remove from the list"))  # rare: no Alt keys here
        self.remove_button.setAccessibleDescription(self.tr(
            "Moves the journal to the Removed journals folder. Nothing is deleted."))
        self.fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def fill(self, select: str | None = None) -> None:
        keep = select or self.selected_id() or self.ctx.journal_id
        self.list.blockSignals(True)
        self.list.clear()
        for journal in self.ctx.shelf().journals():
            name = listed_name(journal)
            if journal.id == self.ctx.journal_id:
                name = self.tr("%1 (open now)").replace("%1", name)
            self.list.addItem(name)
            self.list.item(self.list.count() - 1).setData(ID_ROLE, journal.id)
        ids = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.list.blockSignals(False)
        self._update()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _update(self) -> None:
        is_open = self.selected_id() == self.ctx.journal_id
        self.remove_button.setEnabled(not is_open)
        self.note.setText(self.tr(
            "The journal that is open can't be removed. Lock it and open another one "
            "first.") if is_open else "")
        self.note.setVisible(is_open)

    # -- new and rename ---------------------------------------------------------------
    def start_new(self) -> None:
        self._renaming = None
        self.buttons.setVisible(False)
        self.form.start(suggested_name(self.ctx.shelf()), self.tr("&Save"))
        reveal(self.form)

    def start_rename(self) -> None:
        journal = self.ctx.shelf().get(self.selected_id() or "")
        if journal is None:
            return
        self._renaming = journal.id
        self.buttons.setVisible(False)
        self.form.start(journal_name(journal), self.tr("&Save"))
        reveal(self.form)

    def _named(self, name: str) -> None:
        shelf = self.ctx.shelf()
        try:
            if self._renaming is None:
                made = shelf.create(name)
            else:
                made = shelf.rename(self._renaming, name)
        except (InvalidInput, OSError) as exc:
            self.form.say(label_problem_text(exc))
            return
        new = self._renaming is None
        self.form.setVisible(False)
        self._form_closed()
        self.fill(select=made.id)
        self.changed.emit()
        if new:
            self.ctx.dialogs.inform(self.window(), APP_NAME, self.tr(
                "\u201c%1\u201d is ready. To start it, lock this journal (Ctrl+L), choose "
                "\u201c%1\u201d, and pick its own passphrase.").replace("%1", name))

    def _form_closed(self) -> None:
        self.buttons.setVisible(True)
        self.list.setFocus()

    # -- remove -----------------------------------------------------------------------
    def remove(self) -> None:
        shelf = self.ctx.shelf()
        journal = shelf.get(self.selected_id() or "")
        if journal is None or journal.id == self.ctx.journal_id:
            return
        name = journal_name(journal)
        seat = self.ctx.seat
        busy = self.tr("\u201c%1\u201d is open in another window. Close it there first. "
                       "Nothing was changed.").replace("%1", name)
        if seat is not None and seat.held_by_another(journal.folder):
            self.ctx.dialogs.warn(self.window(), APP_NAME, busy)
            return
        if not self.ctx.dialogs.ask(self.window(), APP_NAME, self.tr(
                "Remove \u201c%1\u201d from this computer's list? Nothing is deleted: the "
                "whole journal moves to the \u201cRemoved journals\u201d folder, where you "
                "can find it.").replace("%1", name)):
            return
        try:
            moved = shelf.remove(journal.id, self.ctx.clock.today())
        except JournalBusy:
            self.ctx.dialogs.warn(self.window(), APP_NAME, busy)
            return
        except OSError:
            self.ctx.dialogs.warn(self.window(), APP_NAME, self.tr(
                "\u201c%1\u201d couldn't be moved. Nothing was deleted.").replace("%1", name))
            self.fill()
            return
        self.fill(select=self.ctx.journal_id)
        self.changed.emit()
        self.ctx.dialogs.inform(self.window(), APP_NAME, self.tr(
            "\u201c%1\u201d is off the list. Nothing was deleted. The whole journal is in "
            "this folder:\n%2").replace("%1", name).replace("%2", str(moved)))
