"""Controls inside a titled group box, each named by its own label only.

Qt names a control that sits straight inside a titled QGroupBox by the group's title as
well as by its label, so a screen reader says "Language: How it looks and locks". The
controls sit one level down, on a plain widget, and their label alone names them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget


def _holder(box: QGroupBox) -> QWidget:
    holder = QWidget()
    outer = box.layout() or QVBoxLayout(box)
    outer.addWidget(holder)
    return holder


def rows_in(box: QGroupBox) -> QFormLayout:
    """A form (label, control) inside `box`."""
    form = QFormLayout(_holder(box))
    form.setContentsMargins(0, 0, 0, 0)
    return form


def column_in(box: QGroupBox) -> QVBoxLayout:
    """A column of controls inside `box`."""
    column = QVBoxLayout(_holder(box))
    column.setContentsMargins(0, 0, 0, 0)
    return column
