"""Today: today's prompt, a reflection that autosaves, buttons to log a moment, this week."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal import Entry
from journal.records.models import Filters
from ui.moments.photo_words import lost_words
from ui.moments.photos import PhotoStrip
from ui.moments.quick import WordsBox
from ui.plumbing.context import AppContext
from ui.plumbing.dates import long_date
from ui.plumbing.i18n import error_text
from ui.plumbing.shortcuts import shortcut
from ui.plumbing.theme import set_role
from ui.start.caregiver_picker import writer_labels
from ui.today.look_back import LookBackCard
from ui.today.visit_card import VisitCard
from ui.today.week import WeekModel
from ui.widgets.announce import announce, quiet_scroll_area
from ui.widgets.chips import FlowRow

DRAFT_KEY = "today-reflection"
PHOTOS_LEFT = "today-photos-left"  # a setting: how many photos a lock couldn't keep


def photos_left_key(journal) -> str:
    """Each caregiver's own count (as drafts are): told to the one who added them."""
    return f"{PHOTOS_LEFT}/{journal.writer}"
FOCUS_KEY = "prompt_focus"  # chosen in Settings, kept inside the encrypted journal
AUTOSAVE_MS = 3000
WEEK_ITEMS = 5


class TodayPage(QWidget):
    log_moment = Signal(str)  # "connection", "repair" or "visit"
    prepare_summary = Signal()
    entry_saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = None
        self.prompt = None
        self._draft_kept = False  # a draft is in the journal (so an empty box clears it)
        self._photos_noted = 0  # new photos the journal knows were here (not the photos)
        self._photos_lost = ""  # said after an unlock: the photos the lock couldn't keep
        self.date_label = set_role(QLabel(), "title")
        self.notice = set_role(QLabel(), "message")  # after a reset: what opens it now
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        card = self.card = set_role(QFrame(), "card")
        # The card is as tall as its words and box, never taller: the room left over goes
        # below "This week", so nothing moves when the week's first moment shows up.
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.prompt_label = set_role(QLabel(), "prompt")
        self.prompt_label.setWordWrap(True)
        self.follow_up = set_role(QLabel(), "hint")
        self.follow_up.setWordWrap(True)
        self.another = set_role(QPushButton(), "link")
        self.editor = WordsBox()  # a pasted or dropped picture goes to the photo row
        self.editor.setTabChangesFocus(True)
        self.photos = PhotoStrip(ctx.dialogs, on_today=True)  # up to 4, with the reflection
        self.photos.watch(self.photos, [self.editor])
        self.prompt_label.setBuddy(self.editor)  # "labelled by" the question
        self.editor.setMinimumHeight(90)
        self.editor.setMaximumHeight(170)
        self.saved_note = set_role(QLabel(), "hint")
        self.save_button = set_role(QPushButton(), "primary")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 16, 20, 16)
        inner.setSpacing(10)
        inner.addWidget(self.prompt_label)
        inner.addWidget(self.follow_up)
        inner.addWidget(self.another, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.editor)
        inner.addWidget(self.photos)
        row = QHBoxLayout()
        row.addWidget(self.saved_note)
        row.addStretch(1)
        row.addWidget(self.photos.add_button)
        row.addWidget(self.save_button)
        inner.addLayout(row)
        self.connection_button = QPushButton()
        self.repair_button = QPushButton()
        self.visit = VisitCard()
        self.look_back = LookBackCard()  # a moment from before
        self.moment_note = set_role(QLabel(), "hint")  # "Kept", beside the buttons
        moments = FlowRow(self.connection_button, self.repair_button, self.visit.note_button,
                          self.moment_note,
                          spacing=10)
        self.week_title = set_role(QLabel(), "heading")
        self.week_model = WeekModel(self)  # "Ana noted: ..." with several caregivers
        self.week_view = QListView()
        self.week_view.setModel(self.week_model)
        self.week_view.setWordWrap(True)
        self.week_view.setSpacing(4)
        self._fit_week()
        self.week_empty = set_role(QLabel(), "hint")
        self.week_empty.setWordWrap(True)
        body = QWidget()
        scroll = QScrollArea()  # at large text sizes the page scrolls instead of squeezing
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        quiet_scroll_area(scroll)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(14)
        layout.addWidget(self.date_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.visit)
        layout.addWidget(self.look_back)
        layout.addWidget(card)
        layout.addWidget(moments)
        layout.addWidget(self.week_title)
        layout.addWidget(self.week_empty)
        layout.addWidget(self.week_view, 1)
        layout.addStretch(0)  # takes the room while the week is still empty
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.editor.textChanged.connect(self._typed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(keys, self, self.save_reflection,  # anywhere on Today (after a photo)
                     Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.another.clicked.connect(self.show_another)
        self.save_button.clicked.connect(self.save_reflection)
        self.connection_button.clicked.connect(lambda: self.log_moment.emit("connection"))
        self.repair_button.clicked.connect(lambda: self.log_moment.emit("repair"))
        self.visit.note_visit.connect(lambda: self.log_moment.emit("visit"))
        self.visit.prepare_summary.connect(self.prepare_summary)
        self.log_moment.connect(lambda _kind: self.moment_note.clear())
        self.retranslate()

    def _fit_week(self) -> None:
        """Room for about three moments, whatever the text size."""
        self.week_view.setMinimumHeight(7 * self.fontMetrics().lineSpacing())

    def retranslate(self) -> None:
        self.date_label.setText(self._date_text())
        self.visit.retranslate()
        self.another.setText(self.tr("Show me &another question"))
        self.editor.setPlaceholderText(self.tr(
            "Write as much or as little as you like. It saves itself as you go."))
        self.editor.setAccessibleName(self.tr("Your reflection"))
        self.week_view.setAccessibleName(self.tr("This week"))
        self.save_button.setText(self.tr("&Keep this reflection"))
        self.connection_button.setText(self.tr("Log a &connection moment"))
        self.connection_button.setToolTip(self.tr("Ctrl+1"))
        self.repair_button.setText(self.tr("Log a &repair moment"))
        self.repair_button.setToolTip(self.tr("Ctrl+2"))
        self.week_title.setText(self.tr("This week"))
        self.week_empty.setText(self.tr(
            "Moments you keep this week will show up here. A tiny one counts too."))
        self._show_prompt()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.FontChange:
            self._fit_week()
        super().changeEvent(event)

    def _date_text(self) -> str:
        text = long_date(self.ctx.clock.today())
        return text[:1].upper() + text[1:]  # a label on its own: "Martes, 1 de diciembre…"

    # -- journal ----------------------------------------------------------------------
    def load(self, journal) -> None:
        self.journal = journal
        self.date_label.setText(self._date_text())
        self.choose_prompt()
        draft = journal.load_draft(DRAFT_KEY)
        self._draft_kept = draft is not None
        self.editor.blockSignals(True)
        self.editor.setPlainText(draft or "")
        self.editor.blockSignals(False)
        lost = int(journal.get_setting(photos_left_key(journal)) or 0)
        self._photos_lost, self._photos_noted = (lost_words(lost) if lost > 0 else ""), lost
        self._note_photos()  # said once: the next lock starts from none
        self.show_notice("")
        self.refresh_week()

    def refresh_week(self) -> None:
        if self.journal is None:
            return
        today = self.ctx.clock.today()
        start = today - timedelta(days=today.weekday())
        page = self.journal.list_entries(Filters(start=start, end=today), limit=WEEK_ITEMS)
        self.week_model.names = writer_labels(self, self.ctx, self.journal)
        self.week_model.set_entries(page.entries)
        self.week_empty.setVisible(not page.entries)
        self.week_view.setVisible(bool(page.entries))
        self.visit.load(self.journal, today)
        self.look_back.load(self.journal, today)

    def show_notice(self, text: str) -> None:
        """Words for the caregiver who just landed here (shown and said; gone at lock),
        with the photos a lock couldn't keep, if there were any."""
        text = " ".join(words for words in (text, self._photos_lost) if words)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        if text:
            announce(self.editor, text)

    def wipe(self) -> None:
        self.autosave.stop()
        self._photos_lost = ""
        self.show_notice("")
        self.photos.clear()
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.document().clearUndoRedoStacks()
        self.editor.blockSignals(False)
        self.prompt = None
        self.prompt_label.clear()
        self.follow_up.clear()
        self.saved_note.clear()
        self.week_model.clear()
        self.visit.wipe()
        self.look_back.wipe()
        self.journal = None

    # -- prompt -----------------------------------------------------------------------
    def _prompt_inputs(self):
        import prompts

        today = self.ctx.clock.today()
        history = [prompts.HistoryItem(r.day, r.prompt_id, r.status)
                   for r in self.journal.prompt_history(since=today - timedelta(days=90))]
        births = []
        for month in self.journal.child_birth_months():
            year, _, mon = month.partition("-")
            births.append((int(year), int(mon)))
        return today, history, prompts.bands_for(births, today)

    def child_name(self) -> str | None:
        """The child's nickname for the prompts, when there is exactly one child."""
        if self.journal is None or not self.journal.is_open:
            return None
        children = [p for p in self.journal.list_people() if p.role == "child"]
        return children[0].nickname if len(children) == 1 else None

    def focus(self) -> str | None:
        """What the caregiver would like to notice more (None: anything)."""
        if self.journal is None or not self.journal.is_open:
            return None
        return self.journal.get_setting(FOCUS_KEY) or None

    def choose_prompt(self) -> None:
        library = self.ctx.prompt_library()
        if library is None or self.journal is None:
            self.prompt = None
        else:
            import prompts

            today, history, bands = self._prompt_inputs()
            self.prompt = prompts.choose_today(library, today, history, child_bands=bands,
                                               focus=self.focus())
            if prompts.current_prompt_id(history, today) != self.prompt.id:
                self.journal.record_prompt(today, self.prompt.id, "shown")
        self._show_prompt()

    def show_another(self) -> None:
        library = self.ctx.prompt_library()
        if library is None or self.journal is None or self.prompt is None:
            return
        import prompts

        today, history, bands = self._prompt_inputs()
        new, records = prompts.show_another(library, today, history, self.prompt.id,
                                            child_bands=bands, focus=self.focus())
        for item in records:
            self.journal.record_prompt(item.day, item.prompt_id, item.status)
        if new is not None:
            self.prompt = new
        self._show_prompt()

    def focus_changed(self, focus: str) -> None:
        """A new focus in Settings: if today's question doesn't fit it, show one that does."""
        if self.prompt is not None and focus and self.prompt.focus != focus:
            self.show_another()

    def _show_prompt(self) -> None:
        before = self.prompt_label.text()
        if self.prompt is None:
            self.prompt_label.setText(self.tr("What is one small thing that went well today?"))
            self.follow_up.clear()
            self.another.setVisible(False)
        else:
            name = self.child_name()
            self.prompt_label.setText(self.prompt.text(self.ctx.lang, name))
            self.follow_up.setText(self.prompt.follow_up(self.ctx.lang, name) or "")
            self.another.setVisible(True)
        self.follow_up.setVisible(bool(self.follow_up.text()))  # no empty line in the card
        # The question belongs to the box: a screen reader says it with "Your reflection".
        question = " ".join(t for t in (self.prompt_label.text(), self.follow_up.text()) if t)
        self.editor.setAccessibleDescription(question)
        if before and before != self.prompt_label.text() and self.another.hasFocus():
            announce(self.another, question)

    def first_control(self):
        """Where focus goes when Today shows: the reflection box."""
        return self.editor

    # -- reflection -------------------------------------------------------------------
    def _typed(self) -> None:
        self.saved_note.clear()
        self.autosave.start()

    def save_draft(self) -> None:
        self.autosave.stop()
        if self.journal is None or not self.journal.is_open:
            return
        self._note_photos()
        text = self.editor.toPlainText()
        if text.strip():
            self.journal.save_draft(DRAFT_KEY, text)
            self._draft_kept = True
            self.saved_note.setText(self.tr("Draft kept."))
        elif self._draft_kept:  # no write (and no wait for the disk) when there is none
            self.journal.clear_draft(DRAFT_KEY)
            self._draft_kept = False

    def _note_photos(self) -> None:
        """Only how many new photos are here goes in the journal: a lock can't keep
        them (they are only in memory), so the next unlock says so plainly."""
        count = self.photos.unsaved()
        if count != self._photos_noted and self.journal is not None and self.journal.is_open:
            self.journal.set_setting(photos_left_key(self.journal), str(count))
            self._photos_noted = count

    def moment_kept(self) -> None:
        """A moment from the form was kept: say so beside the buttons that opened it."""
        self.moment_note.setText(self.tr("\u2713 Kept in your journal."))
        self.moment_note.adjustSize()

    def save_reflection(self) -> None:
        text = self.editor.toPlainText()
        if self.journal is None or not text.strip():
            self.editor.setFocus()
            return
        if self.photos.then(self.save_reflection):
            return  # a photo is getting ready: kept right after it
        prompt_id = self.prompt.id if self.prompt else None
        prompt_text = self.prompt_label.text()
        try:
            entry = self.journal.add_entry(Entry(
                "reflection", self.ctx.clock.now(), {"body": text}, prompt_id=prompt_id,
                prompt_text=prompt_text, lang=self.ctx.lang))
            self.photos.keep(self.journal, int(entry.id or 0))
            if prompt_id:
                self.journal.record_prompt(self.ctx.clock.today(), prompt_id, "answered")
            self.journal.clear_draft(DRAFT_KEY)
            self._draft_kept = False
        except Exception as exc:  # noqa: BLE001 - the words stay on screen
            self.ctx.dialogs.warn(self, self.tr("Small Moments"), error_text(exc, self.ctx.lang))
            return
        self.autosave.stop()
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.document().clearUndoRedoStacks()
        self.editor.blockSignals(False)
        self.photos.clear()
        self._note_photos()
        self.saved_note.setText(self.tr("Kept in your journal."))
        announce(self.editor, self.saved_note.text())
        self.refresh_week()
        self.entry_saved.emit(entry)
