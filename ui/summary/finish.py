"""The last steps of the summary wizard: notes, preview, save.

The first steps (dates, items) and the shared step base are in ui/summary_pages.py.
Nothing here reads or writes the journal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.summary.visitor import chart_waits
from ui.plumbing.theme import scroll_page, set_role, wrapped_label
from ui.summary.note_box import NoteBox, pair
from ui.summary.pages import Step, big_text
from ui.summary.password_box import PasswordChoice
from ui.summary.preview import PagePreview

LONG = 20  # pages; past this the words step suggests the one-page summary


# -- 3. notes ----------------------------------------
class NotesStep(Step):
    def __init__(self, paper: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped_label()
        self.name = QLineEdit()
        self.sharers = QLineEdit()  # who shares it: the caregiver's name at first
        self.know = NoteBox()
        self.questions = NoteBox()
        self.lang = QComboBox()
        self.lang.addItem("English", "en")
        self.lang.addItem("Español", "es")
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        self.paper = QComboBox()
        self.paper.addItem("", "letter")
        self.paper.addItem("", "a4")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.second = QComboBox()  # headings and labels also in the visitor's language
        for data in (None, "en", "es"):
            self.second.addItem({"en": "English", "es": "Español"}.get(data or "", ""), data)
        self.one_page = QCheckBox()
        for combo in (self.lang, self.second, self.paper):
            combo.setMinimumWidth(220)
            combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.labels = [QLabel() for _ in range(7)]
        self.questions_hint = wrapped_label("hint")
        self.sharers_hint = wrapped_label("hint")
        fields = (self.name, self.sharers, self.know, self.questions, self.lang, self.paper,
                  self.second)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
        # each label above its field, in plain boxes: every row is as tall as it needs at
        # any text size (a QFormLayout that wraps rows let them overlap at 100%)
        form = QVBoxLayout()
        form.setSpacing(12)
        hints = {self.sharers: self.sharers_hint, self.questions: self.questions_hint}
        for label, field in zip(self.labels[:4], fields[:4], strict=True):
            form.addLayout(pair(label, field, hints.get(field)))
        choices = QHBoxLayout()  # language and paper side by side
        choices.setSpacing(24)
        for label, field in zip(self.labels[4:6], fields[4:6], strict=True):
            choices.addLayout(pair(label, field))
        choices.addStretch(1)
        form.addLayout(choices)
        form.addLayout(pair(self.labels[6], self.second))
        self.one_page_hint = wrapped_label("hint")
        self.estimate = wrapped_label("hint")  # "about 12 pages", before it is made
        self.estimate.setVisible(False)
        self._pages: int | None = None
        form.addWidget(self.estimate)
        form.addLayout(pair(self.one_page, self.one_page_hint))
        self.choice = PasswordChoice()  # Protect, and the password (ui/summary/password_box.py)
        self.protect, self.password = self.choice.protect, self.choice.password
        self.password_note, self.new_password = self.choice.note, self.choice.new_password
        self.password_box, self.retype = self.choice.box, self.choice.retype
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.choice)
        layout.addStretch(1)
        self.scroll = scroll_page(self, body)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Add your own words, if you like. All of these are "
                                   "optional."))
        for label, text in zip(self.labels, (
                self.tr("Na&me to show:"), self.tr("S&hared by:"),
                self.tr("What I want you to &know:"),
                self.tr("&Questions for our visit:"), self.tr("&Language of the summary:"),
                self.tr("&Paper size:"), self.tr("&Also in a second language:")), strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("Our family"))
        self.name.setAccessibleName(self.tr("Name to show"))
        self.sharers.setAccessibleName(self.tr("Shared by"))
        self.sharers_hint.setText(self.tr(
            "Who shares this summary. Most people put their own name. Leave it empty to "
            "show only the date."))
        self.sharers.setAccessibleDescription(self.sharers_hint.text())
        self.know.setAccessibleName(self.tr("What I want you to know"))
        self.questions.setAccessibleName(self.tr("Questions for our visit"))
        self.questions_hint.setText(self.tr("One question on each line."))
        self.lang.setAccessibleName(self.tr("Language of the summary"))
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.second.setAccessibleName(self.tr("Also in a second language"))
        self.second.setItemText(0, self.tr("No, one language"))
        self.one_page.setText(self.tr("Fit it on &one page"))
        self.one_page_hint.setText(self.tr("What we want to talk about, our child, the "
                                           "strengths and up to three moments."))
        self.one_page.setAccessibleDescription(self.one_page_hint.text())
        self.paper.setItemText(0, self.tr("Letter (US)"))
        self.paper.setItemText(1, self.tr("A4"))
        self.choice.retranslate()
        self.show_estimate(self._pages)

    def show_estimate(self, pages: int | None) -> None:
        """Say how many pages it will be; past 20, suggest the one-page summary."""
        self._pages = pages
        self.estimate.setVisible(pages is not None)
        if pages is None:
            return
        text = self.tr("Your summary will be 1 page.") if pages == 1 else self.tr(
            "Your summary will be about %1 pages.").replace("%1", str(pages))
        if pages > LONG and not self.one_page.isChecked():
            text += " " + self.tr(
                "That is a lot to read. One page can be easier for you and your visitor: you "
                "can choose \u201cFit it on one page\u201d below.")
        self.estimate.setText(text)

    def show_password_box(self) -> None:
        """Protect is ticked and the password must be typed again: show where."""
        self.retype.setFocus()
        self.scroll.ensureWidgetVisible(self.password_box)

    def clear(self) -> None:
        for edit in (self.know, self.questions):
            edit.setPlainText("")  # drops the undo history too
        self.name.setText("")
        self.sharers.setText("")
        self.choice.clear()
        self.one_page.setChecked(False)
        self.second.setCurrentIndex(0)
        self.show_estimate(None)

    def options(self) -> dict:
        """The one-page and second-language choices, as Selection fields."""
        second = self.second.currentData()
        return {"one_page": self.one_page.isChecked(),
                "second_lang": second if second != self.lang.currentData() else None}

    def questions_list(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.questions.toPlainText().splitlines()
                     if line.strip())


# -- 4. preview ----------------------------------------
class PreviewStep(Step):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = wrapped_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel = QPushButton()
        self.building = QWidget()
        row = QHBoxLayout(self.building)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel)
        self.missing = wrapped_label("message")
        self.missing.setVisible(False)
        self.chart_note = wrapped_label("hint")  # for the parent, never in the summary
        self.chart_note.setVisible(False)
        self.pages = PagePreview()
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.status)
        layout.addWidget(self.building)
        layout.addWidget(self.missing)
        layout.addWidget(self.chart_note)
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
        self.chart_note.setText(self.tr(
            "Your summary says how many moments of connection you wrote down. The chart "
            "of each week shows once three or more weeks hold moments."))

    def start(self) -> None:
        self._state = ("building", 0)
        self.progress.setValue(0)
        self.building.setVisible(True)
        self.cancel.setEnabled(True)
        self.clear()
        self.retranslate()
        self.cancel.setFocus()

    def stopping(self) -> None:
        self._state = ("stopping", 0)
        self.cancel.setEnabled(False)
        self.retranslate()

    def show_pages(self, pdf: bytes, pages: tuple[list, dict], password: str | None,
                   missing: list[str], summary=None) -> None:
        sizes, drawn = pages
        self._state = ("done", len(sizes))
        self.chart_note.setVisible(summary is not None and chart_waits(summary))
        self.building.setVisible(False)
        self.pages.show_document(pdf, sizes, password, drawn)
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
        self.chart_note.setVisible(False)


# -- 5. save ----------------------------------------
class SaveStep(Step):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped_label()
        self.save_pdf = set_role(QPushButton(), "primary")
        self.html_hint = wrapped_label("hint")
        self.save_html = QPushButton()
        self.print_note = wrapped_label("hint")
        self.password_label = wrapped_label()
        self.password = QLabel()
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big_text(self.password)
        self.saved = wrapped_label("message")
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved.setVisible(False)
        body = QWidget()  # scrolls with large text, so nothing is cut off
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.password_label)
        layout.addWidget(self.password, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.save_pdf, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(self.html_hint)
        layout.addWidget(self.save_html, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.print_note)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        scroll_page(self, body)
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
        reader_note = self.tr(
            "Do you use a screen reader? The web page copy works best with a screen reader. "
            "The PDF can't tell it where the headings and lists are.")
        self.html_hint.setText(reader_note + " " + self.tr(
            "You can save a web page copy too. It opens in any web browser.") + (" " + self.tr(
                "It has no password: anyone who opens it can read it.") if self.protected
                else ""))
        self.save_html.setText(self.tr("Save a &web page copy too\u2026"))
        self.save_html.setAccessibleDescription(reader_note)
        self.save_pdf.setAccessibleDescription(reader_note)  # heard first, on the PDF button
        self.print_note.setText(self.tr(
            "If you print the web page copy, your web browser may print where the file is "
            "on this computer at the top or bottom of each page. The PDF doesn't."))
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
