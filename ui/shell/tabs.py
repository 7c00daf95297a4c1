"""The open journal: Today, Timeline, People and Settings tabs, and the moment form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.moments.form import DRAFT_KEY as FORM_DRAFT
from ui.moments.form import EntryForm
from ui.moments.view import EntryView
from ui.my_data.page import SHARE_KEYS, MyDataPage
from ui.plumbing.context import AppContext
from ui.settings.page import SettingsPage
from ui.summary.wizard import SummaryWizard
from ui.timeline.page import TimelinePage
from ui.today.page import AUTOSAVE_MS, TodayPage
from ui.village.page import PeoplePage
from ui.widgets.announce import announce, can_take_focus, focus_first, show_page


class JournalShell(QWidget):
    lock_requested = Signal()

    def __init__(self, ctx: AppContext, journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = journal
        self.stack = QStackedWidget()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # The tab bar is the Tab stop; the tab widget itself would be an unnamed "filler".
        # (Qt passes a policy on to the focus proxy, so the bar gets its own back.)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.today = TodayPage(ctx)
        self.timeline = TimelinePage(ctx)
        self.people = PeoplePage(ctx)
        self.settings = SettingsPage(ctx)
        self.my_data = MyDataPage(ctx)
        for page in (self.today, self.timeline, self.people, self.my_data, self.settings):
            self.tabs.addTab(page, "")
        self.lock_button = QPushButton()
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.setCornerWidget(self.lock_button, Qt.Corner.TopRightCorner)
        self.form = EntryForm(ctx.dialogs)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.form)
        self.entry_view = EntryView()  # one moment, read-only, before any editing
        self.stack.addWidget(self.entry_view)
        self._from_view: int | None = None
        self.wizard = SummaryWizard(ctx)
        self.stack.addWidget(self.wizard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.stack)
        self.lock_button.clicked.connect(self.lock_requested)
        self.today.log_moment.connect(self.open_form)
        self.today.entry_saved.connect(lambda _entry: self.timeline.refresh())
        self.timeline.open_entry.connect(self.view_entry)
        self.entry_view.edit_requested.connect(self._edit_from_view)
        self.entry_view.delete_requested.connect(self._delete_from_view)
        self.entry_view.closed.connect(self.show_tabs)
        self.settings.focus_changed.connect(self.today.focus_changed)
        self.form.picker.strength_added.connect(lambda _s: self.timeline.reload_filters())
        self.people.people_changed.connect(self.timeline.reload_filters)
        self.form.saved.connect(self._form_saved)
        self.form.closed.connect(self._form_closed)
        self.wizard.closed.connect(self.show_tabs)
        self.my_data.share_requested.connect(self.share_summary)
        self.my_data.entries_imported.connect(self._entries_imported)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.tabBar().installEventFilter(self)
        QShortcut(QKeySequence("Ctrl+1"), self, lambda: self.open_form("connection"))
        QShortcut(QKeySequence("Ctrl+2"), self, lambda: self.open_form("repair"))
        QShortcut(QKeySequence("Ctrl+F"), self, self.find)
        QShortcut(QKeySequence(SHARE_KEYS), self, self.share_summary)
        self.retranslate()
        self.today.load(journal)
        self.timeline.load(journal)
        self.people.load(journal)
        self.settings.load(journal)
        self.my_data.load(journal)
        draft = journal.load_draft(FORM_DRAFT)
        if draft and self.form.restore_draft(journal, draft, ctx.lang):
            self.stack.setCurrentWidget(self.form)
        self.form_autosave = QTimer(self)
        self.form_autosave.setInterval(AUTOSAVE_MS)
        self.form_autosave.timeout.connect(self._autosave_form)
        self.form_autosave.start()

    def _autosave_form(self) -> None:
        if self.journal is not None and self.stack.currentWidget() is self.form:
            self.save_drafts()

    def retranslate(self) -> None:
        for page, text in ((self.today, self.tr("&Today")),
                           (self.timeline, self.tr("&Moments")),
                           (self.people, self.tr("My &village")),
                           (self.my_data, self.tr("My &data")),
                           (self.settings, self.tr("Settin&gs"))):
            self.tabs.setTabText(self.tabs.indexOf(page), text)
            page.setAccessibleName(text.replace("&", ""))  # said when focus comes in
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L). Quick hide: Ctrl+Shift+H"))
        self.lock_button.setAccessibleName(self.tr("Lock the journal"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- moving around ----------------------------------------------------------------
    def _first_control(self) -> QWidget | None:
        """Where focus goes in the showing tab: its own choice, or its first control."""
        page = self.tabs.currentWidget()
        first = getattr(page, "first_control", None)
        widget = first() if first is not None else None
        return widget if widget is not None and can_take_focus(widget) else None

    def focus_page(self) -> None:
        """Focus the first control of the tab that is showing (never the page itself)."""
        widget = self._first_control()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            focus_first(self.tabs.currentWidget())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Alt+letter for a tab: let go of focus first, so hiding the old page does not
        hand it to the next control on the way (a screen reader would say that one)."""
        if watched is self.tabs.tabBar() and event.type() == QEvent.Type.Shortcut:
            focus = QApplication.focusWidget()
            if focus is not None and focus is not watched and self.tabs.isAncestorOf(focus):
                focus.clearFocus()
        return super().eventFilter(watched, event)

    def _tab_changed(self, _index: int) -> None:
        """Alt+letter: focus goes into the new tab. Arrows on the tab bar keep it there."""
        focus = QApplication.focusWidget()
        if focus is self.tabs.tabBar() or self.stack.currentWidget() is not self.tabs:
            return
        if focus is None or not self.tabs.currentWidget().isAncestorOf(focus):
            self.focus_page()

    def open_form(self, kind: str) -> None:
        if self.stack.currentWidget() in (self.form, self.wizard):
            return
        self._from_view = None
        self.form.start(self.journal, kind, self.ctx.clock.now(), self.ctx.lang)
        show_page(self.stack, self.form, focus=self.form.focus_first)

    def edit_entry(self, entry_id: int) -> None:
        entry = self.journal.get_entry(entry_id)
        if entry is None or self.stack.currentWidget() in (self.form, self.wizard):
            return
        self.form.start(self.journal, entry.kind, entry.happened_at, self.ctx.lang, entry)
        show_page(self.stack, self.form, focus=self.form.focus_first)

    def share_summary(self) -> None:
        """Open the summary wizard (from My data, or Ctrl+Shift+S anywhere)."""
        if self.stack.currentWidget() is not self.tabs:
            return
        self.wizard.start(self.journal)
        show_page(self.stack, self.wizard, focus=self.wizard.focus_step)

    def _entries_imported(self) -> None:
        self.today.refresh_week()
        self.timeline.refresh()
        self.people.load(self.journal)
        self.timeline.reload_filters()

    def view_entry(self, entry_id: int) -> None:
        """Show one moment read-only (from the timeline); Edit and Delete are there."""
        entry = self.journal.get_entry(entry_id)
        if entry is None or self.stack.currentWidget() in (self.form, self.wizard):
            return
        self.entry_view.show_entry(self.journal, entry, self.ctx.lang)
        show_page(self.stack, self.entry_view, self.entry_view.edit_button)

    def _edit_from_view(self, entry_id: int) -> None:
        self.stack.setCurrentWidget(self.tabs)  # so edit_entry may open the form
        self.edit_entry(entry_id)
        self._from_view = entry_id

    def _delete_from_view(self, entry_id: int) -> None:
        self.show_tabs()
        self.timeline.delete_id(entry_id)
        self.today.refresh_week()

    def _form_closed(self) -> None:
        back, self._from_view = self._from_view, None
        if back is not None:
            self.stack.setCurrentWidget(self.tabs)
            self.view_entry(back)
        else:
            self.show_tabs()

    def show_tabs(self) -> None:
        self.entry_view.wipe()
        show_page(self.stack, self.tabs, focus=self.focus_page)

    def _form_saved(self, entry) -> None:
        self.today.refresh_week()
        self.timeline.refresh()
        self.timeline.reload_filters()
        if self._from_view is not None and entry is not None and entry.id is not None:
            self._from_view = int(entry.id)
        self._form_closed()
        announce(self, self.tr("Your moment is kept in your journal."))

    def find(self) -> None:
        if self.stack.currentWidget() is self.wizard:
            return
        self.show_tabs()
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_language(self, lang: str) -> None:
        self.form.set_language(lang)
        self.entry_view.set_language(lang)
        self.today.retranslate()
        self.timeline.reload_filters()
        self.people.retranslate()

    # -- locking ----------------------------------------------------------------------
    def save_drafts(self) -> None:
        """Keep whatever is being typed as an encrypted draft."""
        if not self.journal.is_open:
            return
        self.today.save_draft()
        if self.stack.currentWidget() is self.form and self.form.has_words():
            self.journal.save_draft(FORM_DRAFT, self.form.draft())

    def wipe(self) -> None:
        """Clear every widget, model and undo stack that held journal text."""
        self.form.wipe()
        self.entry_view.wipe()
        self.today.wipe()
        self.timeline.wipe()
        self.people.wipe()
        self.settings.wipe()
        self.wizard.wipe()
        self.my_data.wipe()
        self.form_autosave.stop()
        self.journal = None
