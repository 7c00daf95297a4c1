"""The keys that help: a plain list of every shortcut (F1 anywhere, or Keys in Settings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.plumbing.shortcuts import shortcut
from ui.plumbing.theme import set_role

HELP_KEYS = "F1"


def key_rows() -> list[tuple[str, str]]:
    """(keys, what they do) in the caregiver's language."""
    return [
        ("F1", QCoreApplication.translate("KeysHelp", "Show this list of keys.")),
        ("Tab, Shift+Tab", QCoreApplication.translate(
            "KeysHelp", "Go to the next or the last thing on the screen.")),
        (QCoreApplication.translate("KeysHelp", "Alt + underlined letter"),
         QCoreApplication.translate("KeysHelp", "Press that button, or go to that box or tab.")),
        (QCoreApplication.translate("KeysHelp", "Space"),
         QCoreApplication.translate("KeysHelp", "Tick a box or pick a choice.")),
        (QCoreApplication.translate("KeysHelp", "Arrow keys"),
         QCoreApplication.translate("KeysHelp", "Move between choices in a row.")),
        ("Ctrl+1", QCoreApplication.translate("KeysHelp", "Write down a connection moment.")),
        ("Ctrl+2", QCoreApplication.translate("KeysHelp", "Write down a repair moment.")),
        ("Ctrl+Enter", QCoreApplication.translate("KeysHelp", "Save what you wrote.")),
        (QCoreApplication.translate("KeysHelp", "Esc"),
         QCoreApplication.translate("KeysHelp", "Close without saving, or go back.")),
        ("Ctrl+F", QCoreApplication.translate(
            "KeysHelp", "Search your moments. Then Down or Enter: to what it found.")),
        (QCoreApplication.translate("KeysHelp", "Enter"),
         QCoreApplication.translate("KeysHelp", "Open the moment you picked in the list.")),
        (QCoreApplication.translate("KeysHelp", "Delete, then Ctrl+Z"),
         QCoreApplication.translate("KeysHelp", "Put a moment in the trash, then bring it back.")),
        ("Ctrl+Shift+S", QCoreApplication.translate("KeysHelp", "Make a summary to share.")),
        (QCoreApplication.translate("KeysHelp", "Shift+Tab, then arrow keys"),
         QCoreApplication.translate(
             "KeysHelp", "On the lock screen of a shared journal: choose your name.")),
        ("Ctrl+L", QCoreApplication.translate("KeysHelp", "Lock your journal now.")),
        ("Ctrl+Shift+H", QCoreApplication.translate(
            "KeysHelp", "Quick hide: lock at once and show only the lock screen.")),
    ]


def native(keys: str) -> str:
    """Key names as this system writes them; in Spanish as US keyboards print them
    ("Ctrl+Shift+S", not Spain's "Ctrl+Mayús+S": see ui.plumbing.i18n.QtWordsForUs)."""
    if not keys.startswith(("Ctrl", "Tab", "F1")):
        return keys
    return ", ".join(QKeySequence(part).toString(QKeySequence.SequenceFormat.NativeText)
                     for part in keys.split(", "))


class KeysHelpPage(QWidget):
    """A full-window list of keys; `closed` when the caregiver goes back (Esc or Back)."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = set_role(QLabel(), "title")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        # A real two-column table: a screen reader says "row 3 of 15", the column
        # names, and reads each cell; arrow keys move between rows, Tab leaves it.
        self.table = QTableWidget(0, 2)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.back_button = set_role(QPushButton(), "primary")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.back_button.clicked.connect(self.close_help)
        shortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_help,
                 Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Keys that help"))
        self.intro.setText(self.tr(
            "You can do everything in Small Moments with the keyboard alone. "
            "These keys work on most screens."))
        self.table.setAccessibleName(self.tr("List of keys"))
        self.table.setAccessibleDescription(self.tr(
            "Each row has the keys, then what they do."))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        rows = key_rows()
        self.table.setRowCount(len(rows))
        for number, (keys, what) in enumerate(rows):
            key_item = QTableWidgetItem(native(keys))
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            self.table.setItem(number, 0, key_item)
            self.table.setItem(number, 1, QTableWidgetItem(what))
        self.table.resizeRowsToContents()
        if self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)
        self.back_button.setText(self.tr("&Back"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def plain_text(self) -> str:
        """Every row as "keys  what they do", one a line."""
        return "\n".join(f"{self.table.item(r, 0).text()}  {self.table.item(r, 1).text()}"
                         for r in range(self.table.rowCount()))

    def close_help(self) -> None:
        self.closed.emit()
