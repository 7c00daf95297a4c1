"""The first steps of the summary wizard (dates, items) and what every step shares;
the last steps (notes, preview, save) are in ui/summary/finish.py; the item list's
model and drawing in ui/summary/items.py.

Each step is a plain widget with a `retranslate()`; the wizard (ui/summary/wizard.py)
moves between them and does the work. Only the item list reads the journal (off the
UI thread, a page at a time); nothing here writes it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.records import visits
from journal.summary.model import Candidate, CandidateSection
from journal.summary.paging import candidate_pages
from journal.summary.text import norm_lang, t
from ui.plumbing.dates import long_date, long_date_pattern
from ui.plumbing.operations import stream_in_background
from ui.plumbing.theme import set_role, wrapped_label
from ui.summary.items import KEY_ROLE, SECTIONS, ItemDelegate, ItemsModel
from ui.widgets.date_box import DateBox


class Step(QWidget):
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - every step has its own
        pass


def big_text(label: QLabel) -> None:
    """Large, plain, easy-to-copy letters (for a password read aloud or written down)."""
    set_role(label, "bigcode")  # sized by the theme, so it follows the text size


# -- 1. dates ----------------------------------------
class DatesStep(Step):
    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.intro = wrapped_label()
        self.last_visit: date | None = None  # the day of the last visit, when there was one
        self.since_visit = QRadioButton()
        self.since_visit.setVisible(False)
        self.four_weeks = QRadioButton()
        self.three_months = QRadioButton()
        self.custom = QRadioButton()
        self.group = QButtonGroup(self)
        for button in (self.since_visit, self.four_weeks, self.three_months, self.custom):
            self.group.addButton(button)
        self.start = _date_edit()
        self.end = _date_edit()
        self.start_label, self.end_label = QLabel(), QLabel()
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        self.problem = wrapped_label("message")
        self.problem.setVisible(False)
        dates = QFormLayout()
        dates.setContentsMargins(28, 0, 0, 0)
        dates.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        dates.addRow(self.start_label, self.start)
        dates.addRow(self.end_label, self.end)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        for button in (self.since_visit, self.four_weeks, self.three_months, self.custom):
            layout.addWidget(button)
        layout.addLayout(dates)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.four_weeks.setChecked(True)
        self.group.buttonToggled.connect(self._preset)
        self.start.dateChanged.connect(self._edited)
        self.end.dateChanged.connect(self._edited)
        self.reset()
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Which days should the summary cover?"))
        self.four_weeks.setText(self.tr("The last &4 weeks"))
        if self.last_visit is not None:
            day = self.last_visit
            self.since_visit.setText(self.tr("Since our last &visit (%1)").replace(
                "%1", long_date(day)))
        self.three_months.setText(self.tr("The last &3 months"))
        self.custom.setText(self.tr("&Choose the days"))
        self.start_label.setText(self.tr("&From:"))
        self.end_label.setText(self.tr("&To:"))
        self.start.setAccessibleName(self.tr("First day"))
        self.end.setAccessibleName(self.tr("Last day"))
        self.problem.setText(self.tr("The last day is before the first day. "
                                     "Choose a last day after the first."))
        locale = QLocale()  # the app's language, set on every switch
        for edit in (self.start, self.end):
            edit.setLocale(locale)
            edit.setDisplayFormat(long_date_pattern())
            edit.fit_longest()  # the longest date in this language shows whole

    def reset(self, journal=None) -> None:
        """The days since the last visit when there was one (before today), else 4 weeks."""
        last = visits.last_visit(journal, self.today()) if journal is not None else None
        day = last.happened_at.date() if last is not None else None
        self.last_visit = day if day is not None and day < self.today() else None
        self.since_visit.setVisible(self.last_visit is not None)
        (self.since_visit if self.last_visit else self.four_weeks).setChecked(True)
        self.retranslate()
        self._preset()

    def _preset(self, *_args: object) -> None:
        today = QDate(self.today())
        if self.custom.isChecked():
            return
        if self.since_visit.isChecked() and self.last_visit is not None:
            day = self.last_visit
            start = QDate(day.year, day.month, day.day)
        elif self.four_weeks.isChecked():
            start = today.addDays(-27)
        else:
            start = today.addMonths(-3).addDays(1)
        for edit, value in ((self.start, start), (self.end, today)):
            edit.blockSignals(True)
            edit.setDate(value)
            edit.blockSignals(False)
        self.problem.setVisible(False)

    def _edited(self) -> None:
        self.custom.setChecked(True)
        self.problem.setVisible(False)

    def span(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()

    def check(self) -> bool:
        start, end = self.span()
        self.problem.setVisible(end < start)
        return end >= start


def _date_edit() -> DateBox:
    """A date field that opens a calendar."""
    edit = DateBox()
    edit.setCalendarPopup(True)
    edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return edit


# -- 2. items ----------------------------------------
class ItemsStep(Step):
    """The list of what can go in (ui/summary/items.py), a box to find an item in it,
    and how many are ticked. Items come a page at a time while `loading`."""

    changed = Signal()
    loaded = Signal()  # every item is in (or reading them failed: `problem`)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loading = False
        self._placed: str | None = None
        self.span: tuple | None = None  # (start, end, lang) of the items held
        self.complete = False  # every item of `span` is in
        self._wanted: frozenset[str] | None = None  # ticks kept from before (a draft)
        self.problem: BaseException | None = None
        self._cancel: threading.Event | None = None
        self.intro = wrapped_label()
        self.count = wrapped_label("hint")
        self.empty = wrapped_label("message")
        self.empty.setVisible(False)
        self.find = QLineEdit()
        self.find.setClearButtonEnabled(True)
        self.find_label = QLabel()
        self.find_label.setBuddy(self.find)
        self.model = ItemsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ItemDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        find = QHBoxLayout()
        find.addWidget(self.find_label)
        find.addWidget(self.find, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.count)
        layout.addWidget(self.empty)
        layout.addLayout(find)
        layout.addWidget(self.view, 1)
        self.find.textChanged.connect(self.model.set_filter)
        self.find.returnPressed.connect(self.focus_list)
        self.model.ticked_changed.connect(self._ticks_changed)
        self.model.modelReset.connect(self._update_count)
        self.retranslate()
        self._update_count()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Tick what you want to share. Only what you tick goes in. We ticked the "
            "moments you marked \u201cOK to share\u201d and the counts."))
        self.empty.setText(self.tr(
            "Nothing was written on these days. You can go back and choose other days, "
            "or go on and add your own words."))
        self.find_label.setText(self.tr("F&ind:"))
        self.find.setPlaceholderText(self.tr("Type a word to find an item"))
        self.find.setAccessibleName(self.tr("Find an item"))
        self.view.setAccessibleName(self.tr("What can go in"))
        self.view.setAccessibleDescription(self.tr(
            "Space ticks or unticks an item. Ticking a heading ticks all in it."))
        self._update_count()

    # -- filling ----------------------------------------
    def load(self, journal, start: date, end: date, lang: str,
             ticked: Iterable[str] | None = None) -> None:
        """Read the items for these days off the UI thread, a page at a time (through a
        connection of its own: the journal's is never shared with another thread).
        `ticked`: the ticks kept from before (else what is marked OK to share)."""
        self.start_loading({key: t(norm_lang(lang), key) for key in SECTIONS})
        self.span = (start, end, lang)
        self._wanted = frozenset(ticked) if ticked is not None else None
        cancel = self._cancel = threading.Event()

        def pages():
            with journal.reader(cancel) as view:
                yield from candidate_pages(view, start, end, lang, cancelled=cancel.is_set)

        def mine(call):
            return lambda value: call(value) if cancel is self._cancel else None
        stream_in_background(self, pages, mine(self.add_page), mine(self._loaded),
                             mine(self._not_loaded), journal=journal, stop=cancel)

    def _loaded(self, _result: object = None) -> None:
        self._cancel = None
        self.complete = True
        self.done_loading()
        self.loaded.emit()

    def _not_loaded(self, exc: BaseException) -> None:
        self._cancel = None
        self.span, self.problem = None, exc
        self.done_loading()
        self.loaded.emit()

    def stop(self) -> None:
        """Stop reading (the worker stops at its next page)."""
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None
        self.loading = False

    def start_loading(self, headings: dict[str, str]) -> None:
        """Forget the old items; new ones come with `add_page`."""
        self.clear()
        self.problem = None
        self._placed: str | None = None
        self.model.set_headings(headings)
        self.loading = True
        self._update_count()

    def add_page(self, items: Iterable[Candidate]) -> None:
        items = list(items)
        wanted = self._wanted
        self.model.add(items, (item.key for item in items if (
            item.key in wanted if wanted is not None else item.ok_to_share)))
        if self._placed is None:
            self._place()

    def _place(self) -> None:
        """The first item current, ready for Space (again when more came in above it,
        unless the caregiver moved)."""
        current = self.view.currentIndex()
        if self._placed is not None and current.data(KEY_ROLE) != self._placed:
            return
        row = self.model.first_item_row()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
            self.view.scrollToTop()
            self._placed = self.model.index(row).data(KEY_ROLE)

    def done_loading(self) -> None:
        self.loading = False
        self._place()
        self._update_count()

    def set_sections(self, sections: Iterable[CandidateSection], ticked: Iterable[str]) -> None:
        """Every item at once (a short list, or tests)."""
        sections = list(sections)
        self.start_loading({section.key: section.heading for section in sections})
        self.model.add([item for section in sections for item in section.items], ticked)
        self.complete = True
        self.done_loading()

    # -- the keyboard ----------------------------------------
    def focus_list(self) -> None:
        """Keyboard on the list, at its first item (Space ticks it)."""
        row = self.model.first_item_row()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        self.view.setFocus()

    def focus_target(self) -> QWidget | None:
        return self.view if self.loading or self.model.rowCount() else None

    # -- what is ticked ----------------------------------------
    def _ticks_changed(self) -> None:
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        total = self.model.total
        if self.loading:
            text = self.tr("Reading your moments\u2026 %1 so far").replace("%1", str(total))
        else:
            text = self.tr("%1 of %2 ticked").replace(
                "%1", str(self.model.ticked_count())).replace("%2", str(total))
        self.count.setText(text)
        self.count.setVisible(self.loading or bool(total))
        nothing = not self.loading and not total
        self.empty.setVisible(nothing)
        for widget in (self.view, self.find, self.find_label):
            widget.setVisible(not nothing)

    def ticked(self) -> frozenset[str]:
        """What is ticked; while ticks kept from before are still coming in, those not in
        the list yet count too (so the words step can go on before the list is whole)."""
        if self.complete or self._wanted is None:
            return self.model.ticked()
        here = set(self.model.item_keys())
        return self.model.ticked() | frozenset(k for k in self._wanted if k not in here)

    def kept_ticks(self) -> frozenset[str] | None:
        """The ticks worth keeping in a draft, or None when the list is not whole and held
        no ticks from before (then what is OK to share is ticked again)."""
        return self.ticked() if self.complete or self._wanted is not None else None

    def clear(self) -> None:
        """Remove every item (they hold the caregiver's words)."""
        self.stop()
        self.span, self.complete, self._wanted = None, False, None
        self.find.blockSignals(True)
        self.find.clear()
        self.find.blockSignals(False)
        self.model.clear()
