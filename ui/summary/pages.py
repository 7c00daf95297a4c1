"""The first steps of the summary wizard (dates, items) and what every step shares;
the last steps (notes, preview, save) are in ui/summary_finish.py.

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
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.summary.model import CandidateSection
from ui.plumbing.theme import set_role, wrapped_label
from ui.widgets.announce import quiet_scroll_area
from ui.widgets.date_box import DateBox


class Step(QWidget):
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
class DatesStep(Step):
    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.intro = wrapped_label()
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
        self.problem = wrapped_label("message")
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
    edit = DateBox()
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


class ItemsStep(Step):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped_label()
        self.count = wrapped_label("hint")
        self.empty = wrapped_label("message")
        self.empty.setVisible(False)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setSpacing(6)
        self.scroll.setWidget(self.body)
        quiet_scroll_area(self.scroll)
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
            heading = set_role(wrapped_label(), "heading")
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
