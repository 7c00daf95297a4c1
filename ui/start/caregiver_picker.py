""""Who are you?" on the unlock screen, when a journal has more than one caregiver.

Only the chosen caregiver's slot is tried, so unlocking takes one key derivation however
many caregivers there are (tests/benchmarks/bench_keys.py). The names come from the key
file, where they are plain text; the last choice is remembered by slot id, never by
name, in the settings file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget


def caregiver_label(widget: QWidget, name: str | None, number: int) -> str:
    """How a caregiver is shown: their name, or "Caregiver 1" if they have none yet."""
    if name:
        return name
    return QCoreApplication.translate("Caregivers", "Caregiver %1").replace("%1", str(number))


class CaregiverPicker(QWidget):
    """A label and a list of the caregivers; hidden when there is only one."""

    chosen = Signal(str)  # a slot id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.box = QComboBox()
        self.label.setBuddy(self.box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.box)
        self._people: list[tuple[str, str | None]] = []
        self.box.currentIndexChanged.connect(self._changed)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Who is opening the journal?"))
        self.box.setAccessibleName(self.tr("Who is opening the journal"))
        self.box.setAccessibleDescription(self.tr(
            "Each caregiver has their own passphrase. Choose your name, then type yours."))
        for index, (_slot_id, name) in enumerate(self._people):
            self.box.setItemText(index, caregiver_label(self, name, index + 1))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_caregivers(self, people: list[tuple[str, str | None]], last: str | None) -> None:
        """Fill the list: (slot id, name) each, and choose `last` if it is there."""
        self._people = list(people)
        self.box.blockSignals(True)
        self.box.clear()
        for index, (slot_id, name) in enumerate(self._people):
            self.box.addItem(caregiver_label(self, name, index + 1), slot_id)
        found = self.box.findData(last) if last else -1
        self.box.setCurrentIndex(max(0, found))
        self.box.blockSignals(False)
        self.setVisible(len(self._people) > 1)

    def current(self) -> str | None:
        """The chosen slot id (the only one, when there is one caregiver); None when the
        key file could not be read (then every slot is tried)."""
        if len(self._people) == 1:
            return self._people[0][0]
        data = self.box.currentData()
        return data if isinstance(data, str) else None

    def several(self) -> bool:
        return len(self._people) > 1

    def _changed(self, _index: int) -> None:
        slot_id = self.current()
        if slot_id is not None and self.several():
            self.chosen.emit(slot_id)


def writer_labels(widget: QWidget, ctx, journal) -> dict[str, str]:
    """Slot id -> how to name each caregiver who can open or has written in the journal;
    empty when there has only ever been one (then nobody is named anywhere)."""
    try:
        people = ctx.vault().caregivers()
    except Exception:  # noqa: BLE001 - the names are a nicety
        people = []
    kept = journal.writer_names() if journal is not None and journal.is_open else {}
    labels = {slot_id: caregiver_label(widget, name or kept.get(slot_id), number)
              for number, (slot_id, name) in enumerate(people, start=1)}
    if journal is not None and journal.is_open:
        for slot_id in journal.writers():  # someone removed keeps their name on entries
            labels.setdefault(slot_id, kept.get(slot_id) or QCoreApplication.translate(
                "Caregivers", "Someone else"))
    return labels if len(labels) > 1 else {}
