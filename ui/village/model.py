"""The family's circle as a Qt list model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from journal import Person
from ui.plumbing.i18n import role_label

PersonRole = Qt.ItemDataRole.UserRole + 1
PersonIdRole = Qt.ItemDataRole.UserRole + 2


class PeopleModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []

    def set_people(self, people: list[Person]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def clear(self) -> None:
        self.set_people([])

    def row_of(self, person_id: int | None) -> int:
        for row, person in enumerate(self._people):
            if person.id == person_id:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._people)

    def roleNames(self):  # noqa: N802
        return {PersonRole: b"person", PersonIdRole: b"personId"}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid() or not (
                0 <= index.row() < len(self._people)):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{person.nickname}  ·  {role_label(person.role)}"
        if role == PersonRole:
            return person
        if role == PersonIdRole:
            return person.id
        return None
