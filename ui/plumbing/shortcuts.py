"""Keyboard shortcuts that keep to where they belong.

PySide6 quietly ignores a `context=` given to QShortcut's constructor together with a
slot: every such shortcut became window-wide (Down in the Moments list moved focus away,
Delete on any button there sent the chosen moment to the trash). `shortcut` sets the
context on the made shortcut, where it holds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Context = Qt.ShortcutContext


def shortcut(keys: QKeySequence | QKeySequence.StandardKey | str, parent: QWidget,
             slot: Callable[[], object], context: Context = Context.WindowShortcut) -> QShortcut:
    """`keys` call `slot` while focus is where `context` says, relative to `parent`."""
    made = QShortcut(QKeySequence(keys), parent)
    made.setContext(context)
    made.activated.connect(slot)
    return made
