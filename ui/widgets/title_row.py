"""A page's title with room at its right for the Lock button (ui/shell/lock_corner.py).

Pages that cover the tab bar (a moment being written or read, the summary being made)
put their title in one of these rows; the shell's Lock button moves into `corner`
while the page shows, beside the title, so no extra row is spent on it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


def title_row(page: QWidget, title: QLabel) -> QWidget:
    """A row: `title`, then room; `page.corner_slot` is where the Lock button goes."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title, 1)
    page.corner_slot = layout  # the Lock button is added at its end
    return row
