"""How many pages the summary will have, said on the "Add your words" step before it is
made, with a kind suggestion of the one-page summary when it runs long.

Worked out off the UI thread (journal/summary/estimate.py: about a tenth of a second
for a year of moments), again a moment after any choice that changes it.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer

from journal.summary.build import build_summary
from journal.summary.estimate import estimate_pages
from ui.plumbing.operations import run_in_background


class PageEstimate(QObject):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.pages: int | None = None
        self._number = 0
        self._stop = threading.Event()  # the estimate being worked out stops (a lock)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self._start)
        notes = wizard.notes
        for combo in (notes.lang, notes.paper, notes.second):
            combo.currentIndexChanged.connect(self.soon)
        notes.one_page.toggled.connect(self.soon)
        for edit in (notes.know, notes.questions):
            edit.textChanged.connect(self.soon)
        notes.name.textChanged.connect(self.soon)

    def soon(self, *_args) -> None:
        if self.wizard.journal is not None and self.wizard.steps.currentWidget() is \
                self.wizard.notes:
            self._timer.start()

    def now(self) -> None:
        self._timer.stop()
        self._start()

    def forget(self) -> None:
        """Stop any estimate being worked out (a lock never waits for it) and hide it."""
        self._timer.stop()
        self._stop.set()
        self._number += 1
        self.pages = None
        self.wizard.notes.show_estimate(None)

    def _start(self) -> None:
        wizard = self.wizard
        if wizard.journal is None or wizard.items.loading:
            return
        journal, selection = wizard.journal, wizard.selection()
        paper = wizard.notes.paper.currentData()
        self._number += 1
        number = self._number
        self._stop.set()  # the one before, if it still runs, is not wanted
        stop = self._stop = threading.Event()

        def work() -> int:  # reads through a connection of its own
            with journal.reader(stop) as view:
                summary = build_summary(view, selection, cancelled=stop.is_set)
            return estimate_pages(summary, paper, cancelled=stop.is_set)

        run_in_background(self, work, lambda pages: self._done(number, pages),
                          lambda _exc: self._done(number, None), journal=journal, stop=stop)

    def _done(self, number: int, pages: int | None) -> None:
        if number == self._number:
            self.pages = pages
            self.wizard.notes.show_estimate(pages)
