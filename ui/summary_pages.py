"""The steps of the summary wizard: dates, items, notes, preview, save.

Each step is a plain widget with a `retranslate()`; the wizard (ui/summary_wizard.py)
moves between them and does the work. Nothing here reads or writes the journal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.summary_model import CandidateSection
from ui.preview import PagePreview
from ui.theme import set_role


def _wrapped(role: str | None = None) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        set_role(label, role)
    return label


class _Step(QWidget):
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
class DatesStep(_Step):
    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.intro = _wrapped()
        self.four_weeks = QRadioButton()
        self.three_months = QRadioButton()
        self.custom = QRadioButton()
        self.group = QButtonGroup(self)
        for button in (self.four_weeks, self.three_months, self.custom):
            self.group.addButton(button)
        self.start = _date_edit()
        self.end = _date_edit()
        self.start_label, self.end_label = QLabel(), QLabel()
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        self.problem = _wrapped("message")
        self.problem.setVisible(False)
        dates = QFormLayout()
        dates.setContentsMargins(28, 0, 0, 0)
        dates.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        dates.addRow(self.start_label, self.start)
        dates.addRow(self.end_label, self.end)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        for button in (self.four_weeks, self.three_months, self.custom):
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
            edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.LongFormat))

    def reset(self) -> None:
        self.four_weeks.setChecked(True)
        self._preset()

    def _preset(self, *_args: object) -> None:
        today = QDate(self.today())
        if self.custom.isChecked():
            return
        start = today.addDays(-27) if self.four_weeks.isChecked() else \
            today.addMonths(-3).addDays(1)
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


def _date_edit() -> QDateEdit:
    """A date field that opens a calendar."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumWidth(260)
    edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return edit


# -- 2. items ----------------------------------------
class _ClickLabel(QLabel):
    """Words beside a tick box; clicking them ticks the box, like a checkbox's own text."""

    def __init__(self, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
        super().mouseReleaseEvent(event)


class ItemsStep(_Step):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = _wrapped()
        self.count = _wrapped("hint")
        self.empty = _wrapped("message")
        self.empty.setVisible(False)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setSpacing(6)
        self.scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.count)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        self.boxes: dict[str, QCheckBox] = {}
        self.section_boxes: dict[str, QCheckBox] = {}
        self._members: dict[str, list[str]] = {}
        self._widgets: list[QWidget] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Tick what you want to share. Only what you tick goes in. We ticked the "
            "moments you marked \u201cOK to share\u201d and the counts."))
        self.empty.setText(self.tr(
            "Nothing was written on these days. You can go back and choose other days, "
            "or go on and add your own words."))
        for box in self.section_boxes.values():
            box.setText(self.tr("Select all"))
        self._update_count()

    def set_sections(self, sections: Iterable[CandidateSection], ticked: Iterable[str]) -> None:
        self.clear()
        ticked = set(ticked)
        for section in sections:
            heading = set_role(_wrapped(), "heading")
            heading.setText(section.heading)
            every = QCheckBox(self.tr("Select all"))
            every.setTristate(False)
            every.setAccessibleName(self.tr("Select all in %1").replace("%1", section.heading))
            row = QHBoxLayout()
            row.addWidget(heading, 1)
            row.addWidget(every, 0, Qt.AlignmentFlag.AlignBottom)
            holder = QWidget()
            holder.setLayout(row)
            row.setContentsMargins(0, 10, 0, 0)
            self.column.addWidget(holder)
            self._widgets.append(holder)
            self.section_boxes[section.key] = every
            self._members[section.key] = []
            for item in section.items:
                self._add_item(section.key, item.key, item.label, item.detail,
                               item.key in ticked)
            every.clicked.connect(lambda on, key=section.key: self._tick_section(key, on))
            self._sync_section(section.key)
        self.column.addStretch(1)
        self.empty.setVisible(not self.boxes)
        self.scroll.setVisible(bool(self.boxes))
        self._update_count()

    def _add_item(self, section: str, key: str, label: str, detail: str, on: bool) -> None:
        box = QCheckBox()
        box.setChecked(on)
        box.setAccessibleName(label)
        box.setAccessibleDescription(detail)
        title = _ClickLabel(box)
        if key.startswith("entry:") and detail and ": " in label:
            label = label.split(": ", 1)[0]  # the day and kind; the words are just below
        title.setText(label)
        font = QFont(title.font())
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(title)
        if detail and detail != label:
            more = _ClickLabel(box)
            set_role(more, "hint")
            more.setText(detail)
            words.addWidget(more)
        row = QHBoxLayout()
        row.setContentsMargins(8, 4, 0, 4)
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        holder = QWidget()
        holder.setLayout(row)
        self.column.addWidget(holder)
        self._widgets.append(holder)
        self.boxes[key] = box
        self._members[section].append(key)
        box.toggled.connect(lambda _on, s=section: self._item_toggled(s))

    def _tick_section(self, section: str, on: bool) -> None:
        for key in self._members[section]:
            self.boxes[key].blockSignals(True)
            self.boxes[key].setChecked(on)
            self.boxes[key].blockSignals(False)
        self._sync_section(section)
        self._update_count()
        self.changed.emit()

    def _item_toggled(self, section: str) -> None:
        self._sync_section(section)
        self._update_count()
        self.changed.emit()

    def _sync_section(self, section: str) -> None:
        every = self.section_boxes[section]
        every.setChecked(all(self.boxes[k].isChecked() for k in self._members[section]))

    def _update_count(self) -> None:
        on = sum(box.isChecked() for box in self.boxes.values())
        self.count.setText(self.tr("%1 of %2 ticked").replace("%1", str(on))
                           .replace("%2", str(len(self.boxes))))
        self.count.setVisible(bool(self.boxes))

    def ticked(self) -> frozenset[str]:
        return frozenset(key for key, box in self.boxes.items() if box.isChecked())

    def clear(self) -> None:
        """Remove every item (they hold the caregiver's words)."""
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self._widgets = []
        self.boxes = {}
        self.section_boxes = {}
        self._members = {}


