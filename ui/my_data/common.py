"""Small pieces the My data boxes share."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.widgets.announce import announce


def button_row(*widgets: QWidget) -> QHBoxLayout:
    """Buttons side by side, left-aligned."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def tell(label: QLabel, text: str) -> None:
    """Show a message label with `text`, and have a screen reader say it."""
    label.setText(text)
    label.setVisible(True)
    announce(label, text)
