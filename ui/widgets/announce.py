"""Say a problem in words, next to the field it is about, and tell screen readers.

A problem is never shown by colour alone: the words go in a label placed by the field
(its buddy), the field's accessible description carries the same words, and an alert
event asks the screen reader to read them now.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget


def say_problem(label: QLabel, field: QWidget | None, text: str) -> None:
    """Show `text` in `label` (tied to `field`) and announce it; empty text hides it."""
    label.setText(text)
    label.setVisible(bool(text))
    if field is not None:
        if label.buddy() is None:
            label.setBuddy(field)
        field.setAccessibleDescription(text)
    if text:
        label.setAccessibleName(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.Alert))


def clear_problem(label: QLabel, field: QWidget | None) -> None:
    say_problem(label, field, "")