# -- 3. notes ----------------------------------------
class NotesStep(_Step):
    password_wanted = Signal(bool)

    def __init__(self, paper: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = _wrapped()
        self.name = QLineEdit()
        self.know = QPlainTextEdit()
        self.know.setTabChangesFocus(True)
        self.know.setFixedHeight(100)
        self.questions = QPlainTextEdit()
        self.questions.setTabChangesFocus(True)
        self.questions.setFixedHeight(100)
        self.lang = QComboBox()
        self.lang.addItem("English", "en")
        self.lang.addItem("Español", "es")
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        self.paper = QComboBox()
        self.paper.addItem("", "letter")
        self.paper.addItem("", "a4")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        for combo in (self.lang, self.paper):
            combo.setMinimumWidth(220)
            combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.labels = [QLabel() for _ in range(5)]
        self.questions_hint = _wrapped("hint")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above
        fields = (self.name, self.know, self.questions, self.lang, self.paper)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
        for label, field in zip(self.labels[:3], fields[:3], strict=True):
            form.addRow(label, field)
        form.addRow(self.questions_hint)
        choices = QHBoxLayout()  # language and paper side by side
        choices.setSpacing(24)
        for label, field in zip(self.labels[3:], fields[3:], strict=True):
            pair = QVBoxLayout()
            pair.addWidget(label)
            pair.addWidget(field)
            choices.addLayout(pair)
        choices.addStretch(1)
        form.addRow(choices)
        self.protect = QCheckBox()
        self.password = QLabel()
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.password.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        big_text(self.password)
        self.password_note = _wrapped("message")
        self.new_password = set_role(QPushButton(), "link")
        self.password_box = QWidget()
        inner = QVBoxLayout(self.password_box)
        inner.setContentsMargins(28, 0, 0, 0)
        inner.addWidget(self.password, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.password_note)
        inner.addWidget(self.new_password, 0, Qt.AlignmentFlag.AlignLeft)
        self.password_box.setVisible(False)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.protect)
        layout.addWidget(self.password_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.protect.toggled.connect(self.password_wanted)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Add your own words, if you like. All of these are "
                                   "optional."))
        for label, text in zip(self.labels, (
                self.tr("Na&me to show:"), self.tr("What I want you to &know:"),
                self.tr("&Questions for our visit:"), self.tr("&Language of the summary:"),
                self.tr("&Paper size:")), strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("Our family"))
        self.name.setAccessibleName(self.tr("Name to show"))
        self.know.setAccessibleName(self.tr("What I want you to know"))
        self.questions.setAccessibleName(self.tr("Questions for our visit"))
        self.questions_hint.setText(self.tr("One question on each line."))
        self.lang.setAccessibleName(self.tr("Language of the summary"))
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.setItemText(0, self.tr("Letter (US)"))
        self.paper.setItemText(1, self.tr("A4"))
        self.protect.setText(self.tr("Protect the PDF with a pass&word"))
        self.password.setAccessibleName(self.tr("The password for the PDF"))
        self.password_note.setText(self.tr(
            "Write this password down. Give it to the person you share with separately: "
            "say it out loud, or send it in a different message than the PDF. You will "
            "not see it again after you close the summary."))
        self.new_password.setText(self.tr("Make a &different password"))

    def show_password(self, password: str | None) -> None:
        self.password.setText(password or "")
        self.password_box.setVisible(bool(password))

    def clear(self) -> None:
        for edit in (self.know, self.questions):
            edit.setPlainText("")  # drops the undo history too
        self.name.setText("")
        self.protect.setChecked(False)
        self.show_password(None)

    def questions_list(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.questions.toPlainText().splitlines()
                     if line.strip())


