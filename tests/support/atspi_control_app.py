"""A tiny window with known faults, to prove the accessibility harness notices them.

    python atspi_control_app.py good    every control named, the button announces
    python atspi_control_app.py faulty  an unnamed focusable panel; the button is silent
    python atspi_control_app.py alert   the button uses Qt's old Alert event (unheard)

Run by tests/test_a11y_bus.py under the same Xvfb + AT-SPI session as the app.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAccessible, QAccessibleEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.announce import announce  # noqa: E402


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else "good"
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("Control")
    layout = QVBoxLayout(window)
    name = QLineEdit()
    name.setAccessibleName("Your name")
    panel = QFrame()  # a focusable panel, like a scroll area left as a Tab stop
    panel.setFocusPolicy(Qt.FocusPolicy.StrongFocus if mode == "faulty"
                         else Qt.FocusPolicy.NoFocus)
    panel.setMinimumHeight(40)
    button = QPushButton("Keep it")
    label = QLabel()

    def kept() -> None:
        if mode == "alert":  # what ui/announce.py used to send
            label.setText("Kept in your journal.")
            QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.Alert))
        elif mode != "faulty":
            announce(button, "Kept in your journal.")
        # in every mode, last: the test hears this and knows the press was handled
        button.setAccessibleDescription("Pressed")

    button.clicked.connect(kept)
    for widget in (name, panel, button, label):
        layout.addWidget(widget)
    window.show()
    name.setFocus()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
