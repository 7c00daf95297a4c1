"""Timeline: every entry newest first, filters, type-ahead search, delete with undo, trash.

Opening an entry shows it read-only first (ui/entry_view.py); Edit is one step more.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.records.models import Filters
from ui.moments.models import EntryListModel, Roles, SearchModel, TimelineModel
from ui.plumbing.context import AppContext
from ui.plumbing.shortcuts import shortcut
from ui.plumbing.theme import set_role
from ui.start.caregiver_picker import writer_labels
from ui.timeline.story import StoryDelegate
from ui.timeline.trash import TrashMode, choose_row
from ui.widgets.announce import announce
from ui.widgets.chips import FlowRow
from ui.widgets.date_box import DateBox
from ui.widgets.delegates import HighlightDelegate
from ui.widgets.thumbs import ThumbCache

SEARCH_DELAY_MS = 150  # a pause in typing (issue 24: at most 150 ms)
NO_DATE = QDate(2000, 1, 1)


def _date_edit() -> QDateEdit:
    edit = DateBox()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setDate(NO_DATE)
    return edit


class TimelinePage(TrashMode, QWidget):
    open_entry = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = None
        self.deleted: list[int] = []  # ids only, for Undo; no journal text
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.person = QComboBox()
        self.strength = QComboBox()
        self.writer = QComboBox()  # who wrote it: shown only with several caregivers
        self.start = _date_edit()
        self.end = _date_edit()
        self.from_label = QLabel()
        self.from_label.setBuddy(self.start)
        self.to_label = QLabel()
        self.to_label.setBuddy(self.end)
        # Each filter list has a label it is the buddy of: on Linux a screen reader
        # names a combo box by its label ("labelled by"), its own name is its value.
        self.filter_labels = [QLabel() for _ in range(4)]
        combos = (self.kind, self.person, self.strength, self.writer)
        for label, combo in zip(self.filter_labels, combos, strict=True):
            label.setBuddy(combo)
        filters = FlowRow(*[w for pair in zip(self.filter_labels, combos, strict=True)
                            for w in pair])
        dates = QHBoxLayout()
        for widget in (self.from_label, self.start, self.to_label, self.end):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.model = TimelineModel(self)
        self.search_model = SearchModel(self)
        self.trash_model = EntryListModel(self)
        self.list = self._view(self.model)
        self.story = StoryDelegate(self.list)  # grouped by day, as a story, photos small
        self.list.setItemDelegate(self.story)
        self.list.setUniformItemSizes(False)  # a day's first row carries its heading
        self.results = self._view(self.search_model)
        self.results.setItemDelegate(HighlightDelegate(self.results))
        self.results.setUniformItemSizes(True)  # one height: scrolling stays flat
        self.trash_list = self._view(self.trash_model)
        self.empty = set_role(QLabel(), "hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.views = QStackedWidget()
        for widget in (self.list, self.results, self.trash_list, self.empty):
            self.views.addWidget(widget)
        self.heading = set_role(QLabel(), "heading")
        self.open_button = QPushButton()
        self.delete_button = QPushButton()
        self.trash_button = QPushButton()
        self.restore_button = QPushButton()
        self.back_button = QPushButton()
        self.undo_note = QLabel()
        self.undo_button = set_role(QPushButton(), "link")
        actions = FlowRow(self.open_button, self.delete_button, self.restore_button,
                          self.undo_note, self.undo_button, self.back_button,
                          self.trash_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(10)
        layout.addWidget(self.search)
        layout.addWidget(filters)
        layout.addLayout(dates)
        layout.addWidget(self.heading)
        layout.addWidget(self.views, 1)
        layout.addWidget(actions)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._search_typed)
        for combo in combos:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.apply_filters)
        self.start.dateChanged.connect(self.apply_filters)
        self.end.dateChanged.connect(self.apply_filters)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_delete)
        self.trash_button.clicked.connect(self.show_trash)
        self.back_button.clicked.connect(self.leave_trash)
        self.restore_button.clicked.connect(self.restore_current)
        for view in (self.list, self.results):  # Delete: the chosen moment, to the trash
            shortcut(QKeySequence.StandardKey.Delete, view, self.delete_current,
                     Qt.ShortcutContext.WidgetShortcut)
        self.search.returnPressed.connect(self.to_results)  # Enter or Down: to what it found
        shortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.to_results,
                 Qt.ShortcutContext.WidgetShortcut)
        shortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete,
                 Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._trash_mode = False
        self.retranslate()
        self._show_undo(False)

    def _view(self, model) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setWordWrap(True)
        view.setSpacing(3)
        view.setAlternatingRowColors(False)
        view.activated.connect(self._activated)
        return view

    # -- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search your words (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        for clear in self.search.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the search"))
        self.list.setAccessibleName(self.tr("All your moments, newest first"))
        self.list.setAccessibleDescription(self.tr(
            "Press Enter to open a moment, or Delete to put it in the trash."))
        self.results.setAccessibleName(self.tr("What you found"))
        self.results.setAccessibleDescription(self.tr("Press Enter to open a moment."))
        self.trash_list.setAccessibleName(self.tr("Trash"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("T&o:"))
        for edit in (self.start, self.end):
            edit.setSpecialValueText(self.tr("any day"))
            metrics = edit.fontMetrics()
            edit.setMinimumWidth(max(metrics.horizontalAdvance(self.tr("any day")),
                                     metrics.horizontalAdvance("00/00/0000")) + 48)
        for label, text in zip(self.filter_labels, (
                self.tr("Kind of moment:"), self.tr("Person:"), self.tr("Strength:"),
                self.tr("Written by:")),
                strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.rstrip(":"))
        self.open_button.setText(self.tr("O&pen"))
        self.delete_button.setText(self.tr("De&lete"))
        self.trash_button.setText(self.tr("T&rash"))
        self.restore_button.setText(self.tr("&Put back"))
        self.back_button.setText(self.tr("&Back to my moments"))
        self.undo_note.setText(self.tr("Moved to the trash."))
        self.undo_button.setText(self.tr("&Undo"))
        self.reload_filters()
        self._update_view()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload_filters(self) -> None:
        """Fill the filter lists (kinds, people, strengths), keeping what was chosen."""
        lang = self.ctx.lang
        kinds = [(None, self.tr("Every kind")), ("reflection", self.tr("Reflections")),
                 ("connection", self.tr("Connection moments")),
                 ("repair", self.tr("Repair moments")), ("visit", self.tr("Visits"))]
        people = [(None, self.tr("Everyone"))]
        strengths = [(None, self.tr("Any strength"))]
        writers = writer_labels(self, self.ctx, self.journal)
        for widget in (self.writer, self.filter_labels[3]):
            widget.setVisible(bool(writers))
        writers = [(None, self.tr("Anyone")), *writers.items()] if writers else [(None, "")]
        if self.journal is not None and self.journal.is_open:
            people += [(p.id, p.nickname) for p in self.journal.list_people()]
            strengths += [(s.id, s.label) for s in self.journal.strengths(lang)]
        for combo, items in ((self.kind, kinds), (self.person, people),
                             (self.strength, strengths), (self.writer, writers)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for key, label in items:
                combo.addItem(label, key)
            found = combo.findData(chosen)
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)

    # -- journal ----------------------------------------------------------------------
    def load(self, journal) -> None:
        self.journal = journal
        self.story.thumbs = ThumbCache(journal)  # thumbnails in memory, per painted row
        self.reload_filters()
        self.model.set_journal(journal, self.filters())
        self._prime()
        self._update_view()

    def _prime(self) -> None:
        """Load the first page now, so the list is ready before it is painted."""
        if self.model.rowCount() == 0 and self.model.canFetchMore():
            self.model.fetchMore()

    def wipe(self) -> None:
        self.search_timer.stop()
        self.search.setText("")
        self.model.clear()
        self.search_model.clear()
        self.trash_model.clear()
        if self.story.thumbs is not None:
            self.story.thumbs.wipe()
        self.story.thumbs = None
        self.deleted = []
        self.journal = None
        self.reload_filters()
        self._show_undo(False)

    def filters(self) -> Filters:
        start = None if self.start.date() == NO_DATE else self.start.date().toPython()
        end = None if self.end.date() == NO_DATE else self.end.date().toPython()
        kind = self.kind.currentData()
        return Filters(start=start, end=end, kinds=(kind,) if kind else (),
                       person_id=self.person.currentData(),
                       strength_id=self.strength.currentData(),
                       writer=self.writer.currentData())

    def apply_filters(self) -> None:
        if self.journal is None:
            return
        self.model.set_filters(self.filters())
        self._prime()
        if self.search.text().strip():
            self.run_search()
            return
        self._update_view()
        if self.views.currentWidget() is self.empty:
            announce(self.sender() if isinstance(self.sender(), QWidget) else self.list,
                     self.empty.text())

    def first_control(self):
        """Where focus goes when Moments shows: the search box."""
        return self.search

    def focus_list(self) -> None:
        """Focus the list that shows (after a delete from a moment's view), else search."""
        view = self.current_view()
        (view if view.isVisibleTo(self) else self.search).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def to_results(self) -> None:
        """From the search box to the first moment it found (searching now, if the
        words were still being typed); nothing found: focus stays, the count is said."""
        if self.search_timer.isActive():
            self.search_timer.stop()
            self.run_search()
        view = self.current_view()
        if view.isVisibleTo(self) and (view.currentIndex().isValid() or choose_row(view, 0)):
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        if self.journal is not None:
            if self.story.thumbs is not None:
                self.story.thumbs.forget()  # a moment's photos may have changed
            self.model.refresh()
            self._prime()
            self.run_search()

    def _search_typed(self, text: str) -> None:
        if text.strip():
            self.search_timer.start()  # wait for a pause in typing
        else:
            self.run_search()  # back to the timeline at once

    def run_search(self) -> None:
        self.search_timer.stop()
        text = self.search.text().strip()
        if self.journal is None or not text:
            self.search_model.clear()
        else:
            self.search_model.set_hits(self.journal.search(text, self.filters(), limit=200))
        self._update_view()
        if text and self.journal is not None:
            rows = self.search_model.rowCount()
            announce(self.search, self.tr("Moments found: %1").replace("%1", str(rows))
                     if rows else self.empty.text())

    def _update_view(self) -> None:
        searching = bool(self.search.text().strip())
        if self._trash_mode:
            view, rows = self.trash_list, self.trash_model.rowCount()
            self.heading.setText(self.tr("Trash: kept for 30 days, then gone for good"))
            empty = self.tr("The trash is empty.")
        elif searching:
            view, rows = self.results, self.search_model.rowCount()
            self.heading.setText(self.tr("What you found"))
            empty = self.tr("No moments with those words yet. Try another word.")
        else:
            view, rows = self.list, self.model.rowCount() or int(self.model.canFetchMore())
            self.heading.setText(self.tr("All your moments, newest first"))
            empty = (self.tr("Nothing matches these choices. Try fewer filters.")
                     if self.filters() != Filters() else
                     self.tr("Your moments will gather here, newest first. "
                             "Log one from Today whenever you like."))
        self.empty.setText(empty)
        self.views.setCurrentWidget(view if rows else self.empty)
        for widget in (self.open_button, self.delete_button, self.trash_button):
            widget.setVisible(not self._trash_mode)
        for widget in (self.restore_button, self.back_button):
            widget.setVisible(self._trash_mode)
        self.search.setEnabled(not self._trash_mode)

    # -- open, delete, undo, trash ----------------------------------------------------
    def current_view(self) -> QListView:
        widget = self.views.currentWidget()
        return widget if isinstance(widget, QListView) else self.list

    def current_id(self) -> int | None:
        index = self.current_view().currentIndex()
        return index.data(Roles.EntryId) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        if not self._trash_mode and index.isValid():
            self.open_entry.emit(int(index.data(Roles.EntryId)))

    def open_current(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None and not self._trash_mode:
            self.open_entry.emit(int(entry_id))

    def delete_current(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.delete_id(int(entry_id))

    def _row_of(self, entry_id: int) -> int:
        model = self.current_view().model()
        return next((r for r in range(model.rowCount())
                     if model.index(r, 0).data(Roles.EntryId) == entry_id), 0)

    def delete_id(self, entry_id: int) -> None:
        """Move one entry to the trash; Undo brings it back."""
        if self.journal is None or self._trash_mode:
            return
        view, row = self.current_view(), self._row_of(entry_id)  # its neighbour is next
        self.journal.delete_entry(int(entry_id))
        self.deleted.append(int(entry_id))
        self.model.remove_id(int(entry_id))
        self.run_search()
        if not choose_row(self.current_view(), row if view is self.current_view() else 0) \
                and self.isVisible():
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)  # the last one went
        self._show_undo(True)

    def undo_delete(self) -> None:
        if not self.deleted or self.journal is None:
            return
        self.journal.restore_entry(self.deleted.pop())
        self.refresh()
        self._show_undo(bool(self.deleted))

    def _show_undo(self, on: bool) -> None:
        self.undo_note.setText(self.tr("Moved to the trash."))  # (it may say "Put back")
        self.undo_note.setVisible(on)
        self.undo_button.setVisible(on)
        if on:
            undo = self.tr("Ctrl+Z brings it back.")
            announce(self.undo_note, f"{self.undo_note.text()} {undo}")
