""""This week" on Today: with several caregivers, each moment says who noted it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from ui.moments.models import EntryListModel, spoken, summary, when_text
from ui.plumbing.i18n import kind_label


def noted(name: str, words: str) -> str:
    return QCoreApplication.translate("Week", "%1 noted: %2").replace(
        "%1", name).replace("%2", words)


class WeekModel(EntryListModel):
    """The week's moments; `names` (slot id -> name) is empty with one caregiver."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        entry = self.entry_at(index.row()) if index.isValid() else None
        name = self.names.get(entry.writer or "passphrase") if entry is not None else None
        if name is None or role not in (Qt.ItemDataRole.DisplayRole,
                                        Qt.ItemDataRole.AccessibleTextRole):
            return super().data(index, role)
        words = noted(name, summary(entry))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{kind_label(entry.kind)} · {when_text(entry.happened_at)}\n{words}"
        return spoken(f"{kind_label(entry.kind)}, {when_text(entry.happened_at)}", words)
