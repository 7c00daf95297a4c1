"""Log or edit a moment: connection and repair forms (fields from ERH.md), or a reflection.

The short view fits a 1366x768 screen without scrolling: who was there (the only child
already picked), one line of words ("What happened?"; for a repair, how you found each
other again), the routine, and "what we did" chips, so a moment can be kept with taps
only. "Add more" opens a second column with the rest (what you did, how it ended,
feeling, strengths and whose they were); open or closed is remembered in the journal.
"OK to share" sits beside Save and never scrolls away. Ctrl+Enter saves, Esc goes back.
The form's state can be kept as a draft.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from journal import Entry
from journal.records import vocabulary
from journal.records.models import BACK_AND_FORTHS, TEXT_FIELDS
from ui.moments.drafts import draft_text, entry_from_draft, photos_left
from ui.moments.photo_drops import PhotoDrops
from ui.moments.photo_words import lost_words
from ui.moments.photos import PhotoStrip
from ui.moments.quick import (
    MORE_KEY,
    QUICK_TEXT,
    FittingBody,
    QuickDid,
    SaveBar,
    needs_more,
    size_text_box,
    tab_chain,
    text_box,
)
from ui.moments.strengths import StrengthPicker
from ui.plumbing.i18n import kind_label
from ui.plumbing.shortcuts import shortcut
from ui.plumbing.theme import set_role
from ui.widgets.announce import clear_problem, quiet_scroll_area, say_problem
from ui.widgets.chips import ChipGroup
from ui.widgets.date_box import DateTimeBox
from ui.widgets.input_errors import MAX_WORDS, input_error_text, long_words
from ui.widgets.title_row import title_row

DRAFT_KEY = "moment-form"
LEFT = ("people", "body", "child_did", "reconnected", "routine", "did")


class EntryForm(PhotoDrops, QWidget):
    saved = Signal(object)  # the saved Entry
    closed = Signal()

    def __init__(self, dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.journal = None
        self.lang = "en"
        self.kind = "connection"
        self.entry_id: int | None = None
        self.prompt: tuple[str | None, str | None] = (None, None)
        self.title = set_role(QLabel(), "title")
        self.prompt_label = set_role(QLabel(), "prompt")
        self.prompt_label.setWordWrap(True)
        self.labels: dict[str, QLabel] = {}
        self.row_widgets: list[QWidget] = []
        self.holders: dict[str, QWidget] = {}
        self.texts = {name: text_box() for fields in TEXT_FIELDS.values() for name in fields}
        self.texts["body"].setProperty("long", True)
        size_text_box(self.texts["body"])
        for name in ("child_did", "reconnected", "body"):
            self.texts[name].textChanged.connect(self._clear_note)
        self.people = ChipGroup()
        self.routine = ChipGroup(exclusive=True)
        self.back = ChipGroup(exclusive=True)
        self.feeling = ChipGroup(exclusive=True)
        self.picker = StrengthPicker(dialogs)
        self.strengths = self.picker.chips
        self.did = QuickDid(self.picker)
        self.did.changed.connect(self._clear_note)
        self.photos = PhotoStrip(dialogs)
        self.when = DateTimeBox()
        self.when.setCalendarPopup(True)
        self.bar = SaveBar()
        self.share, self.save_button = self.bar.share, self.bar.save_button
        self.cancel_button = self.bar.cancel_button
        self.problem = set_role(QLabel(), "message")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.more_button = set_role(QPushButton(), "link")
        self.more_button.setCheckable(True)
        self.more_button.toggled.connect(self._more_toggled)
        body = FittingBody()
        self.rows = QVBoxLayout(body)
        self.rows.setContentsMargins(32, 12, 32, 8)  # (the Lock button beside the title)
        self.rows.setSpacing(4)
        self.rows.addWidget(title_row(self, self.title))
        self.rows.addWidget(self.prompt_label)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        left_box, self.more_box = QWidget(), QWidget()
        self.left, self.right = QVBoxLayout(left_box), QVBoxLayout(self.more_box)
        for column in (self.left, self.right):
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(4)
        self._row("people", self.people, self.left)
        for name in ("body", "child_did", "reconnected"):
            self._row(name, self.texts[name], self.left)
        self.left.addWidget(self.problem)
        self._row("routine", self.routine, self.left)
        self._row("did", self.did, self.left)
        self.left.addLayout(self.photos.beside(self.more_button))  # no taller: 1366x768
        self.left.addWidget(self.photos)
        self.more_left = QWidget()
        self.left.addWidget(self.more_left)
        self.left.addStretch(1)
        under = QVBoxLayout(self.more_left)
        under.setContentsMargins(0, 0, 0, 0)
        under.setSpacing(4)
        self._row("what_helped", self.texts["what_helped"], under)
        self._row("remember", self.texts["remember"], under)
        self._row("back", self.back, under)
        self._row("feeling", self.feeling, under)
        self._row("when", self.when, under)
        for name in ("i_did", "how_it_ended", "pulled_apart", "noticed_first"):
            self._row(name, self.texts[name], self.right)
        self._row("strengths", self.picker, self.right, buddy=self.strengths)
        self.right.addStretch(1)
        columns.addWidget(left_box, 1)
        columns.addWidget(self.more_box, 1)
        self.rows.addLayout(columns)
        self.rows.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        quiet_scroll_area(self.scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        outer.addWidget(self.bar)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            shortcut(keys, self, self.save, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut("Escape", self, self.cancel, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_button.clicked.connect(self.save)
        self.strengths.changed.connect(self.order_tabs)  # rows of "whose" appear below
        self.cancel_button.clicked.connect(self.cancel)
        self.photos.watch(self, list(self.texts.values()))
        self.photos.changed.connect(self.order_tabs)
        self.retranslate()

    def _row(self, name: str, widget: QWidget, column: QVBoxLayout,
             buddy: QWidget | None = None) -> None:
        label = QLabel()
        label.setBuddy(buddy or widget)
        label.setWordWrap(True)
        self.labels[name] = label
        holder = QWidget()
        rows = QVBoxLayout(holder)
        rows.setContentsMargins(0, 4, 0, 0)
        rows.setSpacing(4)
        rows.addWidget(label)
        rows.addWidget(widget)
        self.holders[name] = holder
        self.row_widgets.append(widget)
        column.addWidget(holder)

    # -- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = {"connection": self.tr("A connection moment"),
                  "repair": self.tr("A repair moment"), "reflection": self.tr("A reflection")}
        self.title.setText(titles[self.kind] if self.entry_id is None else kind_label(self.kind))
        words = {
            "people": self.tr("Who was there?"), "routine": self.tr("During (optional)"),
            "body": self.tr("Your &reflection"),
            "child_did": self.tr("What &happened?"),
            "did": self.tr("What we did (tap any)"),
            "i_did": self.tr("What did &you do?"),
            "back": self.tr("How many back-and-forths?"),
            "how_it_ended": self.tr("How did it e&nd?"),
            "pulled_apart": self.tr("What &pulled you apart? (plain words, like "
                                    "\"things got loud\")"),
            "noticed_first": self.tr("What did you &notice first?"),
            "reconnected": self.tr("How did you find each &other again?"),
            "what_helped": self.tr("What &helped? (people count too)"),
            "remember": self.tr("What do you want to re&member?"),
            "feeling": self.tr("How did it feel?"),
            "strengths": self.tr("Strengths you noticed"),
            "when": self.tr("Wh&en:"),
        }
        for name, text in words.items():
            self.labels[name].setText(text)
            target = self.labels[name].buddy()
            if target is not None:
                target.setAccessibleName(text.replace("&", ""))
        self.back.relabel({"one": self.tr("One"), "a_few": self.tr("A few"),
                           "many": self.tr("Many")})
        self.more_button.setText(self.tr("\u2212 Show &less") if self.more_button.isChecked()
                                 else self.tr("+ Add &more"))
        self.more_button.setAccessibleName(self.tr("Add more about this moment"))
        self.bar.retranslate()
        self._relabel_words()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            for box in self.texts.values():
                size_text_box(box)
        super().changeEvent(event)

    def _relabel_words(self) -> None:
        self.routine.relabel({w.key: w.label(self.lang) for w in vocabulary.ROUTINES})
        self.feeling.relabel({w.key: w.label(self.lang) for w in vocabulary.FEELINGS})
        self.picker.relabel(self.lang)
        self.did.relabel_words(self.lang)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._relabel_words()

    # -- open -------------------------------------------------------------------------
    def start(self, journal, kind: str, now: datetime, lang: str,
              entry: Entry | None = None, prompt: tuple[str | None, str | None] = (None, None)
              ) -> None:
        self.journal, self.kind, self.lang = journal, kind, lang
        self.entry_id = entry.id if entry else None
        # the language the words are in: the app's now for a new entry, kept when editing
        if entry is None:
            self.words_lang: str | None = lang
        else:
            self.words_lang = entry.lang if entry.id is not None else (entry.lang or lang)
        self.prompt = (entry.prompt_id, entry.prompt_text) if entry else prompt
        self.people.set_items((p.id, p.nickname) for p in journal.list_people())
        self.routine.set_items((w.key, w.label(lang)) for w in vocabulary.ROUTINES)
        self.back.set_items((key, key) for key in BACK_AND_FORTHS)
        self.feeling.set_items((w.key, w.label(lang)) for w in vocabulary.FEELINGS)
        self.picker.load(journal, lang)
        self.did.load(journal, kind, lang)
        self._clear_values()
        children = [p.id for p in journal.list_people() if p.role == "child"]
        if entry is None and len(children) == 1:
            self.people.set_selected(children)  # the only child: already there
        self.when.setDateTime(QDateTime(now))
        if entry is not None:
            self._fill(entry)
        self.photos.load(journal, self.entry_id)
        self.order_tabs()
        visible = {"people", "feeling", "strengths", "when", "did", *TEXT_FIELDS[kind]}
        if kind == "connection":
            visible |= {"routine", "back"}
        if kind == "reflection":
            visible = {"body", "when"}
        for name, holder in self.holders.items():
            holder.setVisible(name in visible)
        more = journal.get_setting(MORE_KEY) == "1" or kind == "reflection" \
            or (entry is not None and needs_more(entry, self.did.ids()))  # nothing unseen
        self.more_button.setVisible(kind != "reflection")
        self.more_button.blockSignals(True)
        self.more_button.setChecked(more)
        self.more_button.blockSignals(False)
        self.more_box.setVisible(more)
        self.more_left.setVisible(more)
        self.prompt_label.setText(self.prompt[1] or "")
        self.prompt_label.setVisible(bool(self.prompt[1]))
        self.retranslate()
        self.scroll.verticalScrollBar().setValue(0)
        self.focus_first()

    def set_more(self, on: bool) -> None:
        """Open or close "Add more" (the second column)."""
        self.more_button.setChecked(on)

    def _more_toggled(self, on: bool) -> None:
        self.more_box.setVisible(on)
        self.more_left.setVisible(on)
        self.rows.activate()
        self.scroll.widget()._fit()
        self.retranslate()
        if self.journal is not None and self.journal.is_open:
            self.journal.set_setting(MORE_KEY, "1" if on else "0")

    def order_tabs(self) -> None:
        """Tab goes down the form as it is shown (ui.moments.quick.tab_chain)."""
        chain = tab_chain(self)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def focus_first(self) -> None:
        self.texts[QUICK_TEXT[self.kind]].setFocus()

    def _fill(self, entry: Entry) -> None:
        for name, value in entry.text.items():
            self.texts[name].setPlainText(value)
        self.people.set_selected(entry.people)
        self.routine.set_selected([entry.routine] if entry.routine else [])
        self.back.set_selected([entry.back_and_forths] if entry.back_and_forths else [])
        self.feeling.set_selected([entry.feeling] if entry.feeling else [])
        self.picker.set_marks(entry.strengths)
        self.when.setDateTime(QDateTime(entry.happened_at))
        self.share.setChecked(entry.ok_to_share)

    def _clear_values(self) -> None:
        for box in self.texts.values():
            box.clear()
            box.document().clearUndoRedoStacks()
        for group in (self.people, self.routine, self.back, self.feeling, self.did):
            group.set_selected([])
        clear_problem(self.problem, None)
        self.bar.note.hide()
        self.picker.set_marks([])
        self.share.setChecked(False)
        self.photos.clear()

    # -- values -----------------------------------------------------------------------
    def entry(self) -> Entry:
        return Entry(
            kind=self.kind,
            happened_at=self.when.dateTime().toPython().replace(microsecond=0),
            text={name: self.texts[name].toPlainText() for name in TEXT_FIELDS[self.kind]},
            people=list(self.people.selected()) if self.kind != "reflection" else [],
            strengths=self.picker.marks() if self.kind != "reflection" else [],
            routine=self.routine.value() if self.kind == "connection" else None,
            feeling=self.feeling.value() if self.kind != "reflection" else None,
            back_and_forths=self.back.value() if self.kind == "connection" else None,
            prompt_id=self.prompt[0], prompt_text=self.prompt[1],
            ok_to_share=self.share.isChecked(), id=self.entry_id, lang=self.words_lang)

    def has_content(self) -> bool:
        """Words, or a tapped strength: enough to keep, and to keep as a draft."""
        return (any(self.texts[n].toPlainText().strip() for n in TEXT_FIELDS[self.kind])
                or (self.kind != "reflection" and bool(self.picker.marks())))

    def draft(self) -> str:
        return draft_text(self.entry(), self.prompt, self.photos.unsaved())

    def restore_draft(self, journal, text: str, lang: str) -> bool:
        entry = entry_from_draft(journal, text, lang)
        if entry is not None:
            self.start(journal, entry.kind, entry.happened_at, lang, entry)
            self.entry_id = entry.id
            if photos_left(text):  # said plainly, by the photo button and out loud
                say_problem(self.problem, self.photos.add_button,
                            lost_words(photos_left(text)))
        return entry is not None

    # -- actions ----------------------------------------------------------------------
    def save(self, waited: bool = False) -> None:
        """`waited`: pressed as photos got ready; kept even if the keys help is open."""
        if self.journal is None or not (waited or self.isVisible()):
            return
        if not self.has_content():
            box = self.texts[QUICK_TEXT[self.kind]]
            say_problem(self.problem, box, self.tr(
                "Add a few words, or tap something you did together.")
                if self.kind != "reflection" else self.tr(
                "Add a few words first. Even one line is enough."))
            box.setFocus()
            return
        for name in TEXT_FIELDS[self.kind]:
            if len(self.texts[name].toPlainText()) > MAX_WORDS:
                self.dialogs.inform(self, self.tr("Small Moments"), long_words())
                self.texts[name].setFocus()
                return
        if self.photos.then(lambda: self.save(waited=True)):
            return  # a photo is getting ready: Save comes right after it (or Cancel)
        entry = self.entry()
        try:
            saved = (self.journal.update_entry(entry) if entry.id is not None
                     else self.journal.add_entry(entry))
            self.photos.keep(self.journal, int(saved.id))
            self.journal.clear_draft(DRAFT_KEY)
        except Exception as exc:  # noqa: BLE001 - keep the words on screen, say so kindly
            self.dialogs.warn(self, self.tr("Small Moments"), input_error_text(exc, self.lang))
            return
        self.wipe()
        self.saved.emit(saved)  # the shell says "Kept" where the eye is, and announces it

    def _clear_note(self) -> None:
        if not self.problem.isHidden():
            clear_problem(self.problem, self.texts[QUICK_TEXT[self.kind]])

    def cancel(self) -> None:
        if self.journal is not None and self.journal.is_open:
            self.journal.clear_draft(DRAFT_KEY)
        self.wipe()
        self.closed.emit()

    def wipe(self) -> None:
        """Forget everything shown: text, choices, undo history, the journal itself."""
        self._clear_values()
        self.prompt = (None, None)
        self.prompt_label.clear()
        self.people.set_items([])
        self.picker.wipe()
        self.entry_id = None
        self.journal = None
