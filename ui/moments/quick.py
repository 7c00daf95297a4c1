"""The moment form's pieces: text boxes, a body that scrolls rather than squeezes,
"what we did" chips and the bar under the form.

"What we did" chips are built-in strengths (vocabulary.QUICK_DID) shown in the short
view, so a moment can be kept with taps only. Ticking one ticks the same strength in
the full list under "Add more" (kept "in me"), and the other way round.

The bar under the form never scrolls away: "OK to share" with one line saying what it
means, a note (a problem, or "Kept"), Cancel and Save.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.records import vocabulary
from ui.moments.strengths import StrengthPicker
from ui.plumbing.theme import set_role
from ui.widgets.chips import ChipGroup

MORE_KEY = "moment_form_more"  # open or closed, kept inside this caregiver's journal
QUICK_TEXT = {"connection": "child_did", "repair": "reconnected", "reflection": "body",
              "visit": "they_noticed"}


def needs_more(entry, quick_ids: set[int]) -> bool:
    """True if a moment holds anything the short view does not show (open "Add more")."""
    return (any(v.strip() for n, v in entry.text.items() if n != QUICK_TEXT[entry.kind])
            or bool(entry.feeling or entry.back_and_forths)
            or any(m.strength_id not in quick_ids or m.whose != "me" for m in entry.strengths))


class WordsBox(QPlainTextEdit):
    """A text box of the form; a photo pasted or dropped into it goes to `photo_sink`
    (the form's photo row) instead of its path being typed in as words."""

    photo_sink = None

    def canInsertFromMimeData(self, source) -> bool:  # noqa: N802
        from ui.moments.photo_drops import has_photo

        return (self.photo_sink is not None and has_photo(source)) or \
            super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source) -> None:  # noqa: N802
        from ui.moments.photo_drops import pasted_photo

        if self.photo_sink is not None and pasted_photo(source):
            self.photo_sink(source)
        else:
            super().insertFromMimeData(source)


def text_box() -> QPlainTextEdit:
    box = WordsBox()
    box.setTabChangesFocus(True)
    size_text_box(box)
    return box


def size_text_box(box: QPlainTextEdit) -> None:
    lines = 3 if box.property("long") else 2
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)


class FittingBody(QWidget):
    """The form's body: at least as tall as its two columns need at its width, so a
    small window or large text scrolls the form instead of squeezing it."""

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return done

    def _fit(self) -> None:
        need = self.layout().heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


class QuickDid(ChipGroup):
    """Strengths to tap, kept in step with the strength picker's own chips."""

    def __init__(self, picker: StrengthPicker, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.picker = picker
        self._ids: dict[str, int] = {}
        self._busy = False
        self.changed.connect(self._to_picker)
        picker.chips.changed.connect(self._from_picker)

    def load(self, journal, kind: str, lang: str) -> None:
        wanted = vocabulary.QUICK_DID.get(kind, ())
        have = {s.key: s for s in journal.strengths(lang) if s.key in wanted}
        self._ids = {key: have[key].id for key in wanted if key in have}
        self._busy = True
        self.set_items((key, have[key].label) for key in self._ids)
        self._busy = False
        self.picker.chips.show_only(self._ids.values())  # shown here, not twice

    def ids(self) -> set[int]:
        """The strength ids shown here."""
        return set(self._ids.values())

    def relabel_words(self, lang: str) -> None:
        self.relabel({key: vocabulary.BY_KEY[key].label(lang) for key in self._ids})

    def _to_picker(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            chosen = set(self.selected())
            for key, sid in self._ids.items():
                if sid in self.picker.chips.keys():  # noqa: SIM118
                    chip = self.picker.chips.chip(sid)
                    if chip.isChecked() != (key in chosen):
                        chip.setChecked(key in chosen)
        finally:
            self._busy = False

    def _from_picker(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            ticked = {int(k) for k in self.picker.chips.selected()}
            self.set_selected(key for key, sid in self._ids.items() if sid in ticked)
        finally:
            self._busy = False


class SaveBar(QWidget):
    """OK to share (always in sight), a note, Cancel and Save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = QCheckBox()
        self.share_hint = set_role(QLabel(), "hint")
        self.share_hint.setWordWrap(True)
        self.note = set_role(QLabel(), "hint")
        self.note.setWordWrap(True)
        self.note.hide()
        self.save_button = set_role(QPushButton(), "primary")
        self.cancel_button = QPushButton()
        share = QVBoxLayout()
        share.setSpacing(0)
        share.addWidget(self.share, 0, Qt.AlignmentFlag.AlignLeft)
        share.addWidget(self.share_hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 8, 32, 12)
        row.addLayout(share, 2)
        row.addStretch(1)
        row.addWidget(self.note, 2)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)

    def retranslate(self) -> None:
        self.share.setText(self.tr("OK &to share"))
        self.share_hint.setText(self.tr("Can go in a summary you choose to share."))
        self.share.setAccessibleDescription(self.share_hint.text())
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.cancel_button.setText(self.tr("Cancel"))


def tab_chain(form) -> list[QWidget]:
    """The moment form's Tab order, down the form as it is shown: chips made just now go
    back in place (new widgets join the end of Qt's Tab order, after Save), then Cancel,
    Save."""
    chain: list[QWidget] = []
    for widget in form.row_widgets:
        if widget is form.did:
            chain += [form.did.chip(key) for key in form.did.keys()]  # noqa: SIM118
            chain += [form.more_button, *form.photos.tab_chain()]
        elif isinstance(widget, ChipGroup):
            chain += [widget.chip(key) for key in widget.keys()]  # noqa: SIM118
        elif widget is form.picker:
            chain += form.picker.tab_chain()
        else:
            chain.append(widget)
    return chain + [form.share, form.cancel_button, form.save_button]
