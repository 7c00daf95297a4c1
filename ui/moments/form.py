"""Log or edit a moment: connection and repair forms (fields from ERH.md), or a reflection.

People, routines, feelings and strengths are quick chips; each ticked strength says
whose it was (in me, in my child, in someone else), and "+ My own words" adds the
caregiver's own. Ctrl+Enter saves, Esc goes back. "OK to share" stays off unless
ticked. The form's state can be kept as a draft.
"""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal import Entry, StrengthMark
from journal.records import vocabulary
from journal.records.models import BACK_AND_FORTHS, TEXT_FIELDS, WHOSE
from ui.moments.strengths import StrengthPicker
from ui.plumbing.i18n import kind_label
from ui.plumbing.theme import set_role
from ui.widgets.announce import quiet_scroll_area
from ui.widgets.chips import ChipGroup
from ui.widgets.date_box import DateTimeBox
from ui.widgets.input_errors import MAX_WORDS, input_error_text, long_words

DRAFT_KEY = "moment-form"


def _text_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    _size_text_box(box)
    return box


def _size_text_box(box: QPlainTextEdit) -> None:
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 16)


def _draft_marks(data: dict) -> list[StrengthMark]:
    """Strengths and whose from a draft (older drafts had one "whose" for all)."""
    if "marks" in data:
        return [StrengthMark(int(sid), str(whose)) for sid, whose in data["marks"]
                if whose in WHOSE]
    whose = data.get("whose") if data.get("whose") in WHOSE else "me"
    return [StrengthMark(int(sid), whose) for sid in data.get("strengths", [])]


