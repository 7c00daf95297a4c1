"""Choosing, starting and leaving journals in the one window (a part of MainWindow).

Only one journal is ever open in a window: the picker lives on the unlock screen, so
switching is always lock, then unlock the other. Choosing a journal first takes its
single-instance lock (ui.plumbing.instance.JournalSeat), so two windows never hold the
same journal; from then on the vault, backups, auto-lock minutes and restore are that
journal's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from journal import APP_NAME
from journal.errors import InvalidInput
from ui.start.journal_picker import JournalPicker, label_problem_text


class JournalSwitching:
    """Mixed into MainWindow: needs ctx, unlock_page, stack, first_run, start_first_run."""

    def _init_journals(self) -> None:
        self.picker = JournalPicker(self.ctx)
        page = self.unlock_page
        page.box.layout().insertWidget(2, self.picker)  # under the title
        rows = page.pages.widget(0).layout()  # under the buttons, above the spare room
        rows.insertWidget(rows.count() - 1, self.picker.starter)
        chain = (self.picker.combo, page.passphrase, page.show_box, page.open_button,
                 page.forgot_button, self.picker.new_button, self.picker.form.field,
                 self.picker.form.ok_button, self.picker.form.cancel_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)  # top to bottom, as shown
        page.passphrase.setFocus()  # the last journal is chosen: its passphrase first
        self.picker.chosen.connect(self.choose_journal)
        self.picker.create_requested.connect(self.create_journal)
        self._came_from: str | None = None
        self._just_made: str | None = None  # started here and not set up yet

    def has_other_journals(self) -> bool:
        return any(j.exists() for j in self.ctx.shelf().journals()
                   if j.id != self.ctx.journal_id)

    def choose_journal(self, journal_id: str) -> bool:
        """Make `journal_id` the chosen one (only while no journal is open). False, and
        said under the picker, if another window has it."""
        if journal_id == self.ctx.journal_id:
            return True
        if self.journal is not None or self.unlock_page.working:
            self.picker.refresh()  # an unlock is running: it stays with its journal
            return False
        folder = self.ctx.shelf().folder(journal_id)
        seat = self.ctx.seat
        if seat is not None and not seat.take(folder):
            self.picker.say_busy()
            return False
        self._came_from = self.ctx.journal_id
        self.ctx.choose_journal(journal_id)
        self.picker.refresh()
        page = self.unlock_page
        if self.picker.combo.hasFocus():  # arrow keys on the list go on through it: the
            page.passphrase.setText("")  # fields are emptied, focus stays (no bounce)
            page.code.setText("")
            page.fields.clear()
            page.show_box.setChecked(False)
            page.refresh_caregivers()  # "who is opening" names this journal's people
        else:
            page.reset_view()
        if not self.ctx.vault().exists():
            self.start_first_run()
        return True

    def create_journal(self, name: str) -> None:
        """A new journal from the unlock screen: its folder and name, then first run."""
        if self.journal is not None or self.unlock_page.working:
            return
        try:
            made = self.ctx.shelf().create(name)
        except (InvalidInput, OSError) as exc:
            self.picker.form.say(label_problem_text(exc))
            return
        self.picker.close_form()
        self._just_made = made.id
        if not self.choose_journal(made.id):
            self.ctx.shelf().forget_empty(made.id)
            self.picker.refresh()

    def back_to_other_journals(self) -> None:
        """First run's "Choose another journal": the unlock screen comes back with the
        picker. A journal just started from the unlock screen is let go (only if it has
        no file at all); one made in Settings stays listed, "not started yet"."""
        if self.first_run is None or self.first_run.journal is not None:
            return
        empty = self.ctx.journal_id
        others = [j for j in self.ctx.shelf().journals() if j.exists() and j.id != empty]
        if not others:
            return
        back = next((j.id for j in others if j.id == self._came_from), others[0].id)
        seat = self.ctx.seat
        if seat is not None and not seat.take(self.ctx.shelf().folder(back)):
            back = next((j.id for j in others if seat.take(j.folder)), None)
            if back is None:
                self.ctx.dialogs.inform(self, APP_NAME, self.tr(
                    "The other journals are open right now, each in its own window."))
                return
        self.ctx.choose_journal(back)
        if empty == self._just_made:  # "Start a new journal", then changed their mind
            self.ctx.shelf().forget_empty(empty)
        page, self.first_run = self.first_run, None
        self.picker.refresh()
        self.unlock_page.reset_view()
        self.stack.setCurrentWidget(self.unlock_page)
        self.stack.removeWidget(page)
        page.deleteLater()
        self.picker.combo.setFocus()
