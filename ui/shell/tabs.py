"""The open journal: Today, Timeline, People and Settings tabs, and the moment form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.moments.form import DRAFT_KEY as FORM_DRAFT
from ui.moments.view import EntryView
from ui.moments.visit_form import MomentOrVisitForm
from ui.my_data.page import SHARE_KEYS, MyDataPage
from ui.plumbing.context import AppContext
from ui.settings.page import SettingsPage
from ui.shell.lock_corner import LockCorner, tab_lock
from ui.summary.keep import DRAFT_KEY as SUMMARY_DRAFT
from ui.summary.wizard import SummaryWizard
from ui.timeline.page import TimelinePage
from ui.today.page import AUTOSAVE_MS, TodayPage
from ui.village.page import PeoplePage
from ui.widgets.announce import announce, can_take_focus, focus_first, show_page

BACKUP_AFTER_MS = 500  # after unlock: Today paints first
TAB_PAGES = ("timeline", "people", "my_data", "settings")  # after Today, in tab order


class JournalShell(QWidget):
    """Today is built at unlock; every other page when it is first shown or used (so
    unlock shows Today at once, however long the journal)."""

    lock_requested = Signal()
    language_changed = Signal(str)
    text_size_changed = Signal(int)
    autolock_changed = Signal(int)
    keys_requested = Signal()
    restore_requested = Signal(object, str)  # (Backup, passphrase)
    moment_kept = Signal()  # something was saved: no nudge today
    nudge_changed = Signal()  # the nudge's choices changed in Settings

    def __init__(self, ctx: AppContext, journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = journal
        self._pages: dict[str, QWidget] = {}
        self._backup_due = False
        self._place_sync_due = False  # the key file changed before My data was built
        self.stack = QStackedWidget()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # The tab bar is the Tab stop; the tab widget itself would be an unnamed "filler".
        # (Qt passes a policy on to the focus proxy, so the bar gets its own back.)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.today = TodayPage(ctx)
        self.tabs.addTab(self.today, "")
        self._slots = {name: QWidget() for name in TAB_PAGES}  # until each is built
        for slot in self._slots.values():
            self.tabs.addTab(slot, "")
        self.lock_button = tab_lock(self.tabs, self.lock_requested.emit)
        self.stack.addWidget(self.tabs)
        self._from_view: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.stack)
        self.lock_corner = LockCorner(self, self.stack, self.tabs, self.lock_requested.emit)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.today.log_moment.connect(self.open_form)
        self.today.prepare_summary.connect(self.share_summary)
        self.today.look_back.open_entry.connect(self.view_entry)
        self.today.entry_saved.connect(lambda _entry: self._built("timeline", "refresh"))
        self.today.entry_saved.connect(self.moment_kept)
        self.tabs.currentChanged.connect(self._tab_changed)  # after _tab_shown built it
        self.tabs.tabBar().installEventFilter(self)
        QShortcut(QKeySequence("Ctrl+1"), self, lambda: self.open_form("connection"))
        QShortcut(QKeySequence("Ctrl+2"), self, lambda: self.open_form("repair"))
        QShortcut(QKeySequence("Ctrl+3"), self, lambda: self.open_form("visit"))
        QShortcut(QKeySequence("Ctrl+F"), self, self.find)
        QShortcut(QKeySequence(SHARE_KEYS), self, self.share_summary)
        self.retranslate()
        self.today.load(journal)
        draft = journal.load_draft(FORM_DRAFT)  # what was being written comes back
        if draft and self.form.restore_draft(journal, draft, ctx.lang):
            self.stack.setCurrentWidget(self.form)
        elif journal.load_draft(SUMMARY_DRAFT):  # this caregiver's own (drafts are each's)
            self.share_summary()  # "We kept the summary you were making…"
        self.form_autosave = QTimer(self)
        self.form_autosave.setInterval(AUTOSAVE_MS)
        self.form_autosave.timeout.connect(self._autosave_form)
        self.form_autosave.start()

    # -- pages, built when first needed ------------------------------------------------
    timeline = property(lambda self: self._page("timeline"))
    people = property(lambda self: self._page("people"))
    my_data = property(lambda self: self._page("my_data"))
    settings = property(lambda self: self._page("settings"))
    form = property(lambda self: self._page("form"))
    entry_view = property(lambda self: self._page("entry_view"))
    wizard = property(lambda self: self._page("wizard"))

    def _built(self, name: str, method: str | None = None):
        """The page if it was built (and, given `method`, call it), else None."""
        page = self._pages.get(name)
        if page is not None and method is not None:
            getattr(page, method)()
        return page

    def _page(self, name: str):
        page = self._pages.get(name)
        if page is None:
            page = self._pages[name] = getattr(self, f"_make_{name}")()
            if name in self._slots:
                self._into_tab(name, page)
            else:
                self.stack.addWidget(page)
        return page

    def _into_tab(self, name: str, page: QWidget) -> None:
        slot = self._slots.pop(name)
        index, current = self.tabs.indexOf(slot), self.tabs.currentIndex()
        text = self.tabs.tabText(index)
        self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, text)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        slot.deleteLater()

    def _tab_shown(self, index: int) -> None:
        for name, slot in list(self._slots.items()):
            if self.tabs.widget(index) is slot:
                self._page(name)

    def _make_timeline(self) -> TimelinePage:
        page = TimelinePage(self.ctx)
        page.open_entry.connect(self.view_entry)
        page.load(self.journal)
        return page

    def _make_people(self) -> PeoplePage:
        page = PeoplePage(self.ctx)
        page.people_changed.connect(lambda: self._built("timeline", "reload_filters"))
        page.load(self.journal)
        return page

    def _make_settings(self) -> SettingsPage:
        page = SettingsPage(self.ctx)
        page.focus_changed.connect(self.today.focus_changed)
        page.language_changed.connect(self.language_changed)
        page.text_size_changed.connect(self.text_size_changed)
        page.autolock_changed.connect(self.autolock_changed)
        page.keys_requested.connect(self.keys_requested)
        page.keys_changed.connect(self._keys_changed)
        page.gentle.nudge_changed.connect(self.nudge_changed)
        page.gentle.look_back_changed.connect(self.today.look_back.reload)
        page.load(self.journal)
        return page

    def _make_my_data(self) -> MyDataPage:
        page = MyDataPage(self.ctx)
        page.share_requested.connect(self.share_summary)
        page.entries_imported.connect(self._entries_imported)
        page.restore_requested.connect(self.restore_requested)
        page.load(self.journal)
        if self._backup_due:  # the second place is brought up to date after it
            self._backup_due = False
            page.backup_if_due()
        elif self._place_sync_due:
            page.place.sync()
        self._place_sync_due = False
        return page

    def _keys_changed(self) -> None:
        """A new passphrase or recovery code: the copies in the second place follow. My
        data is not built just for that (building a tab moves focus off Settings)."""
        my_data = self._built("my_data")
        if my_data is None:
            self._place_sync_due = True
        else:
            my_data.place.sync()

    def _make_form(self) -> MomentOrVisitForm:
        form = MomentOrVisitForm(self.ctx.dialogs)
        form.picker.strength_added.connect(lambda _s: self._built("timeline", "reload_filters"))
        form.saved.connect(self._form_saved)
        form.closed.connect(self._form_closed)
        return form

    def _make_entry_view(self) -> EntryView:
        view = EntryView()  # one moment, read-only, before any editing
        view.edit_requested.connect(self._edit_from_view)
        view.delete_requested.connect(self._delete_from_view)
        view.closed.connect(self.show_tabs)
        return view

    def _make_wizard(self) -> SummaryWizard:
        wizard = SummaryWizard(self.ctx)
        wizard.closed.connect(self.show_tabs)
        return wizard

    def backup_if_due(self) -> None:
        """The day's automatic backup, off the UI thread (My data shows how it went). It
        starts a moment after Today has shown (building My data takes a while), or at
        once when My data is opened first."""
        self._backup_due = True
        QTimer.singleShot(BACKUP_AFTER_MS, self, self._start_backup)

    def _start_backup(self) -> None:
        if self._backup_due and self.journal is not None:
            self._backup_due = False
            self.my_data.backup_if_due()

    def _autosave_form(self) -> None:
        """Every few seconds while the moment form or the summary wizard shows."""
        if self.journal is not None and self._busy():
            self.save_drafts()

    def retranslate(self) -> None:
        for name, text in (("today", self.tr("&Today")),
                           ("timeline", self.tr("&Moments")),
                           ("people", self.tr("My &village")),
                           ("my_data", self.tr("My &data")),
                           ("settings", self.tr("Settin&gs"))):
            page = self.today if name == "today" else self._slots.get(name) or \
                self._pages[name]
            self.tabs.setTabText(self.tabs.indexOf(page), text)
            page.setAccessibleName(text.replace("&", ""))  # said when focus comes in

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

    def _busy(self) -> bool:
        """The form or the wizard is open (they are finished or closed first)."""
        return self.stack.currentWidget() in (self._built("form"), self._built("wizard"))

    def open_form(self, kind: str) -> None:
        if self._busy():
            return
        self._from_view = None
        self.form.start(self.journal, kind, self.ctx.clock.now(), self.ctx.lang)
        show_page(self.stack, self.form, focus=self.form.focus_first)

    def edit_entry(self, entry_id: int) -> None:
        entry = self.journal.get_entry(entry_id)
        if entry is None or self._busy():
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
        self._built("timeline", "refresh")
        if self._built("people") is not None:
            self.people.load(self.journal)
        self._built("timeline", "reload_filters")

    def view_entry(self, entry_id: int) -> None:
        """Show one moment read-only (from the timeline); Edit and Delete are there."""
        entry = self.journal.get_entry(entry_id)
        if entry is None or self._busy():
            return
        self.entry_view.show_entry(self.journal, entry, self.ctx.lang)
        show_page(self.stack, self.entry_view, self.entry_view.focus_words)

    def _edit_from_view(self, entry_id: int) -> None:
        self.stack.setCurrentWidget(self.tabs)  # so edit_entry may open the form
        self.edit_entry(entry_id)
        self._from_view = entry_id

    def _delete_from_view(self, entry_id: int) -> None:
        """Back to the list it was opened from, on the moment next to it (then the
        trash's words are said, with focus already there)."""
        self._built("entry_view", "wipe")
        in_list = self.tabs.currentWidget() is self.timeline
        show_page(self.stack, self.tabs,
                  focus=self.timeline.focus_list if in_list else self.focus_page)
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
        self._built("entry_view", "wipe")
        show_page(self.stack, self.tabs, focus=self.focus_page)

    def _form_saved(self, entry) -> None:
        self.today.refresh_week()
        self._built("timeline", "refresh")
        self._built("timeline", "reload_filters")
        if self._from_view is not None and entry is not None and entry.id is not None:
            self._from_view = int(entry.id)
        self._form_closed()
        self.today.moment_kept()
        self.moment_kept.emit()
        announce(self, self.tr("Your moment is kept in your journal."))

    def find(self) -> None:
        if self.stack.currentWidget() is self._built("wizard"):
            return
        self.show_tabs()
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_language(self, lang: str) -> None:
        for name in ("form", "entry_view"):
            if self._built(name) is not None:
                self._pages[name].set_language(lang)
        self.today.retranslate()
        self._built("timeline", "reload_filters")
        self._built("people", "retranslate")

    # -- locking ----------------------------------------------------------------------
    def save_drafts(self) -> None:
        """Keep whatever is being typed as an encrypted draft."""
        if not self.journal.is_open:
            return
        self.today.save_draft()
        form = self._built("form")
        if form is not None and self.stack.currentWidget() is form:
            if form.has_content() or form.photos.unsaved():  # (says the photo wasn't kept)
                self.journal.save_draft(FORM_DRAFT, self.form.draft())
            else:  # emptied, or came back empty: nothing to give back (or to say) next time
                self.journal.clear_draft(FORM_DRAFT)
        self._built("wizard", "keep_draft")  # the summary being made, if one is

    def stop_work(self) -> None:
        """Lock is coming: work off the UI thread stops now (a backup is tried again at
        the next unlock; a summary being made stops, its words are kept as a draft)."""
        self._built("my_data", "stop_work")
        self._built("wizard", "stop_work")

    def wipe(self) -> None:
        """Clear every widget, model and undo stack that held journal text."""
        self.today.wipe()
        for page in self._pages.values():
            page.wipe()
        self.form_autosave.stop()
        self.journal = None
