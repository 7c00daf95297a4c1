"""Small pieces the My data boxes share."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.widgets.announce import announce, reveal


def button_row(*widgets: QWidget) -> QHBoxLayout:
    """Buttons side by side, left-aligned."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def tell(label: QLabel, text: str, spoken: str | None = None) -> None:
    """Show a message label with `text`, and have a screen reader say it (or `spoken`:
    short words without a folder's path, which stays on screen)."""
    label.setText(text)
    label.setVisible(True)
    reveal(label)  # in view, even below the fold at 1366×768
    announce(label, text if spoken is None else spoken)


def wait_buttons(buttons: tuple[QPushButton, ...], idle: bool) -> None:
    """Buttons wait while work runs: each is disabled, except the one with focus. That
    one stays enabled and focused (a disabled button hands focus to the next control,
    and a screen reader reads that one instead); pressed again, it does nothing until
    the work ends (each action starts by checking the page's `working`)."""
    focus = QApplication.focusWidget()
    for button in buttons:
        button.setEnabled(idle or button is focus)
