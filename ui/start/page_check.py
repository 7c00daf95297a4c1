"""The full page check after unlock, on its own thread, with its result back on the UI's.

The journal shows as soon as the quick checks pass (journal.vault.integrity). If the
background check then finds a damaged page, the caregiver is told kindly; the next unlock
checks every page first, so it offers the newest backup that opens, as unlock always has.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from journal.vault.integrity import PageCheck
from ui.plumbing.operations import hand_over, ready_to_hand_over


class PageCheckWatch(QObject):
    """Runs the check of one open journal; `finished(result)` is emitted on the UI
    thread: "passed", "damaged" or "skipped" (passed within a day, file unchanged)."""

    finished = Signal(str)

    def __init__(self, journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.result: str | None = None
        ready_to_hand_over()
        journal.page_check = self.check = PageCheck(journal, self._report)

    def start(self) -> PageCheckWatch:
        self.check.start(rest=self.journal.at_rest)
        return self

    def _report(self, result: str) -> None:  # on the check's thread
        hand_over(self, self._keep, result)  # (nobody to tell if the window is gone)

    def _keep(self, result: str) -> None:
        self.result = result
        self.finished.emit(result)

    @property
    def running(self) -> bool:
        return self.check.running
