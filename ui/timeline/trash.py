"""The Moments trash: where focus lands and what a screen reader hears.

Trash lands on the first moment in the trash (or on "Back" when it is empty), Put back
says what it did and keeps focus in the list, on the moment next to the one put back.
Used by TimelinePage (ui/timeline/page.py); its words are in that page's context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QListView

from ui.moments.models import Roles
from ui.widgets.announce import announce


def choose_row(view: QListView, row: int) -> bool:
    """Make `row` (or the last row, if fewer) current in `view`; False when empty."""
    rows = view.model().rowCount()
    if rows == 0:
        return False
    view.setCurrentIndex(view.model().index(max(0, min(row, rows - 1)), 0))
    return True


class TrashMode:
    """Show the trash, put a moment back, leave: the page's methods for its trash."""

    def show_trash(self) -> None:
        if self.journal is None:
            return
        self._trash_mode = True
        self.trash_model.set_entries(self.journal.trash())
        self._let_go()
        self._update_view()
        self._land_in_trash(0, "")

    def _note(self, text: str) -> None:
        """Show `text` where "Moved to the trash. Undo" shows (no Undo with it)."""
        self.undo_note.setText(text)
        self.undo_note.setVisible(True)
        self.undo_button.setVisible(False)

    def leave_trash(self) -> None:
        self._trash_mode = False
        if self.deleted:  # Undo still brings back the last one moved to the trash
            self.undo_note.setText(QCoreApplication.translate("TimelinePage",
                                                              "Moved to the trash."))
            self.undo_button.setVisible(True)
        else:
            self.undo_note.setVisible(False)
        self.trash_model.clear()
        self.refresh()
        self._let_go()
        self._update_view()
        view = self.current_view()
        if view.isVisible():
            if not view.currentIndex().isValid():
                choose_row(view, 0)
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def restore_current(self) -> None:
        if self.journal is None or not self._trash_mode:
            return
        index = self.trash_list.currentIndex()
        if not index.isValid():
            self.trash_list.setFocus(Qt.FocusReason.OtherFocusReason)
            announce(self.trash_list, QCoreApplication.translate(
                "TimelinePage", "Choose a moment first."))
            return
        entry_id = int(index.data(Roles.EntryId))
        self.journal.restore_entry(entry_id)
        if entry_id in self.deleted:  # back already: its Undo has nothing left to do
            self.deleted.remove(entry_id)
        self._note(QCoreApplication.translate("TimelinePage", "Put back in your moments."))
        self.trash_model.set_entries(self.journal.trash())
        self.model.refresh()
        self._prime()
        self._let_go()
        self._update_view()
        self._land_in_trash(index.row(), QCoreApplication.translate(
            "TimelinePage", "Put back in your moments."))

    def _let_go(self) -> None:
        """Let go of focus before the buttons change: hiding the focused one would hand
        focus to the tab bar first, and a screen reader would say that instead."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()

    def _land_in_trash(self, row: int, said: str) -> None:
        """Focus the trash list at `row` and say `said`; an empty trash: Back, and say so."""
        if choose_row(self.trash_list, row):
            self.trash_list.setFocus(Qt.FocusReason.OtherFocusReason)
            announce(self.trash_list, said)
        else:
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
            announce(self.back_button, " ".join(filter(None, (said, QCoreApplication.translate(
                "TimelinePage", "The trash is empty.")))))
