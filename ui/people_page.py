"""People and village: the child(ren), caregivers and village members, and how they help."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal import Person
from journal.models import ROLES
from ui.context import AppContext
from ui.i18n import error_text, role_label
from ui.people_model import PeopleModel, PersonRole
from ui.theme import set_role


class PeoplePage(QWidget):
    people_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = None
        self.editing: Person | None = None
        self.intro = set_role(QLabel(), "hint")
        self.intro.setWordWrap(True)
        self.model = PeopleModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSpacing(3)
        self.empty = set_role(QLabel(), "hint")
        self.empty.setWordWrap(True)
        self.add_button = QPushButton()
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        left.addWidget(self.add_button)
        self.role = QComboBox()
        self.nickname = QLineEdit()
        self.month = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(1900, QDate.currentDate().year())
        self.year.setValue(QDate.currentDate().year())
        self.help = QPlainTextEdit()
        self.help.setTabChangesFocus(True)
        self.help.setFixedHeight(90)
        self.labels = [QLabel() for _ in range(4)]
        born = QHBoxLayout()
        born.addWidget(self.month, 2)
        born.addWidget(self.year, 1)
        self.born_row = QWidget()
        self.born_row.setLayout(born)
        born.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        for label, field in zip(self.labels, (self.role, self.nickname, self.born_row,
                                              self.help), strict=True):
            label.setBuddy(field if field is not self.born_row else self.month)
            form.addRow(label, field)
        self.save_button = set_role(QPushButton(), "primary")
        self.remove_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.editor_title = set_role(QLabel(), "heading")
        right = QVBoxLayout()
        right.addWidget(self.editor_title)
        right.addLayout(form)
        right.addLayout(buttons)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(columns, 1)
        self.list.selectionModel().currentChanged.connect(self._picked)
        self.add_button.clicked.connect(self.new_person)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.retranslate()
        self.new_person()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "The people in your little one's life: you, other caregivers, and your "
            "village (grandparents, friends, neighbors, child care, your home visitor)."))
        self.empty.setText(self.tr("Nobody here yet. Add the people who help you."))
        self.add_button.setText(self.tr("&Add someone"))
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
        self.save_button.setText(self.tr("&Save"))
        self.remove_button.setText(self.tr("Re&move"))
        self.editor_title.setText(self.tr("Someone new") if self.editing is None
                                  else self.tr("Edit"))
        self.help.setPlaceholderText(self.tr("Rides to the clinic, Sunday dinners, a kind ear…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, journal) -> None:
        self.journal = journal
        self.reload()

    def reload(self, select: int | None = None) -> None:
        if self.journal is None:
            return
        self.model.set_people(self.journal.list_people())
        self.empty.setVisible(self.model.rowCount() == 0)
        row = self.model.row_of(select)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def wipe(self) -> None:
        self.model.clear()
        self.new_person()
        self.journal = None

    def _role_changed(self) -> None:
        self.born_row.setEnabled(self.role.currentData() == "child")

    def _picked(self, index) -> None:
        person = index.data(PersonRole) if index.isValid() else None
        if person is None:
            return
        self.editing = person
        self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
        self.nickname.setText(person.nickname)
        if person.birth_month:
            year, month = person.birth_month.split("-")
            self.year.setValue(int(year))
            self.month.setCurrentIndex(int(month))
        else:
            self.month.setCurrentIndex(0)
        self.help.setPlainText(person.how_they_help)
        self.help.document().clearUndoRedoStacks()
        self.remove_button.setEnabled(True)
        self.retranslate()

    def new_person(self) -> None:
        self.editing = None
        self.list.clearSelection()
        self.nickname.clear()
        self.help.clear()
        self.help.document().clearUndoRedoStacks()
        self.month.setCurrentIndex(0)
        self.role.setCurrentIndex(0 if self.model.rowCount() == 0 else 2)
        self.remove_button.setEnabled(False)
        self.editor_title.setText(self.tr("Someone new"))
        self._role_changed()
        self.nickname.setFocus()

    def person(self) -> Person:
        role = self.role.currentData()
        month = self.month.currentIndex()
        birth = f"{self.year.value():04d}-{month:02d}" if role == "child" and month else None
        return Person(role, self.nickname.text(), birth, self.help.toPlainText(),
                      id=self.editing.id if self.editing else None)

    def save(self) -> None:
        if self.journal is None:
            return
        person = self.person()
        try:
            saved = (self.journal.update_person(person) if person.id is not None
                     else self.journal.add_person(person))
        except Exception as exc:  # noqa: BLE001 - kind words, keep what was typed
            self.ctx.dialogs.warn(self, self.tr("Small Moments"), error_text(exc, self.ctx.lang))
            return
        self.reload(select=saved.id)
        self.people_changed.emit()

    def remove(self) -> None:
        if self.journal is None or self.editing is None or self.editing.id is None:
            return
        if not self.ctx.dialogs.ask(self, self.tr("Small Moments"), self.tr(
                "Take this person out of your village? Moments that mention them stay.")):
            return
        self.journal.delete_person(self.editing.id)
        self.reload()
        self.new_person()
        self.people_changed.emit()
