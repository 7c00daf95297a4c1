"""Today's line about visits: "Visit with Ana on Thursday" when a next visit is set, and
in the three days before it one gentle offer to prepare a summary. A button notes a visit.

Nothing here counts or scores anything: it says when, and offers, once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from journal.records import visits
from ui.plumbing.dates import long_date
from ui.plumbing.theme import set_role


class VisitCard(QWidget):
    note_visit = Signal()
    prepare_summary = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: visits.NextVisit | None = None
        self.who = ""
        self.today: date | None = None
        self.next_line = set_role(QLabel(), "heading")
        self.next_line.setWordWrap(True)
        self.gentle = set_role(QLabel(), "hint")
        self.gentle.setWordWrap(True)
        self.prepare_button = set_role(QPushButton(), "link")
        self.note_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.next_line)
        layout.addWidget(self.gentle)
        layout.addWidget(self.prepare_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.prepare_button.clicked.connect(self.prepare_summary)
        self.note_button.clicked.connect(self.note_visit)
        self.retranslate()

    def retranslate(self) -> None:
        self.note_button.setText(self.tr("N&ote a visit"))
        self.note_button.setToolTip(self.tr("Ctrl+3"))
        self.gentle.setText(self.tr(
            "If you like, you can make a short summary of your strengths to share."))
        self.prepare_button.setText(self.tr("&Prepare a summary"))
        self._show()

    def load(self, journal, today: date) -> None:
        self.today = today
        self.found = visits.next_visit(journal, today)
        self.who = ""
        if self.found is not None and self.found.visitor_id is not None:
            person = journal.get_person(self.found.visitor_id)
            self.who = person.nickname if person is not None else ""
        self._show()

    def wipe(self) -> None:
        self.found, self.who, self.today = None, "", None
        self.next_line.clear()
        self._show()

    def day_words(self, day: date) -> str:
        """"today", "tomorrow", a weekday within the week ahead, else the date."""
        days = (day - self.today).days if self.today else 99
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        locale = QLocale()
        if 1 < days < 7:
            return self.tr("on %1").replace("%1", locale.dayName(day.isoweekday()))
        return self.tr("on %1").replace("%1", long_date(day))

    def line(self) -> str:
        if self.found is None:
            return ""
        when = self.day_words(self.found.day)
        if self.who:
            return self.tr("Visit with %1 %2").replace("%1", self.who).replace("%2", when)
        return self.tr("Next visit %1").replace("%1", when)

    def _show(self) -> None:
        found = self.found
        self.next_line.setText(self.line())
        self.next_line.setVisible(found is not None)
        soon = found is not None and self.today is not None and found.soon(self.today)
        self.gentle.setVisible(soon)
        self.prepare_button.setVisible(soon)
        self.prepare_button.setAccessibleDescription(self.gentle.text() if soon else "")
