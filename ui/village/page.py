"""People and village: the child(ren), caregivers and village members, and how they help.

Taking someone out only sets them aside: "People you moved out of your list" lists them, and
"Put back" brings them back with everything that mentions them.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal import Person
from journal.records.models import ROLES
from ui.plumbing.context import AppContext
from ui.plumbing.i18n import role_label
from ui.plumbing.theme import set_role
from ui.village.model import PeopleModel, PersonRole
from ui.widgets.announce import announce, quiet_scroll_area, say_problem
from ui.widgets.input_errors import (
    MAX_NAME,
    MAX_NOTE,
    empty_name,
    input_error_text,
    long_name,
    long_note,
)

NO_YEAR = 1899  # shown empty: no birth year chosen yet


class PeoplePage(QWidget):
    people_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = None
        self.editing: Person | None = None
        self.in_trash = False  # showing the people who were taken out
        self.intro = set_role(QLabel(), "hint")
        self.intro.setWordWrap(True)
        self.model = PeopleModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSpacing(3)
        self.list.setWordWrap(True)  # long names wrap instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = set_role(QLabel(), "hint")
        self.empty.setWordWrap(True)
        self.add_button = QPushButton()
        self.trash_button = set_role(QPushButton(), "link")
        self.restore_button = set_role(QPushButton(), "primary")
        self.back_button = QPushButton()
        self.note = set_role(QLabel(), "hint")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        left.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        left.addLayout(row)
        left.addWidget(self.trash_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.role = QComboBox()
        self.nickname = QLineEdit()
        self.month = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(NO_YEAR, QDate.currentDate().year())
        self.year.setSpecialValueText(" ")  # no year guessed: empty until chosen
        self.year.setValue(NO_YEAR)
        self.help = QPlainTextEdit()
        self.help.setTabChangesFocus(True)
        self._fit_help()
        self.labels = [QLabel() for _ in range(4)]
        born = QHBoxLayout()
        born.addWidget(self.month, 2)
        born.addWidget(self.year, 1)
        self.born_row = QWidget()
        self.born_row.setLayout(born)
        born.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above
        for label, field in zip(self.labels, (self.role, self.nickname, self.born_row,
                                              self.help), strict=True):
            label.setBuddy(field if field is not self.born_row else self.month)
            form.addRow(label, field)
            if field is self.nickname:
                self.problem = set_role(QLabel(), "message")
                self.problem.setWordWrap(True)
                self.problem.setVisible(False)
                form.addRow("", self.problem)
        self.save_button = set_role(QPushButton(), "primary")
        self.remove_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.editor_title = set_role(QLabel(), "heading")
        self.editor = QWidget()
        right = QVBoxLayout(self.editor)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.editor_title)
        right.addLayout(form)
        right.addLayout(buttons)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 2)
        self.editor_area = quiet_scroll_area(QScrollArea())  # large text: scroll, never overlap
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.editor_area.setWidget(self.editor)
        columns.addWidget(self.editor_area, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(columns, 1)
        self.list.selectionModel().currentChanged.connect(self._picked)
        self.add_button.clicked.connect(self.new_person)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.trash_button.clicked.connect(self.show_trash)
        self.back_button.clicked.connect(self.leave_trash)
        self.restore_button.clicked.connect(self.restore_current)
        self.list.activated.connect(lambda _index: self.restore_current())
        self.role.currentIndexChanged.connect(self._role_changed)
        self.retranslate()
        self.new_person()
        self._update_mode()

    def retranslate(self) -> None:
        if self.in_trash:
            self.intro.setText(self.tr(
                "People you moved out of your list. Put someone back and they show up "
                "again everywhere, with the moments that mention them."))
            self.empty.setText(self.tr("Nobody here. Everyone is still in your village."))
        else:
            self.intro.setText(self.tr(
                "The people in your child's life. That is you and other caregivers. It is "
                "also your village: grandparents, friends, neighbors, child care and your "
                "home visitor."))
            self.empty.setText(self.tr("Nobody here yet. Add the people who help you."))
        self.add_button.setText(self.tr("&Add someone"))
        self.trash_button.setText(self.tr("Show &who you moved out"))
        self.restore_button.setText(self.tr("&Put back"))
        self.back_button.setText(self.tr("&Back to my village"))
        self.note.setText(self.tr(
            "Moved out of your list. You can put them back with "
            "\"Show who you moved out\"."))
        for label, text in zip(self.labels, (self.tr("&Role:"), self.tr("&Name:"),
                                             self.tr("&Born in:"), self.tr("How they &help:")),
                               strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        index = self.role.currentIndex()
        self.role.blockSignals(True)
        self.role.clear()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(max(0, index))
        self.role.blockSignals(False)
        month = self.month.currentIndex()
        self.month.clear()
        self.month.addItem(self.tr("Not sure"))
        for number in range(1, 13):
            self.month.addItem(self.locale().standaloneMonthName(number).capitalize())
        self.month.setCurrentIndex(max(0, month))
        self.year.setAccessibleName(self.tr("Birth year"))
        self.list.setAccessibleName(self.tr("People you moved out of your list") if self.in_trash
                                    else self.tr("My village"))
        self.save_button.setText(self.tr("&Save"))
        self.remove_button.setText(self.tr("Rem&ove"))
        self.editor_title.setText(self.tr("Someone new") if self.editing is None
                                  else self.tr("Edit"))
        self.help.setPlaceholderText(self.tr("Rides to the clinic, Sunday dinners, a kind ear…"))
        if not self.problem.isHidden():
            say_problem(self.problem, self.nickname, self.check() or "")

    def _fit_help(self) -> None:
        """About four lines high, whatever the text size."""
        self.help.setFixedHeight(4 * self.fontMetrics().lineSpacing() + 16)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.FontChange:
            self._fit_help()
        super().changeEvent(event)

    def load(self, journal) -> None:
        self.journal = journal
        self.reload()

    def reload(self, select: int | None = None) -> None:
        if self.journal is None:
            return
        self.model.set_people(self.journal.people_in_trash() if self.in_trash
                              else self.journal.list_people())
        self.empty.setVisible(self.model.rowCount() == 0)
        row = self.model.row_of(select)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        elif self.in_trash and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def wipe(self) -> None:
        self.in_trash = False
        self.model.clear()
        self.new_person()
        self.note.setVisible(False)
        self._update_mode()
        self.journal = None

    # -- people you moved out ---------------------------------------------------------
    def _update_mode(self) -> None:
        self.editor_area.setVisible(not self.in_trash)
        self.add_button.setVisible(not self.in_trash)
        self.trash_button.setVisible(not self.in_trash)
        self.restore_button.setVisible(self.in_trash)
        self.back_button.setVisible(self.in_trash)
        self.restore_button.setEnabled(self.in_trash and self.model.rowCount() > 0)
        self.retranslate()

    def show_trash(self) -> None:
        if self.journal is None:
            return
        self.in_trash = True
        self.note.setVisible(False)
        self.reload()
        self._update_mode()
        self.list.setFocus()

    def leave_trash(self, select: int | None = None) -> None:
        self.in_trash = False
        self.reload(select=select)
        self._update_mode()
        if select is None:
            self.new_person()

    def restore_current(self) -> None:
        if not self.in_trash or self.journal is None:
            return
        index = self.list.currentIndex()
        person = index.data(PersonRole) if index.isValid() else None
        if person is None or person.id is None:
            return
        self.journal.restore_person(person.id)
        self.people_changed.emit()
        self.reload()
        self._update_mode()
        if self.model.rowCount() == 0:
            self.leave_trash(select=person.id)

    def _role_changed(self) -> None:
        child = self.role.currentData() == "child"
        self.born_row.setVisible(child)
        self.labels[2].setVisible(child)

    def _picked(self, index) -> None:
        person = index.data(PersonRole) if index.isValid() else None
        if person is None or self.in_trash:
            return
        self.note.setVisible(False)
        say_problem(self.problem, self.nickname, "")
        self.editing = person
        self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
        self.nickname.setText(person.nickname)
        if person.birth_month:
            year, month = person.birth_month.split("-")
            self.year.setValue(int(year))
            self.month.setCurrentIndex(int(month))
        else:
            self.month.setCurrentIndex(0)
            self.year.setValue(NO_YEAR)
        self.help.setPlainText(person.how_they_help)
        self.help.document().clearUndoRedoStacks()
        self.remove_button.setEnabled(True)
        self.retranslate()

    def new_person(self) -> None:
        self.editing = None
        say_problem(self.problem, self.nickname, "")
        self.list.clearSelection()
        self.nickname.clear()
        self.help.clear()
        self.help.document().clearUndoRedoStacks()
        self.month.setCurrentIndex(0)
        self.year.setValue(NO_YEAR)
        self.role.setCurrentIndex(0 if self.model.rowCount() == 0 else 2)
        self.remove_button.setEnabled(False)
        self.editor_title.setText(self.tr("Someone new"))
        self._role_changed()
        self.nickname.setFocus()

    def person(self) -> Person:
        role = self.role.currentData()
        month = self.month.currentIndex()
        year = self.year.value()
        birth = (f"{year:04d}-{month:02d}" if role == "child" and month and year != NO_YEAR
                 else None)
        return Person(role, self.nickname.text(), birth, self.help.toPlainText(),
                      id=self.editing.id if self.editing else None)

    def check(self) -> str | None:
        """What to change before saving, in plain words (None: ready to save)."""
        name = self.nickname.text().strip()
        if not name:
            return empty_name()
        if len(name) > MAX_NAME:
            return long_name()
        if len(self.help.toPlainText()) > MAX_NOTE:
            return long_note()
        if (self.role.currentData() == "child" and self.month.currentIndex()
                and self.year.value() == NO_YEAR):
            return self.tr("Pick the year too, or set the month to \"Not sure\".")
        return None

    def save(self) -> None:
        if self.journal is None or self.in_trash:
            return
        problem = self.check()
        say_problem(self.problem, self.nickname, problem or "")
        if problem is not None:
            self.nickname.setFocus()
            return
        person = self.person()
        try:
            saved = (self.journal.update_person(person) if person.id is not None
                     else self.journal.add_person(person))
        except Exception as exc:  # noqa: BLE001 - kind words, keep what was typed
            self.ctx.dialogs.warn(self, self.tr("Small Moments"),
                                  input_error_text(exc, self.ctx.lang))
            return
        self.note.setVisible(False)
        self.reload(select=saved.id)
        self.people_changed.emit()
        announce(self.nickname, self.tr("Saved in your village."))

    def remove(self) -> None:
        if self.journal is None or self.editing is None or self.editing.id is None:
            return
        if not self.ctx.dialogs.ask(self, self.tr("Small Moments"), self.tr(
                "Take this person out of your village? Moments that mention them stay.")):
            return
        self.journal.delete_person(self.editing.id)
        self.reload()
        self.new_person()
        self.note.setVisible(True)
        self.people_changed.emit()
        announce(self.note, self.note.text())