# -- 4. preview ----------------------------------------
class PreviewStep(_Step):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = _wrapped()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel = QPushButton()
        self.building = QWidget()
        row = QHBoxLayout(self.building)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel)
        self.missing = _wrapped("message")
        self.missing.setVisible(False)
        self.pages = PagePreview()
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.status)
        layout.addWidget(self.building)
        layout.addWidget(self.missing)
        layout.addWidget(self.pages, 1)
        self.cancel.clicked.connect(self.cancel_requested)
        self._state = ("building", 0)
        self._missing: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("&Stop"))
        self.cancel.setAccessibleName(self.tr("Stop making the summary"))
        self.progress.setAccessibleName(self.tr("How far along the summary is"))
        state, count = self._state
        if state == "building":
            self.status.setText(self.tr("Making your summary\u2026"))
        elif state == "stopping":
            self.status.setText(self.tr("Stopping\u2026"))
        else:
            self.status.setText(self.tr(
                "This is exactly how the PDF looks: 1 page.") if count == 1 else self.tr(
                "This is exactly how the PDF looks: %1 pages. Scroll to read them all."
            ).replace("%1", str(count)))
        self._show_missing()

    def start(self) -> None:
        self._state = ("building", 0)
        self.progress.setValue(0)
        self.building.setVisible(True)
        self.cancel.setEnabled(True)
        self.pages.clear()
        self.set_missing([])
        self.retranslate()
        self.cancel.setFocus()

    def stopping(self) -> None:
        self._state = ("stopping", 0)
        self.cancel.setEnabled(False)
        self.retranslate()

    def show_pages(self, images: list, missing: list[str]) -> None:
        self._state = ("done", len(images))
        self.building.setVisible(False)
        self.pages.set_images(images)
        self.set_missing(missing)
        self.retranslate()

    def set_missing(self, described: list[str]) -> None:
        self._missing = list(described)
        self._show_missing()

    def _show_missing(self) -> None:
        if not self._missing:
            self.missing.setVisible(False)
            return
        shown = "\n".join(f"\u2022 {text}" for text in self._missing[:12])
        if len(self._missing) > 12:
            shown += "\n\u2022 \u2026"
        self.missing.setText(self.tr(
            "The PDF can't show some letters or signs in your words. They will be "
            "missing or look like empty boxes:") + "\n" + shown + "\n" + self.tr(
            "You can change those words on the \u201cAdd your words\u201d step, or in the "
            "moment itself. "
            "The web page copy (on the next step) shows every character."))
        self.missing.setVisible(True)

    def clear(self) -> None:
        self.pages.clear()
        self.set_missing([])


# -- 5. save ----------------------------------------
class SaveStep(_Step):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = _wrapped()
        self.save_pdf = set_role(QPushButton(), "primary")
        self.html_hint = _wrapped("hint")
        self.save_html = QPushButton()
        self.password_label = _wrapped()
        self.password = QLabel()
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big_text(self.password)
        self.saved = _wrapped("message")
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.password_label)
        layout.addWidget(self.password, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.save_pdf, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(self.html_hint)
        layout.addWidget(self.save_html, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self.protected = False
        self._lines: list[tuple[str, str]] = []
        self.reset(None)

    def retranslate(self) -> None:
        if self.protected:
            self.intro.setText(self.tr(
                "Your summary is ready. Save it, then hand it over however you like: "
                "print it, or send it. It opens only with the password."))
        else:
            self.intro.setText(self.tr(
                "Your summary is ready. Save it, then hand it over however you like: "
                "print it, or send it."))
        self.password_label.setText(self.tr(
            "The password. Give it on its own, not with the PDF:"))
        self.password.setAccessibleName(self.tr("The password for the PDF"))
        self.save_pdf.setText(self.tr("&Save the PDF\u2026"))
        self.html_hint.setText(self.tr(
            "You can also save a web page copy. It works well with screen readers and "
            "opens in any web browser.") + (" " + self.tr(
                "It has no password: anyone who opens it can read it.") if self.protected
                else ""))
        self.save_html.setText(self.tr("Save a &web page copy too\u2026"))
        self._show_saved()

    def reset(self, password: str | None) -> None:
        self.protected = bool(password)
        self.password.setText(password or "")
        self.password.setVisible(self.protected)
        self.password_label.setVisible(self.protected)
        self._lines = []
        self.retranslate()

    def add_saved(self, kind: str, path: str) -> None:
        self._lines.append((kind, path))
        self._show_saved()

    def _show_saved(self) -> None:
        words = {"pdf": self.tr("Saved the PDF: %1"),
                 "html": self.tr("Saved the web page copy: %1")}
        self.saved.setText("\n".join(words[kind].replace("%1", path)
                                     for kind, path in self._lines))
        self.saved.setVisible(bool(self._lines))
