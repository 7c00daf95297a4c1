"""Strengths on the moment form: quick chips, the caregiver's own words, and whose.

Tick a strength (Space); it counts "in me" unless it is about the child. Each ticked
strength gets a small row below, "in me / in my child / in someone else", one Tab stop
with the arrow keys inside, so whose it was can be changed without the mouse (more than
one can be ticked: "we smiled together"). "+ My own words" adds a strength of the
caregiver's own and ticks it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import StrengthMark
from journal.records.models import WHOSE
from ui.plumbing.theme import set_role
from ui.widgets.chips import ChipGroup
from ui.widgets.input_errors import MAX_STRENGTH, empty_strength, input_error_text, long_strength

CHILD_KEYS = ("child_",)  # built-in strengths that are about the child


class StrengthPicker(QWidget):
    changed = Signal()
    strength_added = Signal(object)  # the new Strength (the caregiver's own words)

    def __init__(self, dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.journal = None
        self.lang = "en"
        self._keys: dict[int, str | None] = {}  # strength id -> built-in key (None: own)
        self._labels: dict[int, str] = {}
        self._whose: dict[int, set[str]] = {}
        self._rows: dict[int, tuple[QWidget, QLabel, ChipGroup]] = {}
        self.chips = ChipGroup()
        self.add_button = set_role(QPushButton(), "link")
        self.own_edit = QLineEdit()
        self.own_edit.setMaxLength(MAX_STRENGTH + 50)  # long enough to say it kindly
        self.own_ok = QPushButton()
        self.own_row = QWidget()
        line = QHBoxLayout(self.own_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.own_edit, 1)
        line.addWidget(self.own_ok)
        self.own_row.setVisible(False)
        self.whose_hint = set_role(QLabel(), "hint")
        self.whose_hint.setWordWrap(True)
        self.rows_box = QWidget()
        self.rows = QVBoxLayout(self.rows_box)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.chips)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.own_row)
        layout.addWidget(self.whose_hint)
        layout.addWidget(self.rows_box)
        self.chips.changed.connect(self._sync_rows)
        self.add_button.clicked.connect(self.open_own)
        self.own_ok.clicked.connect(self.add_own)
        self.own_edit.returnPressed.connect(self.add_own)
        self.own_edit.installEventFilter(self)
        self.retranslate()
        self._sync_rows()

    def tab_chain(self) -> list[QWidget]:
        """This picker's controls, top to bottom, for the form's Tab order."""
        chain: list[QWidget] = [self.chips.chip(k) for k in self.chips.keys()]  # noqa: SIM118
        chain += [self.add_button, self.own_edit, self.own_ok]
        for sid in (int(k) for k in self.chips.selected()):  # rows in the order shown
            if sid in self._rows:
                group = self._rows[sid][2]
                chain += [group.chip(k) for k in group.keys()]  # noqa: SIM118
        return chain

    # -- words ------------------------------------------------------------------------
    def whose_words(self) -> dict[str, str]:
        return {"me": self.tr("in me"), "child": self.tr("in my child"),
                "someone": self.tr("in someone else")}

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("+ Add my own &words"))
        self.add_button.setAccessibleName(self.tr("Add a strength in my own words"))
        self.own_edit.setPlaceholderText(self.tr("A strength in your words, like \"silly songs\""))
        self.own_edit.setAccessibleName(self.tr("A strength in your own words"))
        self.own_ok.setText(self.tr("A&dd"))
        self.whose_hint.setText(self.tr("Whose strength was it? Change it below if you like."))
        words = self.whose_words()
        for sid, (_row, label, group) in self._rows.items():
            label.setText(self._labels.get(sid, ""))
            group.relabel(words)
            self._name_chips(sid, group)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _name_chips(self, sid: int, group: ChipGroup) -> None:
        for whose, text in self.whose_words().items():
            group.chip(whose).setAccessibleName(f"{self._labels.get(sid, '')}: {text}")

    # -- journal ----------------------------------------------------------------------
    def load(self, journal, lang: str) -> None:
        self.journal, self.lang = journal, lang
        self._whose = {}
        self.chips.set_items([])
        self._set_strengths()
        self.chips.set_selected([])
        self.close_own()

    def _set_strengths(self) -> None:
        strengths = self.journal.strengths(self.lang) if self.journal is not None else []
        self._keys = {s.id: s.key for s in strengths}
        self._labels = {s.id: s.label for s in strengths}
        self.chips.set_items((s.id, s.label) for s in strengths)

    def relabel(self, lang: str) -> None:
        self.lang = lang
        if self.journal is not None and self.journal.is_open:
            strengths = self.journal.strengths(lang)
            self._labels = {s.id: s.label for s in strengths}
            self.chips.relabel(self._labels)
        self.retranslate()

    def wipe(self) -> None:
        self.chips.set_items([])
        self._whose = {}
        self._labels = {}
        self._keys = {}
        self.own_edit.setText("")
        self.close_own()
        self._sync_rows()
        self.journal = None

    # -- values -----------------------------------------------------------------------
    def default_whose(self, sid: int) -> str:
        key = self._keys.get(sid) or ""
        return "child" if key.startswith(CHILD_KEYS) else "me"

    def marks(self) -> list[StrengthMark]:
        out = []
        for sid in self.chips.selected():
            for whose in WHOSE:
                if whose in self._whose.get(int(sid), {self.default_whose(int(sid))}):
                    out.append(StrengthMark(int(sid), whose))
        return out

    def set_marks(self, marks: list[StrengthMark]) -> None:
        self._whose = {}
        for mark in marks:
            self._whose.setdefault(int(mark.strength_id), set()).add(mark.whose)
        self.chips.set_selected(self._whose)  # emits changed: the rows follow

    def whose_group(self, sid: int) -> ChipGroup:
        return self._rows[sid][2]

    # -- rows: whose each ticked strength was -------------------------------------------
    def _sync_rows(self) -> None:
        chosen = [int(k) for k in self.chips.selected()]
        for sid in list(self._rows):
            if sid not in chosen:
                row, label, group = self._rows.pop(sid)
                label.clear()
                self.rows.removeWidget(row)
                row.hide()
                row.setParent(None)
                row.deleteLater()
                self._whose.pop(sid, None)
        for sid in chosen:
            self._whose.setdefault(sid, {self.default_whose(sid)})
            if sid not in self._rows:
                self._rows[sid] = self._make_row(sid)
            elif set(self._rows[sid][2].selected()) != self._whose[sid]:
                self._rows[sid][2].set_selected(self._whose[sid])
        for index, sid in enumerate(chosen):  # rows in the same order as the chips
            self.rows.insertWidget(index, self._rows[sid][0])
            self._rows[sid][0].show()
        self.whose_hint.setVisible(bool(chosen))
        self.rows_box.setVisible(bool(chosen))
        self._fix_tab_order(chosen)
        self.changed.emit()

    def _make_row(self, sid: int) -> tuple[QWidget, QLabel, ChipGroup]:
        row = QWidget(self.rows_box)
        line = QHBoxLayout(row)
        line.setContentsMargins(12, 0, 0, 0)
        label = QLabel(self._labels.get(sid, ""))
        label.setWordWrap(True)
        group = ChipGroup()
        group.set_items(self.whose_words().items())
        group.set_selected(self._whose[sid])
        self._name_chips(sid, group)
        label.setBuddy(group.chip(WHOSE[0]))
        line.addWidget(label, 1)
        line.addWidget(group, 3)  # "in me / in my child / in someone else" on one line
        group.changed.connect(lambda s=sid, g=group: self._whose_changed(s, g))
        return row, label, group

    def _whose_changed(self, sid: int, group: ChipGroup) -> None:
        chosen = set(group.selected())
        if not chosen:  # always someone's strength; untick the strength to take it off
            group.set_selected(self._whose.get(sid) or {self.default_whose(sid)})
            return
        self._whose[sid] = chosen
        self.changed.emit()

    def _fix_tab_order(self, chosen: list[int]) -> None:
        """New rows go right after the strengths in the Tab order, not at the very end."""
        chain: list[QWidget] = [self.chips.chip(k) for k in self.chips.keys()]  # noqa: SIM118
        chain += [self.add_button, self.own_edit, self.own_ok]
        for sid in chosen:
            group = self._rows[sid][2]
            chain += [group.chip(k) for k in group.keys()]  # noqa: SIM118
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- the caregiver's own words ------------------------------------------------------
    def open_own(self) -> None:
        self.own_row.setVisible(True)
        self.own_edit.setFocus()

    def close_own(self) -> None:
        had_focus = self.own_edit.hasFocus() or self.own_ok.hasFocus()
        self.own_edit.setText("")
        self.own_row.setVisible(False)
        if had_focus:
            self.add_button.setFocus()

    def check_own(self, label: str) -> str | None:
        if not label.strip():
            return empty_strength()
        if len(label.strip()) > MAX_STRENGTH:
            return long_strength()
        return None

    def add_own(self) -> None:
        if self.journal is None:
            return
        label = self.own_edit.text()
        problem = self.check_own(label)
        if problem is not None:
            self.dialogs.inform(self, self.tr("Small Moments"), problem)
            self.own_edit.setFocus()
            return
        try:
            strength = self.journal.add_own_strength(label.strip())
        except Exception as exc:  # noqa: BLE001 - kind words, the typing stays
            self.dialogs.warn(self, self.tr("Small Moments"), input_error_text(exc, self.lang))
            return
        self._set_strengths()
        self._whose.setdefault(strength.id, {"me"})
        self.chips.chip(strength.id).setChecked(True)  # ticks it; a row appears
        self.close_own()
        self.chips.chip(strength.id).setFocus()
        self.strength_added.emit(strength)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Esc in "my own words" closes just that field, not the whole form."""
        keys = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if watched is self.own_edit and event.type() in keys and \
                event.key() == Qt.Key.Key_Escape:
            event.accept()  # on ShortcutOverride: the form's Esc shortcut stays out
            if event.type() == QEvent.Type.KeyPress:
                self.close_own()
            return True
        return super().eventFilter(watched, event)
