"""Today's "a moment from before": one kept moment from about a month, three months, six
months or a year ago, in the caregiver's own words (journal/records/lookback.py chooses).

"Hide for today" puts it away until tomorrow; Settings can turn it off. Both choices live
inside the encrypted journal. Nothing here counts or scores anything.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from journal.records import lookback
from ui.plumbing.dates import long_date
from ui.plumbing.theme import set_role, wrapped_label

SHOW_KEY = "look_back"  # "off" turns it off; anything else (or nothing): on
HIDDEN_KEY = "look_back_hidden"  # the day "Hide for today" was pressed
MAX_CHARS = 400  # a long reflection is shortened here; "Open it" shows it all


def look_back_on(journal) -> bool:
    return journal.get_setting(SHOW_KEY, "on") != "off"


class LookBackCard(QFrame):
    open_entry = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.journal = None
        self.today: date | None = None
        self.found: lookback.LookBack | None = None
        self.heading = set_role(wrapped_label(), "heading")
        self.words = wrapped_label()
        self.when = wrapped_label("hint")
        self.open_button = set_role(QPushButton(), "link")
        self.hide_button = set_role(QPushButton(), "link")
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.words)
        layout.addWidget(self.when)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._open)
        self.hide_button.clicked.connect(self.hide_for_today)
        self.setVisible(False)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open this moment"))
        self.hide_button.setText(self.tr("Hide for today"))
        self.setAccessibleName(self.tr("A moment from before"))
        self.hide_button.setAccessibleDescription(self.tr(
            "It can come back tomorrow. You can turn it off in Settings."))
        self._show()

    # -- the journal -------------------------------------------------------------------
    def load(self, journal, today: date) -> None:
        self.journal, self.today = journal, today
        self.found = None
        if look_back_on(journal) and journal.get_setting(HIDDEN_KEY) != str(today):
            self.found = lookback.moment_from_before(journal, today)
        self._show()

    def reload(self) -> None:
        if self.journal is not None and self.journal.is_open and self.today is not None:
            self.load(self.journal, self.today)

    def hide_for_today(self) -> None:
        if self.journal is not None and self.journal.is_open and self.today is not None:
            self.journal.set_setting(HIDDEN_KEY, str(self.today))  # YYYY-MM-DD
        self.found = None
        self._show()

    def wipe(self) -> None:
        self.journal, self.today, self.found = None, None, None
        self.words.clear()
        self._show()

    def _open(self) -> None:
        if self.found is not None:
            self.open_entry.emit(self.found.entry_id)

    # -- words -------------------------------------------------------------------------
    def heading_text(self) -> str:
        found = self.found
        if found is None:
            return ""
        ago = {1: self.tr("A month ago"), 3: self.tr("Three months ago"),
               6: self.tr("Six months ago"), 12: self.tr("A year ago")}[found.months]
        if found.kind == "repair":
            return self.tr("%1, you found your way back to each other:").replace("%1", ago)
        if found.kind == "visit":
            return self.tr("%1, at a visit, they noticed:").replace("%1", ago)
        if found.kind == "connection":
            return self.tr("%1, you kept this moment:").replace("%1", ago)
        return self.tr("%1 you wrote:").replace("%1", ago)

    def _show(self) -> None:
        found = self.found
        self.setVisible(found is not None)
        if found is None:
            self.heading.clear()
            self.words.clear()
            self.when.clear()
            return
        text = found.text
        if len(text) > MAX_CHARS:
            text = text[:MAX_CHARS].rstrip() + "\u2026"
        self.heading.setText(self.heading_text())
        self.words.setText(text)
        when = long_date(found.happened_at.date())
        self.when.setText(when[:1].upper() + when[1:])
