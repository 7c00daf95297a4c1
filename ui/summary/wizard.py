"""Share a summary: choose the days, tick what goes in, add words, see it, save it.

The PDF is made off the UI thread (with a Stop button that really stops) and kept in
memory only; the caregiver's save is the first and only time it touches the disk, and
then only in the form they chose (protected, when they asked for a password).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from journal.summary.build import build_summary, default_sharer
from journal.summary.model import Selection, SummaryCancelled
from journal.summary.pdf import (
    describe_character,
    missing_characters,
    paper_for_locale,
    render_pdf,
)
from ui.plumbing.context import AppContext
from ui.plumbing.i18n import error_text
from ui.plumbing.operations import run_in_background
from ui.plumbing.theme import set_role
from ui.summary import keep, saving
from ui.summary.background import Relay as _Relay
from ui.summary.background import scaled as _scaled
from ui.summary.estimate import PageEstimate
from ui.summary.finish import NotesStep, PreviewStep, SaveStep
from ui.summary.pages import DatesStep, ItemsStep
from ui.summary.preview import PagePreview, first_pages
from ui.widgets.announce import announce
from ui.widgets.title_row import title_row

DATES, ITEMS, NOTES, PREVIEW, SAVE = range(5)


class SummaryWizard(QWidget):
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = None
        self.op = None
        self._cancel: threading.Event | None = None
        self._build_no = 0
        self._touched = False  # ticks or choices changed (Close asks: ui/summary/keep.py)
        self._pdf: bytes | None = None  # in memory only, until the caregiver saves it
        self._summary = None
        self._saved_as: tuple | None = None  # what a file was last saved of (_saved)
        self._kept: str | None = None  # the draft last kept in the journal (ui/summary/keep.py)
        self._sharer = ""  # who shares it, before the caregiver changes it
        self._next_when_loaded = False  # Next was pressed while the list was being read

        self.title = set_role(QLabel(), "title")
        self.where = set_role(QLabel(), "hint")
        self.message = set_role(QLabel(), "message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.dates = DatesStep(ctx.clock.today)
        self.items = ItemsStep()
        self.notes = NotesStep(paper_for_locale(QLocale.system().name()), ctx.lang)
        self.preview = PreviewStep()
        self.save = SaveStep()
        self.steps = QStackedWidget()
        for step in (self.dates, self.items, self.notes, self.preview, self.save):
            self.steps.addWidget(step)
        self.close_button = QPushButton()
        self.back_button = QPushButton()
        self.next_button = set_role(QPushButton(), "primary")
        self.next_button.setDefault(True)
        nav = QHBoxLayout()
        nav.addWidget(self.close_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(10)
        layout.addWidget(title_row(self, self.title))
        layout.addWidget(self.where)
        layout.addWidget(self.message)
        layout.addWidget(self.steps, 1)
        layout.addLayout(nav)

        self.estimate = PageEstimate(self)  # "about 12 pages", on the words step
        self.relay = _Relay(self)
        self.relay.progress.connect(self.preview.progress.setValue)
        self.close_button.clicked.connect(self.request_close)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.preview.cancel_requested.connect(self.cancel_build)
        keep.watch(self)
        self.save.save_pdf.clicked.connect(self.save_pdf)
        self.save.save_html.clicked.connect(self.save_html)
        self.items.loaded.connect(self._items_loaded)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.request_close)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.next)
        self.retranslate()

    # -- words ----------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Share a summary"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.back_button.setText(self.tr("&Back"))
        self._update_nav()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _step_names(self) -> list[str]:
        return [self.tr("Choose the days"), self.tr("Choose what goes in"),
                self.tr("Add your words"), self.tr("Look it over"), self.tr("Save it")]

    def _update_nav(self) -> None:
        index = self.steps.currentIndex()
        self.where.setText(self.tr("Step %1 of %2: %3").replace("%1", str(index + 1))
                           .replace("%2", "5").replace("%3", self._step_names()[index]))
        self.back_button.setEnabled(index > DATES)
        texts = {NOTES: self.tr("&Next: see it"), SAVE: self.tr("&Done")}
        self.next_button.setText(texts.get(index, self.tr("&Next")))
        self.next_button.setEnabled(not (index == PREVIEW and self._pdf is None))

    # -- moving through the steps ----------------------------------------
    def start(self, journal) -> None:
        """Begin a new summary for `journal`."""
        self.wipe()
        self.journal = journal
        self.dates.reset(journal)
        self._sharer = default_sharer(journal)
        self.notes.sharers.setText(self._sharer)
        self.notes.lang.setCurrentIndex(max(0, self.notes.lang.findData(self.ctx.lang)))
        draft = journal.load_draft(keep.DRAFT_KEY)
        step = keep.restore(self, draft) if draft else None
        self._go(step or DATES)
        self._touched = step is not None  # a summary given back is something to lose
        if step is not None:  # as it was left: say so, and how to start over
            self._say(self.tr("We kept the summary you were making, as you left it. "
                              "To start a new one, close this one.") + (
                " " + self._retype_words() if self.notes.choice.missing() else ""))

    @property
    def building(self) -> bool:
        return self._cancel is not None

    def _go(self, index: int, keep_message: bool = False) -> None:
        self.message.setVisible(keep_message and not self.message.isHidden())
        self.steps.setCurrentIndex(index)
        self._update_nav()
        focus = {DATES: self.dates.group.checkedButton(), NOTES: self.notes.name,
                 SAVE: self.save.save_pdf}.get(index)
        if index == ITEMS:
            focus = self.items.focus_target() or self.next_button
        if index == PREVIEW:
            focus = self.preview.cancel if self.building else self.next_button
        if index == NOTES:
            self.estimate.now()
        if focus is not None:
            focus.setFocus()
        announce(self.where, self.where.text())  # "Step 2 of 5: Choose what goes in"

    def focus_step(self) -> None:
        """Put the keyboard on the current step's first control."""
        self._go(self.steps.currentIndex(), keep_message=True)

    def next(self) -> None:
        index = self.steps.currentIndex()
        if self.journal is None or not self.next_button.isEnabled():
            return
        if index == DATES:
            if not self.dates.check():
                return
            self._load_items()
            self._go(ITEMS)
        elif index == ITEMS:
            self._next_when_loaded = self.items.loading  # every item in first
            if not self._next_when_loaded:
                self._go(NOTES)
        elif index == NOTES and self.notes.choice.missing():
            self._say(self._retype_words())
            self.notes.show_password_box()
        elif index == NOTES:
            self._build()
        elif index == PREVIEW:
            self.save.reset(self.password())
            self._go(SAVE)
        else:
            self.done()

    def done(self) -> None:
        """Done on the last step: once the summary is saved it just closes; before that it
        asks, as Close does, and the safe answer (the default) stays to save it."""
        if not self._saved and not self._may_close():
            self.save.save_pdf.setFocus()
            return
        self.finish()

    def back(self) -> None:
        index, self._next_when_loaded = self.steps.currentIndex(), False
        if index == PREVIEW:
            self._abandon()
            self._forget_pdf()
        if index > DATES:
            self._go(index - 1)

    def _load_items(self) -> None:
        """The same days again keep the list and its ticks; new days read it again."""
        span = (*self.dates.span(), self.ctx.lang)
        if span != self.items.span:
            self.items.load(self.journal, *span)

    def _items_loaded(self) -> None:
        go_on, self._next_when_loaded = self._next_when_loaded, False
        if self.items.problem is not None:
            self._say(error_text(self.items.problem, self.ctx.lang))
        elif self.steps.currentIndex() == ITEMS and (go_on or not self.items.model.total):
            self._go(NOTES) if go_on else self.next_button.setFocus()
        elif self.steps.currentIndex() == NOTES:
            self.estimate.now()  # a summary brought back: its page count, now the list is in

    def _retype_words(self) -> str:
        return self.tr("The PDF's password was not kept when your journal locked. "
                       "Type the one you wrote down, or make a new one.")

    def password(self) -> str | None:  # never kept anywhere but ui/summary/password_box.py
        return self.notes.choice.value()

    # -- making the PDF (off the UI thread) ----------------------------------------
    def selection(self) -> Selection:
        start, end = self.dates.span()
        return Selection(start, end, self.items.ticked(), name=self.notes.name.text(),
                         know=self.notes.know.toPlainText(),
                         questions=self.notes.questions_list(),
                         lang=self.notes.lang.currentData(),
                         shared_by=self.notes.sharers.text(), words_lang=self.ctx.lang,
                         **self.notes.options())

    def _build(self) -> None:
        if self.building:
            return
        self._forget_pdf()
        self.estimate.forget()  # the real count is coming: no estimate competes with it
        paper, password = self.notes.paper.currentData(), self.password()
        journal, selection = self.journal, self.selection()
        cancel = self._cancel = threading.Event()
        self._build_no += 1
        number, relay = self._build_no, self.relay

        def work():  # reads through a connection of its own (the journal's is not shared)
            with journal.reader(cancel) as view:
                summary = build_summary(view, selection, progress=_scaled(0, 10, relay),
                                        cancelled=cancel.is_set)
            pdf = render_pdf(summary, paper=paper, password=password,
                             progress=_scaled(10, 100, relay), cancelled=cancel.is_set)
            # the first pages now; the others as they come into view (ui/summary/preview.py)
            pages = first_pages(pdf, password, PagePreview.AHEAD + 1)
            missing = [describe_character(ch) for ch in missing_characters(summary)]
            return summary, pdf, pages, missing

        self.preview.start()
        self._go(PREVIEW)
        self.op = run_in_background(self, work, lambda result: self._built(number, result),
                                    lambda exc: self._not_built(number, exc),
                                    journal=journal, stop=cancel)

    def cancel_build(self) -> None:
        """Stop making the PDF; whatever was made is dropped."""
        if self._cancel is not None:
            self._cancel.set()
            self.preview.stopping()

    def _abandon(self) -> None:
        """Stop the build in progress and forget it (its result, if any, is ignored)."""
        self.cancel_build()
        self._cancel = None
        self._build_no += 1

    def _built(self, number: int, result) -> None:
        if number != self._build_no:
            return
        cancel, self._cancel = self._cancel, None
        if cancel is None or cancel.is_set() or self.journal is None:
            self._stopped(number)
            return
        self._summary, self._pdf, pages, missing = result
        self.preview.show_pages(self._pdf, pages, self.password(), missing, self._summary)
        self._update_nav()
        self.next_button.setFocus()
        announce(self.next_button, self.tr("Your summary is ready to look over."))

    def _not_built(self, number: int, exc: BaseException) -> None:
        if number != self._build_no:
            return
        self._cancel = None
        if self.journal is None:
            return
        if isinstance(exc, SummaryCancelled):
            self._stopped(number)
            return
        self._go(NOTES)
        self._say(error_text(exc, self.ctx.lang))

    def _stopped(self, number: int) -> None:
        self._forget_pdf()
        if number == self._build_no and self.journal is not None \
                and self.steps.currentIndex() == PREVIEW:
            self._go(NOTES)
            self._say(self.tr("Stopped. Nothing was made or saved."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        announce(self.message, text)

    def _forget_pdf(self) -> None:
        self._pdf = None
        self._summary = None
        self.preview.clear()
        self._update_nav()

    # -- saving (ui/summary/saving.py) ----------------------------------------
    def save_pdf(self) -> None:
        saving.save_pdf(self)

    def save_html(self) -> None:
        saving.save_html(self)

    # -- leaving ----------------------------------------
    def _has_words(self) -> bool:
        return bool(self.notes.name.text().strip() or self.notes.know.toPlainText().strip()
                    or self.notes.questions.toPlainText().strip()
                    or self.notes.sharers.text().strip() != self._sharer)

    def request_close(self) -> None:
        """Close or Esc: asks as Done does whenever something would be lost (a PDF not
        saved, changed ticks or choices, words); never when nothing was done."""
        if self.journal is None:
            return
        lose = self._pdf is not None or self._touched or self._has_words()
        if lose and not self._saved and not self._may_close():
            return
        self.finish()

    def _may_close(self) -> bool:
        return self.ctx.dialogs.ask(
            self, self.tr("Close without saving?"),
            self.tr("Your summary is not saved yet. If you close now, it is not kept, "
                    "and neither are the words you added. Close anyway?"))

    def finish(self) -> None:
        """Closed on purpose (or saved, then Done): no draft is left behind."""
        if self.journal is not None and self.journal.is_open:
            self.journal.clear_draft(keep.DRAFT_KEY)
        self.wipe()
        self.closed.emit()

    def saved_now(self) -> None:
        """A file was saved: the summary is kept, so the draft goes."""
        self._saved_as, self._kept = self._what_is_made(), None
        if self.journal is not None:
            self.journal.clear_draft(keep.DRAFT_KEY)

    @property
    def _saved(self) -> bool:  # a word, tick or choice changed after a save: unsaved again
        return self._saved_as is not None and self._saved_as == self._what_is_made()

    def _what_is_made(self) -> tuple:
        return self.selection(), self.notes.paper.currentData(), self.password()

    def keep_draft(self) -> None:
        """Keep what is being made inside the journal (encrypted), while it is open."""
        keep.keep(self)

    def stop_work(self) -> None:
        """Lock is coming: stop making the PDF and reading the list, keep every word (the
        draft is kept next, then everything is wiped)."""
        self._abandon()
        self.estimate.forget()
        self.items.stop()

    def wipe(self) -> None:
        """Stop any work and drop every word, the PDF and the password."""
        self._abandon()
        self.estimate.forget()
        self.items.clear()
        self.notes.clear()
        self._forget_pdf()
        self.save.reset(None)
        self._touched = False
        self._span, self._saved_as, self._sharer, self._kept = None, None, "", None
        self._next_when_loaded = False
        self.message.setVisible(False)
        self.journal = None
