"""The name a journal goes by in lists, on the lock screen and on its printed recovery
page: the label the caregiver chose (kept plain, beside the journals), or "Journal 2"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.shelf import MAIN, ShelfJournal


def journal_name(journal: ShelfJournal) -> str:
    """The label the caregiver chose, or a plain default ("Journal 2")."""
    if journal.label:
        return journal.label
    number = "1" if journal.id == MAIN else journal.id[1:]
    return QCoreApplication.translate("Journals", "Journal %1").replace("%1", number)
