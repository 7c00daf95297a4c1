"""The form for "A visit": who came (a person from My village), when, what they noticed
about us, something we want to try, strengths, an optional next visit, and "OK to share".

It is the moment form (ui/moments/form.py) with three rows more, so drafts, the strength
picker, Ctrl+Enter, Esc and the Tab order work the same way. Every control is named for
screen readers by its label.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from journal import Entry
from ui.moments.form import EntryForm
from ui.plumbing.theme import set_role
from ui.widgets.chips import ChipGroup
from ui.widgets.date_box import DateBox

VISIT_ROWS = ("visitor", "they_noticed", "want_to_try", "strengths", "when", "next_visit")


class MomentOrVisitForm(EntryForm):
    """The one form the journal shows: a moment, a reflection, or a visit."""

    def __init__(self, dialogs, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, parent)
        self.visitor = ChipGroup(exclusive=True)
        self.no_visitor = set_role(QLabel(), "hint")
        self.no_visitor.setWordWrap(True)
        self.plan_next = QCheckBox()
        self.next_day = DateBox()
        self.next_day.setCalendarPopup(True)
        self.next_day.setEnabled(False)
        self.plan_next.toggled.connect(self.next_day.setEnabled)
        visitor_box = QWidget()
        column = QVBoxLayout(visitor_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.visitor)
        column.addWidget(self.no_visitor)
        next_box = QWidget()
        column = QVBoxLayout(next_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.plan_next)
        column.addWidget(self.next_day)
        # a visit's own rows stand in the short first view (the left column), so a visit
        # is kept without "Add more"; "When" and strengths are under "Add more"
        self._insert_row("visitor", visitor_box, before="people", buddy=self.visitor)
        self._insert_row("they_noticed", self.texts["they_noticed"], before="routine")
        self._insert_row("want_to_try", self.texts["want_to_try"], before="routine")
        self._insert_row("next_visit", next_box, before="routine", buddy=self.plan_next)
        self._focus["visitor"] = [self.visitor]
        self._focus["next_visit"] = [self.plan_next, self.next_day]
        names: list[str] = []
        for name in self._made:  # screen order: the new rows where they stand
            if name == "people":
                names.append("visitor")
            if name == "routine":
                names += ["they_noticed", "want_to_try", "next_visit"]
            names.append(name)
        self.row_widgets[:] = [w for name in names for w in self._focus[name]]
        self.retranslate()

    def _insert_row(self, name: str, widget: QWidget, *, before: str | None = None,
                    after: str | None = None, buddy: QWidget | None = None) -> None:
        """Like EntryForm._row, placed before or after a row that is already there, in
        the same column of the form."""
        if not hasattr(self, "_focus"):  # the rows EntryForm made, in the order it made them
            self._made = list(self.holders)
            self._focus = {n: [w] for n, w in zip(self.holders, self.row_widgets, strict=True)}
        ref = self.holders[before or after]
        column = ref.parentWidget().layout()
        self._row(name, widget, column, buddy=buddy)  # added at the end: move it into place
        self._focus[name] = [widget]
        holder = self.holders[name]
        column.removeWidget(holder)
        column.insertWidget(column.indexOf(ref) + (0 if before else 1), holder)

    # -- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        kind = self.kind
        if kind == "visit":  # the moment form's own titles know only moments
            self.kind = "connection"
        try:
            super().retranslate()
        finally:
            self.kind = kind
        if "next_visit" not in self.labels:
            return  # EntryForm.__init__ calls this before the visit rows exist
        words = {"visitor": self.tr("Who came? (someone from My village)"),
                 "they_noticed": self.tr("What they &noticed about us"),
                 "want_to_try": self.tr("Something we &want to try"),
                 "next_visit": self.tr("Next visit")}
        for name, text in words.items():
            self.labels[name].setText(text)
            self.labels[name].buddy().setAccessibleName(text.replace("&", ""))
        self.plan_next.setText(self.tr("We set a ne&xt visit"))
        self.next_day.setAccessibleName(self.tr("Day of the next visit"))
        self.no_visitor.setText(self.tr(
            "Add the people who visit you in My village, and they show here."))
        if self.kind == "visit":
            self.title.setText(self.tr("A visit"))
            self.labels["strengths"].setText(self.tr("Strengths they or you noticed"))

    # -- open -------------------------------------------------------------------------
    def start(self, journal, kind, now, lang, entry=None, prompt=(None, None)) -> None:
        self.kind = kind  # so retranslate inside start() already knows
        village = [(p.id, p.nickname) for p in journal.list_people("village")]
        self.visitor.set_items(village)
        self.no_visitor.setVisible(not village)
        self.visitor.set_selected([])
        self.plan_next.setChecked(False)
        soon = now.date() + timedelta(days=14)
        self.next_day.setDate(QDate(soon.year, soon.month, soon.day))
        super().start(journal, kind, now, lang, entry, prompt)
        if kind != "visit":
            for name in ("visitor", "they_noticed", "want_to_try", "next_visit"):
                self.holders[name].setVisible(False)
            return
        for name, holder in self.holders.items():
            holder.setVisible(name in VISIT_ROWS)
        self.order_tabs()

    def _fill(self, entry: Entry) -> None:
        super()._fill(entry)
        if entry.kind != "visit":
            return
        known = set(self.visitor.keys())  # noqa: SIM118 - a chip group, not a dict
        self.visitor.set_selected([p for p in entry.people if p in known][:1])
        if entry.next_visit is not None:
            day = entry.next_visit
            self.next_day.setDate(QDate(day.year, day.month, day.day))
            self.plan_next.setChecked(True)

    def focus_first(self) -> None:
        if self.kind == "visit" and self.visitor.keys():
            self.visitor.chip(self.visitor.keys()[0]).setFocus()
        else:
            super().focus_first()

    # -- values -----------------------------------------------------------------------
    def entry(self) -> Entry:
        entry = super().entry()
        if entry.kind != "visit":
            return entry
        who = self.visitor.value()
        next_visit: date | None = None
        if self.plan_next.isChecked():
            next_visit = self.next_day.date().toPython()
        return replace(entry, people=[who] if who is not None else [], feeling=None,
                       next_visit=next_visit)

    def has_words(self) -> bool:
        if self.kind == "visit" and self.visitor.value() is not None:
            return True  # who came is enough to keep a visit
        return super().has_words()

    def draft(self) -> str:
        data = json.loads(super().draft())
        entry = self.entry()
        data["next_visit"] = entry.next_visit.isoformat() if entry.next_visit else None
        return json.dumps(data)

    def restore_draft(self, journal, text: str, lang: str) -> bool:
        if not super().restore_draft(journal, text, lang):
            return False
        try:
            day = json.loads(text).get("next_visit")
            if day and self.kind == "visit":
                found = date.fromisoformat(day)
                self.next_day.setDate(QDate(found.year, found.month, found.day))
                self.plan_next.setChecked(True)
        except (ValueError, TypeError, AttributeError):
            pass  # the rest of the draft is back; only the next day is left to choose
        return True

    def wipe(self) -> None:
        super().wipe()
        self.visitor.set_items([])
        self.plan_next.setChecked(False)