class EntryForm(QWidget):
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
        self.texts = {name: _text_box() for fields in TEXT_FIELDS.values() for name in fields}
        self.people = ChipGroup()
        self.routine = ChipGroup(exclusive=True)
        self.back = ChipGroup(exclusive=True)
        self.feeling = ChipGroup(exclusive=True)
        self.picker = StrengthPicker(dialogs)
        self.strengths = self.picker.chips
        self.when = DateTimeBox()
        self.when.setCalendarPopup(True)
        self.share = QCheckBox()
        self.save_button = set_role(QPushButton(), "primary")
        self.cancel_button = QPushButton()
        body = QWidget()
        self.rows = QVBoxLayout(body)
        self.rows.setContentsMargins(32, 24, 32, 24)
        self.rows.setSpacing(6)
        self.rows.addWidget(self.title)
        self.rows.addWidget(self.prompt_label)
        self._row("people", self.people)
        self._row("routine", self.routine)
        for name in TEXT_FIELDS["reflection"] + TEXT_FIELDS["connection"][:2]:
            self._row(name, self.texts[name])
        self._row("back", self.back)
        self._row("how_it_ended", self.texts["how_it_ended"])
        for name in TEXT_FIELDS["repair"]:
            self._row(name, self.texts[name])
        self._row("feeling", self.feeling)
        self._row("strengths", self.picker, buddy=self.strengths)
        self._row("when", self.when)
        self.rows.addSpacing(8)
        self.rows.addWidget(self.share)
        self.rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        quiet_scroll_area(scroll)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(32, 8, 32, 16)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        outer.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Escape"), self, self.cancel,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_button.clicked.connect(self.save)
        self.strengths.changed.connect(self.order_tabs)  # rows of "whose" appear below
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslate()

    def _row(self, name: str, widget: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel()
        label.setBuddy(buddy or widget)
        label.setWordWrap(True)
        self.labels[name] = label
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(6)
        column.addWidget(label)
        column.addWidget(widget)
        self.holders[name] = holder
        self.row_widgets.append(widget)
        self.rows.addWidget(holder)

    # -- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = {"connection": self.tr("A connection moment"),
                  "repair": self.tr("A repair moment"), "reflection": self.tr("A reflection")}
        self.title.setText(titles[self.kind] if self.entry_id is None else kind_label(self.kind))
        words = {
            "people": self.tr("Who was there?"), "routine": self.tr("During (optional)"),
            "body": self.tr("Your &reflection"),
            "child_did": self.tr("What did your &child do?"),
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
        self.share.setText(self.tr("OK to share in a summary I make la&ter"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._relabel_words()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            for box in self.texts.values():
                _size_text_box(box)
        super().changeEvent(event)

    def _relabel_words(self) -> None:
        self.routine.relabel({w.key: w.label(self.lang) for w in vocabulary.ROUTINES})
        self.feeling.relabel({w.key: w.label(self.lang) for w in vocabulary.FEELINGS})
        self.picker.relabel(self.lang)

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
        self._clear_values()
        self.when.setDateTime(QDateTime(now))
        if entry is not None:
            self._fill(entry)
        self.order_tabs()
        visible = {"people", "feeling", "strengths", "when", *TEXT_FIELDS[kind]}
        if kind == "connection":
            visible |= {"routine", "back"}
        if kind == "reflection":
            visible = {"body", "when"}
        for name, holder in self.holders.items():
            holder.setVisible(name in visible)
        self.prompt_label.setText(self.prompt[1] or "")
        self.prompt_label.setVisible(bool(self.prompt[1]))
        self.retranslate()
        self.focus_first()

    def order_tabs(self) -> None:
        """Tab goes down the form as it is shown: chips made just now go back in place
        (new widgets join the end of Qt's Tab order, after Save), then Cancel, Save."""
        chain: list[QWidget] = []
        for widget in self.row_widgets:
            if isinstance(widget, ChipGroup):
                chain += [widget.chip(key) for key in widget.keys()]  # noqa: SIM118
            elif widget is self.picker:
                chain += self.picker.tab_chain()
            else:
                chain.append(widget)
        chain += [self.share, self.cancel_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def focus_first(self) -> None:
        self.texts[TEXT_FIELDS[self.kind][0]].setFocus()

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
        for group in (self.people, self.routine, self.back, self.feeling):
            group.set_selected([])
        self.picker.set_marks([])
        self.share.setChecked(False)

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

    def has_words(self) -> bool:
        return any(self.texts[n].toPlainText().strip() for n in TEXT_FIELDS[self.kind])

    def draft(self) -> str:
        entry = self.entry()
        return json.dumps({"kind": entry.kind, "id": entry.id, "text": entry.text,
                           "people": entry.people, "routine": entry.routine,
                           "feeling": entry.feeling, "back": entry.back_and_forths,
                           "marks": [[m.strength_id, m.whose] for m in entry.strengths],
                           "when": entry.happened_at.isoformat(), "share": entry.ok_to_share,
                           "prompt": list(self.prompt), "lang": entry.lang})

    def restore_draft(self, journal, text: str, lang: str) -> bool:
        try:
            data = json.loads(text)
            entry = Entry(
                kind=data["kind"], happened_at=datetime.fromisoformat(data["when"]),
                text=dict(data["text"]), people=list(data["people"]),
                strengths=_draft_marks(data),
                routine=data["routine"], feeling=data["feeling"],
                back_and_forths=data["back"], prompt_id=data["prompt"][0],
                prompt_text=data["prompt"][1], ok_to_share=bool(data["share"]),
                id=data["id"], lang=data.get("lang", lang))
        except (ValueError, KeyError, TypeError, IndexError):
            return False
        if entry.id is not None:  # an edit: only of that same moment, if it is still there
            existing = journal.get_entry(int(entry.id))
            if existing is None or existing.deleted_at is not None \
                    or existing.kind != entry.kind:
                entry.id = None  # it opens as a new moment, never over another one
        self.start(journal, entry.kind, entry.happened_at, lang, entry)
        self.entry_id = entry.id
        return True

    # -- actions ----------------------------------------------------------------------
    def save(self) -> None:
        if self.journal is None or not self.isVisible():
            return
        if not self.has_words():
            self.dialogs.inform(self, self.tr("Small Moments"), self.tr(
                "Add a few words first. Even one line is enough."))
            return
        for name in TEXT_FIELDS[self.kind]:
            if len(self.texts[name].toPlainText()) > MAX_WORDS:
                self.dialogs.inform(self, self.tr("Small Moments"), long_words())
                self.texts[name].setFocus()
                return
        entry = self.entry()
        try:
            saved = (self.journal.update_entry(entry) if entry.id is not None
                     else self.journal.add_entry(entry))
            self.journal.clear_draft(DRAFT_KEY)
        except Exception as exc:  # noqa: BLE001 - keep the words on screen, say so kindly
            self.dialogs.warn(self, self.tr("Small Moments"), input_error_text(exc, self.lang))
            return
        self.wipe()
        self.saved.emit(saved)

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
