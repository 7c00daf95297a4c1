"""One moment, read-only: the caregiver's words, people, routine, feeling, strengths and
whose, and when. Edit and Delete buttons; Esc goes back.

Everything the caregiver wrote is shown as plain text (never as markup), and every
label is cleared when the view closes or the journal locks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal import Entry
from journal.records import vocabulary
from journal.records.models import WHOSE
from ui.plumbing.dates import clock_time, long_date
from ui.plumbing.i18n import kind_label, word_label
from ui.plumbing.shortcuts import shortcut
from ui.plumbing.theme import set_role
from ui.widgets.thumbs import picture
from ui.widgets.title_row import title_row

PHOTO_SIDE = 600  # pixels: a photo shown large, inside a 1366x768 window
# the words and photos read one by one with Tab: no caret, a bar beside what has focus
READING = ('QLabel[reading="true"] { border: 0px solid transparent; padding-left: 6px;'
           ' border-left: 3px solid transparent; }'
           ' QLabel[reading="true"]:focus { border-left-color: palette(highlight); }')


class EntryView(QWidget):
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = None
        self.entry: Entry | None = None
        self.lang = "en"
        self.title = set_role(QLabel(), "title")
        self.when = set_role(QLabel(), "hint")
        self.card = set_role(QFrame(), "card")
        self.card.setStyleSheet(READING)
        self.body = QVBoxLayout(self.card)
        self.body.setContentsMargins(20, 16, 20, 16)
        self.body.setSpacing(4)
        self.values: list[QLabel] = []  # every label that holds journal text
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(8)
        column.addWidget(title_row(self, self.title))
        column.addWidget(self.when)
        column.addWidget(self.card)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(page)
        self.back_button = QPushButton()
        self.edit_button = set_role(QPushButton(), "primary")
        self.delete_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(32, 8, 32, 16)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.edit_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        outer.addLayout(buttons)
        shortcut("Escape", self, self.close_view,
                 Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_button.clicked.connect(self.close_view)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.retranslate()

    # -- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back_button.setText(self.tr("&Back"))
        # A Tab stop of its own (arrow keys scroll a long moment), so it needs a name.
        self.scroll.setAccessibleName(self.tr("The whole moment"))
        self.back_button.setToolTip(self.tr("Esc"))
        self.edit_button.setText(self.tr("&Edit"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Moves it to the trash. You can put it back."))
        if self.entry is not None:
            self._build()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def captions(self) -> dict[str, str]:
        return {
            "body": self.tr("Your reflection"),
            "child_did": self.tr("What happened"),
            "i_did": self.tr("What you did"),
            "how_it_ended": self.tr("How it ended"),
            "pulled_apart": self.tr("What pulled you apart"),
            "noticed_first": self.tr("What you noticed first"),
            "reconnected": self.tr("How you found each other again"),
            "what_helped": self.tr("What helped"),
            "remember": self.tr("What you want to remember"),
            "they_noticed": self.tr("What they noticed about you"),
            "want_to_try": self.tr("Something you want to try"),
        }

    def whose_words(self) -> dict[str, str]:
        return {"me": self.tr("In me"), "child": self.tr("In my child"),
                "someone": self.tr("In someone else")}

    def date_text(self, entry: Entry) -> str:
        moment = entry.happened_at
        day, time = long_date(moment), clock_time(moment)
        return self.tr("%1 at %2").replace("%1", day).replace("%2", time)

    # -- showing one entry ------------------------------------------------------------
    def show_entry(self, journal, entry: Entry, lang: str) -> None:
        self.journal, self.entry, self.lang = journal, entry, lang
        self._build()
        self.scroll.verticalScrollBar().setValue(0)
        self.focus_words()

    def focus_words(self) -> None:
        """Focus the caregiver's first words (a read-only text a screen reader reads,
        named by its caption), else the first thing shown, else Edit."""
        captions = set(self.captions().values())
        shown = [label for label in self.values if isinstance(label, QLabel)
                 and label.focusPolicy() & Qt.FocusPolicy.TabFocus]
        words = [label for label in shown if label.accessibleName() in captions]
        target = (words or shown or [self.edit_button])[0]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.entry is not None:
            self._build()

    def _clear_body(self) -> None:
        for label in self.values:
            label.clear()
            label.setAccessibleDescription("")
        self.values = []
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget()
            if widget is not None:
                if isinstance(widget, QLabel):
                    widget.clear()
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def _section(self, caption: str, value: str, role: str | None = None) -> None:
        head = set_role(QLabel(caption), "hint")
        head.setWordWrap(True)
        text = QLabel()
        text.setTextFormat(Qt.TextFormat.PlainText)  # the caregiver's words, never markup
        text.setWordWrap(True)
        text.setText(value)
        # selectable with the mouse, not by keys: a focused label with keyboard
        # selection shows a blinking edit caret in words that can't be edited
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setProperty("reading", True)  # READING: a bar beside it shows the focus
        text.setAccessibleName(caption)
        text.setAccessibleDescription(value)  # a label named by its caption shows no text
        text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reads the moment part by part
        if role:
            set_role(text, role)
        if self.body.count():
            self.body.addSpacing(10)
        self.body.addWidget(head)
        self.body.addWidget(text)
        self.values.append(text)

    def _build(self) -> None:
        entry = self.entry
        self._clear_body()
        if entry is None:
            return
        self.title.setText(kind_label(entry.kind))
        self.when.setText(self.date_text(entry))
        if entry.kind == "reflection" and entry.prompt_text:
            self._section(self.tr("The question"), entry.prompt_text, "prompt")
        names = self._people(entry)
        if names:
            self._section(self.tr("Who came") if entry.kind == "visit"
                          else self.tr("Who was there"), ", ".join(names))
        if entry.routine:
            self._section(self.tr("During"), word_label(entry.routine, self.lang))
        captions = self.captions()
        for name in vocabulary.READ_ORDER[entry.kind]:  # a repair: coming back first
            words = entry.text.get(name, "")
            if words.strip():
                self._section(captions[name], words)
            if name == "i_did" and entry.back_and_forths:
                back = {"one": self.tr("One"), "a_few": self.tr("A few"),
                        "many": self.tr("Many")}.get(entry.back_and_forths, "")
                self._section(self.tr("Back-and-forths"), back)
        if entry.feeling:
            self._section(self.tr("How it felt"), word_label(entry.feeling, self.lang))
        strengths = self._strengths(entry)
        if strengths:
            self._section(self.tr("Strengths you noticed"), strengths)
        if entry.next_visit is not None:
            day = entry.next_visit
            self._section(self.tr("Next visit"), long_date(day))
        self._photos(entry)
        if entry.kind != "reflection":
            self._section(self.tr("Sharing"), self.tr(
                "OK to share in a summary you make later.") if entry.ok_to_share
                else self.tr("Just for you. Not marked to share."))
        stops = [self.scroll, *[w for w in self.values
                                if w.focusPolicy() & Qt.FocusPolicy.TabFocus], self.back_button]
        for first, second in zip(stops, stops[1:], strict=False):
            QWidget.setTabOrder(first, second)  # down the moment, then the buttons

    def _photos(self, entry: Entry) -> None:
        """Each photo large (from the journal's bytes, in memory), its words below it."""
        if self.journal is None or not self.journal.is_open or entry.id is None:
            return
        kept = self.journal.photos.of_entry(int(entry.id))
        for n, photo in enumerate(kept, start=1):
            image = QLabel()
            pixmap = picture(self.journal.photos.image(photo.id))
            if not pixmap.isNull():
                image.setPixmap(pixmap.scaled(QSize(PHOTO_SIDE, PHOTO_SIDE),
                                              Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
            image.setAccessibleName(photo.alt or self.tr("Photo %1 of %2").replace(
                "%1", str(n)).replace("%2", str(len(kept))))
            image.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader can reach it
            image.setProperty("reading", True)
            self.body.addSpacing(10)
            self.body.addWidget(image)
            self.values.append(image)
            if photo.alt:
                words = QLabel()
                words.setTextFormat(Qt.TextFormat.PlainText)
                words.setWordWrap(True)
                words.setText(photo.alt)
                set_role(words, "hint")
                self.body.addWidget(words)
                self.values.append(words)

    def _people(self, entry: Entry) -> list[str]:
        if self.journal is None or not self.journal.is_open:
            return []
        names = []
        for person_id in entry.people:
            person = self.journal.get_person(person_id)
            if person is not None:
                names.append(person.nickname)
        return names

    def _strengths(self, entry: Entry) -> str:
        if not entry.strengths or self.journal is None or not self.journal.is_open:
            return ""
        labels = {s.id: s.label for s in self.journal.strengths(self.lang)}
        lines = []
        words = self.whose_words()
        for whose in WHOSE:
            found = [labels.get(m.strength_id, "") for m in entry.strengths if m.whose == whose]
            found = [label for label in found if label]
            if found:
                lines.append(self.tr("%1: %2").replace("%1", words[whose]).replace(
                    "%2", ", ".join(found)))
        return "\n".join(lines)

    # -- actions ----------------------------------------------------------------------
    def _edit(self) -> None:
        if self.entry is not None and self.entry.id is not None:
            self.edit_requested.emit(int(self.entry.id))

    def _delete(self) -> None:
        if self.entry is not None and self.entry.id is not None:
            entry_id = int(self.entry.id)
            self.wipe()
            self.delete_requested.emit(entry_id)

    def close_view(self) -> None:
        self.wipe()
        self.closed.emit()

    def wipe(self) -> None:
        """Forget the entry and clear every label that showed it."""
        self._clear_body()
        self.title.clear()
        self.when.clear()
        self.entry = None
        self.journal = None
